package fetch

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

// Shape of the local mirror BenchmarkCrawl reads: enough hosts that the
// global limit, not the one-per-host rule, bounds the parallelism.
const (
	benchHosts = 10
	benchPages = 2000
)

// benchArticle builds a news page of roughly 10–20 KB: navigation, an
// article of n paragraphs and a footer, as the feed kind's article pages.
func benchArticle(host, page int) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Overnight attack %d-%d</title>`+
		`<link rel="canonical" href="/news/%d"></head><body><header><nav>`, host, page, page)
	for i := range 30 {
		fmt.Fprintf(&b, `<a href="/section/%d">Section %d</a> `, i, i)
	}
	b.WriteString(`</nav></header><main><article><h1>Drones and missiles over the region</h1>`)
	for i := range 36 + (host*7+page*13)%42 {
		fmt.Fprintf(&b, `<p>Paragraph %d. Air defence forces were active over the capital overnight, the city military `+
			`administration said; at least %d people were injured and %d buildings damaged in the %s district, `+
			`where rescuers worked until morning.</p>`, i, (i+page)%17, (i*host)%9, []string{"Desnianskyi", "Darnytskyi", "Podilskyi"}[i%3])
	}
	b.WriteString(`</article><aside class="most-read"><ul>`)
	for i := range 10 {
		fmt.Fprintf(&b, `<li><a href="/news/%d">Story %d</a></li>`, page+i, i)
	}
	b.WriteString(`</ul></aside></main><footer>All rights reserved.</footer></body></html>`)
	return []byte(b.String())
}

// benchMirror starts benchHosts servers sharing benchPages pages and a
// robots.txt, and returns the page URLs grouped by host.
func benchMirror(b *testing.B) (urls [][]string, robotsHits *atomic.Int64) {
	b.Helper()
	robotsHits = &atomic.Int64{}
	perHost := benchPages / benchHosts
	urls = make([][]string, benchHosts)
	for h := range benchHosts {
		pages := make([][]byte, perHost)
		for p := range pages {
			pages[p] = benchArticle(h, p)
		}
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path == "/robots.txt" {
				robotsHits.Add(1)
				_, _ = w.Write([]byte("User-agent: *\nDisallow: /private/\n"))
				return
			}
			var p int
			if _, err := fmt.Sscanf(r.URL.Path, "/news/%d", &p); err != nil || p < 0 || p >= len(pages) {
				http.NotFound(w, r)
				return
			}
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			_, _ = w.Write(pages[p])
		}))
		b.Cleanup(srv.Close)
		for p := range perHost {
			urls[h] = append(urls[h], fmt.Sprintf("%s/news/%d", srv.URL, p))
		}
	}
	return urls, robotsHits
}

// crawl fetches every URL through one new Client (one run), a goroutine per
// host as the sources of a run would, and extracts each article's text
// with goquery. It returns the bytes of text extracted.
func crawl(ctx context.Context, opts Options, urls [][]string) (int64, error) {
	c := New(opts)
	var (
		wg       sync.WaitGroup
		text     atomic.Int64
		errOnce  sync.Once
		firstErr error
	)
	for _, hostURLs := range urls {
		wg.Go(func() {
			for _, u := range hostURLs {
				n, err := fetchArticle(ctx, c, u)
				if err != nil {
					errOnce.Do(func() { firstErr = err })
					return
				}
				text.Add(int64(n))
			}
		})
	}
	wg.Wait()
	return text.Load(), firstErr
}

// fetchArticle gets one page and returns the length of its main text.
func fetchArticle(ctx context.Context, c *Client, u string) (int, error) {
	resp, err := c.Get(ctx, u, GetOptions{Accept: "text/html"})
	if err != nil {
		return 0, err
	}
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(resp.Body))
	if err != nil {
		return 0, fmt.Errorf("parse %s: %w", u, err)
	}
	text := doc.Find("article p").Text()
	if text == "" {
		return 0, fmt.Errorf("%s: no article text", u)
	}
	return len(text), nil
}

// BenchmarkCrawl measures the scrape stage's ceiling on a local mirror:
// 2,000 article pages on ten hosts, politeness delays off, robots.txt on
// (fetched once per host per run), MaxConcurrent 4, one request per host in
// flight, each page parsed with goquery. Target ≥ 300 pages/s on 2 cores.
func BenchmarkCrawl(b *testing.B) {
	urls, robotsHits := benchMirror(b)
	tr := newTransport()
	b.Cleanup(tr.CloseIdleConnections)
	opts := Options{
		UserAgent: testUA, HostDelay: -1, MaxConcurrent: DefaultMaxConcurrent, Transport: tr,
	}
	ctx := context.Background()
	b.ReportAllocs()
	runs := 0
	for b.Loop() {
		n, err := crawl(ctx, opts, urls)
		if err != nil {
			b.Fatal(err)
		}
		if n == 0 {
			b.Fatal("no text extracted")
		}
		runs++
	}
	b.ReportMetric(float64(benchPages*runs)/b.Elapsed().Seconds(), "pages/s")
	if got := robotsHits.Load(); got != int64(benchHosts*runs) {
		b.Errorf("robots.txt fetched %d times over %d runs, want once per host per run", got, runs)
	}
}
