package jobs

import (
	"sort"
	"testing"
	"time"

	"sitrep/demo"
	"sitrep/scrapers"
	"sitrep/store"
)

// The "done when" for the sources: a run over a local mirror of
// every kind (feeds with article pages, Telegram channel previews paged back,
// a press-release archive) fetches each page once, keeps the per-host delay
// as measured by the server, and stores every post and article exactly once.
func TestMirrorRunIsPoliteAndComplete(t *testing.T) {
	srv, err := demo.Start()
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	dir := t.TempDir()
	cfg, err := demoConfig(srv.URL(), dir)
	if err != nil {
		t.Fatal(err)
	}
	const gap = 40 * time.Millisecond
	cfg.Fetch.HostDelay = gap
	for i := range cfg.Sources {
		cfg.Sources[i].PageDelay = nil // every request keeps the client's per-host gap
	}
	st, err := store.Open(ctx, cfg.Database, store.Options{Threads: 1, MemoryLimit: "256MB"})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	srcs, err := BuildSources(cfg, nil, SourceOptions{})
	if err != nil {
		t.Fatal(err)
	}
	p := New(Deps{Config: cfg, Store: st, Sources: srcs})
	res, err := p.Scrape(ctx, scrapers.Request{})
	if err != nil || res.Failed != 0 {
		t.Fatalf("scrape: %+v, %v", res, err)
	}
	reqs := srv.Requests()
	seen := map[string]int{}
	for _, r := range reqs {
		seen[r.URI]++
	}
	for uri, n := range seen {
		if n != 1 {
			t.Errorf("%s fetched %d times, want once", uri, n)
		}
	}
	if seen["/robots.txt"] != 1 || seen["/s/demo_kcma?before=7104"] != 1 || seen["/press/"] != 1 {
		t.Fatalf("requests = %v", seen)
	}
	sort.Slice(reqs, func(i, j int) bool { return reqs[i].At.Before(reqs[j].At) })
	for i := 1; i < len(reqs); i++ {
		if d := reqs[i].At.Sub(reqs[i-1].At); d < gap {
			t.Fatalf("%s arrived %s after %s: less than the %s per-host delay", reqs[i].URI, d, reqs[i-1].URI, gap)
		}
	}
	counts, _ := st.TableCounts(ctx)
	if res.Inserted != 27 || counts["documents"] != 27 {
		t.Fatalf("stored %d documents (%d in the table), want the 27 posts and articles", res.Inserted, counts["documents"])
	}
	again, err := p.Scrape(ctx, scrapers.Request{})
	if err != nil || again.Inserted != 0 || again.Updated != 0 {
		t.Fatalf("a second run stored %d new, %d updated, %v", again.Inserted, again.Updated, err)
	}
}
