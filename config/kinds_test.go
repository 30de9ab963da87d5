package config

import (
	"strings"
	"testing"
	"time"
)

func TestTelegramChannel(t *testing.T) {
	tests := map[string]string{
		"https://t.me/s/kpszsu":            "kpszsu",
		"https://t.me/s/VA_Kyiv/":          "VA_Kyiv",
		"http://demo.invalid/s/demo_kcma":  "demo_kcma",
		"https://t.me/kpszsu":              "",
		"https://t.me/s/kpszsu?before=100": "",
		"https://t.me/s/1abc":              "",
		"https://t.me/s/ab":                "",
		"https://t.me/s/kpszsu/123":        "",
	}
	for raw, want := range tests {
		t.Run(raw, func(t *testing.T) {
			if got := TelegramChannel(raw); got != want {
				t.Errorf("TelegramChannel(%q) = %q, want %q", raw, got, want)
			}
		})
	}
}

func TestKindDefaults(t *testing.T) {
	c, err := LoadWithEnv("testdata/telegram_web.good.yaml", nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		source   string
		pages    int
		delay    time.Duration
		timezone string
	}{
		{"air-force", 40, 5 * time.Second, ""},
		{"demo-channel", DefaultTelegramMaxPages, 0, ""},
		{"ministry", 10, time.Second, "Europe/Kyiv"},
		{"council", DefaultWebMaxPages, 0, DefaultTimeZone},
	}
	for _, tt := range tests {
		t.Run(tt.source, func(t *testing.T) {
			var s *Source
			for i := range c.Sources {
				if c.Sources[i].Name == tt.source {
					s = &c.Sources[i]
				}
			}
			if s == nil {
				t.Fatalf("no source %s", tt.source)
			}
			if s.MaxPages != tt.pages || s.Delay() != tt.delay || s.Web.TimeZone != tt.timezone {
				t.Errorf("max_pages %d, page_delay %s, web.timezone %q; want %d, %s, %q",
					s.MaxPages, s.Delay(), s.Web.TimeZone, tt.pages, tt.delay, tt.timezone)
			}
		})
	}
	if c.Sources[3].PageDelay != nil {
		t.Errorf("web source without page_delay: %v, want nil (the fetcher's gap)", *c.Sources[3].PageDelay)
	}
	// A telegram source without page_delay waits the default between pages.
	air, err := Parse([]byte("sources:\n  - name: air\n    kind: telegram\n    url: https://t.me/s/kpszsu\n"), "x.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if got := air.Sources[0].Delay(); got != DefaultTelegramPageDelay {
		t.Errorf("default telegram page_delay = %s, want %s", got, DefaultTelegramPageDelay)
	}
}

// TestMaskedRoundTripsPagingKinds checks that the effective configuration
// printed by "sitrep config check" loads again with the same paging and web
// values.
func TestMaskedRoundTripsPagingKinds(t *testing.T) {
	c, err := LoadWithEnv("testdata/telegram_web.good.yaml", nil)
	if err != nil {
		t.Fatal(err)
	}
	out, err := c.Masked()
	if err != nil {
		t.Fatal(err)
	}
	back, err := Parse([]byte(strings.Replace(string(out), `password: ""`, "", 1)), "masked.yaml")
	if err != nil {
		t.Fatalf("masked output does not load: %v\n%s", err, out)
	}
	for i, s := range c.Sources {
		b := back.Sources[i]
		if b.MaxPages != s.MaxPages || b.Delay() != s.Delay() || (b.PageDelay == nil) != (s.PageDelay == nil) || b.Web != s.Web {
			t.Errorf("source %s changed: %+v, want %+v", s.Name, b, s)
		}
	}
}
