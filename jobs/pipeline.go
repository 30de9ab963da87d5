// Package jobs wires the stages — scrape, normalize, report — into runs:
// one day by hand, the offline demo, and (later) the daemon and backfills.
// It never reaches into a scraper's internals: sources come in through the
// scrapers.Source interface.
package jobs

import (
	"context"
	"errors"
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
}

// Pipeline runs the stages against one store.
type Pipeline struct {
	cfg     *config.Config
	store   *store.Store
	sources []scrapers.Source
	log     *slog.Logger
	now     func() time.Time
	loc     *time.Location
}

// New returns a pipeline; a nil logger discards, a nil clock is time.Now.
func New(d Deps) *Pipeline {
	p := &Pipeline{cfg: d.Config, store: d.Store, sources: d.Sources, log: d.Logger, now: d.Now}
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

// RunResult summarises one run of a day.
type RunResult struct {
	Day       time.Time
	Scrape    ScrapeStats
	Normalize NormalizeStats
	Report    string // the workbook's path
}

// RunDay does one pass for day: scrape every source, extract facts from new
// and changed documents, and write the day's workbook. A failing source does
// not stop the run; it is recorded and makes the result's error non-nil
// (ErrSourcesFailed, ErrExtractFailed) after the workbook is written.
func (p *Pipeline) RunDay(ctx context.Context, day time.Time) (RunResult, error) {
	res := RunResult{Day: day}
	runID, err := p.store.StartRun(ctx, "run", day)
	if err != nil {
		return res, err
	}
	finish := func(runErr error) error {
		r := store.Run{ID: runID, Status: store.RunDone, Documents: res.Scrape.Inserted + res.Scrape.Updated,
			Facts: res.Normalize.Facts.Total(), SourceErrors: res.Scrape.Failed, ReportPath: res.Report}
		if runErr != nil {
			r.Status, r.Error = store.RunFailed, runErr.Error()
		}
		// Record the outcome even when the run's context was cancelled.
		if err := p.store.FinishRun(context.WithoutCancel(ctx), r); err != nil {
			p.log.Error("record run", "run_id", runID, "err", err)
		}
		return runErr
	}
	if res.Scrape, err = p.Scrape(ctx, scrapers.Request{}); err != nil {
		return res, finish(err)
	}
	// Failed sources and documents the extractor failed on do not stop the
	// day: the workbook is written from what succeeded, then the run fails.
	var partial []error
	if res.Scrape.Failed > 0 {
		partial = append(partial, fmt.Errorf("%w: %d of %d", ErrSourcesFailed, res.Scrape.Failed, res.Scrape.Sources))
	}
	res.Normalize, err = p.Normalize(ctx, false)
	switch {
	case errors.Is(err, ErrExtractFailed):
		partial = append(partial, err)
	case err != nil:
		return res, finish(err)
	}
	if res.Report, _, err = p.Report(ctx, day); err != nil {
		return res, finish(err)
	}
	return res, finish(errors.Join(partial...))
}
