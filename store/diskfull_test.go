package store

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"sitrep/model"
)

// FAULTS D3: the disk fills up during inserts. The failing write is an
// error, never a silent loss; after space is freed the database opens again
// with every batch committed before the failure. The database lives on a
// small tmpfs mounted for the test (root is needed, as in CI and on the
// development machines of this project).
func TestDiskFullKeepsCommittedData(t *testing.T) {
	dir := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=48m", "tmpfs", dir).CombinedOutput(); err != nil {
		t.Fatalf("mount a 48 MiB tmpfs (needs root): %v\n%s", err, out)
	}
	t.Cleanup(func() { _ = exec.Command("umount", "-l", dir).Run() })
	filler := filepath.Join(dir, "filler")
	if err := os.WriteFile(filler, make([]byte, 24<<20), 0o644); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "full.duckdb")
	ctx := context.Background()
	s, err := Open(ctx, path, Options{Threads: 1, MemoryLimit: "128MB", TempDir: filepath.Join(dir, "tmp")})
	if err != nil {
		t.Fatal(err)
	}
	committed := 0
	var writeErr error
	for batch := 0; batch < 200 && writeErr == nil; batch++ {
		var docs []model.Document
		for i := range 4 {
			noise := make([]byte, 256<<10) // incompressible, so the raw page costs its size
			_, _ = rand.Read(noise)
			d := sampleDoc(fmt.Sprintf("b%d-%d", batch, i), hex.EncodeToString(noise[:1024]))
			d.Raw = noise
			d.Fetched = time.Date(2025, 11, 14, 8, 0, 0, 0, time.UTC)
			docs = append(docs, d)
		}
		if _, writeErr = s.UpsertDocuments(ctx, docs); writeErr == nil {
			committed += len(docs)
		}
	}
	if writeErr == nil {
		t.Fatal("48 MiB never filled up: the test wrote too little")
	}
	t.Logf("committed %d documents, then: %v", committed, writeErr)
	if !strings.Contains(writeErr.Error(), "No space left on device") {
		t.Fatalf("the error must say the disk is full: %v", writeErr)
	}
	_ = s.Close() // may fail: the database can be invalidated by the I/O error
	if err := os.Remove(filler); err != nil {
		t.Fatal(err)
	}
	s2, err := Open(ctx, path, Options{Threads: 1, MemoryLimit: "128MB", TempDir: filepath.Join(dir, "tmp")})
	if err != nil {
		t.Fatalf("reopen after freeing space: %v", err)
	}
	defer s2.Close()
	counts, err := s2.TableCounts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if counts["documents"] < int64(committed) || committed == 0 {
		t.Fatalf("documents after reopening = %d, committed before the disk filled = %d", counts["documents"], committed)
	}
}

// FAULTS D7: under a low memory_limit a large aggregation spills to the
// temp directory or fails with a clean out-of-memory error; the process is
// never killed and the database stays usable.
func TestLowMemoryLimitSpillsOrFailsCleanly(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "low.duckdb")
	s, err := Open(ctx, path, Options{Threads: 1, MemoryLimit: "32MB"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var n int64
	err = s.db.QueryRowContext(ctx,
		`SELECT count(*) FROM (SELECT i % 3000000 AS k, count(*) FROM range(6000000) t(i) GROUP BY k)`).Scan(&n)
	switch {
	case err == nil && n != 3000000:
		t.Fatalf("groups = %d, want 3000000", n)
	case err != nil && !strings.Contains(err.Error(), "Out of Memory"):
		t.Fatalf("want success or a clean out-of-memory error, got %v", err)
	}
	t.Logf("aggregation under 32MB: groups %d, err %v", n, err)
	if v, err := s.SchemaVersion(ctx); err != nil || v < 2 {
		t.Fatalf("the database must stay usable: version %d, %v", v, err)
	}
}
