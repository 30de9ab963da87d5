package feed

import (
	"net/url"
	"testing"
)

func TestCleanURL(t *testing.T) {
	base, err := url.Parse("https://news.example.org/feed/rss.xml")
	if err != nil {
		t.Fatal(err)
	}
	tests := map[string]struct {
		raw  string
		base *url.URL
		want string
	}{
		"already clean":           {"https://news.example.org/a/b", base, "https://news.example.org/a/b"},
		"host lower-cased":        {"https://NEWS.Example.ORG/A", base, "https://news.example.org/A"},
		"fragment removed":        {"https://news.example.org/a#comments", base, "https://news.example.org/a"},
		"utm removed, order kept": {"https://x.example/a?b=2&utm_source=rss&a=1&UTM_Medium=x", base, "https://x.example/a?b=2&a=1"},
		"click ids removed":       {"https://x.example/a?fbclid=1&gclid=2&id=9", base, "https://x.example/a?id=9"},
		"only tracking":           {"https://x.example/a?utm_campaign=z", base, "https://x.example/a"},
		"relative path":           {"../2025/story", base, "https://news.example.org/2025/story"},
		"root relative":           {"/story?id=1", base, "https://news.example.org/story?id=1"},
		"relative without base":   {"/story", nil, ""},
		"javascript scheme":       {"javascript:alert(1)", base, ""},
		"mailto":                  {"mailto:desk@example.org", base, ""},
		"empty":                   {"  ", base, ""},
		"unparseable":             {"http://[::1", base, ""},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := CleanURL(tc.raw, tc.base); got != tc.want {
				t.Errorf("CleanURL(%q) = %q, want %q", tc.raw, got, tc.want)
			}
		})
	}
}
