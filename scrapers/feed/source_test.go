package feed

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"sitrep/config"
	"sitrep/model"
	"sitrep/scrapers"
	"sitrep/scrapers/fetch"
)

func TestScrape(t *testing.T) {
	tests := map[string]struct {
		mutate        func(*config.Source)
		wantIDs       []string
		wantItemErrs  int
		wantFetched   []string
		wantUnfetched []string
	}{
		"articles fetched, window, seen and missing pages": {
			wantIDs:       []string{"site-106", "site-103", "site-102", "site-101"},
			wantItemErrs:  2, // site-103 falls back to the feed, site-104 has nothing
			wantFetched:   []string{"/feed.xml", "/news/kyiv-night-attack", "/news/missing", "/news/gone-too"},
			wantUnfetched: []string{"/news/seen", "/news/last-week"},
		},
		"max items keeps the newest": {
			// The newest four in the window: 106 (undated), 105 (seen),
			// 104 (nothing), 103 (feed fallback).
			mutate:        func(c *config.Source) { c.MaxItems = 4 },
			wantIDs:       []string{"site-106", "site-103"},
			wantItemErrs:  2,
			wantUnfetched: []string{"/news/odesa-port", "/news/kyiv-night-attack"},
		},
		"feed content only": {
			mutate:        func(c *config.Source) { no := false; c.FetchArticles = &no },
			wantIDs:       []string{"site-106", "site-103", "site-102", "site-101"},
			wantItemErrs:  1, // site-104 has no text at all
			wantUnfetched: []string{"/news/kyiv-night-attack", "/news/missing", "/news/brief"},
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			s := newSite(t)
			src := newTestSource(s.srv.URL+"/feed.xml", tc.mutate)
			res, err := src.Scrape(context.Background(), dayRequest("site-105"))
			if err != nil {
				t.Fatal(err)
			}
			if got := ids(res.Documents); !slices.Equal(got, tc.wantIDs) {
				t.Errorf("documents %v, want %v", got, tc.wantIDs)
			}
			if len(res.ItemErrors) != tc.wantItemErrs {
				t.Errorf("%d item errors, want %d: %v", len(res.ItemErrors), tc.wantItemErrs, res.ItemErrors)
			}
			got := s.requested()
			for _, p := range tc.wantFetched {
				if !slices.Contains(got, p) {
					t.Errorf("%s not requested; requested %v", p, got)
				}
			}
			for _, p := range tc.wantUnfetched {
				if slices.Contains(got, p) {
					t.Errorf("%s requested, but should not be", p)
				}
			}
		})
	}
}

func TestScrapeDocuments(t *testing.T) {
	s := newSite(t)
	res, err := newTestSource(s.srv.URL+"/feed.xml", nil).Scrape(context.Background(), dayRequest())
	if err != nil {
		t.Fatal(err)
	}
	kyiv := docByID(t, res.Documents, "site-101")
	odesa := docByID(t, res.Documents, "site-102")
	missing := docByID(t, res.Documents, "site-103")
	brief := docByID(t, res.Documents, "site-106")

	clutter := []string{"Politics", "Share on", "Read also", "Heating season", "Comments", "First comment",
		"newsletter", "All rights reserved", "Privacy policy", "Most read", "Story one", "Log in", "Copy link",
		"Reproduction of materials", "By Test Reporter"}
	tests := map[string]struct {
		doc        model.Document
		wantText   []string
		wantURL    string
		wantRawHas string
		wantParas  int
	}{
		"kyiv article": {
			doc: kyiv,
			wantText: []string{
				"Air defence forces were active over the capital",
				"At least one person was killed and thirteen were injured",
				"most of which were shot down before reaching the city.",
			},
			wantURL:    s.srv.URL + "/news/kyiv-night-attack", // the canonical link, cleaned
			wantRawHas: `class="share-buttons"`,
			wantParas:  5,
		},
		"odesa article": {
			doc: odesa,
			wantText: []string{
				"Two ballistic missiles struck port infrastructure",
				"One port worker was killed and four others were injured.",
				"expected to take several days.",
			},
			wantURL:    s.srv.URL + "/news/odesa-port", // no canonical: the final URL
			wantRawHas: `<div class="sidebar">`,
			wantParas:  4,
		},
		"missing page falls back to the feed": {
			doc:        missing,
			wantText:   []string{"Feed summary of the missing article: two people were rescued from rubble."},
			wantURL:    s.srv.URL + "/news/missing",
			wantRawHas: "<p>Feed summary",
			wantParas:  1,
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			for _, want := range tc.wantText {
				if !strings.Contains(tc.doc.Text, want) {
					t.Errorf("text lacks %q:\n%s", want, tc.doc.Text)
				}
			}
			for _, c := range clutter {
				if strings.Contains(tc.doc.Text, c) {
					t.Errorf("text keeps clutter %q:\n%s", c, tc.doc.Text)
				}
			}
			if strings.HasPrefix(tc.doc.Text, tc.doc.Title) {
				t.Errorf("text starts with the headline again:\n%s", tc.doc.Text)
			}
			if paras := strings.Split(tc.doc.Text, "\n\n"); len(paras) != tc.wantParas {
				t.Errorf("%d paragraphs separated by blank lines, want %d:\n%s", len(paras), tc.wantParas, tc.doc.Text)
			}
			if tc.doc.URL != tc.wantURL {
				t.Errorf("url %q, want %q", tc.doc.URL, tc.wantURL)
			}
			if !strings.Contains(string(tc.doc.Raw), tc.wantRawHas) {
				t.Errorf("raw lacks %q", tc.wantRawHas)
			}
			if tc.doc.Source != "example-daily" || tc.doc.Publisher != "Example Daily" || tc.doc.Lang != "en" ||
				tc.doc.Authority != "media" || !tc.doc.Fetched.Equal(fixedNow) || tc.doc.PublishedGuessed {
				t.Errorf("document fields %+v", tc.doc)
			}
		})
	}
	t.Run("dated item keeps its date", func(t *testing.T) {
		if want := time.Date(2025, 11, 14, 5, 0, 0, 0, time.UTC); !kyiv.Published.Equal(want) {
			t.Errorf("published %v, want %v", kyiv.Published, want)
		}
		if kyiv.Title != "Night attack on Kyiv: debris falls in two districts" {
			t.Errorf("title %q", kyiv.Title)
		}
	})
	t.Run("undated item stamped with the fetch time", func(t *testing.T) {
		if !brief.PublishedGuessed || !brief.Published.Equal(fixedNow) {
			t.Errorf("published %v guessed %v, want %v guessed", brief.Published, brief.PublishedGuessed, fixedNow)
		}
		if !strings.Contains(brief.Text, "schools in frontline communities") {
			t.Errorf("brief text %q", brief.Text)
		}
	})
	t.Run("item errors name the items", func(t *testing.T) {
		joined := errors.Join(res.ItemErrors...).Error()
		for _, want := range []string{`"site-103"`, `"site-104"`, "status 404", "item skipped"} {
			if !strings.Contains(joined, want) {
				t.Errorf("item errors lack %q: %s", want, joined)
			}
		}
		var fe *fetch.Error
		if !errors.As(res.ItemErrors[0], &fe) || fe.Kind != fetch.KindStatus {
			t.Errorf("item error is not a status fetch error: %v", res.ItemErrors[0])
		}
	})
}

func TestScrapeFeedFailures(t *testing.T) {
	tests := map[string]struct {
		path     string
		wantKind fetch.Kind
		wantIs   error
	}{
		"feed 404":          {path: "/nowhere.xml", wantKind: fetch.KindStatus},
		"feed is html page": {path: "/news/brief", wantIs: ErrUnknownFormat},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			s := newSite(t)
			res, err := newTestSource(s.srv.URL+tc.path, nil).Scrape(context.Background(), dayRequest())
			if err == nil {
				t.Fatal("want an error for the whole source")
			}
			if !strings.Contains(err.Error(), `source "example-daily"`) {
				t.Errorf("error does not name the source: %v", err)
			}
			var fe *fetch.Error
			if tc.wantKind != "" && (!errors.As(err, &fe) || fe.Kind != tc.wantKind) {
				t.Errorf("err %v, want fetch kind %q", err, tc.wantKind)
			}
			if tc.wantIs != nil && !errors.Is(err, tc.wantIs) {
				t.Errorf("err %v, want %v", err, tc.wantIs)
			}
			if len(res.Documents) != 0 {
				t.Errorf("documents returned with a source error")
			}
		})
	}
}

func TestScrapeCancelled(t *testing.T) {
	s := newSite(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	req := dayRequest()
	calls := 0
	req.Seen = func(string) bool {
		calls++
		if calls == 2 {
			cancel() // cancel while the second item is being handled
		}
		return false
	}
	res, err := newTestSource(s.srv.URL+"/feed.xml", nil).Scrape(ctx, req)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if calls != 2 {
		t.Errorf("Seen called %d times, want 2: the loop must stop at the next item", calls)
	}
	if len(res.Documents) != 1 || len(res.ItemErrors) != 0 {
		t.Errorf("got %d documents and %v, want the first document only", len(res.Documents), res.ItemErrors)
	}
}

func TestScrapeWindows1251Feed(t *testing.T) {
	body, err := os.ReadFile(filepath.Join("testdata", "rss_cp1251.xml"))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// The header lies; the XML prolog is right.
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		_, _ = w.Write(body)
	}))
	t.Cleanup(srv.Close)
	no := false
	src := newTestSource(srv.URL, func(c *config.Source) { c.FetchArticles = &no })
	res, err := src.Scrape(context.Background(), scrapers.Request{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Documents) != 1 {
		t.Fatalf("%d documents, want 1", len(res.Documents))
	}
	if d := res.Documents[0]; d.Title != "Атака дронів на Харків" || !strings.HasPrefix(d.Text, "Уночі ворог атакував місто.") {
		t.Errorf("title %q text %q", d.Title, d.Text)
	}
}

func TestSourceIdentity(t *testing.T) {
	src := newTestSource("https://news.example.org/feed.xml", nil)
	tests := map[string]struct{ got, want string }{
		"name": {src.Name(), "example-daily"},
		"kind": {src.Kind(), "feed"},
		"url":  {src.URL(), "https://news.example.org/feed.xml"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if tc.got != tc.want {
				t.Errorf("got %q, want %q", tc.got, tc.want)
			}
		})
	}
}

// A live run asks conditionally: an unchanged feed (304) is success with
// nothing new, while a windowed (backfill) run always takes the whole feed.
func TestScrapeConditionalGET(t *testing.T) {
	var conditional atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"v1"` {
			conditional.Add(1)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>http://x/</link>`+
			`<description>d</description><item><guid>a</guid><title>A</title><link>http://x/a</link>`+
			`<pubDate>Fri, 14 Nov 2025 08:00:00 +0000</pubDate><description>Text of A.</description></item>`+
			`</channel></rss>`)
	}))
	defer srv.Close()
	client := fetch.New(fetch.Options{UserAgent: "sitrep/test", HostDelay: -1, RobotsOff: true,
		Validators: &fetch.MemoryValidators{}})
	src := New(config.Source{Name: "wire", Kind: Kind, URL: srv.URL + "/feed.xml", Authority: "media",
		FetchArticles: new(bool)}, client, nil)
	for i, want := range []int{1, 0} {
		res, err := src.Scrape(context.Background(), scrapers.Request{})
		if err != nil || len(res.Documents) != want {
			t.Fatalf("live run %d: %d documents, %v; want %d", i+1, len(res.Documents), err, want)
		}
	}
	if conditional.Load() != 1 {
		t.Fatalf("conditional requests = %d, want the second live run only", conditional.Load())
	}
	res, err := src.Scrape(context.Background(), dayRequest())
	if err != nil || len(res.Documents) != 1 {
		t.Fatalf("windowed run: %d documents, %v; want the item again", len(res.Documents), err)
	}
}

func TestScrapeEmptyFeedIsAnError(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>http://x/</link>`+
			`<description>d</description></channel></rss>`)
	}))
	defer srv.Close()
	_, err := newTestSource(srv.URL+"/feed.xml", nil).Scrape(context.Background(), scrapers.Request{})
	if !errors.Is(err, ErrNoItems) {
		t.Fatalf("want ErrNoItems, got %v", err)
	}
}

// On a live run a stored item of the last day is read again, so an edited
// article reaches the store; older stored items are not fetched again.
func TestLiveRunRereadsRecentItems(t *testing.T) {
	var pages atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/a/") {
			pages.Add(1)
			fmt.Fprint(w, `<html><body><article><p>Drones struck the city overnight, officials said.</p></article></body></html>`)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>http://x/</link>`+
			`<description>d</description>`+
			`<item><guid>new</guid><title>New</title><link>http://%[1]s/a/new</link><pubDate>Fri, 14 Nov 2025 12:00:00 +0000</pubDate></item>`+
			`<item><guid>old</guid><title>Old</title><link>http://%[1]s/a/old</link><pubDate>Mon, 10 Nov 2025 12:00:00 +0000</pubDate></item>`+
			`</channel></rss>`, r.Host)
	}))
	defer srv.Close()
	src := newTestSource(srv.URL+"/feed.xml", nil)
	res, err := src.Scrape(context.Background(), scrapers.Request{Seen: func(string) bool { return true }})
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(res.Documents); !slices.Equal(got, []string{"new"}) || pages.Load() != 1 {
		t.Fatalf("documents %v, article pages fetched %d; want only the recent item again", got, pages.Load())
	}
}
