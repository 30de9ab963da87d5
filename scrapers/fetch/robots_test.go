package fetch

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"
)

// robotsSite serves robots.txt with the given status and body and "page"
// on every other path, counting requests.
func robotsSite(t *testing.T, status int, robots string) (*httptest.Server, *hitCounter) {
	t.Helper()
	return counted(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			w.WriteHeader(status)
			_, _ = w.Write([]byte(robots))
			return
		}
		_, _ = w.Write([]byte("page"))
	})
}

// politeClient is a client with robots.txt on and waits recorded.
func politeClient(opts Options) (*Client, *fakeClock) {
	clk := newFakeClock()
	return New(withClock(opts, clk)), clk
}

// TestRobots covers FAULTS H14 and the RFC 9309 status rules.
func TestRobots(t *testing.T) {
	tests := map[string]struct {
		status      int
		robots      string
		path        string
		robotsOff   bool
		wantIs      error // nil: the page is fetched
		wantRobots  int   // robots.txt requests
		wantTempErr bool
	}{
		"path disallowed for sitrep": {status: 200, robots: "User-agent: sitrep\nDisallow: /private/\n", path: "/private/x", wantIs: ErrDisallowed, wantRobots: 1},
		"other path allowed":         {status: 200, robots: "User-agent: sitrep\nDisallow: /private/\n", path: "/news/1", wantRobots: 1},
		"wildcard disallows all":     {status: 200, robots: "User-agent: *\nDisallow: /\n", path: "/news/1", wantIs: ErrDisallowed, wantRobots: 1},
		"other bots' rules ignored":  {status: 200, robots: "User-agent: googlebot\nDisallow: /\n", path: "/news/1", wantRobots: 1},
		"sitrep group beats wildcard": {status: 200, robots: "User-agent: *\nDisallow: /\n\nUser-agent: sitrep\nAllow: /\n",
			path: "/news/1", wantRobots: 1},
		"query pattern disallowed": {status: 200, robots: "User-agent: *\nDisallow: /*?print=\n", path: "/news/1?print=1", wantIs: ErrDisallowed, wantRobots: 1},
		"empty robots allows":      {status: 200, robots: "", path: "/news/1", wantRobots: 1},
		"404 allows all":           {status: 404, robots: "nope", path: "/news/1", wantRobots: 1},
		"403 allows all":           {status: 403, robots: "nope", path: "/news/1", wantRobots: 1},
		"503 disallows for now": {status: 503, robots: "down", path: "/news/1", wantIs: ErrRobotsUnavailable,
			wantRobots: 3, wantTempErr: true},
		"429 disallows for now": {status: 429, robots: "slow down", path: "/news/1", wantIs: ErrRobotsUnavailable,
			wantRobots: 3, wantTempErr: true},
		"robots off for a mirror": {status: 200, robots: "User-agent: *\nDisallow: /\n", path: "/news/1", robotsOff: true},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			srv, hits := robotsSite(t, tc.status, tc.robots)
			c, _ := politeClient(Options{RobotsOff: tc.robotsOff})
			resp, err := c.Get(context.Background(), srv.URL+tc.path, GetOptions{})
			pageHits := 0
			if hits.get("/news/1")+hits.get("/private/x") > 0 {
				pageHits = 1
			}
			if n := hits.get("/robots.txt"); n != tc.wantRobots {
				t.Errorf("robots.txt requested %d times, want %d", n, tc.wantRobots)
			}
			if tc.wantIs == nil {
				if err != nil {
					t.Fatal(err)
				}
				if string(resp.Body) != "page" || pageHits != 1 {
					t.Errorf("page not fetched: body %q, %d hits", resp.Body, pageHits)
				}
				return
			}
			fe := wantKind(t, err, KindRobots)
			if !errors.Is(err, tc.wantIs) {
				t.Errorf("errors.Is(err, %v) = false for %v", tc.wantIs, err)
			}
			if pageHits != 0 {
				t.Errorf("the page was requested although robots.txt refused it")
			}
			if fe.Attempts != 0 {
				t.Errorf("attempts = %d, want 0", fe.Attempts)
			}
			if IsTemporary(err) != tc.wantTempErr {
				t.Errorf("IsTemporary = %v, want %v", IsTemporary(err), tc.wantTempErr)
			}
		})
	}
}

// TestRobotsFetchedOnce shows the cache: concurrent and later requests to
// one host share one robots.txt fetch, an unreachable one included.
func TestRobotsFetchedOnce(t *testing.T) {
	tests := map[string]struct {
		status     int
		wantRobots int
		wantPages  int
	}{
		"readable robots.txt":    {status: 200, wantRobots: 1, wantPages: 6},
		"unreachable robots.txt": {status: 500, wantRobots: 3, wantPages: 0},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			srv, hits := robotsSite(t, tc.status, "User-agent: *\nDisallow: /private/\n")
			c, _ := politeClient(Options{HostDelay: -1})
			var wg sync.WaitGroup
			for range 6 {
				wg.Go(func() { _, _ = c.Get(context.Background(), srv.URL+"/news/1", GetOptions{}) })
			}
			wg.Wait()
			_, err := c.Get(context.Background(), srv.URL+"/private/x", GetOptions{})
			wantKind(t, err, KindRobots)
			if n := hits.get("/robots.txt"); n != tc.wantRobots {
				t.Errorf("robots.txt requested %d times, want %d", n, tc.wantRobots)
			}
			if n := hits.get("/news/1"); n != tc.wantPages {
				t.Errorf("page requested %d times, want %d", n, tc.wantPages)
			}
		})
	}
}

// TestRobotsCrawlDelay shows a Crawl-delay for sitrep raising the host gap,
// and a shorter one leaving it alone.
func TestRobotsCrawlDelay(t *testing.T) {
	tests := map[string]struct {
		robots   string
		wantWait time.Duration
	}{
		"crawl-delay above the host delay": {"User-agent: sitrep\nCrawl-delay: 5\n", 5 * time.Second},
		"crawl-delay below the host delay": {"User-agent: sitrep\nCrawl-delay: 0.5\n", time.Second},
		"crawl-delay for another bot":      {"User-agent: otherbot\nCrawl-delay: 30\n", time.Second},
		"no crawl-delay":                   {"User-agent: *\nAllow: /\n", time.Second},
		"absurd crawl-delay is capped":     {"User-agent: sitrep\nCrawl-delay: 86400\n", maxCrawlDelay},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			srv, hits := robotsSite(t, 200, tc.robots)
			c, clk := politeClient(Options{HostDelay: time.Second, Jitter: -1})
			for _, p := range []string{"/a", "/b"} {
				if _, err := c.Get(context.Background(), srv.URL+p, GetOptions{}); err != nil {
					t.Fatal(err)
				}
			}
			// robots.txt, then /a, then /b: a gap before each page.
			waits := clk.Slept()
			if len(waits) != 2 || waits[0] != tc.wantWait || waits[1] != tc.wantWait {
				t.Errorf("waits %v, want two of %v", waits, tc.wantWait)
			}
			if hits.get("/a") != 1 || hits.get("/b") != 1 {
				t.Errorf("pages fetched %d and %d times, want once each", hits.get("/a"), hits.get("/b"))
			}
		})
	}
}

func TestProductToken(t *testing.T) {
	tests := map[string]string{
		"sitrep/1.2 (+https://example.org)": "sitrep",
		"Sitrep/dev":                        "sitrep",
		"sitrep":                            "sitrep",
		"Mozilla/5.0 (X11)":                 "mozilla",
	}
	for ua, want := range tests {
		t.Run(ua, func(t *testing.T) {
			if got := productToken(ua); got != want {
				t.Errorf("productToken(%q) = %q, want %q", ua, got, want)
			}
		})
	}
}
