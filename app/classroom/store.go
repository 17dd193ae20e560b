// Package classroom keeps the classroom: assignments, the students who
// joined them, their answers, the teacher's login links and sessions, in
// an SQLite database under the server's -data directory. The server
// checks every answer itself with app/practice. Server only.
package classroom

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"netprimer/app/datadir"
)

// DBFile is the database's name in the folder Folder of the data
// directory.
const (
	Folder = "classroom"
	DBFile = "classroom.db"
)

// DefaultMaxBytes is the size guard's default: the database stops
// growing there, and writes fail with ErrFull.
const DefaultMaxBytes = 1 << 30

// ErrFull is the error of a write that would grow the database past its
// size guard.
var ErrFull = errors.New("classroom: the database reached its size limit")

// Store is the classroom's database. Reads go through a pool of
// connections; writes through one connection, in IMMEDIATE transactions,
// so that writers queue in Go rather than fail as busy.
type Store struct {
	path string
	r    *sql.DB
	w    *sql.DB

	// Answers go to one writer goroutine, which commits those that
	// arrive together in one transaction (see commit).
	writes     chan answerWrite
	closed     chan struct{}
	closeOnce  sync.Once
	writerDone chan struct{}

	cacheMu  sync.RWMutex
	sessions map[string]Student // by code and token hash (StudentOf)
}

// Path returns the database file's path under d.
func Path(d datadir.Dir) (string, error) {
	dir, err := d.Sub(Folder)
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, DBFile), nil
}

// OpenDir opens the database of the data directory d (see Open).
func OpenDir(d datadir.Dir, maxBytes int64) (*Store, error) {
	p, err := Path(d)
	if err != nil {
		return nil, err
	}
	return Open(p, maxBytes)
}

// Open opens the database at path, creating it, and migrates it to the
// newest schema. maxBytes (DefaultMaxBytes when 0) is its size guard.
// The journal is a write-ahead log synced on every commit, so that an
// answer acknowledged is never lost, even to a power cut.
func Open(path string, maxBytes int64) (*Store, error) {
	if maxBytes <= 0 {
		maxBytes = DefaultMaxBytes
	}
	pragmas := []string{"busy_timeout(10000)", "foreign_keys(1)", "journal_mode(WAL)", "synchronous(FULL)"}
	q := url.Values{"_pragma": pragmas}
	dsn := "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
	r, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, err
	}
	q.Set("_txlock", "immediate")
	// The size guard: SQLite itself refuses to grow the file past
	// max_page_count pages (SQLITE_FULL). It holds per connection, so it
	// is in the name of every writing connection the pool opens.
	q.Add("_pragma", fmt.Sprintf("max_page_count(%d)", max(maxBytes/pageSize, 16)))
	w, err := sql.Open("sqlite", "file:"+(&url.URL{Path: path}).EscapedPath()+"?"+q.Encode())
	if err != nil {
		r.Close()
		return nil, err
	}
	w.SetMaxOpenConns(1)
	w.SetConnMaxIdleTime(0)
	r.SetMaxOpenConns(8)
	s := &Store{path: path, r: r, w: w, writes: make(chan answerWrite), closed: make(chan struct{}), writerDone: make(chan struct{}), sessions: map[string]Student{}}
	go s.writer()
	if err := s.migrate(context.Background()); err != nil {
		s.Close()
		return nil, fmt.Errorf("classroom: %s: %w", path, err)
	}
	return s, nil
}

// pageSize is SQLite's default page size, which the database keeps.
const pageSize = 4096

// Close closes the database, once the answer being committed is.
func (s *Store) Close() error {
	s.closeOnce.Do(func() { close(s.closed) })
	<-s.writerDone
	return errors.Join(s.w.Close(), s.r.Close())
}

// Backup writes a consistent copy of the database to file, which must not
// exist, while other connections go on reading and writing (VACUUM INTO
// reads one snapshot).
func (s *Store) Backup(ctx context.Context, file string) error {
	if _, err := os.Stat(file); err == nil {
		return fmt.Errorf("%s: already exists", file)
	}
	_, err := s.r.ExecContext(ctx, "VACUUM INTO ?", file)
	return err
}

// tx runs f in a write transaction and commits it; a write past the size
// guard is ErrFull.
func (s *Store) tx(ctx context.Context, f func(*sql.Tx) error) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return full(err)
	}
	if err := f(tx); err != nil {
		tx.Rollback()
		return full(err)
	}
	return full(tx.Commit())
}

// full turns SQLite's "database or disk is full" into ErrFull.
func full(err error) error {
	var se *sqlite.Error
	if errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_FULL {
		return fmt.Errorf("%w (%v)", ErrFull, err)
	}
	return err
}

// isUnique reports whether err is a UNIQUE or PRIMARY KEY violation.
func isUnique(err error) bool {
	var se *sqlite.Error
	if errors.As(err, &se) {
		c := se.Code()
		return c == sqlite3.SQLITE_CONSTRAINT_UNIQUE || c == sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY
	}
	return strings.Contains(fmt.Sprint(err), "UNIQUE constraint failed")
}
