package demo_test

import (
	"encoding/xml"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"sitrep/demo"
)

// startServer starts the sample site and stops it when the test ends.
func startServer(t *testing.T) *demo.Server {
	t.Helper()
	s, err := demo.Start()
	if err != nil {
		t.Fatalf("Start: %v", err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return s
}

// response is what get returns: status, headers and body.
type response struct {
	status int
	header http.Header
	body   string
}

func get(t *testing.T, rawURL string) response {
	t.Helper()
	return do(t, http.MethodGet, rawURL, nil)
}

func do(t *testing.T, method, rawURL string, header http.Header) response {
	t.Helper()
	req, err := http.NewRequest(method, rawURL, nil)
	if err != nil {
		t.Fatalf("new request %s: %v", rawURL, err)
	}
	for k, v := range header {
		req.Header[k] = v
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, rawURL, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("read %s: %v", rawURL, err)
	}
	return response{status: resp.StatusCode, header: resp.Header, body: string(b)}
}

// sitePaths lists the URL paths of every embedded file.
func sitePaths(t *testing.T) []string {
	t.Helper()
	var paths []string
	err := fs.WalkDir(demo.Site(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			paths = append(paths, "/"+p)
		}
		return nil
	})
	if err != nil {
		t.Fatalf("walk site: %v", err)
	}
	return paths
}

func TestURLIsLoopbackWithoutTrailingSlash(t *testing.T) {
	s := startServer(t)
	u, err := url.Parse(s.URL())
	if err != nil {
		t.Fatalf("parse URL %q: %v", s.URL(), err)
	}
	if u.Scheme != "http" || u.Hostname() != "127.0.0.1" || u.Port() == "" || u.Port() == "0" {
		t.Errorf("URL() = %q, want http://127.0.0.1:<port>", s.URL())
	}
	if strings.HasSuffix(s.URL(), "/") {
		t.Errorf("URL() = %q ends with a slash", s.URL())
	}
}

func TestFeedsServedWithBaseReplaced(t *testing.T) {
	s := startServer(t)
	for _, p := range []string{demo.FeedPath, demo.OfficialPath} {
		r := get(t, s.URL()+p)
		if r.status != http.StatusOK {
			t.Fatalf("GET %s: status %d", p, r.status)
		}
		if got, want := r.header.Get("Content-Type"), "application/rss+xml; charset=utf-8"; got != want {
			t.Errorf("GET %s: Content-Type %q, want %q", p, got, want)
		}
		if strings.Contains(r.body, demo.BasePlaceholder) {
			t.Errorf("GET %s: body still contains %s", p, demo.BasePlaceholder)
		}
		if !strings.Contains(r.body, "<link>"+s.URL()+"/") {
			t.Errorf("GET %s: no <link> with the server URL %s", p, s.URL())
		}
	}
}

func TestEveryServedFileHasNoPlaceholder(t *testing.T) {
	s := startServer(t)
	paths := sitePaths(t)
	if len(paths) < 20 {
		t.Fatalf("site has %d files, want at least 20 (2 feeds, 12 articles, 6 official pages)", len(paths))
	}
	for _, p := range append(paths, "/") {
		r := get(t, s.URL()+p)
		if r.status != http.StatusOK {
			t.Errorf("GET %s: status %d", p, r.status)
			continue
		}
		if strings.Contains(r.body, demo.BasePlaceholder) {
			t.Errorf("GET %s: body still contains %s", p, demo.BasePlaceholder)
		}
		if strings.HasSuffix(p, ".html") || p == "/" {
			if got := r.header.Get("Content-Type"); got != "text/html; charset=utf-8" {
				t.Errorf("GET %s: Content-Type %q", p, got)
			}
		}
	}
}

func TestSiteHoldsNoGoldLabels(t *testing.T) {
	for _, p := range sitePaths(t) {
		if strings.HasSuffix(p, ".json") || strings.Contains(p, "gold") || strings.Contains(p, "expected") {
			t.Errorf("site file %s looks like a gold label; gold belongs in testdata", p)
		}
	}
}

func TestUnknownPathIs404(t *testing.T) {
	s := startServer(t)
	for _, p := range []string{"/nope.html", "/articles/missing.html", "/articles/", "/site/feed.xml"} {
		if r := get(t, s.URL()+p); r.status != http.StatusNotFound {
			t.Errorf("GET %s: status %d, want 404", p, r.status)
		}
	}
	if got := s.Hits("/nope.html"); got != 1 {
		t.Errorf("Hits(/nope.html) = %d, want 1 (404s are counted)", got)
	}
}

func TestRobotsAllowsEverything(t *testing.T) {
	s := startServer(t)
	r := get(t, s.URL()+"/robots.txt")
	if r.status != http.StatusOK {
		t.Fatalf("GET /robots.txt: status %d", r.status)
	}
	if !strings.HasPrefix(r.header.Get("Content-Type"), "text/plain") {
		t.Errorf("robots.txt Content-Type %q, want text/plain", r.header.Get("Content-Type"))
	}
	if !strings.Contains(r.body, "User-agent: *") || strings.Contains(r.body, "Disallow: /") {
		t.Errorf("robots.txt does not allow everything:\n%s", r.body)
	}
}

func TestConditionalGetAndMethods(t *testing.T) {
	s := startServer(t)
	first := get(t, s.URL()+demo.FeedPath)
	etag := first.header.Get("ETag")
	if etag == "" {
		t.Fatal("feed served without an ETag")
	}
	again := do(t, http.MethodGet, s.URL()+demo.FeedPath, http.Header{"If-None-Match": {etag}})
	if again.status != http.StatusNotModified || again.body != "" {
		t.Errorf("conditional GET: status %d, body %d bytes; want 304 and no body", again.status, len(again.body))
	}
	head := do(t, http.MethodHead, s.URL()+demo.FeedPath, nil)
	if head.status != http.StatusOK || head.body != "" {
		t.Errorf("HEAD: status %d, body %d bytes; want 200 and no body", head.status, len(head.body))
	}
	if post := do(t, http.MethodPost, s.URL()+demo.FeedPath, nil); post.status != http.StatusMethodNotAllowed {
		t.Errorf("POST: status %d, want 405", post.status)
	}
	if got := s.Hits(demo.FeedPath); got != 4 {
		t.Errorf("Hits(feed) = %d after 4 requests", got)
	}
}

func TestCloseTwice(t *testing.T) {
	s, err := demo.Start()
	if err != nil {
		t.Fatalf("Start: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Fatalf("first Close: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	if _, err := http.Get(s.URL() + demo.FeedPath); err == nil {
		t.Error("server still answers after Close")
	}
}

// rss is the part of an RSS 2.0 document the tests read.
type rss struct {
	Channel struct {
		Title string `xml:"title"`
		Link  string `xml:"link"`
		Items []struct {
			Title       string `xml:"title"`
			Link        string `xml:"link"`
			GUID        string `xml:"guid"`
			PubDate     string `xml:"pubDate"`
			Description string `xml:"description"`
		} `xml:"item"`
	} `xml:"channel"`
}

func TestFeedItemsResolveAndFallOnSampleDays(t *testing.T) {
	kyiv, err := time.LoadLocation("Europe/Kyiv")
	if err != nil {
		t.Fatalf("load Europe/Kyiv: %v", err)
	}
	days := demo.Days()
	first, last := days[0], days[len(days)-1]
	tests := []struct {
		path      string
		minItems  int
		linkUnder string
	}{
		{demo.FeedPath, 10, "/articles/"},
		{demo.OfficialPath, 5, "/official/"},
	}
	s := startServer(t)
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			var feed rss
			if err := xml.Unmarshal([]byte(get(t, s.URL()+tc.path).body), &feed); err != nil {
				t.Fatalf("parse %s: %v", tc.path, err)
			}
			if n := len(feed.Channel.Items); n < tc.minItems {
				t.Fatalf("%s has %d items, want at least %d", tc.path, n, tc.minItems)
			}
			onDay := map[string]int{}
			guids := map[string]bool{}
			for _, it := range feed.Channel.Items {
				if it.Title == "" || it.Description == "" || it.GUID == "" || guids[it.GUID] {
					t.Errorf("item %q: empty title, description or guid, or a repeated guid", it.Link)
				}
				guids[it.GUID] = true
				pub, err := time.Parse(time.RFC1123Z, it.PubDate)
				if err != nil {
					t.Errorf("item %q: pubDate %q: %v", it.Link, it.PubDate, err)
					continue
				}
				local := pub.In(kyiv)
				day := time.Date(local.Year(), local.Month(), local.Day(), 0, 0, 0, 0, time.UTC)
				if day.Before(first) || day.After(last) || local.Hour() < 5 || local.Hour() >= 22 {
					t.Errorf("item %q: published %s Kyiv time, want 05:00–22:00 on the sample days", it.Link, local)
				}
				onDay[day.Format(time.DateOnly)]++
				if !strings.HasPrefix(it.Link, s.URL()+tc.linkUnder) {
					t.Errorf("item link %q is not under %s%s", it.Link, s.URL(), tc.linkUnder)
					continue
				}
				r := get(t, it.Link)
				if r.status != http.StatusOK || !strings.HasPrefix(r.header.Get("Content-Type"), "text/html") {
					t.Errorf("GET %s: status %d, Content-Type %q", it.Link, r.status, r.header.Get("Content-Type"))
				}
				u, _ := url.Parse(it.Link)
				if got := s.Hits(u.Path); got != 1 {
					t.Errorf("Hits(%s) = %d, want 1", u.Path, got)
				}
			}
			for _, d := range days {
				if onDay[d.Format(time.DateOnly)] == 0 {
					t.Errorf("%s has no item published on %s", tc.path, d.Format(time.DateOnly))
				}
			}
		})
	}
}

var (
	canonicalRE = regexp.MustCompile(`<link rel="canonical" href="([^"]+)">`)
	hrefRE      = regexp.MustCompile(`href="([^"]+)"`)
	paragraphRE = regexp.MustCompile(`(?s)<p>.*?</p>`)
)

func TestPagesHaveCanonicalAndStructure(t *testing.T) {
	s := startServer(t)
	for _, p := range sitePaths(t) {
		if !strings.HasPrefix(p, "/articles/") && !strings.HasPrefix(p, "/official/") {
			continue
		}
		r := get(t, s.URL()+p)
		m := canonicalRE.FindStringSubmatch(r.body)
		if m == nil || m[1] != s.URL()+p {
			t.Errorf("%s: canonical %v, want %s", p, m, s.URL()+p)
		}
		if strings.Count(r.body, "<h1>") != 1 || !strings.Contains(r.body, "<time datetime=") {
			t.Errorf("%s: want one <h1> and a <time>", p)
		}
		if !strings.HasPrefix(p, "/articles/") {
			continue
		}
		body := storyBody(r.body)
		if n := len(paragraphRE.FindAllString(body, -1)); n < 5 || n > 12 {
			t.Errorf("%s: %d paragraphs in the story body, want 5–12", p, n)
		}
		for _, marker := range []string{`class="ticker breaking"`, `<nav class="main-nav"`, "Read also:",
			`class="share"`, "Related stories", `class="newsletter"`, "<footer", `property="og:title"`,
			`name="description"`, `class="byline"`} {
			if !strings.Contains(r.body, marker) {
				t.Errorf("%s: page lacks %q", p, marker)
			}
		}
	}
}

func TestInternalLinksResolve(t *testing.T) {
	s := startServer(t)
	checked := map[string]bool{}
	for _, p := range sitePaths(t) {
		if !strings.HasSuffix(p, ".html") {
			continue
		}
		for _, m := range hrefRE.FindAllStringSubmatch(get(t, s.URL()+p).body, -1) {
			u, err := url.Parse(m[1])
			if err != nil {
				t.Errorf("%s: bad href %q: %v", p, m[1], err)
				continue
			}
			if u.Scheme+"://"+u.Host != s.URL() || checked[u.Path] {
				continue // external share links are never fetched
			}
			checked[u.Path] = true
			if r := get(t, s.URL()+u.Path); r.status != http.StatusOK {
				t.Errorf("%s links to %s: status %d", p, u.Path, r.status)
			}
		}
	}
	if len(checked) < 15 {
		t.Errorf("only %d internal links found, want the pages to link each other", len(checked))
	}
}

func TestDays(t *testing.T) {
	got := demo.Days()
	want := []string{"2025-11-14", "2025-11-15"}
	if len(got) != len(want) {
		t.Fatalf("Days() = %v, want %v", got, want)
	}
	for i, d := range got {
		if d.Format(time.DateOnly) != want[i] || d.Location() != time.UTC || d.Hour() != 0 {
			t.Errorf("Days()[%d] = %v, want %s at midnight UTC", i, d, want[i])
		}
	}
}

// storyBody returns the article body: the text from the story-body block to
// the share buttons, or "" when the page has no story-body block.
func storyBody(page string) string {
	_, rest, ok := strings.Cut(page, `<div class="story-body">`)
	if !ok {
		return ""
	}
	body, _, _ := strings.Cut(rest, `<div class="share"`)
	return body
}
