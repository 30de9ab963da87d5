package web

import (
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestParseListingGolden(t *testing.T) {
	council, _ := url.Parse("https://council.example.eu/en/press/press-releases/")
	ministry, _ := url.Parse("https://mfa.example.gov.ua/news")
	tests := []struct {
		file  string
		base  *url.URL
		rules Rules
	}{
		{"council_listing_1.html", council, mustRules(t, councilWeb())},
		{"council_listing_2.html", council, mustRules(t, councilWeb())},
		{"council_listing_3.html", council, mustRules(t, councilWeb())},
		{"ministry_listing_1.html", ministry, mustRules(t, ministryWeb("https://mfa.example.gov.ua"))},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			l, err := ParseListing(readUTF8(t, tt.file), tt.base, tt.rules)
			if err != nil {
				t.Fatal(err)
			}
			checkGolden(t, strings.TrimSuffix(tt.file, ".html"), l)
		})
	}
}

// TestParseListingFacts pins what the golden files must show, so that an
// -update cannot bless a regression: dates in the site's zone, tracking
// parameters gone, Ukrainian text intact after windows-1251.
func TestParseListingFacts(t *testing.T) {
	base, _ := url.Parse("https://council.example.eu/en/press/press-releases/")
	l, err := ParseListing(readUTF8(t, "council_listing_1.html"), base, mustRules(t, councilWeb()))
	if err != nil {
		t.Fatal(err)
	}
	first := l.Items[0]
	brussels := time.Date(2025, 11, 13, 23, 0, 0, 0, time.UTC) // 14 November, 00:00 CET
	if first.URL != "https://council.example.eu/en/press/press-releases/2025/11/14/sample-council-extends-measures/" ||
		!first.Published.Equal(brussels) || !first.DateOnly || len(l.Items) != 3 ||
		l.Next != "https://council.example.eu/en/press/press-releases/?page=2" {
		t.Errorf("council page 1: %+v, next %q", first, l.Next)
	}
	mbase, _ := url.Parse("https://mfa.example.gov.ua/news")
	m, err := ParseListing(readUTF8(t, "ministry_listing_1.html"), mbase, mustRules(t, ministryWeb("https://x")))
	if err != nil {
		t.Fatal(err)
	}
	if m.Items[0].Title != "Міністр провів зустріч з послами країн-партнерів" ||
		!m.Items[0].Published.Equal(time.Date(2025, 11, 13, 22, 0, 0, 0, time.UTC)) || m.Next != "" {
		t.Errorf("ministry page 1: %+v", m.Items[0])
	}
}

func TestParseListingLayoutChanged(t *testing.T) {
	base, _ := url.Parse("https://council.example.eu/en/press/press-releases/")
	tests := []struct {
		name, file string
		mutate     func(*Rules)
		wantMsg    string
	}{
		{"renamed item class", "council_layout_changed.html", nil,
			`item selector "ul.council-list li.list-item" matched nothing: layout changed?`},
		{"links gone", "council_listing_1.html", func(r *Rules) { r.List.Link = "h4 a" },
			`link selector "h4 a" matched nothing: layout changed?`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := mustRules(t, councilWeb())
			if tt.mutate != nil {
				tt.mutate(&r)
			}
			l, err := ParseListing(readUTF8(t, tt.file), base, r)
			if !errors.Is(err, ErrLayoutChanged) || err.Error() != tt.wantMsg {
				t.Errorf("ParseListing = %d items, %v; want %q", len(l.Items), err, tt.wantMsg)
			}
		})
	}
}

func TestParseListingItemProblems(t *testing.T) {
	page := []byte(`<html><body><ul>
<li class="r"><a href="/a">A</a><span class="d">14 November 2025</span></li>
<li class="r"><span class="d">13 November 2025</span></li>
<li class="r"><a href="/c">C</a><span class="d">the thirteenth</span></li>
</ul></body></html>`)
	r := mustRules(t, councilWeb())
	r.List.Item, r.List.Link, r.List.Date = "li.r", "a", "span.d"
	base, _ := url.Parse("https://x.example/")
	l, err := ParseListing(page, base, r)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct{ url, problem string }{
		{"https://x.example/a", ""},
		{"", `link selector "a" matched nothing in this item`},
		{"https://x.example/c", `parse date "the thirteenth"`},
	}
	for i, w := range want {
		it := l.Items[i]
		if it.URL != w.url || !strings.HasPrefix(it.Problem, w.problem) || (w.problem == "") != (it.Problem == "") {
			t.Errorf("item %d = %q, problem %q; want %q, %q", i, it.URL, it.Problem, w.url, w.problem)
		}
	}
}

func TestParseArticleGolden(t *testing.T) {
	tests := []struct {
		file  string
		rules Rules
	}{
		{"council_release_sample-council-extends-measures.html", mustRules(t, councilWeb())},
		{"ministry_news_1234.html", mustRules(t, ministryWeb("https://x"))},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			a, err := ParseArticle(readUTF8(t, tt.file), tt.rules)
			if err != nil {
				t.Fatal(err)
			}
			if a.Text == "" || a.Title == "" || a.Published.IsZero() || strings.Contains(a.Text, "Press office") {
				t.Errorf("article %+v lacks text, title or date, or took the aside", a)
			}
			checkGolden(t, strings.TrimSuffix(tt.file, ".html"), a)
		})
	}
}

func TestParseArticleBodyMissing(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "council_release_sample-visit.html"))
	if err != nil {
		t.Fatal(err)
	}
	r := mustRules(t, councilWeb())
	r.Article.Body = "div.release-text"
	if _, err := ParseArticle(b, r); !errors.Is(err, ErrLayoutChanged) {
		t.Errorf("ParseArticle error %v, want ErrLayoutChanged", err)
	}
}
