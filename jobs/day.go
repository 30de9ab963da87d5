package jobs

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"sitrep/scrapers"
	"sitrep/store"
)

// Ledger job names: one row per (job, day).
const (
	JobScrape = "scrape" // scrape every source and extract what is new
	JobReport = "report" // write (and deliver) the day's workbook
)

// DayOptions say how one day is processed.
type DayOptions struct {
	// Scrape runs the scrape stage; false rebuilds from what is stored.
	Scrape bool
	// Force runs a report job even when the ledger says the day is done.
	Force bool
	// Email delivers the workbook when email is enabled in the config.
	Email bool
	// Deliver says how (resend, dry run).
	Deliver DeliverOptions
}

// DayResult is what processing one day did, with the time spent per stage.
type DayResult struct {
	Day       time.Time
	Skipped   bool // the report was already done and Force was off
	Scrape    ScrapeStats
	Normalize NormalizeStats
	Report    string
	SHA256    string
	Delivery  Delivery
	Err       error
	Timing    StageTiming
}

// StageTiming splits a day's wall time by stage: fetching and parsing,
// extracting, storing (documents and facts) and writing the workbook.
type StageTiming struct {
	Fetch, Extract, Store, Report time.Duration
}

// Add sums timings.
func (t *StageTiming) Add(o StageTiming) {
	t.Fetch += o.Fetch
	t.Extract += o.Extract
	t.Store += o.Store
	t.Report += o.Report
}

// ProcessDay runs the stages for one day under the ledger: the scrape job
// (when asked) and the report job, each recorded as running and then done,
// failed or interrupted. Failed sources and documents do not stop the day;
// they make it failed after the workbook is written, so a backfill in
// "failed" mode retries it.
func (p *Pipeline) ProcessDay(ctx context.Context, day time.Time, o DayOptions) DayResult {
	res := DayResult{Day: day}
	var partial []error
	if o.Scrape {
		err := p.scrapeJob(ctx, day, &res)
		if err != nil && !errors.Is(err, ErrSourcesFailed) {
			res.Err = err
			return res
		}
		if err != nil {
			partial = append(partial, err)
		}
	}
	err := p.ledgered(ctx, JobReport, day, o.Force, func(e *store.LedgerEntry) error {
		return p.reportStage(ctx, day, o, &res, e, partial)
	})
	if errors.Is(err, errSkipped) {
		res.Skipped = true
		return res
	}
	res.Err = err
	return res
}

// ScrapeDay runs the scrape job alone (the daemon's periodic job): scrape
// every source and extract facts from what is new.
func (p *Pipeline) ScrapeDay(ctx context.Context, day time.Time) DayResult {
	res := DayResult{Day: day}
	res.Err = p.scrapeJob(ctx, day, &res)
	if res.Err == nil || errors.Is(res.Err, ErrSourcesFailed) {
		started := p.now()
		var err error
		res.Normalize, err = p.Normalize(ctx, false)
		res.Timing.Extract = p.now().Sub(started)
		res.Err = errors.Join(res.Err, err)
	}
	return res
}

// scrapeJob is a live scrape (whatever the sources have now) recorded as
// day's scrape job. Backfills fetch their window with scrapeRange instead.
func (p *Pipeline) scrapeJob(ctx context.Context, day time.Time, res *DayResult) error {
	return p.ledgered(ctx, JobScrape, day, true, func(e *store.LedgerEntry) error {
		started := p.now()
		var err error
		res.Scrape, err = p.Scrape(ctx, scrapers.Request{})
		res.Timing.Fetch = p.now().Sub(started) - res.Scrape.StoreTime
		res.Timing.Store += res.Scrape.StoreTime
		e.Documents, e.SourceErrors = res.Scrape.Inserted+res.Scrape.Updated, res.Scrape.Failed
		if err == nil && res.Scrape.Failed > 0 {
			err = fmt.Errorf("%w: %d of %d", ErrSourcesFailed, res.Scrape.Failed, res.Scrape.Sources)
		}
		return err
	})
}

// reportStage extracts what is stale, writes the workbook and delivers it.
func (p *Pipeline) reportStage(ctx context.Context, day time.Time, o DayOptions, res *DayResult,
	e *store.LedgerEntry, partial []error) error {
	started := p.now()
	var err error
	res.Normalize, err = p.Normalize(ctx, false)
	res.Timing.Extract = p.now().Sub(started) - res.Normalize.StoreTime
	res.Timing.Store += res.Normalize.StoreTime
	if err != nil && !errors.Is(err, ErrExtractFailed) {
		return err
	}
	if err != nil {
		partial = append(partial, err)
	}
	started = p.now()
	path, report, err := p.Report(ctx, day)
	res.Timing.Report = p.now().Sub(started)
	if err != nil {
		return err
	}
	res.Report = path
	if res.SHA256, err = fileSHA256(path); err != nil {
		return err
	}
	e.Facts, e.ReportPath, e.ReportSHA256 = res.Normalize.Facts.Total(), path, res.SHA256
	e.Documents, e.SourceErrors = res.Scrape.Inserted+res.Scrape.Updated, res.Scrape.Failed
	if o.Email && p.cfg.Email.Enabled {
		// A day is done only when its report reached the recipients.
		if res.Delivery, err = p.Deliver(ctx, report, path, res.SHA256, o.Deliver); err != nil {
			partial = append(partial, err)
		}
	}
	return errors.Join(partial...)
}

// errSkipped is returned by ledgered when the job was already done.
var errSkipped = errors.New("already done")

// ledgered runs fn as (job, day) in the ledger. A cancelled context records
// the job as interrupted, any other error as failed, else done.
func (p *Pipeline) ledgered(ctx context.Context, job string, day time.Time, force bool, fn func(*store.LedgerEntry) error) error {
	e, begun, err := p.store.BeginJob(ctx, job, day, os.Getpid(), force)
	if err != nil {
		return err
	}
	if !begun {
		p.log.Info("job already done, skipped", "job", job, "attack_day", day.Format(time.DateOnly))
		return errSkipped
	}
	runErr := fn(&e)
	switch {
	case ctx.Err() != nil:
		e.Status, e.Error = store.StatusInterrupted, "interrupted: "+context.Cause(ctx).Error()
		runErr = errors.Join(runErr, ctx.Err())
	case runErr != nil:
		e.Status, e.Error = store.StatusFailed, runErr.Error()
	default:
		e.Status = store.StatusDone
	}
	// The outcome is recorded even when the job's context was cancelled.
	if err := p.store.FinishJob(context.WithoutCancel(ctx), e); err != nil {
		return errors.Join(runErr, err)
	}
	return runErr
}

// dayBounds returns the UTC instants at which day starts and ends in the
// report time zone (23 or 25 hours apart on DST days).
func (p *Pipeline) dayBounds(day time.Time) (time.Time, time.Time) {
	y, m, d := day.Date()
	start := time.Date(y, m, d, 0, 0, 0, 0, p.loc)
	end := time.Date(y, m, d+1, 0, 0, 0, 0, p.loc)
	return start.UTC(), end.UTC()
}

func fileSHA256(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", fmt.Errorf("checksum %s: %w", path, err)
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", fmt.Errorf("checksum %s: %w", path, err)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
