package uk_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"sitrep/extract"
	"sitrep/extract/uk"
)

// BenchmarkExtract reads every post of the corpus in turn (summaries,
// alerts, KCMA posts: a day's typical mix) and reports posts per second on
// one core. The target is at least 1,000 posts/s.
func BenchmarkExtract(b *testing.B) {
	paths, err := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	if err != nil || len(paths) == 0 {
		b.Fatalf("no corpus (%v)", err)
	}
	var posts []extract.Input
	size := 0
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		_, body, _ := strings.Cut(string(raw), "\n\n")
		posts = append(posts, extract.Input{Text: body, Published: time.Date(2025, 11, 14, 7, 0, 0, 0, time.UTC)})
		size += len(body)
	}
	b.SetBytes(int64(size / len(posts)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		uk.Extract(posts[n%len(posts)])
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "posts/s")
}
