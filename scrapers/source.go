// Package scrapers defines the Source interface that every source kind
// implements, and the explicit kind → constructor map that builds sources
// from configuration.
package scrapers

import (
	"context"
	"time"

	"sitrep/model"
)

// Request says what a scrape pass wants from a source.
type Request struct {
	// From and To bound the publication time of wanted documents (UTC);
	// a zero value leaves that side open. Sources stop paging back at From.
	From, To time.Time
	// Seen reports whether a document with this external id is already
	// stored with this content hash; sources use it to skip the expensive
	// article fetch. It may be nil.
	Seen func(externalID string) bool
	// MaxPages and MaxItems raise a source's per-run caps (pages of a
	// channel or archive, items of a feed) for this pass: a backfill reaching
	// weeks back needs more than a daily run. Zero keeps the configured caps;
	// paging still stops at From.
	MaxPages, MaxItems int
}

// Result is what one scrape pass of one source produced.
type Result struct {
	Documents []model.Document
	// ItemErrors are failures of single items (an article page that could not
	// be fetched) that did not stop the source; each is also logged.
	ItemErrors []error
}

// Source is one configured public source.
//
// Scrape must return when ctx is cancelled. An error means the source as a
// whole failed (its listing could not be fetched or parsed); the run goes on
// with the other sources and records the error in the source's health.
type Source interface {
	Name() string
	Kind() string
	URL() string
	Scrape(ctx context.Context, req Request) (Result, error)
}
