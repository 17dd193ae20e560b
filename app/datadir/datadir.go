// Package datadir is the server's data directory, -data: what the server
// keeps across restarts, each part in a folder of its own under it (the
// ACME account and certificates in autocert/). A backup of the directory
// is a backup of the server's state. Server only.
package datadir

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
)

// Default is the data directory when -data is not given: beside the
// process's working directory, where an instructor trying the binary
// looks for it. The systemd unit names its StateDirectory instead.
const Default = "netprimer-data"

// Dir is a data directory's path; the zero Dir is Default.
type Dir string

// RegisterFlag defines -data on fs, with Default as its default, to be
// read into d.
func RegisterFlag(fs *flag.FlagSet, d *Dir) {
	*d = Default
	fs.Var(d, "data", "`directory` of what the server keeps across restarts (the ACME certificates): back it up")
}

func (d *Dir) String() string { return string(*d) }

// Set is flag.Value's: an empty path is refused.
func (d *Dir) Set(s string) error {
	if s == "" {
		return errors.New("empty path")
	}
	*d = Dir(s)
	return nil
}

// Sub returns the folder name under d, creating both, readable by the
// server's user only: they hold private keys.
func (d Dir) Sub(name string) (string, error) {
	if d == "" {
		d = Default
	}
	p := filepath.Join(string(d), name)
	if err := os.MkdirAll(p, 0o700); err != nil {
		return "", fmt.Errorf("-data %s: %w", d, err)
	}
	return p, nil
}
