package config

import (
	"testing"
	"time"
)

func TestDefaultsApplied(t *testing.T) {
	c, err := LoadWithEnv("testdata/minimal.good.yaml", nil)
	if err != nil {
		t.Fatal(err)
	}
	s := c.Sources[0]
	tests := []struct {
		name      string
		got, want any
	}{
		{"timezone", c.TimeZone, "Europe/Kyiv"},
		{"location", c.Location.String(), "Europe/Kyiv"},
		{"memory limit", c.Store.MemoryLimit, "1GB"},
		{"threads", c.Store.Threads, 2},
		{"timeout", c.Fetch.Timeout, 30 * time.Second},
		{"max body", c.Fetch.MaxBodyBytes, 15 * MiB},
		{"max redirects", c.Fetch.MaxRedirects, 10},
		{"max items", c.Fetch.MaxItems, 100},
		{"user agent without contact", c.Fetch.UserAgent, "sitrep/" + Version},
		{"authority", s.Authority, AuthorityMedia},
		{"publisher is name", s.Publisher, "wire"},
		{"enabled", s.IsEnabled(), true},
		{"fetch articles", s.FetchesArticles(), true},
		{"subject", c.Email.Subject, DefaultSubject},
		{"smtp port", c.Email.SMTP.Port, 587},
		{"smtp tls", c.Email.SMTP.TLS, "starttls"},
		{"password env", c.Email.SMTP.PasswordEnv, "SITREP_SMTP_PASSWORD"},
		{"smtp timeout", c.Email.SMTP.Timeout, 30 * time.Second},
		{"max message", c.Email.MaxMessageBytes, 20 * MiB},
		{"source line", s.Line, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %v; want %v", tt.got, tt.want)
			}
		})
	}
}

func TestNullSectionsKeepDefaults(t *testing.T) {
	c, err := LoadWithEnv("testdata/nulls.good.yaml", nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.Fetch.MaxRedirects != DefaultMaxRedirects || c.Store.Threads != DefaultThreads || c.Email.SMTP.Port != DefaultSMTPPort {
		t.Errorf("fetch %+v, store %+v, smtp port %d; want defaults", c.Fetch, c.Store, c.Email.SMTP.Port)
	}
}

func TestUserAgentWithContact(t *testing.T) {
	data := []byte("contact: https://ops.example.org\nsources:\n  - {name: a, kind: feed, url: 'https://a.example.org/'}\n")
	c, err := Parse(data, "ua.yaml")
	if err != nil {
		t.Fatal(err)
	}
	want := "sitrep/" + Version + " (+https://ops.example.org)"
	if c.Fetch.UserAgent != want || c.Sources[0].UserAgent != want {
		t.Errorf("user agents %q, %q; want %q", c.Fetch.UserAgent, c.Sources[0].UserAgent, want)
	}
}

func TestInheritance(t *testing.T) {
	c, err := LoadWithEnv("testdata/overrides.good.yaml", nil)
	if err != nil {
		t.Fatal(err)
	}
	inh, own := c.Sources[0], c.Sources[1]
	tests := []struct {
		name      string
		got, want any
	}{
		{"inherited timeout", inh.Timeout, 20 * time.Second},
		{"inherited body cap from integer", inh.MaxBodyBytes, ByteSize(4 << 20)},
		{"inherited redirects default", inh.MaxRedirects, DefaultMaxRedirects},
		{"inherited items", inh.MaxItems, 40},
		{"inherited user agent", inh.UserAgent, c.Fetch.UserAgent},
		{"own timeout", own.Timeout, 90 * time.Second},
		{"own body cap", own.MaxBodyBytes, 512 * KiB},
		{"own redirects", own.MaxRedirects, 1},
		{"own items", own.MaxItems, 7},
		{"own user agent", own.UserAgent, "special-agent/2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %v; want %v", tt.got, tt.want)
			}
		})
	}
}
