package web

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"sitrep/config"
	"sitrep/model"
	"sitrep/scrapers"
)

const councilPath = "/en/press/press-releases/"

func newTestSource(t *testing.T, site *pressSite, path string, w config.WebConfig, mutate func(*config.Source)) *Source {
	t.Helper()
	cfg := config.Source{Name: "press", Kind: Kind, URL: site.srv.URL + path, Authority: config.AuthorityOfficial,
		Publisher: "Sample Council", Lang: "en", MaxPages: 3, Timeout: 5 * time.Second, Web: w}
	if mutate != nil {
		mutate(&cfg)
	}
	src, err := New(cfg, newClient(), nil)
	if err != nil {
		t.Fatal(err)
	}
	src.SetClock(func() time.Time { return time.Date(2025, 11, 15, 12, 0, 0, 0, time.UTC) })
	return src
}

// brussels returns midnight of a November day in Brussels (CET, UTC+1).
func brussels(day int) time.Time {
	return time.Date(2025, 11, day, 0, 0, 0, 0, time.UTC).Add(-time.Hour)
}

func slugs(docs []model.Document) []string {
	var out []string
	for _, d := range docs {
		parts := strings.Split(strings.TrimSuffix(d.URL, "/"), "/")
		out = append(out, parts[len(parts)-1])
	}
	return out
}

func TestScrapeCouncilPaging(t *testing.T) {
	const (
		p1 = councilPath
		p2 = councilPath + "?page=2"
		p3 = councilPath + "?page=3"
	)
	all := []string{"sample-council-extends-measures", "sample-statement-on-strikes", "sample-humanitarian-envelope",
		"sample-energy-ministers", "sample-trade-committee", "sample-foreign-affairs-council", "sample-visit"}
	tests := []struct {
		name        string
		mutate      func(*config.Source)
		req         scrapers.Request
		want        []string
		wantPages   []string
		unrequested []string
	}{
		{name: "three archive pages", want: all, wantPages: []string{p1, p2, p3}},
		{name: "stops at the window start", req: scrapers.Request{From: brussels(12)},
			want: all[:4], wantPages: []string{p1, p2}, unrequested: []string{p3, councilPath + "2025/11/11/sample-trade-committee/"}},
		{name: "date-only items overlap a window starting mid-day", req: scrapers.Request{From: brussels(12).Add(15 * time.Hour)},
			want: all[:4], wantPages: []string{p1, p2}},
		{name: "To leaves out newer items", req: scrapers.Request{From: brussels(12), To: brussels(14)},
			want: all[2:4], wantPages: []string{p1, p2}},
		{name: "page cap", mutate: func(c *config.Source) { c.MaxPages = 2 }, want: all[:5], wantPages: []string{p1, p2},
			unrequested: []string{p3}},
		{name: "seen items are not fetched", req: scrapers.Request{Seen: func(id string) bool { return strings.Contains(id, "statement") }},
			want: slices.Delete(slices.Clone(all), 1, 2), wantPages: []string{p1, p2, p3},
			unrequested: []string{councilPath + "2025/11/14/sample-statement-on-strikes/"}},
		{name: "listing only", mutate: func(c *config.Source) { no := false; c.FetchArticles = &no }, want: all,
			wantPages: []string{p1, p2, p3}, unrequested: []string{councilPath + "2025/11/14/sample-statement-on-strikes/"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			site := newPressSite(t)
			src := newTestSource(t, site, councilPath, councilWeb(), tt.mutate)
			res, err := src.Scrape(context.Background(), tt.req)
			if err != nil {
				t.Fatal(err)
			}
			if got := slugs(res.Documents); !slices.Equal(got, tt.want) {
				t.Errorf("documents %v, want %v", got, tt.want)
			}
			hits := site.requested()
			for _, p := range tt.wantPages {
				if hits[p] != 1 {
					t.Errorf("%s requested %d times, want once (%v)", p, hits[p], hits)
				}
			}
			for _, p := range tt.unrequested {
				if hits[p] != 0 {
					t.Errorf("%s requested, but should not be", p)
				}
			}
			if len(res.ItemErrors) != 0 {
				t.Errorf("item errors: %v", res.ItemErrors)
			}
		})
	}
}

// docView is what the golden files keep of a document (Raw and Fetched
// vary with the test server's port and the clock).
type docView struct {
	ExternalID, URL, Title, Publisher, Lang, Text, Authority string
	Published                                                time.Time
	PublishedGuessed                                         bool
	RawHasBody                                               bool
}

func view(docs []model.Document, host string) []docView {
	var out []docView
	for _, d := range docs {
		out = append(out, docView{
			ExternalID: strings.ReplaceAll(d.ExternalID, host, "{{BASE}}"), URL: strings.ReplaceAll(d.URL, host, "{{BASE}}"),
			Title: d.Title, Publisher: d.Publisher, Lang: d.Lang, Text: d.Text, Authority: d.Authority,
			Published: d.Published, PublishedGuessed: d.PublishedGuessed, RawHasBody: strings.Contains(string(d.Raw), "</body>"),
		})
	}
	return out
}

func TestScrapeDocumentsGolden(t *testing.T) {
	tests := []struct {
		name, path string
		web        func(base string) config.WebConfig
		mutate     func(*config.Source)
		want       int
	}{
		{"council_documents", councilPath, func(string) config.WebConfig { return councilWeb() }, nil, 7},
		// Windows-1251 pages with the charset in <meta>, paged by template.
		{"ministry_documents", "/news", ministryWeb, func(c *config.Source) { c.Lang, c.MaxPages = "uk", 2 }, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			site := newPressSite(t)
			src := newTestSource(t, site, tt.path, tt.web(site.srv.URL), tt.mutate)
			res, err := src.Scrape(context.Background(), scrapers.Request{})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Documents) != tt.want || len(res.ItemErrors) != 0 {
				t.Fatalf("%d documents, item errors %v; want %d and none", len(res.Documents), res.ItemErrors, tt.want)
			}
			for _, d := range res.Documents {
				if strings.ContainsRune(d.Text+d.Title, '\uFFFD') || d.PublishedGuessed || d.Published.Hour() == 0 {
					t.Errorf("%s: mojibake, a guessed date or the listing's date-only value: %q %s", d.URL, d.Title, d.Published)
				}
			}
			checkGolden(t, tt.name, view(res.Documents, site.srv.URL))
		})
	}
}

func TestScrapeFailures(t *testing.T) {
	tests := []struct {
		name     string
		path     string
		web      func(base string) config.WebConfig
		mutate   func(*config.Source)
		wantErr  error // nil: success with item errors
		wantMsg  string
		docs     int
		itemErrs int
	}{
		{name: "layout changed", path: "/changed/", web: func(string) config.WebConfig { return councilWeb() },
			wantErr: ErrLayoutChanged, wantMsg: `item selector "ul.council-list li.list-item" matched nothing: layout changed?`},
		{name: "listing missing", path: "/nothing/", web: func(string) config.WebConfig { return councilWeb() },
			wantErr: errAny, wantMsg: "status 404"},
		{name: "archive page missing", path: "/news", web: ministryWeb, mutate: func(c *config.Source) { c.MaxPages = 3 },
			docs: 4, itemErrs: 1},
		{name: "article body changed", path: councilPath, web: func(string) config.WebConfig {
			w := councilWeb()
			w.Article.Body = "div.release-text"
			return w
		}, docs: 7, itemErrs: 7},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			site := newPressSite(t)
			src := newTestSource(t, site, tt.path, tt.web(site.srv.URL), tt.mutate)
			res, err := src.Scrape(context.Background(), scrapers.Request{})
			switch {
			case tt.wantErr == nil && err != nil:
				t.Fatalf("error %v, want none", err)
			case tt.wantErr != nil && (err == nil || !strings.Contains(err.Error(), tt.wantMsg)):
				t.Fatalf("error %v, want one containing %q", err, tt.wantMsg)
			case tt.wantErr != nil && tt.wantErr != errAny && !errors.Is(err, tt.wantErr):
				t.Fatalf("error %v is not %v", err, tt.wantErr)
			}
			if len(res.Documents) != tt.docs || len(res.ItemErrors) != tt.itemErrs {
				t.Errorf("%d documents, %d item errors (%v); want %d, %d", len(res.Documents), len(res.ItemErrors),
					res.ItemErrors, tt.docs, tt.itemErrs)
			}
		})
	}
}

var errAny = errors.New("any error")

func TestExternalID(t *testing.T) {
	src, err := New(config.Source{Name: "p", URL: "https://Council.example.eu/en/press/", Web: councilWeb()}, newClient(), nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := map[string]string{
		"https://council.example.eu/en/press/2025/11/14/x/":   "/en/press/2025/11/14/x/",
		"http://council.example.eu/en/press/item?id=7":        "/en/press/item?id=7",
		"https://other.example.org/en/press/2025/11/14/x/":    "https://other.example.org/en/press/2025/11/14/x/",
		"https://council.example.eu.evil.example/en/press/x/": "https://council.example.eu.evil.example/en/press/x/",
	}
	for in, want := range tests {
		t.Run(in, func(t *testing.T) {
			if got := src.externalID(in); got != want {
				t.Errorf("externalID(%q) = %q, want %q", in, got, want)
			}
		})
	}
}
