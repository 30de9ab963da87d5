package feed

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"sitrep/config"
	"sitrep/model"
	"sitrep/scrapers"
	"sitrep/scrapers/fetch"
)

// fixedNow is the fetch time stamped on documents in these tests.
var fixedNow = time.Date(2025, 11, 14, 18, 0, 0, 0, time.UTC)

// site serves testdata/site: /feed.xml and /news/<name> from <name>.html;
// anything else is a 404. It records the paths requested.
type site struct {
	srv   *httptest.Server
	mu    sync.Mutex
	paths []string
}

func newSite(t *testing.T) *site {
	t.Helper()
	s := &site{}
	s.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.paths = append(s.paths, r.URL.Path)
		s.mu.Unlock()
		name, ctype := "", "text/html; charset=utf-8"
		switch {
		case r.URL.Path == "/feed.xml":
			name, ctype = "feed.xml", "application/rss+xml"
		case strings.HasPrefix(r.URL.Path, "/news/"):
			name = strings.TrimPrefix(r.URL.Path, "/news/") + ".html"
		}
		body, err := os.ReadFile(filepath.Join("testdata", "site", filepath.Base(name)))
		if name == "" || err != nil {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", ctype)
		_, _ = w.Write(body)
	}))
	t.Cleanup(s.srv.Close)
	return s
}

func (s *site) requested() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.paths)
}

func newTestSource(srcURL string, mutate func(*config.Source)) *Source {
	cfg := config.Source{
		Name: "example-daily", Kind: Kind, URL: srcURL, Authority: "media",
		Publisher: "Example Daily", Lang: "en",
	}
	if mutate != nil {
		mutate(&cfg)
	}
	// Local test servers need no politeness gap between requests.
	src := New(cfg, fetch.New(fetch.Options{UserAgent: "sitrep/test (+https://example.org)", HostDelay: -1}), nil)
	src.SetClock(func() time.Time { return fixedNow })
	return src
}

func dayRequest(seen ...string) scrapers.Request {
	return scrapers.Request{
		From: time.Date(2025, 11, 14, 0, 0, 0, 0, time.UTC),
		To:   time.Date(2025, 11, 15, 0, 0, 0, 0, time.UTC),
		Seen: func(id string) bool { return slices.Contains(seen, id) },
	}
}

func ids(docs []model.Document) []string {
	var out []string
	for _, d := range docs {
		out = append(out, d.ExternalID)
	}
	return out
}

func docByID(t *testing.T, docs []model.Document, id string) model.Document {
	t.Helper()
	for _, d := range docs {
		if d.ExternalID == id {
			return d
		}
	}
	t.Fatalf("no document %q among %v", id, ids(docs))
	return model.Document{}
}
