package jobs

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"sitrep/store"
)

// benchArticle is a typical wire story about an overnight attack (~2 KB).
const benchArticle = `<!doctype html><html><head><title>%[1]s</title></head><body>
<nav><a href="/">Home</a> <a href="/war">War</a></nav><article><h1>%[1]s</h1>
<p>Russian forces attacked %[2]s overnight with Shahed drones and cruise missiles, killing at least %[3]d
people and injuring %[4]d others, the regional military administration said on Telegram.</p>
<p>Air defence units were working for several hours. Debris fell on a residential high-rise building and a
power substation was damaged, leaving parts of the city without electricity and heating.</p>
<p>Emergency workers pulled %[5]d people from the rubble. Several cars were burned in a courtyard, and a
school and a kindergarten had their windows blown out.</p>
<p>Russia launched 120 drones and 6 missiles overall; air defence shot down 101 drones and 4 missiles, the
Air Force said.</p>
<p>Read also: Weather in the region this week</p></article>
<footer>Share this article</footer></body></html>`

var benchCities = []string{"Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Sumy", "Lviv", "Kherson", "Mykolaiv"}

// benchMirror serves a feed of perDay items a day over days days, each
// linking an article page.
func benchMirror(first time.Time, days, perDay int) *httptest.Server {
	var feed strings.Builder
	feed.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Bench</title>` +
		`<link>http://bench/</link><description>b</description>`)
	for d := range days {
		day := first.AddDate(0, 0, d)
		for i := range perDay {
			n := d*perDay + i
			pub := time.Date(day.Year(), day.Month(), day.Day(), 6, 0, 0, 0, kyiv).Add(time.Duration(i) * time.Minute)
			fmt.Fprintf(&feed, `<item><guid>n%d</guid><title>Attack on %s, report %d</title><link>{{BASE}}/a/%d</link>`+
				`<pubDate>%s</pubDate><description>Short summary %d.</description></item>`,
				n, benchCities[n%len(benchCities)], n, n, pub.Format(time.RFC1123Z), n)
		}
	}
	feed.WriteString(`</channel></rss>`)
	body := feed.String()
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nAllow: /\n")
		case r.URL.Path == "/feed.xml":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, strings.ReplaceAll(body, "{{BASE}}", srv.URL))
		case strings.HasPrefix(r.URL.Path, "/a/"):
			n, _ := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/a/"))
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			city := benchCities[n%len(benchCities)]
			fmt.Fprintf(w, benchArticle, "Attack on "+city+", report "+strconv.Itoa(n), city, n%7+1, n%40+2, n%5+1)
		default:
			http.NotFound(w, r)
		}
	}))
	return srv
}

// BenchmarkBackfill runs a backfill end to end (fetch the feed and every
// article page, extract, store, write each day's workbook) over a local
// mirror of 10,000 documents, and reports documents per second with the time
// split by stage.
func BenchmarkBackfill(b *testing.B) {
	const days, perDay = 10, 1000
	first := day(2025, 10, 1)
	srv := benchMirror(first, days, perDay)
	defer srv.Close()
	for range b.N {
		b.StopTimer()
		dir := b.TempDir()
		cfg := testConfig(b, dir, srv.URL+"/feed.xml")
		cfg.Sources[0].FetchArticles = nil // fetch every article page
		cfg.Sources[0].MaxItems = 10000
		cfg.Sources[0].MaxBodyBytes = 64 << 20
		st, err := store.Open(ctx, cfg.Database, store.Options{Threads: 2, MemoryLimit: "1GB"})
		if err != nil {
			b.Fatal(err)
		}
		srcs, err := BuildSources(cfg, nil, SourceOptions{Local: true})
		if err != nil {
			b.Fatal(err)
		}
		p := New(Deps{Config: cfg, Store: st, Sources: srcs})
		b.StartTimer()
		started := time.Now()
		res, err := p.Backfill(ctx, BackfillOptions{From: first, To: first.AddDate(0, 0, days-1), Scrape: true})
		elapsed := time.Since(started)
		b.StopTimer()
		if err != nil || res.Documents != days*perDay {
			b.Fatalf("backfill: %d documents, %v", res.Documents, err)
		}
		b.ReportMetric(float64(res.Documents)/elapsed.Seconds(), "docs/s")
		b.ReportMetric(res.Timing.Fetch.Seconds(), "fetch-s")
		b.ReportMetric(res.Timing.Extract.Seconds(), "extract-s")
		b.ReportMetric(res.Timing.Store.Seconds(), "store-s")
		b.ReportMetric(res.Timing.Report.Seconds(), "report-s")
		_ = st.Close()
	}
}
