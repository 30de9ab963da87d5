package telegram

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"sitrep/config"
	"sitrep/scrapers"
	"sitrep/scrapers/fetch"
)

// base is the time of post 291, the oldest post of the test channel; post
// n is (n-291) hours later.
var base = time.Date(2025, 11, 14, 0, 0, 0, 0, time.UTC)

func postTimeOf(id int) time.Time { return base.Add(time.Duration(id-291) * time.Hour) }

// channelPage renders ids (oldest first) in t.me markup, with a "more" link
// to before when it is not "".
func channelPage(ids []int, before string) string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>Sample – Telegram</title></head><body>`)
	b.WriteString(`<main class="tgme_main"><section class="tgme_channel_history js-message_history">`)
	if before != "" {
		fmt.Fprintf(&b, `<div class="tgme_widget_message_centered js-messages_more_wrap"><a href="/s/sample_af?before=%[1]s" class="tme_messages_more js-messages_more" data-before="%[1]s"></a></div>`, before)
	}
	for _, id := range ids {
		text := fmt.Sprintf("Зразкове повідомлення %d<br/>друга лінія", id)
		class := "tgme_widget_message js-widget_message"
		if id == 303 {
			class += " service_message"
			text = "Channel photo updated"
		}
		if id == 302 {
			text = "" // a bare photo: no document
		}
		fmt.Fprintf(&b, `<div class="tgme_widget_message_wrap"><div class="%s" data-post="sample_af/%d"><div class="tgme_widget_message_bubble">`, class, id)
		if text != "" {
			fmt.Fprintf(&b, `<div class="tgme_widget_message_text js-message_text" dir="auto">%s</div>`, text)
		}
		fmt.Fprintf(&b, `<div class="tgme_widget_message_footer"><span class="tgme_widget_message_views">1K</span><span class="tgme_widget_message_meta"><a class="tgme_widget_message_date" href="https://t.me/sample_af/%d"><time datetime="%s">x</time></a></span></div>`,
			id, postTimeOf(id).Format(time.RFC3339))
		b.WriteString(`</div></div></div>`)
	}
	b.WriteString(`</section></main></body></html>`)
	return b.String()
}

func span(from, to int) []int {
	var ids []int
	for i := from; i <= to; i++ {
		ids = append(ids, i)
	}
	return ids
}

// channelSite serves three pages chained by before and counts requests per
// URL (path and query).
type channelSite struct {
	srv   *httptest.Server
	mu    sync.Mutex
	hits  map[string]int
	pages map[string]string
	fail  map[string]int // status to answer instead
}

func newChannelSite(t *testing.T) *channelSite {
	t.Helper()
	s := &channelSite{hits: map[string]int{}, fail: map[string]int{}, pages: map[string]string{
		"":    channelPage(span(301, 305), "301"),
		"301": channelPage(span(296, 300), "296"),
		"296": channelPage(span(291, 295), ""),
	}}
	s.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits[r.URL.RequestURI()]++
		s.mu.Unlock()
		before := r.URL.Query().Get("before")
		if r.URL.Path != "/s/sample_af" {
			http.NotFound(w, r)
			return
		}
		if code := s.fail[before]; code != 0 {
			http.Error(w, "down", code)
			return
		}
		page, ok := s.pages[before]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page)
	}))
	t.Cleanup(s.srv.Close)
	return s
}

func (s *channelSite) requested() map[string]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return maps(s.hits)
}

func maps(m map[string]int) map[string]int {
	out := make(map[string]int, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// recorder collects the fetch client's waits, which return at once.
type recorder struct {
	mu     sync.Mutex
	waits  []time.Duration
	onWait func()
}

func (r *recorder) sleep(ctx context.Context, d time.Duration) error {
	r.mu.Lock()
	r.waits = append(r.waits, d)
	hook := r.onWait
	r.mu.Unlock()
	if hook != nil {
		hook()
	}
	return ctx.Err()
}

func (r *recorder) slept() []time.Duration {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.waits)
}

// newTestSource builds a source whose client never waits for real: its
// clock stands still, so every gap between two pages is the full
// page_delay, recorded by the returned recorder.
func newTestSource(t *testing.T, url string, mutate func(*config.Source)) (*Source, *recorder) {
	t.Helper()
	delay := 3 * time.Second
	cfg := config.Source{Name: "af", Kind: Kind, URL: url, Authority: config.AuthorityAirForce,
		Publisher: "Sample Air Command", MaxPages: 5, PageDelay: &delay, Timeout: 5 * time.Second}
	if mutate != nil {
		mutate(&cfg)
	}
	rec := &recorder{}
	clock := func() time.Time { return base.Add(48 * time.Hour) }
	client := fetch.New(fetch.Options{RobotsOff: true, Jitter: -1, Sleep: rec.sleep, Now: clock})
	src, err := New(cfg, client, nil)
	if err != nil {
		t.Fatal(err)
	}
	src.SetClock(clock)
	return src, rec
}

func seenUpTo(max int) func(string) bool {
	return func(id string) bool {
		var n int
		_, err := fmt.Sscanf(id, "sample_af/%d", &n)
		return err == nil && n <= max
	}
}

func TestScrapePaging(t *testing.T) {
	const first, second, third = "/s/sample_af", "/s/sample_af?before=301", "/s/sample_af?before=296"
	tests := []struct {
		name     string
		mutate   func(*config.Source)
		req      scrapers.Request
		wantIDs  []int // document ids in order
		wantURLs []string
		sleeps   int
	}{
		{name: "whole channel",
			wantIDs:  []int{301, 304, 305, 296, 297, 298, 299, 300, 291, 292, 293, 294, 295},
			wantURLs: []string{first, second, third}, sleeps: 2},
		{name: "stops at the stored id",
			req:      scrapers.Request{Seen: seenUpTo(300)},
			wantIDs:  []int{301, 304, 305},
			wantURLs: []string{first, second}, sleeps: 1},
		{name: "newest page re-read for edits even when all seen",
			req:      scrapers.Request{Seen: seenUpTo(305)},
			wantIDs:  []int{301, 304, 305},
			wantURLs: []string{first}},
		{name: "unstored bare photo and service message do not keep paging going",
			req:      scrapers.Request{Seen: func(id string) bool { return id != "sample_af/302" && id != "sample_af/303" }},
			wantIDs:  []int{301, 304, 305},
			wantURLs: []string{first}},
		{name: "stops at From",
			req:      scrapers.Request{From: postTimeOf(298)},
			wantIDs:  []int{301, 304, 305, 298, 299, 300},
			wantURLs: []string{first, second}, sleeps: 1},
		{name: "To leaves out newer posts",
			req:      scrapers.Request{From: postTimeOf(298), To: postTimeOf(304)},
			wantIDs:  []int{301, 298, 299, 300},
			wantURLs: []string{first, second}, sleeps: 1},
		{name: "page cap",
			mutate:   func(c *config.Source) { c.MaxPages = 2 },
			wantIDs:  []int{301, 304, 305, 296, 297, 298, 299, 300},
			wantURLs: []string{first, second}, sleeps: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			site := newChannelSite(t)
			src, rec := newTestSource(t, site.srv.URL+"/s/sample_af", tt.mutate)
			res, err := src.Scrape(context.Background(), tt.req)
			if err != nil {
				t.Fatal(err)
			}
			var got []int
			for _, d := range res.Documents {
				var n int
				fmt.Sscanf(d.ExternalID, "sample_af/%d", &n)
				got = append(got, n)
			}
			if !slices.Equal(got, tt.wantIDs) {
				t.Errorf("documents %v, want %v", got, tt.wantIDs)
			}
			hits := site.requested()
			for _, u := range tt.wantURLs {
				if hits[u] != 1 {
					t.Errorf("%s requested %d times, want once (requests %v)", u, hits[u], hits)
				}
			}
			if len(hits) != len(tt.wantURLs) {
				t.Errorf("requests %v, want exactly %v", hits, tt.wantURLs)
			}
			slept := rec.slept()
			if len(slept) != tt.sleeps || slices.ContainsFunc(slept, func(d time.Duration) bool { return d != 3*time.Second }) {
				t.Errorf("the client paused %v, want %d pauses of 3s (page_delay)", slept, tt.sleeps)
			}
			if len(res.ItemErrors) != 0 {
				t.Errorf("item errors %v", res.ItemErrors)
			}
		})
	}
}

func TestScrapeDocument(t *testing.T) {
	site := newChannelSite(t)
	src, _ := newTestSource(t, site.srv.URL+"/s/sample_af", func(c *config.Source) { c.MaxPages = 1 })
	res, err := src.Scrape(context.Background(), scrapers.Request{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Documents) != 3 {
		t.Fatalf("%d documents, want 3 (the service message and the bare photo are left out)", len(res.Documents))
	}
	d := res.Documents[len(res.Documents)-1]
	checks := []struct{ field, got, want string }{
		{"external id", d.ExternalID, "sample_af/305"},
		{"url", d.URL, "https://t.me/sample_af/305"},
		{"title", d.Title, "Зразкове повідомлення 305"},
		{"text", d.Text, "Зразкове повідомлення 305\nдруга лінія"},
		{"lang", d.Lang, "uk"},
		{"published", d.Published.Format(time.RFC3339), postTimeOf(305).Format(time.RFC3339)},
		{"fetched", d.Fetched.Format(time.RFC3339), base.Add(48 * time.Hour).Format(time.RFC3339)},
		{"authority", d.Authority, config.AuthorityAirForce},
		{"publisher", d.Publisher, "Sample Air Command"},
		{"source", d.Source, "af"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.field, c.got, c.want)
		}
	}
	if !strings.HasPrefix(string(d.Raw), `<div class="tgme_widget_message js-widget_message" data-post="sample_af/305">`) {
		t.Errorf("raw is not the post's outer HTML: %.120s", d.Raw)
	}
}

func TestScrapeFailures(t *testing.T) {
	tests := []struct {
		name      string
		page      string // page to break: "" the newest, or a before cursor
		status    int
		body      string
		wantErr   error
		wantKind  fetch.Kind // of the *fetch.Error, when set
		wantDocs  int
		itemErrs  int
		cancelled bool
	}{
		{name: "newest page down", page: "", status: http.StatusServiceUnavailable, wantErr: errAny, wantKind: fetch.KindStatus},
		{name: "contact page", page: "", body: "<html><body><div class=\"tgme_page\">Contact @sample_af</div></body></html>", wantErr: ErrUnavailable},
		{name: "rate limited", page: "", body: "<html><body>Too many requests</body></html>", wantErr: ErrRateLimited},
		{name: "older page down", page: "301", status: http.StatusBadGateway, wantDocs: 3, itemErrs: 1},
		{name: "cursor does not move back", page: "301", body: channelPage(span(296, 300), "400"), wantDocs: 8, itemErrs: 1},
		{name: "page cut short", page: "", body: strings.TrimSuffix(channelPage(span(301, 305), "301"), "</html>"), wantErr: errAny, wantKind: fetch.KindMarkup},
		{name: "cancelled while pausing", cancelled: true, wantErr: context.Canceled, wantDocs: 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			site := newChannelSite(t)
			switch {
			case tt.status != 0:
				site.fail[tt.page] = tt.status
			case tt.body != "":
				site.pages[tt.page] = tt.body
			}
			src, rec := newTestSource(t, site.srv.URL+"/s/sample_af", nil)
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			if tt.cancelled {
				rec.onWait = cancel
			}
			res, err := src.Scrape(ctx, scrapers.Request{})
			switch {
			case tt.wantErr == errAny && err == nil, tt.wantErr != errAny && tt.wantErr != nil && !errors.Is(err, tt.wantErr):
				t.Fatalf("error %v, want %v", err, tt.wantErr)
			case tt.wantErr == nil && err != nil:
				t.Fatalf("error %v, want none", err)
			}
			var fe *fetch.Error
			if tt.wantKind != "" && (!errors.As(err, &fe) || fe.Kind != tt.wantKind) {
				t.Errorf("error %v, want a fetch error of kind %s", err, tt.wantKind)
			}
			if len(res.Documents) != tt.wantDocs || len(res.ItemErrors) != tt.itemErrs {
				t.Errorf("%d documents, %d item errors (%v); want %d, %d", len(res.Documents), len(res.ItemErrors), res.ItemErrors, tt.wantDocs, tt.itemErrs)
			}
		})
	}
}

// errAny stands for "some error" in the failure table.
var errAny = errors.New("any error")

func TestNewRejectsNonPreviewURL(t *testing.T) {
	if _, err := New(config.Source{Name: "x", URL: "https://t.me/kpszsu"}, fetch.New(fetch.Options{}), nil); err == nil {
		t.Fatal("New accepted a URL without /s/<channel>")
	}
}

func TestHostDelay(t *testing.T) {
	zero, five := time.Duration(0), 5*time.Second
	tests := []struct {
		name  string
		delay *time.Duration
		want  time.Duration
	}{
		{"unset keeps the client's gap", nil, 0},
		{"explicit zero asks for none", &zero, -1},
		{"a delay is the gap", &five, five},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := (config.Source{PageDelay: tt.delay}).HostDelay(); got != tt.want {
				t.Errorf("HostDelay = %s, want %s", got, tt.want)
			}
		})
	}
}
