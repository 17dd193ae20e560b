//go:build !wasm

package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"time"

	"netprimer/app/api"
	"netprimer/app/classroom"
	"netprimer/app/datadir"
)

// teacherLink is `netprimer teacher-link -data DIR [-base URL]`: it prints
// a one-time login URL for the teacher, valid for classroom.LoginTTL. It
// may run while the server runs on the same directory.
func teacherLink(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("netprimer teacher-link", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var data datadir.Dir
	datadir.RegisterFlag(fs, &data)
	base := fs.String("base", "http://127.0.0.1:8000", "the `URL` students and the teacher open, scheme and host (https://netprimer.example.ac.kr)")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), "Usage: netprimer teacher-link [-data DIR] [-base URL]\n\nPrints a login link for the teacher, good once, for 15 minutes.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("teacher-link: %q: not a flag", fs.Arg(0))
	}
	b := strings.TrimRight(*base, "/")
	if !strings.HasPrefix(b, "http://") && !strings.HasPrefix(b, "https://") {
		return fmt.Errorf("teacher-link: -base %q: want http://HOST or https://HOST", *base)
	}
	s, err := classroom.OpenDir(data, 0)
	if err != nil {
		return err
	}
	defer s.Close()
	tok, err := s.NewLoginToken(context.Background(), time.Now())
	if err != nil {
		return err
	}
	fmt.Fprintln(stdout, loginURL(b, tok))
	return nil
}

func loginURL(base, token string) string { return base + api.TeachLoginPath + "?token=" + token }

// firstLoginLink logs a login link when no teacher has logged in yet, so
// that the first start shows how to.
func firstLoginLink(s *classroom.Store, base string, log *slog.Logger) error {
	ctx := context.Background()
	has, err := s.HasTeacher(ctx)
	if err != nil || has {
		return err
	}
	tok, err := s.NewLoginToken(ctx, time.Now())
	if err != nil {
		return err
	}
	log.Info("no teacher has logged in yet: open this link within 15 minutes (netprimer teacher-link makes another)", "url", loginURL(base, tok))
	return nil
}

// backup is `netprimer backup -data DIR FILE`: a consistent copy of the
// classroom's database in FILE, which must not exist, taken while the
// server may go on writing.
func backup(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("netprimer backup", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var data datadir.Dir
	datadir.RegisterFlag(fs, &data)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), "Usage: netprimer backup [-data DIR] FILE\n\nWrites a consistent copy of the classroom's database to FILE (which must not exist), also while the server runs.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return fmt.Errorf("backup: want one FILE")
	}
	s, err := classroom.OpenDir(data, 0)
	if err != nil {
		return err
	}
	defer s.Close()
	if err := s.Backup(context.Background(), fs.Arg(0)); err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	fmt.Fprintln(stdout, "backup written:", fs.Arg(0))
	return nil
}
