package jobs

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"

	"sitrep/scrapers"
	"sitrep/store"
)

// ErrSourcesFailed means the run finished but at least one source failed.
var ErrSourcesFailed = errors.New("some sources failed")

// ScrapeStats counts what a scrape pass did.
type ScrapeStats struct {
	Sources    int // sources scraped
	Failed     int // sources that failed as a whole
	Fetched    int // documents the sources returned
	ItemErrors int // single items that failed
	store.UpsertStats
	Errors map[string]error // by source name
}

// Scrape runs every source once, stores what they return and records each
// source's health. One failing (or panicking) source never aborts the pass;
// only a cancelled context or a store failure does.
func (p *Pipeline) Scrape(ctx context.Context, req scrapers.Request) (ScrapeStats, error) {
	st := ScrapeStats{Errors: map[string]error{}}
	for _, src := range p.sources {
		if err := ctx.Err(); err != nil {
			return st, err
		}
		st.Sources++
		started := p.now()
		res, err := p.scrapeOne(ctx, src, req)
		if err == nil {
			var up store.UpsertStats
			if up, err = p.store.UpsertDocuments(ctx, res.Documents); err != nil {
				return st, fmt.Errorf("source %s: %w", src.Name(), err)
			}
			st.Inserted += up.Inserted
			st.Updated += up.Updated
			st.Unchanged += up.Unchanged
			st.Fetched += len(res.Documents)
			st.ItemErrors += len(res.ItemErrors)
		}
		if ctx.Err() != nil {
			return st, ctx.Err()
		}
		if err != nil {
			st.Failed++
			st.Errors[src.Name()] = err
			p.log.Warn("source failed", "source", src.Name(), "err", err)
		} else {
			p.log.Info("source scraped", "source", src.Name(), "items", len(res.Documents),
				"item_errors", len(res.ItemErrors), "duration_ms", p.now().Sub(started).Milliseconds())
		}
		hr := store.SourceRun{Name: src.Name(), Kind: src.Kind(), URL: src.URL(), At: p.now(), Err: err}
		if err := p.store.RecordSourceRun(ctx, hr); err != nil {
			return st, err
		}
	}
	return st, nil
}

// scrapeOne runs one source with its known documents and turns a panic into
// an error for that source, so a parser bug cannot take the run down.
func (p *Pipeline) scrapeOne(ctx context.Context, src scrapers.Source, req scrapers.Request) (res scrapers.Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			p.log.Error("source panicked", "source", src.Name(), "panic", fmt.Sprint(r), "stack", string(debug.Stack()))
			err = fmt.Errorf("source %s: panic: %v", src.Name(), r)
		}
	}()
	known, err := p.store.KnownDocuments(ctx, src.Name())
	if err != nil {
		return res, err
	}
	req.Seen = func(id string) bool { return known[id] }
	return src.Scrape(ctx, req)
}
