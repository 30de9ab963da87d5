package demo_test

import (
	"context"
	"net/url"
	"slices"
	"strings"
	"testing"

	"sitrep/config"
	"sitrep/scrapers"
	"sitrep/scrapers/fetch"
	"sitrep/scrapers/registry"
)

// TestDemoTelegramAndWebSources scrapes the sample site with the demo
// configuration's telegram and web sources, as `sitrep demo` does, and
// checks that they find exactly the documents that have gold files, read
// each page once, and find nothing new on a second pass.
func TestDemoTelegramAndWebSources(t *testing.T) {
	s := startServer(t)
	cfg, err := config.Demo()
	if err != nil {
		t.Fatal(err)
	}
	base, _ := url.Parse(s.URL())
	var srcs []config.Source
	for _, src := range cfg.Sources {
		if src.Kind == config.KindFeed {
			continue
		}
		u, _ := url.Parse(src.URL)
		u.Scheme, u.Host = base.Scheme, base.Host
		src.URL = u.String()
		srcs = append(srcs, src)
	}
	client := fetch.New(fetch.Options{HostDelay: -1, Jitter: -1})
	built, err := registry.Build(srcs, registry.Deps{Client: client})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{
		"demo-airforce-telegram": {"tg-demo_airforce-7002", "tg-demo_airforce-7003"},
		"demo-kcma-telegram":     {"tg-demo_kcma-7101", "tg-demo_kcma-7102", "tg-demo_kcma-7103", "tg-demo_kcma-7104", "tg-demo_kcma-7105"},
		"demo-northland-mfa":     {"press-northland-sanctions-russia", "press-northland-winter-aid-package"},
	}
	stored := map[string]bool{}
	for _, src := range built {
		res, err := src.Scrape(context.Background(), scrapers.Request{})
		if err != nil || len(res.ItemErrors) > 0 {
			t.Fatalf("%s: %v %v", src.Name(), err, res.ItemErrors)
		}
		var got []string
		for _, d := range res.Documents {
			got = append(got, goldName(d.ExternalID))
			stored[d.ExternalID] = true
			if d.Published.IsZero() || d.PublishedGuessed || d.Text == "" || d.Title == "" {
				t.Errorf("%s: document %s lacks a date, text or title", src.Name(), d.ExternalID)
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, want[src.Name()]) {
			t.Errorf("%s: documents %v, want %v", src.Name(), got, want[src.Name()])
		}
	}
	for _, p := range []string{"/s/demo_kcma?before=7104", "/press/northland-sanctions-russia.html"} {
		if n := s.Hits(p); n != 1 {
			t.Errorf("%s fetched %d times, want once", p, n)
		}
	}
	// A second pass with everything stored re-reads only the channels'
	// newest pages (for edits) and fetches no release again.
	for _, src := range built {
		res, err := src.Scrape(context.Background(), scrapers.Request{Seen: func(id string) bool { return stored[id] }})
		if err != nil {
			t.Fatal(err)
		}
		if src.Kind() == config.KindWeb && len(res.Documents) != 0 {
			t.Errorf("%s: second pass gave %d documents, want none", src.Name(), len(res.Documents))
		}
	}
	if n := s.Hits("/s/demo_kcma?before=7104"); n != 1 {
		t.Errorf("second pass paged back again (%d requests for the older page)", n)
	}
	if n := s.Hits("/press/northland-sanctions-russia.html"); n != 1 {
		t.Errorf("second pass fetched a stored release again (%d requests)", n)
	}
}

// goldName turns an external id into its gold file name. Press releases
// are identified by their path, so a demo run on another port finds the
// same documents.
func goldName(id string) string {
	if rest, ok := strings.CutPrefix(id, "/press/"); ok {
		return "press-" + strings.TrimSuffix(rest, ".html")
	}
	return "tg-" + strings.Replace(id, "/", "-", 1)
}
