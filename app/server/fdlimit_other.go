//go:build !unix

package server

// raiseFileLimit reports a limit of its own where the system has no
// RLIMIT_NOFILE to read.
func raiseFileLimit() (uint64, error) { return 8192, nil }
