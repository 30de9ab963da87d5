package web

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"sitrep/config"
	"sitrep/scrapers/fetch"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

// checkGolden compares v, as indented JSON, with testdata/<name>.golden.json.
func checkGolden(t *testing.T, name string, v any) {
	t.Helper()
	got, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	golden := filepath.Join("testdata", name+".golden.json")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from its golden file:\n%s", name, got)
	}
}

// councilWeb and ministryWeb are the web blocks of the two sample sites.
func councilWeb() config.WebConfig {
	return config.WebConfig{
		List:       config.ListSelectors{Item: "ul.council-list li.list-item", Link: "h3 a", Date: "span.date"},
		Article:    config.ArticleSelectors{Body: "div.press-body", Title: "article h1", Date: "time@datetime"},
		DateLayout: "2 January 2006",
		TimeZone:   "Europe/Brussels",
		NextPage:   "a[rel=next]",
	}
}

func ministryWeb(base string) config.WebConfig {
	return config.WebConfig{
		List:            config.ListSelectors{Item: "div.news-list div.news-item", Link: "a.news-title", Date: "span.news-date"},
		Article:         config.ArticleSelectors{Body: "div.article-text", Title: "h1.news-head", Date: "time@datetime"},
		DateLayout:      "02.01.2006",
		TimeZone:        "Europe/Kyiv",
		PageURLTemplate: base + "/news?page={{.Page}}",
	}
}

func mustRules(t *testing.T, w config.WebConfig) Rules {
	t.Helper()
	r, err := NewRules(w)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// readUTF8 reads a fixture and converts it as the fetcher would (a header
// without charset, so the <meta> decides).
func readUTF8(t *testing.T, name string) []byte {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	body, _, err := fetch.ToUTF8(raw, "text/html", "")
	if err != nil {
		t.Fatal(err)
	}
	return body
}

// pressSite serves both sample sites and counts requests per URL.
type pressSite struct {
	srv  *httptest.Server
	mu   sync.Mutex
	hits map[string]int
}

func newPressSite(t *testing.T) *pressSite {
	t.Helper()
	s := &pressSite{hits: map[string]int{}}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.srv.Close)
	return s
}

func (s *pressSite) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.hits[r.URL.RequestURI()]++
	s.mu.Unlock()
	page := r.URL.Query().Get("page")
	if page == "" {
		page = "1"
	}
	var file string
	switch p := r.URL.Path; {
	case p == "/en/press/press-releases/":
		file = "council_listing_" + page + ".html"
	case strings.HasPrefix(p, "/en/press/press-releases/"):
		file = "council_release_" + filepath.Base(strings.TrimSuffix(p, "/")) + ".html"
	case p == "/changed/":
		file = "council_layout_changed.html"
	case p == "/news":
		file = "ministry_listing_" + page + ".html"
	case strings.HasPrefix(p, "/news/"):
		file = "ministry_news_" + filepath.Base(p) + ".html"
	}
	b, err := os.ReadFile(filepath.Join("testdata", filepath.Base(file)))
	if file == "" || err != nil {
		http.NotFound(w, r)
		return
	}
	// No charset in the header: the windows-1251 pages name theirs in <meta>.
	w.Header().Set("Content-Type", "text/html")
	_, _ = w.Write(b)
}

func (s *pressSite) requested() map[string]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[string]int, len(s.hits))
	for k, v := range s.hits {
		out[k] = v
	}
	return out
}

// newClient is a fetch client that never waits for real.
func newClient() *fetch.Client {
	return fetch.New(fetch.Options{RobotsOff: true, Jitter: -1, HostDelay: -1,
		Sleep: func(ctx context.Context, _ time.Duration) error { return ctx.Err() }})
}
