package jobs

import (
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"sitrep/store"
)

// mirror serves a feed of one short report per day over a range of days,
// published at 10:00 Kyiv time: a local copy of a site with an archive.
type mirror struct {
	*httptest.Server
	feedHits atomic.Int64
}

func newMirror(t *testing.T, first time.Time, days int) *mirror {
	t.Helper()
	m := &mirror{}
	m.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			fmt.Fprint(w, "User-agent: *\nAllow: /\n")
			return
		}
		m.feedHits.Add(1)
		w.Header().Set("Content-Type", "application/rss+xml")
		var b strings.Builder
		fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Mirror</title>`+
			`<link>http://%s/</link><description>m</description>`, r.Host)
		for i := range days {
			d := first.AddDate(0, 0, i)
			pub := time.Date(d.Year(), d.Month(), d.Day(), 10, 0, 0, 0, kyiv)
			fmt.Fprintf(&b, `<item><guid>day-%d</guid><title>Drones hit Kharkiv, report %d</title>`+
				`<link>http://%s/a/%d.html</link><pubDate>%s</pubDate><description>Russian drones struck Kharkiv `+
				`overnight, injuring %d people, the regional governor said.</description></item>`,
				i, i, r.Host, i, pub.Format(time.RFC1123Z), i%5+1)
		}
		b.WriteString(`</channel></rss>`)
		fmt.Fprint(w, b.String())
	}))
	t.Cleanup(m.Close)
	return m
}

func newBackfillPipeline(t *testing.T, feedURL string) (*Pipeline, *store.Store) {
	t.Helper()
	dir := t.TempDir()
	cfg := testConfig(t, dir, feedURL)
	st, err := store.Open(ctx, cfg.Database, store.Options{Threads: 1, MemoryLimit: "256MB"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	srcs, err := BuildSources(cfg, nil, SourceOptions{Local: true})
	if err != nil {
		t.Fatal(err)
	}
	return New(Deps{Config: cfg, Store: st, Sources: srcs}), st
}

// A backfill over a window stores exactly the documents published in it,
// writes each day's workbook, and a second run changes nothing.
func TestBackfillStoresExactlyTheWindow(t *testing.T) {
	first := day(2025, 10, 1)
	m := newMirror(t, first, 40)
	p, st := newBackfillPipeline(t, m.URL+"/feed.xml")
	from, to := day(2025, 10, 10), day(2025, 10, 23)
	var started []time.Time
	var seen int
	res, err := p.Backfill(ctx, BackfillOptions{From: from, To: to, Scrape: true,
		OnStart: func(days []time.Time) { started = days },
		OnDay:   func(DayResult) { seen++ }})
	if err != nil {
		t.Fatal(err)
	}
	if len(started) != 14 || seen != 14 || res.Done != 14 || res.Failed != 0 || res.Documents != 14 {
		t.Fatalf("backfill = done %d failed %d documents %d, progress %d/%d; want 14 days, 14 documents",
			res.Done, res.Failed, res.Documents, seen, len(started))
	}
	counts, err := st.TableCounts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if counts["documents"] != 14 {
		t.Fatalf("documents = %d, want exactly the 14 published in the window", counts["documents"])
	}
	for _, d := range res.Days {
		if d.Report == "" || d.SHA256 == "" {
			t.Fatalf("day %s has no workbook", d.Day.Format(time.DateOnly))
		}
	}
	again, err := p.Backfill(ctx, BackfillOptions{From: from, To: to, Scrape: true})
	if err != nil || len(again.Days) != 0 || again.Skipped != 14 {
		t.Fatalf("re-run in missing mode = %d days run, %d skipped, %v; want nothing to do", len(again.Days),
			again.Skipped, err)
	}
	all, err := p.Backfill(ctx, BackfillOptions{From: from, To: to, Scrape: true, Mode: ModeAll})
	if err != nil || all.Done != 14 || all.Documents != 0 {
		t.Fatalf("mode all = done %d, new documents %d, %v", all.Done, all.Documents, err)
	}
	after, _ := st.TableCounts(ctx)
	for table, n := range counts {
		if table == "ledger" {
			continue
		}
		if after[table] != n {
			t.Fatalf("%s: %d rows after the first backfill, %d after re-running it", table, n, after[table])
		}
	}
}

// FAULTS B4: one day that fails (its workbook cannot be written) is recorded
// as failed; the others commit, and mode failed re-runs just that day.
func TestBackfillOneBadDayFailsAlone(t *testing.T) {
	first := day(2025, 10, 1)
	m := newMirror(t, first, 5)
	p, st := newBackfillPipeline(t, m.URL+"/feed.xml")
	blocker := filepath.Join(p.cfg.ReportsDir, "sitrep-2025-10-02.xlsx")
	if err := os.MkdirAll(filepath.Join(blocker, "occupied"), 0o755); err != nil {
		t.Fatal(err)
	}
	from, to := day(2025, 10, 1), day(2025, 10, 3)
	res, err := p.Backfill(ctx, BackfillOptions{From: from, To: to, Scrape: true})
	if !errors.Is(err, ErrDaysFailed) || res.Done != 2 || res.Failed != 1 || res.Documents != 3 {
		t.Fatalf("backfill = done %d failed %d documents %d, err %v", res.Done, res.Failed, res.Documents, err)
	}
	status := ledgerStatus(t, st, JobReport, from, to)
	if status["2025-10-01"] != store.StatusDone || status["2025-10-02"] != store.StatusFailed ||
		status["2025-10-03"] != store.StatusDone {
		t.Fatalf("ledger = %v", status)
	}
	if err := os.RemoveAll(blocker); err != nil {
		t.Fatal(err)
	}
	retry, err := p.Backfill(ctx, BackfillOptions{From: from, To: to, Scrape: true, Mode: ModeFailed})
	if err != nil || len(retry.Days) != 1 || !retry.Days[0].Day.Equal(day(2025, 10, 2)) {
		t.Fatalf("mode failed = %d days, %v", len(retry.Days), err)
	}
}
