package classroom

import (
	"context"
	"database/sql"
	"fmt"
)

// migrations are the schema's versions: migrations[i] takes a database
// at version i (PRAGMA user_version) to version i+1. A migration once
// released is never changed; a change of schema is a new one.
var migrations = []string{
	// 1: the classroom.
	`CREATE TABLE teachers (
		id      INTEGER PRIMARY KEY,
		created INTEGER NOT NULL
	);
	CREATE TABLE login_tokens (
		hash    BLOB PRIMARY KEY,
		expires INTEGER NOT NULL,
		used    INTEGER NOT NULL DEFAULT 0
	) WITHOUT ROWID;
	CREATE TABLE teacher_sessions (
		hash    BLOB PRIMARY KEY,
		teacher INTEGER NOT NULL REFERENCES teachers(id) ON DELETE CASCADE,
		expires INTEGER NOT NULL
	) WITHOUT ROWID;
	CREATE TABLE assignments (
		id      INTEGER PRIMARY KEY,
		code    TEXT NOT NULL UNIQUE,
		title   TEXT NOT NULL,
		skills  TEXT NOT NULL,
		items   INTEGER NOT NULL CHECK (items BETWEEN 1 AND 100),
		level   INTEGER NOT NULL CHECK (level BETWEEN 1 AND 3),
		due     INTEGER,
		closed  INTEGER NOT NULL DEFAULT 0,
		created INTEGER NOT NULL
	);
	CREATE TABLE students (
		id          INTEGER PRIMARY KEY,
		assignment  INTEGER NOT NULL REFERENCES assignments(id) ON DELETE CASCADE,
		student_id  TEXT NOT NULL,
		name        TEXT NOT NULL,
		joined      INTEGER NOT NULL,
		UNIQUE (assignment, student_id)
	);
	CREATE TABLE student_sessions (
		hash    BLOB PRIMARY KEY,
		student INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE
	) WITHOUT ROWID;
	CREATE INDEX student_sessions_student ON student_sessions(student);
	CREATE TABLE answers (
		student   INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
		client_id TEXT NOT NULL,
		item      INTEGER NOT NULL,
		answer    TEXT NOT NULL,
		verdict   TEXT NOT NULL CHECK (verdict IN ('right', 'wrong', 'unreadable')),
		diagnosis TEXT NOT NULL,
		late      INTEGER NOT NULL,
		at        INTEGER NOT NULL,
		PRIMARY KEY (student, client_id)
	) WITHOUT ROWID;
	CREATE INDEX answers_at ON answers(student, at);`,
	// 2: whether an answer was given after the item's solution was shown.
	`ALTER TABLE answers ADD COLUMN solution INTEGER NOT NULL DEFAULT 0;`,
}

// Version is the schema's newest version.
var Version = len(migrations)

// migrate brings the database to Version, each step in a transaction of
// its own; a database newer than this binary is refused.
func (s *Store) migrate(ctx context.Context) error {
	var v int
	if err := s.w.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return err
	}
	if v > len(migrations) {
		return fmt.Errorf("the database's schema is version %d, newer than this binary's %d", v, len(migrations))
	}
	for ; v < len(migrations); v++ {
		err := s.tx(ctx, func(tx *sql.Tx) error {
			if _, err := tx.ExecContext(ctx, migrations[v]); err != nil {
				return fmt.Errorf("migration %d: %w", v+1, err)
			}
			_, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", v+1))
			return err
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// SchemaVersion returns the database's schema version.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	err := s.r.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v)
	return v, err
}
