package jobs

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"sitrep/config"
	"sitrep/store"
)

var ctx = context.Background()

// cellRow returns the row of sheet whose column col equals want, as a map
// from header to value.
func cellRow(t *testing.T, f *excelize.File, sheet, header, want string) map[string]string {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatalf("rows of %s: %v", sheet, err)
	}
	if len(rows) < 2 {
		t.Fatalf("sheet %s has no data rows", sheet)
	}
	col := -1
	for i, h := range rows[0] {
		if h == header {
			col = i
		}
	}
	if col < 0 {
		t.Fatalf("sheet %s has no %q header: %v", sheet, header, rows[0])
	}
	for _, r := range rows[1:] {
		if col < len(r) && r[col] == want {
			m := map[string]string{}
			for i, h := range rows[0] {
				if i < len(r) {
					m[h] = r[i]
				}
			}
			return m
		}
	}
	t.Fatalf("sheet %s has no row with %s = %q", sheet, header, want)
	return nil
}

func TestDemoEndToEndAndIdempotent(t *testing.T) {
	dir := t.TempDir()
	first, err := Demo(ctx, dir, nil)
	if err != nil {
		t.Fatalf("demo: %v", err)
	}
	if first.Scrape.Inserted < 18 || first.Scrape.Failed != 0 {
		t.Fatalf("scrape = %+v, want all 18 sample documents", first.Scrape)
	}
	if len(first.Days) != 2 {
		t.Fatalf("days = %d, want 2", len(first.Days))
	}
	for _, d := range first.Days {
		want := filepath.Join(dir, "sitrep-"+d.Day.Format(time.DateOnly)+".xlsx")
		if d.Workbook != want {
			t.Fatalf("workbook = %s, want %s", d.Workbook, want)
		}
	}
	f, err := excelize.OpenFile(first.Days[0].Workbook)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := strings.Join(f.GetSheetList(), ","); !strings.HasPrefix(got, "Summary,Attacks,Damage,Diplomacy,Territory,Sources") {
		t.Fatalf("sheets = %s", got)
	}
	kyiv := cellRow(t, f, "Attacks", "City", "Kyiv")
	if kyiv["Killed"] != "6" || kyiv["Injured"] != "52" || kyiv["Sources"] != "9" {
		t.Fatalf("Kyiv row killed=%q injured=%q sources=%q; want 6, 52, 9 (%v)", kyiv["Killed"], kyiv["Injured"],
			kyiv["Sources"], kyiv)
	}
	if !strings.Contains(kyiv["Districts"], "Desnianskyi") || !strings.Contains(kyiv["Districts"], "Darnytskyi") {
		t.Fatalf("Kyiv districts = %q", kyiv["Districts"])
	}

	// Exactly one row per attack place on each sample day.
	for _, d := range first.Days {
		book, err := excelize.OpenFile(d.Workbook)
		if err != nil {
			t.Fatal(err)
		}
		rows, err := book.GetRows("Attacks")
		book.Close()
		if err != nil || len(rows) < 3 {
			t.Fatalf("%s: Attacks rows %d, %v", d.Workbook, len(rows), err)
		}
		places := map[string]bool{}
		for _, r := range rows[1:] {
			key := strings.Join(r[1:4], "|") // country, oblast, city
			if places[key] {
				t.Fatalf("%s: place %s has two rows", d.Workbook, key)
			}
			places[key] = true
		}
	}

	second, err := Demo(ctx, dir, nil)
	if err != nil {
		t.Fatalf("second demo: %v", err)
	}
	if second.Scrape.Inserted != 0 || second.Scrape.Updated != 0 {
		t.Fatalf("second scrape stored %d new, %d updated; want nothing", second.Scrape.Inserted, second.Scrape.Updated)
	}
	for table, n := range first.Counts {
		if second.Counts[table] != n {
			t.Fatalf("table %s: %d rows after the first run, %d after the second", table, n, second.Counts[table])
		}
	}
	if first.Counts["attacks"] == 0 || first.Counts["diplomatic_actions"] == 0 || first.Counts["territorial_claims"] == 0 {
		t.Fatalf("demo extracted too little: %v", first.Counts)
	}
}

const feedTmpl = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Test</title><link>%[1]s/</link><description>t</description>
<item><guid>a1</guid><title>Drones hit Kharkiv</title><link>%[1]s/a1.html</link>
<pubDate>Fri, 14 Nov 2025 08:00:00 +0000</pubDate>
<description>Russian drones struck Kharkiv overnight, killing two people and injuring five, the regional governor said.</description></item>
</channel></rss>`

func testConfig(t testing.TB, dir string, urls ...string) *config.Config {
	t.Helper()
	cfg := config.Default()
	cfg.Database = filepath.Join(dir, "t.duckdb")
	cfg.ReportsDir = dir
	cfg.Store.MemoryLimit, cfg.Store.Threads = "256MB", 1
	cfg.Fetch.UserAgent = "sitrep/test"
	for i, u := range urls {
		f := false
		cfg.Sources = append(cfg.Sources, config.Source{Name: fmt.Sprintf("src%d", i), Kind: "feed", URL: u,
			Authority: "media", Publisher: "Test", Lang: "en", FetchArticles: &f,
			UserAgent: "sitrep/test", Timeout: 5 * time.Second, MaxBodyBytes: 1 << 20, MaxRedirects: 3, MaxItems: 10})
	}
	if err := cfg.Validate(); len(urls) > 0 && err != nil {
		t.Fatalf("test config: %v", err)
	}
	loc, err := time.LoadLocation(cfg.TimeZone)
	if err != nil {
		t.Fatal(err)
	}
	cfg.Location = loc
	return cfg
}

func TestRunDayGoesOnWhenASourceFails(t *testing.T) {
	good := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, feedTmpl, "http://"+r.Host)
	}))
	defer good.Close()
	bad := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "down", http.StatusServiceUnavailable)
	}))
	defer bad.Close()
	dir := t.TempDir()
	cfg := testConfig(t, dir, bad.URL+"/feed.xml", good.URL+"/feed.xml")
	st, err := store.Open(ctx, cfg.Database, store.Options{Threads: 1, MemoryLimit: "256MB"})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	srcs, err := BuildSources(cfg, nil, SourceOptions{Local: true})
	if err != nil {
		t.Fatal(err)
	}
	p := New(Deps{Config: cfg, Store: st, Sources: srcs})
	day := time.Date(2025, 11, 14, 0, 0, 0, 0, time.UTC)
	res := p.RunDay(ctx, day)
	if err := res.Err; !errors.Is(err, ErrSourcesFailed) {
		t.Fatalf("want ErrSourcesFailed, got %v", err)
	}
	if res.Scrape.Inserted != 1 || res.Scrape.Failed != 1 {
		t.Fatalf("scrape = %+v; want the good source's document and one failure", res.Scrape)
	}
	if _, err := os.Stat(res.Report); err != nil {
		t.Fatalf("the workbook must still be written: %v", err)
	}
	health, err := st.SourceHealth(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(health) != 2 || health[0].ErrorCount != 1 || !strings.Contains(health[0].LastError, "503") ||
		health[1].ErrorCount != 0 || health[1].LastOK.IsZero() {
		t.Fatalf("health = %+v", health)
	}
}

func TestNormalizeAllReextractsWithoutFetching(t *testing.T) {
	dir := t.TempDir()
	if _, err := Demo(ctx, dir, nil); err != nil {
		t.Fatal(err)
	}
	cfg := testConfig(t, dir)
	cfg.Database = filepath.Join(dir, "sitrep.duckdb")
	st, err := store.Open(ctx, cfg.Database, store.Options{Threads: 1, MemoryLimit: "256MB"})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	before, _ := st.TableCounts(ctx)
	p := New(Deps{Config: cfg, Store: st})
	stale, err := p.Normalize(ctx, false)
	if err != nil || stale.Documents != 0 {
		t.Fatalf("nothing is stale after the demo: %+v, %v", stale, err)
	}
	all, err := p.Normalize(ctx, true)
	if err != nil {
		t.Fatal(err)
	}
	if int64(all.Documents) != before["documents"] {
		t.Fatalf("re-extracted %d of %d documents", all.Documents, before["documents"])
	}
	after, _ := st.TableCounts(ctx)
	for table, n := range before {
		if after[table] != n {
			t.Fatalf("%s: %d rows before, %d after normalize --all", table, n, after[table])
		}
	}
}
