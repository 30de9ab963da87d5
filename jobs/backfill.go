package jobs

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"sitrep/scrapers"
	"sitrep/store"
)

// Backfill modes: which days of the range are run.
const (
	ModeMissing = "missing" // days whose report is not done (the default)
	ModeFailed  = "failed"  // days whose report failed or was interrupted
	ModeAll     = "all"     // every day
)

// ErrDaysFailed means a backfill finished with at least one failed day.
var ErrDaysFailed = errors.New("some days failed")

// BackfillOptions describe a backfill.
type BackfillOptions struct {
	From, To time.Time // dates, inclusive
	Mode     string    // ModeMissing (default), ModeFailed or ModeAll
	Scrape   bool      // fetch each day's documents again (the window of that day)
	// OnStart is told the days that will run; OnDay is called after each.
	OnStart func(days []time.Time)
	OnDay   func(DayResult)
}

// BackfillResult summarises a backfill.
type BackfillResult struct {
	Days      []DayResult
	Done      int
	Failed    int
	Skipped   int // days the mode left out
	Documents int
	Timing    StageTiming
}

// Backfill runs the days of a range, oldest first, each under the ledger
// and in its own transactions, so one bad day fails alone and an interrupted
// backfill resumes where it stopped when run again (mode missing). When it
// scrapes, it first fetches what the sources published over the selected
// days in one pass (feeds filtered by date, channels and archives paged back
// to the first day, with the page caps raised), then extracts and reports day
// by day. It returns ErrDaysFailed when any day failed, and stops early only
// when ctx is cancelled.
func (p *Pipeline) Backfill(ctx context.Context, o BackfillOptions) (BackfillResult, error) {
	var res BackfillResult
	if o.To.Before(o.From) {
		return res, fmt.Errorf("backfill: --to %s is before --from %s", o.To.Format(time.DateOnly), o.From.Format(time.DateOnly))
	}
	days, skipped, err := p.selectDays(ctx, o)
	if err != nil {
		return res, err
	}
	res.Skipped = skipped
	if o.OnStart != nil {
		o.OnStart(days)
	}
	var scrapeErr error
	if o.Scrape && len(days) > 0 {
		var st ScrapeStats
		st, scrapeErr = p.scrapeRange(ctx, days)
		res.Documents += st.Inserted + st.Updated
		res.Timing.Fetch += st.Elapsed - st.StoreTime
		res.Timing.Store += st.StoreTime
		if scrapeErr != nil && !errors.Is(scrapeErr, ErrSourcesFailed) {
			return res, scrapeErr
		}
	}
	for _, day := range days {
		if err := ctx.Err(); err != nil {
			return res, err
		}
		d := p.ProcessDay(ctx, day, DayOptions{Force: true})
		if scrapeErr != nil {
			// The day's documents may be incomplete: it is not done.
			d.Err = errors.Join(d.Err, scrapeErr)
		}
		res.Days = append(res.Days, d)
		res.Timing.Add(d.Timing)
		if d.Err != nil {
			res.Failed++
			p.log.Error("backfill day failed", "attack_day", day.Format(time.DateOnly), "err", d.Err)
		} else {
			res.Done++
		}
		if o.OnDay != nil {
			o.OnDay(d)
		}
		if ctx.Err() != nil {
			return res, ctx.Err()
		}
	}
	if res.Failed > 0 {
		return res, fmt.Errorf("%w: %d of %d", ErrDaysFailed, res.Failed, len(days))
	}
	return res, nil
}

// selectDays returns the days of the range the mode selects. A day counts
// as done only when every job it runs is done: its report, and its scrape
// when the backfill scrapes.
func (p *Pipeline) selectDays(ctx context.Context, o BackfillOptions) ([]time.Time, int, error) {
	jobs := []string{JobReport}
	if o.Scrape {
		jobs = append(jobs, JobScrape)
	}
	status := map[string]map[time.Time]string{}
	for _, job := range jobs {
		entries, err := p.store.Ledger(ctx, job, o.From, o.To)
		if err != nil {
			return nil, 0, err
		}
		status[job] = map[time.Time]string{}
		for _, e := range entries {
			status[job][e.Day] = e.Status
		}
	}
	var days []time.Time
	skipped := 0
	for day := o.From; !day.After(o.To); day = day.AddDate(0, 0, 1) {
		take := o.Mode == ModeAll
		for _, job := range jobs {
			st := status[job][day]
			switch o.Mode {
			case ModeFailed:
				take = take || st == store.StatusFailed || st == store.StatusInterrupted
			case ModeAll:
			default:
				take = take || st != store.StatusDone
			}
		}
		if take {
			days = append(days, day)
		} else {
			skipped++
		}
	}
	return days, skipped, nil
}

// The per-run caps of sources during a backfill: paging stops at the
// window's start long before them on real channels and archives.
const (
	backfillMaxPages = 1000
	backfillMaxItems = 100000
)

// scrapeRange fetches the documents published over days (from the first to
// the end of the last, in the report time zone) in one pass, recorded in the
// ledger as the scrape job of each of those days.
func (p *Pipeline) scrapeRange(ctx context.Context, days []time.Time) (ScrapeStats, error) {
	var st ScrapeStats
	entries := make([]store.LedgerEntry, 0, len(days))
	for _, day := range days {
		e, _, err := p.store.BeginJob(ctx, JobScrape, day, os.Getpid(), true)
		if err != nil {
			return st, err
		}
		entries = append(entries, e)
	}
	from, _ := p.dayBounds(days[0])
	_, to := p.dayBounds(days[len(days)-1])
	started := p.now()
	st, err := p.Scrape(ctx, scrapers.Request{From: from, To: to, MaxPages: backfillMaxPages, MaxItems: backfillMaxItems})
	st.Elapsed = p.now().Sub(started)
	if err == nil && st.Failed > 0 {
		err = fmt.Errorf("%w: %d of %d", ErrSourcesFailed, st.Failed, st.Sources)
	}
	p.log.Info("backfill scrape", "from", days[0].Format(time.DateOnly), "to", days[len(days)-1].Format(time.DateOnly),
		"documents", st.Inserted+st.Updated, "failed_sources", st.Failed,
		"duration_ms", p.now().Sub(started).Milliseconds())
	for _, e := range entries {
		e.Documents, e.SourceErrors = st.Inserted+st.Updated, st.Failed
		switch {
		case ctx.Err() != nil:
			e.Status, e.Error = store.StatusInterrupted, "interrupted: "+ctx.Err().Error()
		case err != nil:
			e.Status, e.Error = store.StatusFailed, err.Error()
		default:
			e.Status = store.StatusDone
		}
		if ferr := p.store.FinishJob(context.WithoutCancel(ctx), e); ferr != nil {
			return st, errors.Join(err, ferr)
		}
	}
	return st, err
}
