package uk_test

import (
	"fmt"
	"testing"
	"time"

	"sitrep/extract"
	"sitrep/extract/uk"
)

// morning is a publication time: 09:10 in Kyiv on 14 November 2025 (UTC+2).
var morning = time.Date(2025, 11, 14, 7, 10, 0, 0, time.UTC)

// oneRow extracts a post published at pub and returns its only row.
func oneRow(t *testing.T, text string, pub time.Time) extract.Attack {
	t.Helper()
	f := uk.Extract(extract.Input{Text: text, Published: pub})
	if len(f.Attacks) != 1 {
		t.Fatalf("got %d rows, want 1: %+v", len(f.Attacks), f.Attacks)
	}
	return f.Attacks[0]
}

// show prints an optional number.
func show(p *int) string {
	if p == nil {
		return "null"
	}
	return fmt.Sprint(*p)
}
