package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchArticle is about 5 KB: the example paraphrase followed by the wire
// and Kyiv administration fixtures, a typical long news article.
func benchArticle(b *testing.B) Input {
	b.Helper()
	var sb strings.Builder
	for _, f := range []string{"example-paraphrase.txt", "docs/wire-kharkiv-odesa.txt", "docs/kcma-update.txt"} {
		t, err := os.ReadFile(filepath.Join("testdata", f))
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(t)
		sb.WriteString("\n\n")
	}
	text := sb.String()
	title, body, _ := strings.Cut(text, "\n\n")
	return Input{Title: title, Text: body, Published: docPublished}
}

// BenchmarkExtract reports articles per second (docs/s) on one core.
func BenchmarkExtract(b *testing.B) {
	in := benchArticle(b)
	b.SetBytes(int64(len(in.Title) + len(in.Text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Extract(in)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}
