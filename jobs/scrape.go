package jobs

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"time"

	"sitrep/extract/multilang"
	"sitrep/model"
	"sitrep/scrapers"
	"sitrep/store"
)

// ErrSourcesFailed means the run finished but at least one source failed.
var ErrSourcesFailed = errors.New("some sources failed")

// ScrapeStats counts what a scrape pass did.
type ScrapeStats struct {
	Sources    int      // sources scraped
	Failed     int      // sources that failed as a whole
	Skipped    []string // sources left out after failing too often
	Fetched    int      // documents the sources returned
	ItemErrors int      // single items that failed
	store.UpsertStats
	Errors    map[string]error // by source name
	StoreTime time.Duration    // spent storing documents
	Elapsed   time.Duration    // the whole pass, when the caller measures it
}

// Scrape runs every source once, stores what they return and records each
// source's health. One failing (or panicking) source never aborts the pass;
// only a cancelled context or a store failure does.
func (p *Pipeline) Scrape(ctx context.Context, req scrapers.Request) (ScrapeStats, error) {
	st := ScrapeStats{Errors: map[string]error{}}
	health, err := p.healthByName(ctx)
	if err != nil {
		return st, err
	}
	for _, src := range p.sources {
		if err := ctx.Err(); err != nil {
			return st, err
		}
		if h, ok := health[src.Name()]; ok && p.benched(h) {
			st.Skipped = append(st.Skipped, src.Name())
			p.log.Warn("source skipped after failing repeatedly", "source", src.Name(), "errors", h.ErrorCount,
				"last_error", h.LastError, "retry_after", p.cfg.Health.RetryAfter)
			continue
		}
		st.Sources++
		started := p.now()
		res, err := p.scrapeOne(ctx, src, req)
		if err == nil {
			detectLanguages(res.Documents)
			var up store.UpsertStats
			storeStart := p.now()
			up, err = p.store.UpsertDocuments(ctx, res.Documents)
			st.StoreTime += p.now().Sub(storeStart)
			if err != nil {
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

func (p *Pipeline) healthByName(ctx context.Context) (map[string]model.SourceHealth, error) {
	hs, err := p.store.SourceHealth(ctx)
	if err != nil {
		return nil, err
	}
	out := make(map[string]model.SourceHealth, len(hs))
	for _, h := range hs {
		out[h.Name] = h
	}
	return out, nil
}

// benched reports whether a source has failed too often to be tried now: it
// is left out until health.retry_after has passed since its last run, when
// it gets one probe; a success (or `sitrep sources reset`) brings it back.
func (p *Pipeline) benched(h model.SourceHealth) bool {
	max := p.cfg.Health.MaxFailures
	if max <= 0 || h.ErrorCount < max {
		return false
	}
	return p.now().Sub(h.LastRun) < p.cfg.Health.RetryAfter
}

// detectLanguages sets each document's language from its text when it can
// be told, whatever the source's configured language: a channel that posts in
// Ukrainian may also post in English.
func detectLanguages(docs []model.Document) {
	for i := range docs {
		if l := multilang.Detect(docs[i].Title + "\n" + docs[i].Text); l != "" {
			docs[i].Lang = l
		}
	}
}
