package jobs

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"

	"sitrep/config"
	"sitrep/store"
)

var kyiv = func() *time.Location {
	loc, err := time.LoadLocation("Europe/Kyiv")
	if err != nil {
		panic(err)
	}
	return loc
}()

// feedServer serves one small feed; gate, when set, holds every feed
// request until it is closed (a slow source).
type feedServer struct {
	*httptest.Server
	hits    atomic.Int64
	gate    chan struct{}
	entered chan struct{} // one signal per feed request
}

func newFeedServer(t *testing.T) *feedServer {
	t.Helper()
	fs := &feedServer{entered: make(chan struct{}, 64)}
	fs.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		fs.hits.Add(1)
		fs.entered <- struct{}{}
		if fs.gate != nil {
			select {
			case <-fs.gate:
			case <-r.Context().Done():
				return
			}
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, feedTmpl, "http://"+r.Host)
	}))
	t.Cleanup(fs.Close)
	return fs
}

// daemonFixture is a pipeline on a fresh database whose one source is a
// local feed and whose reports are mailed to mailpit under a unique subject.
type daemonFixture struct {
	cfg   *config.Config
	store *store.Store
	p     *Pipeline
	feed  *feedServer
	tag   string
}

func newDaemonFixture(t *testing.T, report string) *daemonFixture {
	t.Helper()
	fs := newFeedServer(t)
	dir := t.TempDir()
	cfg := testConfig(t, dir, fs.URL+"/feed.xml")
	// The scrape job fires once a year unless a test wants it.
	cfg.Daemon = config.DaemonConfig{Scrape: "0 0 1 1 *", Report: report, CatchUpDays: 7}
	tag := fmt.Sprintf("[%s-%d]", t.Name(), time.Now().UnixNano())
	cfg.Email = config.EmailConfig{Enabled: true, From: "sitrep@example.org", To: []string{"desk@example.org"},
		Subject:         tag + " sitrep {{.Date}}",
		SMTP:            config.SMTPConfig{Host: "127.0.0.1", Port: mailpit.SMTPPort, TLS: config.TLSNone, Timeout: 5 * time.Second},
		MaxMessageBytes: 20 * config.MiB}
	st, err := store.Open(ctx, cfg.Database, store.Options{Threads: 1, MemoryLimit: "256MB", Command: "sitrep test"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	srcs, err := BuildSources(cfg, nil, SourceOptions{Local: true})
	if err != nil {
		t.Fatal(err)
	}
	p := New(Deps{Config: cfg, Store: st, Sources: srcs, MailBackoff: []time.Duration{}})
	return &daemonFixture{cfg: cfg, store: st, p: p, feed: fs, tag: tag}
}

// mailed counts the messages of this fixture in mailpit.
func (f *daemonFixture) mailed(t *testing.T) []string {
	t.Helper()
	var subjects []string
	for _, m := range mailpit.Messages(t) {
		if strings.HasPrefix(m.Subject, f.tag) {
			subjects = append(subjects, m.Subject)
		}
	}
	return subjects
}

// runningDaemon is a daemon started in the background on a fake clock.
type runningDaemon struct {
	clock   *fakeClock
	metrics *Metrics
	jobs    chan string
	skips   chan string
	returns chan string
	cancel  context.CancelFunc
	done    chan error
}

func (f *daemonFixture) start(t *testing.T, now time.Time, onJob func(string, DayResult)) *runningDaemon {
	return f.startWith(t, now, onJob, DaemonOptions{})
}

func (f *daemonFixture) startWith(t *testing.T, now time.Time, onJob func(string, DayResult), o DaemonOptions) *runningDaemon {
	t.Helper()
	d := &runningDaemon{clock: newFakeClock(now), metrics: NewMetrics(), jobs: make(chan string, 64),
		skips: make(chan string, 64), returns: make(chan string, 64), done: make(chan error, 1)}
	dctx, cancel := context.WithCancel(ctx)
	d.cancel = cancel
	ready := make(chan struct{})
	go func() {
		o.Clock, o.Metrics, o.Ready = d.clock, d.metrics, ready
		o.OnSkip = func(job string) { d.skips <- job }
		o.OnReturn = func(job string) { d.returns <- job }
		o.OnJob = func(job string, r DayResult) {
			d.jobs <- job + " " + r.Day.Format(time.DateOnly)
			if onJob != nil {
				onJob(job, r)
			}
		}
		d.done <- f.p.Daemon(dctx, o)
	}()
	t.Cleanup(func() { d.stop(t) })
	select {
	case <-ready:
	case err := <-d.done:
		t.Fatalf("daemon ended at start-up: %v", err)
	case <-time.After(60 * time.Second):
		t.Fatal("daemon not ready")
	}
	return d
}

// next returns the next finished job ("report 2025-11-14"), within a bound.
func (d *runningDaemon) next(t *testing.T) string {
	t.Helper()
	select {
	case j := <-d.jobs:
		return j
	case <-time.After(60 * time.Second):
		t.Fatal("no job finished")
		return ""
	}
}

// settle waits until the last firing's goroutine has fully returned. A job
// reports through OnJob before its goroutine hands back SkipIfStillRunning's
// token, so a firing right after OnJob could otherwise be skipped.
func (d *runningDaemon) settle(t *testing.T) {
	t.Helper()
	receive(t, d.returns)
}

func (d *runningDaemon) stop(t *testing.T) {
	t.Helper()
	if d.cancel == nil {
		return
	}
	d.cancel()
	d.cancel = nil
	select {
	case err := <-d.done:
		if err != nil {
			t.Errorf("daemon: %v", err)
		}
	case <-time.After(30 * time.Second):
		t.Error("daemon did not stop")
	}
}

func at(y int, m time.Month, d, hh, mm int) time.Time { return time.Date(y, m, d, hh, mm, 0, 0, kyiv) }

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func ledgerStatus(t *testing.T, st *store.Store, job string, from, to time.Time) map[string]string {
	t.Helper()
	es, err := st.Ledger(ctx, job, from, to)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, e := range es {
		out[e.Day.Format(time.DateOnly)] = e.Status
	}
	return out
}

// The "done when": a daemon started one minute before the report
// time produces and emails the day's workbook once, and a second writer is
// refused with the holder named.
func TestDaemonReportsAndMailsOnceAtReportTime(t *testing.T) {
	f := newDaemonFixture(t, "30 7 * * *")
	d := f.start(t, at(2025, 11, 14, 7, 29), nil)
	d.clock.waitArmed(t)
	d.clock.set(at(2025, 11, 14, 7, 30))
	if got := d.next(t); got != "report 2025-11-14" {
		t.Fatalf("job = %q", got)
	}
	if subjects := f.mailed(t); len(subjects) != 1 || !strings.Contains(subjects[0], "2025-11-14") {
		t.Fatalf("mailed = %v, want one message for 2025-11-14", subjects)
	}
	if st := ledgerStatus(t, f.store, JobReport, day(2025, 11, 14), day(2025, 11, 14)); st["2025-11-14"] != store.StatusDone {
		t.Fatalf("ledger = %v", st)
	}
	_, err := store.Open(ctx, f.cfg.Database, store.Options{Command: "sitrep backfill"})
	var le *store.LockError
	if !errors.As(err, &le) || !strings.Contains(err.Error(), "sitrep test") || !strings.Contains(err.Error(), "PID") {
		t.Fatalf("a second writer must be refused naming the holder, got %v", err)
	}
	if v := testutil.ToFloat64(d.metrics.runs.WithLabelValues(JobReport, store.StatusDone)); v != 1 {
		t.Fatalf("report runs metric = %v", v)
	}
}

// FAULTS S2: at 03:30 on the night clocks go back the hour repeats and the
// schedule fires twice; the second firing finds the day done: one email.
func TestDaemonFallBackFiresTwiceButMailsOnce(t *testing.T) {
	f := newDaemonFixture(t, "30 3 * * *")
	// 03:00 is ambiguous that night: start from its first occurrence (EEST).
	d := f.start(t, time.Date(2026, 10, 25, 0, 0, 0, 0, time.UTC), nil)
	first := time.Date(2026, 10, 25, 0, 30, 0, 0, time.UTC) // 03:30 EEST
	second := first.Add(time.Hour)                          // 03:30 EET
	d.clock.waitArmed(t)
	d.clock.set(first)
	if got := d.next(t); got != "report 2026-10-25" {
		t.Fatalf("first firing = %q", got)
	}
	d.settle(t)
	d.clock.waitArmed(t)
	d.clock.set(second)
	if got := d.next(t); got != "report 2026-10-25" {
		t.Fatalf("second firing = %q", got)
	}
	if subjects := f.mailed(t); len(subjects) != 1 {
		t.Fatalf("mailed %d messages, want exactly one: %v", len(subjects), subjects)
	}
	if v := testutil.ToFloat64(d.metrics.runs.WithLabelValues(JobReport, store.StatusSkipped)); v != 1 {
		t.Fatalf("the second firing must be recorded as skipped, metric = %v", v)
	}
}

// FAULTS S1: 03:30 does not exist on the night clocks go forward, so the
// schedule skips that day; the next firing catches it up.
func TestDaemonSpringForwardDayIsCaughtUp(t *testing.T) {
	f := newDaemonFixture(t, "30 3 * * *")
	d := f.start(t, at(2026, 3, 28, 3, 29), nil)
	d.clock.waitArmed(t)
	d.clock.set(at(2026, 3, 28, 3, 30))
	if got := d.next(t); got != "report 2026-03-28" {
		t.Fatalf("job = %q", got)
	}
	d.settle(t)
	d.clock.waitArmed(t)
	d.clock.set(at(2026, 3, 30, 3, 30))
	if a, b := d.next(t), d.next(t); a != "report 2026-03-29" || b != "report 2026-03-30" {
		t.Fatalf("jobs = %q, %q; want the skipped 29th caught up, then the 30th", a, b)
	}
	st := ledgerStatus(t, f.store, JobReport, day(2026, 3, 28), day(2026, 3, 30))
	for _, dd := range []string{"2026-03-28", "2026-03-29", "2026-03-30"} {
		if st[dd] != store.StatusDone {
			t.Fatalf("ledger = %v, want every day done", st)
		}
	}
	if subjects := f.mailed(t); len(subjects) != 2 {
		t.Fatalf("mailed %v; the caught-up past day is not mailed", subjects)
	}
}

// FAULTS S3 and S4: restarted after the report time, today runs at once;
// after a long outage only the catch-up window is run.
func TestDaemonCatchUpIsCapped(t *testing.T) {
	f := newDaemonFixture(t, "30 7 * * *")
	old := day(2025, 10, 5)
	if r := f.p.ProcessDay(ctx, old, DayOptions{Scrape: false}); r.Err != nil {
		t.Fatal(r.Err)
	}
	// 40 days later, three hours after the report time.
	d := f.start(t, at(2025, 11, 14, 10, 30), nil)
	got := map[string]bool{}
	for range 8 { // 7 catch-up days and today
		got[d.next(t)] = true
	}
	for i := 7; i >= 1; i-- {
		want := "report " + day(2025, 11, 14).AddDate(0, 0, -i).Format(time.DateOnly)
		if !got[want] {
			t.Fatalf("caught up %v; missing %s", got, want)
		}
	}
	if !got["report 2025-11-14"] {
		t.Fatalf("today's report must run at start-up: %v", got)
	}
	st := ledgerStatus(t, f.store, JobReport, old.AddDate(0, 0, 1), day(2025, 11, 6))
	if len(st) != 0 {
		t.Fatalf("days beyond the window must be left for a backfill, got %v", st)
	}
	if subjects := f.mailed(t); len(subjects) != 1 {
		t.Fatalf("only today is mailed, got %v", subjects)
	}
}

// FAULTS S5: a job that panics is recovered; the daemon lives and the next
// firing runs.
func TestDaemonSurvivesAPanickingJob(t *testing.T) {
	f := newDaemonFixture(t, "30 7 * * *")
	var calls atomic.Int64
	d := f.start(t, at(2025, 11, 14, 7, 29), func(job string, _ DayResult) {
		if calls.Add(1) == 1 {
			panic("a parser bug")
		}
	})
	d.clock.waitArmed(t)
	d.clock.set(at(2025, 11, 14, 7, 30))
	d.next(t)
	d.settle(t)
	d.clock.waitArmed(t)
	d.clock.set(at(2025, 11, 15, 7, 30))
	if got := d.next(t); got != "report 2025-11-15" {
		t.Fatalf("after the panic the next firing must run, got %q", got)
	}
	if calls.Load() != 2 {
		t.Fatalf("jobs after the panic = %d", calls.Load())
	}
}

// FAULTS S6 and S9: a scrape still running at its next firing is skipped,
// never run twice at once; cancelling the daemon interrupts it and the
// ledger says so.
func TestDaemonSkipsOverlapAndRecordsInterruption(t *testing.T) {
	f := newDaemonFixture(t, "30 7 * * *")
	f.cfg.Daemon.Scrape = "0 */3 * * *"
	f.feed.gate = make(chan struct{})
	d := f.start(t, at(2025, 11, 14, 5, 59), nil)
	d.clock.waitArmed(t)
	d.clock.set(at(2025, 11, 14, 6, 0)) // the scrape fires and blocks on the source
	d.clock.waitArmed(t)
	receive(t, f.feed.entered)
	d.clock.set(at(2025, 11, 14, 9, 0)) // the next firing finds it still running
	if job := receive(t, d.skips); job != JobScrape {
		t.Fatalf("skipped %q", job)
	}
	if v := testutil.ToFloat64(d.metrics.skipped.WithLabelValues(JobScrape)); v != 1 {
		t.Fatalf("overlap metric = %v", v)
	}
	d.stop(t) // SIGTERM: the running scrape's context is cancelled
	if got := d.next(t); got != "scrape 2025-11-14" {
		t.Fatalf("job = %q", got)
	}
	if f.feed.hits.Load() != 1 {
		t.Fatalf("the source was fetched %d times; an overlapping run must never start", f.feed.hits.Load())
	}
	st := ledgerStatus(t, f.store, JobScrape, day(2025, 11, 14), day(2025, 11, 14))
	if st["2025-11-14"] != store.StatusInterrupted {
		t.Fatalf("ledger = %v, want interrupted", st)
	}
}

// receive takes one value from ch, within a bound.
func receive[T any](t *testing.T, ch <-chan T) T {
	t.Helper()
	select {
	case v := <-ch:
		return v
	case <-time.After(30 * time.Second):
		t.Fatal("nothing received")
		var zero T
		return zero
	}
}

func TestDaemonRejectsBadSchedules(t *testing.T) {
	for _, spec := range []string{"CRON_TZ=UTC", "TZ=", "TZ=Nowhere/City 30 7 * * *", "61 7 * * *", ""} {
		t.Run(spec, func(t *testing.T) {
			f := newDaemonFixture(t, "30 7 * * *")
			f.cfg.Daemon.Report = spec
			err := f.p.Daemon(ctx, DaemonOptions{Clock: newFakeClock(at(2025, 11, 14, 7, 0))})
			if err == nil || !strings.Contains(err.Error(), "daemon.report") {
				t.Fatalf("want an error naming daemon.report, got %v", err)
			}
		})
	}
}

// Work handed to the daemon over POST /run runs there and streams progress.
func TestDaemonRunsHandedOverWork(t *testing.T) {
	f := newDaemonFixture(t, "30 7 * * *")
	addrs := make(chan string, 1)
	f.startWith(t, at(2025, 11, 14, 7, 0), nil, DaemonOptions{Listen: "127.0.0.1:0",
		OnListen: func(a string) { addrs <- a }})
	url := "http://" + receive(t, addrs) + "/run"
	post := func(body string) []ControlEvent {
		t.Helper()
		resp, err := http.Post(url, "application/json", strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("POST %s: %s", body, resp.Status)
		}
		var events []ControlEvent
		dec := json.NewDecoder(resp.Body)
		for dec.More() {
			var e ControlEvent
			if err := dec.Decode(&e); err != nil {
				t.Fatal(err)
			}
			events = append(events, e)
		}
		return events
	}
	ev := post(`{"command":"run","date":"2025-11-14"}`)
	if len(ev) != 2 || ev[0].Event != "day" || ev[0].Day != "2025-11-14" || ev[0].Documents != 1 || !ev[1].OK {
		t.Fatalf("run events = %+v", ev)
	}
	ev = post(`{"command":"dance"}`)
	if len(ev) != 1 || ev[0].OK || !strings.Contains(ev[0].Error, "unknown command") {
		t.Fatalf("bad command events = %+v", ev)
	}
	resp, err := http.Post(url, "application/json", strings.NewReader(`{"comand":"run"}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusBadRequest {
		t.Fatalf("unknown field: %s, want 400", resp.Status)
	}
}
