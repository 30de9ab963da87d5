package store

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	_ "github.com/duckdb/duckdb-go/v2"
)

func TestLedgerSkipsDoneDaysAndTakesOverInterrupted(t *testing.T) {
	s, _ := openTest(t)
	ctx := context.Background()
	day := time.Date(2025, 11, 14, 0, 0, 0, 0, time.UTC)
	e, begun, err := s.BeginJob(ctx, "report", day, 42, false)
	if err != nil || !begun || e.Status != StatusRunning || e.Attempts != 1 {
		t.Fatalf("begin = %+v, %v, %v", e, begun, err)
	}
	n, err := s.MarkInterrupted(ctx)
	if err != nil || n != 1 {
		t.Fatalf("interrupted %d, %v; want 1", n, err)
	}
	e, begun, err = s.BeginJob(ctx, "report", day, 43, false)
	if err != nil || !begun || e.Attempts != 2 || e.PID != 43 {
		t.Fatalf("retake = %+v, %v, %v", e, begun, err)
	}
	e.Status, e.Facts, e.ReportPath = StatusDone, 7, "/x.xlsx"
	if err := s.FinishJob(ctx, e); err != nil {
		t.Fatal(err)
	}
	again, begun, err := s.BeginJob(ctx, "report", day, 44, false)
	if err != nil || begun || again.Status != StatusDone || again.Facts != 7 {
		t.Fatalf("a done day must be skipped: %+v, %v, %v", again, begun, err)
	}
	forced, begun, err := s.BeginJob(ctx, "report", day, 45, true)
	if err != nil || !begun || forced.Attempts != 3 {
		t.Fatalf("force = %+v, %v, %v", forced, begun, err)
	}
	entries, err := s.Ledger(ctx, "report", day, day)
	if err != nil || len(entries) != 1 || entries[0].Status != StatusRunning {
		t.Fatalf("ledger = %+v, %v", entries, err)
	}
	last, found, err := s.LastDone(ctx, "report")
	if err != nil || found {
		t.Fatalf("no day is done now (it was re-begun): %+v %v %v", last, found, err)
	}
}

func TestLockNamesTheHolder(t *testing.T) {
	_, path := openTest(t)
	_, err := AcquireLock(path, "sitrep backfill")
	var le *LockError
	if !errors.As(err, &le) || !errors.Is(err, ErrLocked) {
		t.Fatalf("want a LockError, got %v", err)
	}
	if le.Holder.PID != os.Getpid() || !strings.Contains(err.Error(), "sitrep") || !strings.Contains(err.Error(), "since") {
		t.Fatalf("lock error does not name the holder: %v", err)
	}
}

// corruptWAL leaves a database whose write-ahead log fails its checksum.
func corruptWAL(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "wal.duckdb")
	db, err := sql.Open("duckdb", path)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{`CREATE TABLE t (i INTEGER)`, `CHECKPOINT`, `PRAGMA disable_checkpoint_on_shutdown`,
		`INSERT INTO t SELECT range FROM range(1000)`} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path + ".wal")
	if err != nil || len(b) < 200 {
		t.Fatalf("no wal to corrupt: %d bytes, %v", len(b), err)
	}
	for i := 64; i < min(len(b), 400); i++ {
		b[i] = 0xAB
	}
	if err := os.WriteFile(path+".wal", b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestUnreadableWALStopsOpenUntilQuarantined(t *testing.T) {
	path := corruptWAL(t)
	ctx := context.Background()
	_, err := Open(ctx, path, Options{Threads: 1})
	if !errors.Is(err, ErrWALReplay) || !strings.Contains(err.Error(), "--quarantine-wal") {
		t.Fatalf("want ErrWALReplay with guidance, got %v", err)
	}
	if _, err := os.Stat(path + ".wal"); err != nil {
		t.Fatalf("the wal must never be deleted implicitly: %v", err)
	}
	s, err := Open(ctx, path, Options{Threads: 1, QuarantineWAL: true})
	if err != nil {
		t.Fatalf("open with quarantine: %v", err)
	}
	defer s.Close()
	if s.QuarantinedWAL == "" {
		t.Fatal("QuarantinedWAL not set")
	}
	if _, err := os.Stat(s.QuarantinedWAL); err != nil {
		t.Fatalf("quarantined wal missing: %v", err)
	}
	var n int
	if err := s.db.QueryRow(`SELECT count(*) FROM t`).Scan(&n); err != nil || n != 0 {
		t.Fatalf("checkpointed table must be intact and the lost inserts gone: %d, %v", n, err)
	}
}
