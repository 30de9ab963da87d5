package jobs

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/robfig/cron/v3"

	"sitrep/config"
	"sitrep/store"
)

// DaemonOptions tune the daemon; zero values take the defaults.
type DaemonOptions struct {
	// Clock drives the schedule; nil is the wall clock.
	Clock Clock
	// Metrics receives the job metrics; nil makes a new registry.
	Metrics *Metrics
	// OnJob is told when a job run ends (for tests and logs).
	OnJob func(job string, d DayResult)
	// OnSkip is told when a firing is skipped because the job still runs.
	OnSkip func(job string)
	// OnReturn is told when a firing has fully returned: run, skipped or
	// recovered from a panic.
	OnReturn func(job string)
	// Ready is closed once catch-up is done and the schedule is armed.
	Ready chan<- struct{}
	// Listen is the loopback address of /healthz, /metrics and /run (work
	// handed over by other commands); "" serves none.
	Listen string
	// OnListen is told the address the endpoint listens on.
	OnListen func(addr string)
}

// daemonJob is one scheduled job.
type daemonJob struct {
	name     string
	schedule cron.Schedule
	job      cron.Job // wrapped: Recover, SkipIfStillRunning, Recover
}

// Daemon runs the configured jobs at their cron times in the report time
// zone until ctx is cancelled. At start-up it catches up missed report days
// (at most daemon.catch_up_days; older gaps are logged as needing a backfill).
// A job never overlaps itself (a firing while it still runs is skipped and
// counted), jobs never run at the same time as each other, a panicking job is
// recovered and logged with its stack, and a report day already done is not
// run again — so a daylight-saving hour that repeats cannot send two reports,
// and one that is skipped is caught up at the next firing. Cancelling ctx
// cancels the running job (recorded as interrupted) and returns once it has
// stopped.
func (p *Pipeline) Daemon(ctx context.Context, o DaemonOptions) error {
	if o.Clock == nil {
		o.Clock = realClock{}
	}
	if o.Metrics == nil {
		o.Metrics = NewMetrics()
	}
	ctx, stop := context.WithCancelCause(ctx)
	defer stop(nil)
	d := &daemon{p: p, o: o, log: p.log.With("component", "daemon"), stop: stop}
	jobs, err := d.jobs(ctx)
	if err != nil {
		return err
	}
	if o.Listen != "" {
		ep, err := StartEndpoint(o.Listen, o.Metrics, p.store, d.control(ctx))
		if err != nil {
			return err
		}
		defer ep.Close()
		if o.OnListen != nil {
			o.OnListen(ep.Addr())
		}
	}
	d.catchUp(ctx)
	if o.Ready != nil {
		close(o.Ready)
	}
	d.loop(ctx, jobs)
	d.running.Wait()
	d.log.Info("daemon stopped")
	if err := context.Cause(ctx); errors.Is(err, ErrDatabaseInvalidated) {
		return err
	}
	return nil
}

// ErrDatabaseInvalidated stops the daemon when DuckDB invalidated the open
// database (a full disk, a failed checkpoint): it exits non-zero so that its
// supervisor restarts it, and the restart replays the write-ahead log.
var ErrDatabaseInvalidated = errors.New("the database was invalidated; restart to reopen it")

type daemon struct {
	p       *Pipeline
	o       DaemonOptions
	log     *slog.Logger
	serial  sync.Mutex     // one job at a time: DuckDB replaces of one day must not race
	running sync.WaitGroup // jobs in flight
	stop    context.CancelCauseFunc
}

func (d *daemon) jobs(ctx context.Context) ([]daemonJob, error) {
	cfg := d.p.cfg.Daemon
	logger := cronLogger{log: d.log, skipped: d.o.Metrics.skipped, onSkip: d.o.OnSkip}
	var out []daemonJob
	for _, j := range []struct {
		name, key, spec string
		run             func(context.Context, time.Time)
	}{
		{JobScrape, "daemon.scrape", cfg.Scrape, d.scrape},
		{JobReport, "daemon.report", cfg.Report, d.report},
	} {
		sched, err := config.ParseSchedule(j.spec)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", j.key, err)
		}
		run := j.run
		name := j.name
		inner := cron.FuncJob(func() {
			d.serial.Lock()
			defer d.serial.Unlock()
			if ctx.Err() != nil {
				return
			}
			run(ctx, DateOf(d.o.Clock.Now(), d.p.loc))
		})
		// Recover is outermost, so nothing in the chain can take the daemon
		// down, and innermost too: SkipIfStillRunning hands its token back
		// only when the job returns, so a panic passing through it would
		// mark the job as running forever.
		l := logger.with(name)
		chain := cron.NewChain(cron.Recover(l), cron.SkipIfStillRunning(l), cron.Recover(l))
		out = append(out, daemonJob{name: name, schedule: sched, job: chain.Then(inner)})
	}
	return out, nil
}

// loop waits for the next firing, starts the due jobs and re-arms, until ctx
// is cancelled. Next times are computed in the report time zone.
func (d *daemon) loop(ctx context.Context, jobs []daemonJob) {
	next := make([]time.Time, len(jobs))
	now := d.o.Clock.Now().In(d.p.loc)
	for i, j := range jobs {
		next[i] = j.schedule.Next(now)
		d.log.Info("job scheduled", "job", j.name, "next", next[i])
	}
	for {
		soonest := next[0]
		for _, t := range next[1:] {
			if t.Before(soonest) {
				soonest = t
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-d.o.Clock.After(soonest.Sub(d.o.Clock.Now())):
		}
		now := d.o.Clock.Now().In(d.p.loc)
		for i, j := range jobs {
			if next[i].After(now) {
				continue
			}
			d.running.Add(1)
			go func(j daemonJob) {
				defer d.running.Done()
				j.job.Run()
				if d.o.OnReturn != nil {
					d.o.OnReturn(j.name)
				}
			}(j)
			next[i] = j.schedule.Next(now)
		}
	}
}

// scrape is the periodic scrape job.
func (d *daemon) scrape(ctx context.Context, day time.Time) {
	started := time.Now()
	res := d.p.ScrapeDay(ctx, day)
	d.finished(JobScrape, res, started)
}

// report first catches up missed days, then runs today's report (once: a
// done day is skipped).
func (d *daemon) report(ctx context.Context, day time.Time) {
	d.catchUpBefore(ctx, day)
	started := time.Now()
	res := d.p.ProcessDay(ctx, day, DayOptions{Email: true})
	d.finished(JobReport, res, started)
}

func (d *daemon) finished(job string, res DayResult, started time.Time) {
	status := store.StatusDone
	switch {
	case res.Skipped:
		status = store.StatusSkipped
	case errors.Is(res.Err, context.Canceled):
		status = store.StatusInterrupted
	case res.Err != nil:
		status = store.StatusFailed
	}
	d.o.Metrics.observeDay(job, res, time.Since(started).Seconds(), status)
	if status == store.StatusDone {
		d.o.Metrics.lastSuccess.WithLabelValues(job).Set(float64(d.o.Clock.Now().Unix()))
	}
	if store.IsFatal(res.Err) {
		d.log.Error("the database was invalidated; stopping so the supervisor restarts the daemon",
			"job", job, "err", res.Err)
		d.stop(fmt.Errorf("%w: %v", ErrDatabaseInvalidated, res.Err))
	}
	if res.Err != nil {
		d.log.Error("job failed", "job", job, "attack_day", res.Day.Format(time.DateOnly), "err", res.Err)
	} else {
		d.log.Info("job finished", "job", job, "attack_day", res.Day.Format(time.DateOnly), "status", status)
	}
	if d.o.OnJob != nil {
		d.o.OnJob(job, res)
	}
}

// catchUp runs at start-up: the missed report days before today, and today
// when its report time has already passed (the anacron model).
func (d *daemon) catchUp(ctx context.Context) {
	d.serial.Lock()
	defer d.serial.Unlock()
	now := d.o.Clock.Now().In(d.p.loc)
	today := DateOf(now, d.p.loc)
	d.catchUpBefore(ctx, today)
	sched, err := config.ParseSchedule(d.p.cfg.Daemon.Report)
	if err != nil {
		return // validated at start-up
	}
	y, m, dd := now.Date()
	midnight := time.Date(y, m, dd, 0, 0, 0, 0, d.p.loc)
	if due := sched.Next(midnight.Add(-time.Second)); due.Before(now) && DateOf(due, d.p.loc).Equal(today) {
		started := time.Now()
		res := d.p.ProcessDay(ctx, today, DayOptions{Email: true})
		d.finished(JobReport, res, started)
	}
}

// catchUpBefore runs the report of every missed day in the catch-up window
// before day, without email (past days are never mailed). Days older than
// the window are logged as needing a backfill. A fresh database (no report
// ever done) has nothing to catch up.
func (d *daemon) catchUpBefore(ctx context.Context, day time.Time) {
	last, found, err := d.p.store.LastDone(ctx, JobReport)
	if err != nil {
		d.log.Error("catch-up: read the ledger", "err", err)
		return
	}
	if !found {
		return
	}
	first := last.Day.AddDate(0, 0, 1)
	window := day.AddDate(0, 0, -d.p.cfg.Daemon.CatchUpDays)
	if first.Before(window) {
		d.log.Warn("days missed beyond the catch-up window need a backfill",
			"from", first.Format(time.DateOnly), "to", window.AddDate(0, 0, -1).Format(time.DateOnly),
			"command", fmt.Sprintf("sitrep backfill --from %s --to %s", first.Format(time.DateOnly),
				window.AddDate(0, 0, -1).Format(time.DateOnly)))
		first = window
	}
	entries, err := d.p.store.Ledger(ctx, JobReport, first, day.AddDate(0, 0, -1))
	if err != nil {
		d.log.Error("catch-up: read the ledger", "err", err)
		return
	}
	done := map[time.Time]bool{}
	for _, e := range entries {
		done[e.Day] = e.Status == store.StatusDone
	}
	for missed := first; missed.Before(day); missed = missed.AddDate(0, 0, 1) {
		if done[missed] || ctx.Err() != nil {
			continue
		}
		d.log.Info("catching up a missed report day", "attack_day", missed.Format(time.DateOnly))
		started := time.Now()
		res := d.p.ProcessDay(ctx, missed, DayOptions{})
		d.finished(JobReport, res, started)
	}
}

// cronLogger adapts slog to robfig/cron's Logger, counting skipped overlaps.
type cronLogger struct {
	log     *slog.Logger
	skipped *prometheus.CounterVec
	onSkip  func(job string)
	job     string
}

func (l cronLogger) with(job string) cronLogger { l.job = job; return l }

// Info logs cron's routine messages; "skip" means the job was still running.
func (l cronLogger) Info(msg string, kv ...any) {
	if msg == "skip" {
		l.log.Warn("job still running, this firing is skipped", "job", l.job)
		l.skipped.WithLabelValues(l.job).Inc()
		if l.onSkip != nil {
			l.onSkip(l.job)
		}
		return
	}
	l.log.Debug("cron: "+msg, kv...)
}

// Error logs a recovered panic with its stack.
func (l cronLogger) Error(err error, msg string, kv ...any) {
	l.log.Error("job panicked and was recovered", append([]any{"job", l.job, "err", err, "detail", msg}, kv...)...)
}
