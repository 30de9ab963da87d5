// Package store is the only package that talks to DuckDB: schema migrations,
// documents, extracted facts, source health, run history and the queries the
// reports need.
//
// DuckDB allows one writing process per database file; a second process gets
// ErrLocked with the holder named in DuckDB's message.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	_ "github.com/duckdb/duckdb-go/v2" // registers the "duckdb" driver
)

// ErrLocked means another process holds the database file.
var ErrLocked = errors.New("database is in use by another process")

// Options tune DuckDB. Zero values take the defaults.
type Options struct {
	MemoryLimit string       // DuckDB size string; default "1GB"
	Threads     int          // default 2
	TempDir     string       // spill directory; default "<db>.tmp" beside the file
	Logger      *slog.Logger // nil discards
	// Now is the clock used for stored timestamps; default time.Now.
	Now func() time.Time
	// Command names this process in the writer lock ("sitrep run"…), so a
	// second writer is told who holds the database.
	Command string
	// QuarantineWAL moves a write-ahead log that cannot be replayed aside
	// (to "<db>.wal.quarantined-<time>") and opens the database without it.
	// What the log held is lost; Open logs it and QuarantinedWAL says where it went.
	QuarantineWAL bool
}

// Store is an open sitrep database.
type Store struct {
	db   *sql.DB
	path string
	log  *slog.Logger
	now  func() time.Time
	lock *Lock
	// QuarantinedWAL is where a bad write-ahead log was moved ("" when none).
	QuarantinedWAL string
}

// ErrWALReplay means the database's write-ahead log could not be replayed.
var ErrWALReplay = errors.New("write-ahead log replay failed")

// Open opens (creating if needed) the database at path, sets memory_limit,
// threads and temp_directory explicitly (DuckDB would otherwise size memory
// from the host, not the container) and applies pending migrations.
func Open(ctx context.Context, path string, opts Options) (*Store, error) {
	opts = withDefaults(path, opts)
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("open database %s: %w", path, err)
		}
	}
	lock, err := AcquireLock(path, opts.Command)
	if err != nil {
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	db, err := openDB(ctx, path, opts)
	quarantined := ""
	if errors.Is(err, ErrWALReplay) && opts.QuarantineWAL {
		quarantined = fmt.Sprintf("%s.wal.quarantined-%s", path, opts.Now().UTC().Format("20060102T150405Z"))
		if mvErr := os.Rename(path+".wal", quarantined); mvErr != nil {
			_ = lock.Release()
			return nil, errors.Join(err, fmt.Errorf("quarantine wal: %w", mvErr))
		}
		opts.Logger.Warn("moved an unreadable write-ahead log aside; the changes it held are lost",
			"wal", quarantined)
		db, err = openDB(ctx, path, opts)
	}
	if err != nil {
		_ = lock.Release()
		return nil, err
	}
	s := &Store{db: db, path: path, log: opts.Logger, now: opts.Now, lock: lock, QuarantinedWAL: quarantined}
	if err := s.migrate(ctx); err != nil {
		_ = db.Close()
		_ = lock.Release()
		return nil, err
	}
	return s, nil
}

func openDB(ctx context.Context, path string, opts Options) (*sql.DB, error) {
	q := url.Values{}
	q.Set("memory_limit", opts.MemoryLimit)
	q.Set("threads", fmt.Sprint(opts.Threads))
	q.Set("temp_directory", opts.TempDir)
	db, err := sql.Open("duckdb", path+"?"+q.Encode())
	if err != nil {
		return nil, classifyOpenError(path, err)
	}
	// A small pool: DuckDB serialises writers anyway, and temp objects live
	// per connection.
	db.SetMaxOpenConns(4)
	db.SetMaxIdleConns(2)
	if err := db.PingContext(ctx); err != nil {
		_ = db.Close()
		return nil, classifyOpenError(path, err)
	}
	return db, nil
}

func withDefaults(path string, opts Options) Options {
	if opts.MemoryLimit == "" {
		opts.MemoryLimit = "1GB"
	}
	if opts.Threads <= 0 {
		opts.Threads = 2
	}
	if opts.TempDir == "" {
		opts.TempDir = path + ".tmp"
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Command == "" {
		opts.Command = "sitrep"
	}
	return opts
}

// classifyOpenError turns DuckDB's lock conflict into ErrLocked, keeping its
// message, which names the process holding the file.
func classifyOpenError(path string, err error) error {
	msg := err.Error()
	if strings.Contains(msg, "Could not set lock") || strings.Contains(msg, "Conflicting lock") {
		return fmt.Errorf("open database %s: %w: %s", path, ErrLocked, msg)
	}
	if strings.Contains(msg, "WAL") || strings.Contains(msg, ".wal") || strings.Contains(msg, "replay") {
		return fmt.Errorf("open database %s: %w: %s\nthe database itself is untouched; to open it without "+
			"the unreadable log run again with --quarantine-wal (the log is moved aside and what it held is lost)",
			path, ErrWALReplay, msg)
	}
	return fmt.Errorf("open database %s: %w", path, err)
}

// AdvertiseEndpoint records this process's control endpoint in the writer
// lock, for commands that find the database held.
func (s *Store) AdvertiseEndpoint(addr string) error { return s.lock.Advertise(addr) }

// Path returns the database file's path.
func (s *Store) Path() string { return s.path }

// Close checkpoints and closes the database, then releases the writer lock.
func (s *Store) Close() error {
	if _, err := s.db.Exec("CHECKPOINT"); err != nil {
		s.log.Warn("checkpoint before close failed", "err", err)
	}
	err := s.db.Close()
	if lerr := s.lock.Release(); err == nil {
		err = lerr
	}
	if err != nil {
		return fmt.Errorf("close database %s: %w", s.path, err)
	}
	return nil
}

// Setting returns a DuckDB setting's current value (for tests and `config check`).
func (s *Store) Setting(ctx context.Context, name string) (string, error) {
	var v string
	if err := s.db.QueryRowContext(ctx, "SELECT current_setting(?)::VARCHAR", name).Scan(&v); err != nil {
		return "", fmt.Errorf("read setting %s: %w", name, err)
	}
	return v, nil
}

// inTx runs fn in a transaction. Any error rolls back: DuckDB may return nil
// from Commit after a failed statement while having rolled everything back, so
// callers must never rely on Commit alone and verify row counts inside fn.
func (s *Store) inTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin transaction: %w", err)
	}
	if err := fn(tx); err != nil {
		if rbErr := tx.Rollback(); rbErr != nil && !errors.Is(rbErr, sql.ErrTxDone) {
			return errors.Join(err, fmt.Errorf("rollback: %w", rbErr))
		}
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// IsFatal reports whether err is a DuckDB error that invalidated the open
// database (a failed checkpoint, a full disk): nothing more can be written
// through this handle, and the process should reopen it, which replays the
// write-ahead log.
func IsFatal(err error) bool {
	if err == nil {
		return false
	}
	msg := err.Error()
	return strings.Contains(msg, "FATAL Error") || strings.Contains(msg, "database has been invalidated")
}
