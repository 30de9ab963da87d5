package reports

import (
	"strings"
	"testing"
)

func TestLinkTarget(t *testing.T) {
	tests := map[string]struct {
		in   string
		ok   bool
		want string
	}{
		"https":              {"https://kyiv.example.org/a?b=1", true, "https://kyiv.example.org/a?b=1"},
		"http upper scheme":  {"HTTP://example.org/", true, "HTTP://example.org/"},
		"spaces trimmed":     {"  https://example.org/x ", true, "https://example.org/x"},
		"empty":              {"", false, ""},
		"javascript":         {"javascript:alert(1)", false, ""},
		"file":               {"file:///etc/passwd", false, ""},
		"mailto":             {"mailto:press@example.org", false, ""},
		"relative":           {"/news/1", false, ""},
		"no host":            {"https:///path", false, ""},
		"control character":  {"https://example.org/\x01x", false, ""},
		"too long for Excel": {"https://example.org/" + strings.Repeat("a", maxLinkChars), false, ""},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			got, ok := linkTarget(tc.in)
			if ok != tc.ok || got != tc.want {
				t.Errorf("linkTarget(%q) = %q, %v; want %q, %v", abbrev(tc.in), got, ok, tc.want, tc.ok)
			}
		})
	}
}

func TestLinkLabel(t *testing.T) {
	tests := map[string]struct {
		title, want string
	}{
		"title":                {"German aid", "German aid"},
		"no title":             {"", "https://example.org/a"},
		"only control symbols": {"\x01\x02", "https://example.org/a"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := linkLabel(tc.title, "https://example.org/a"); got != tc.want {
				t.Errorf("linkLabel(%q) = %q, want %q", tc.title, got, tc.want)
			}
		})
	}
}

func TestPlainLink(t *testing.T) {
	tests := map[string]struct {
		title, url, want string
	}{
		"title and url": {"Decree", "ftp://x.example/d", "Decree <ftp://x.example/d>"},
		"title only":    {"Decree", "", "Decree"},
		"url only":      {"", "ftp://x.example/d", "ftp://x.example/d"},
		"neither":       {" ", " ", ""},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := plainLink(tc.title, tc.url); got != tc.want {
				t.Errorf("plainLink = %q, want %q", got, tc.want)
			}
		})
	}
}
