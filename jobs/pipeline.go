// Package jobs wires the stages — scrape, normalize, report, deliver — into
// runs: one day by hand, backfills over a range, the cron daemon and the
// offline demo, each day recorded in the store's ledger.
// It never reaches into a scraper's internals: sources come in through the
// scrapers.Source interface.
package jobs

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"time"

	"sitrep/config"
	"sitrep/scrapers"
	"sitrep/store"
)

// Deps are what a Pipeline works with. Logger and Now may be nil.
type Deps struct {
	Config  *config.Config
	Store   *store.Store
	Sources []scrapers.Source
	Logger  *slog.Logger
	Now     func() time.Time
	// MailBackoff are the waits between delivery attempts; nil takes the
	// mail package's default (1m, 5m, 30m).
	MailBackoff []time.Duration
	// Sleep waits between delivery attempts; nil waits for real.
	Sleep func(context.Context, time.Duration) error
}

// Pipeline runs the stages against one store.
type Pipeline struct {
	cfg     *config.Config
	store   *store.Store
	sources []scrapers.Source
	log     *slog.Logger
	now     func() time.Time
	loc     *time.Location

	mailBackoff []time.Duration
	sleep       func(context.Context, time.Duration) error
}

// New returns a pipeline; a nil logger discards, a nil clock is time.Now.
func New(d Deps) *Pipeline {
	p := &Pipeline{cfg: d.Config, store: d.Store, sources: d.Sources, log: d.Logger, now: d.Now,
		mailBackoff: d.MailBackoff, sleep: d.Sleep}
	if p.log == nil {
		p.log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if p.now == nil {
		p.now = time.Now
	}
	p.loc = d.Config.Location
	if p.loc == nil {
		p.loc = time.UTC
	}
	return p
}

// Day returns the calendar date of t in the report time zone, as a date at
// midnight UTC (the form DATE columns use).
func (p *Pipeline) Day(t time.Time) time.Time {
	return DateOf(t, p.loc)
}

// DateOf returns t's calendar date in loc as midnight UTC. Date-only values
// never go through a zone conversion after this, so they cannot shift a day.
func DateOf(t time.Time, loc *time.Location) time.Time {
	y, m, d := t.In(loc).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// ParseDay parses a YYYY-MM-DD flag value.
func ParseDay(s string) (time.Time, error) {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("date %q: want YYYY-MM-DD", s)
	}
	return d, nil
}

// RunDay does one pass for day by hand: scrape every source, extract facts
// from new and changed documents, and write the day's workbook, even when the
// ledger says the day is done. A failing source does not stop the run; it is
// recorded and makes the result's error non-nil (ErrSourcesFailed,
// ErrExtractFailed) after the workbook is written.
func (p *Pipeline) RunDay(ctx context.Context, day time.Time) DayResult {
	return p.ProcessDay(ctx, day, DayOptions{Scrape: true, Force: true, Email: true})
}
