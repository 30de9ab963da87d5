package config

import (
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

func TestExampleLoads(t *testing.T) {
	c, err := LoadWithEnv("sitrep.example.yaml", nil)
	if err != nil {
		t.Fatalf("example: %v", err)
	}
	if len(c.Sources) < 14 {
		t.Errorf("example lists %d sources; want the 14 documented outlets", len(c.Sources))
	}
	official := 0
	for _, s := range c.Sources {
		if s.Authority == AuthorityOfficial {
			official++
		}
	}
	if official < 2 {
		t.Errorf("example has %d official sources; want at least 2", official)
	}
	// The mail settings must be valid too, so that enabling them is the only
	// change an operator needs.
	c.Email.Enabled = true
	if err := c.Validate(); err != nil {
		t.Errorf("example with email enabled: %v", err)
	}
}

// TestExampleDocumentsEveryKey fails when a field is added to Config without
// a line for it in sitrep.example.yaml.
func TestExampleDocumentsEveryKey(t *testing.T) {
	data, err := os.ReadFile("sitrep.example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range allKeys(reflect.TypeOf(Config{})) {
		t.Run(key, func(t *testing.T) {
			re := regexp.MustCompile(`(?m)^[\s#-]*(\S+, )*` + regexp.QuoteMeta(key) + `[:,]`)
			if !re.Match(data) {
				t.Errorf("key %q is not documented in sitrep.example.yaml", key)
			}
		})
	}
}

// allKeys lists the YAML keys of t and of the structs below it.
func allKeys(t reflect.Type) []string {
	var keys []string
	for i := range t.NumField() {
		f := t.Field(i)
		key := yamlKey(f)
		if key == "" {
			continue
		}
		keys = append(keys, key)
		ft := f.Type
		if ft.Kind() == reflect.Slice {
			ft = ft.Elem()
		}
		if ft.Kind() == reflect.Struct && ft.PkgPath() == t.PkgPath() {
			keys = append(keys, allKeys(ft)...)
		}
	}
	return keys
}

func TestDemo(t *testing.T) {
	c, err := Demo()
	if err != nil {
		t.Fatal(err)
	}
	if c.Path != "" || c.Database != "sitrep.duckdb" || c.ReportsDir != "." || c.Email.Enabled {
		t.Errorf("path %q, database %q, reports %q, email %v; want \"\", sitrep.duckdb, ., false", c.Path, c.Database, c.ReportsDir, c.Email.Enabled)
	}
	want := []struct{ name, kind, url, authority, publisher, lang string }{
		{"demo-wire", KindFeed, "http://demo.invalid/feed.xml", AuthorityMedia, "Demo Wire", "en"},
		{"demo-kcma", KindFeed, "http://demo.invalid/official.xml", AuthorityOfficial, "Kyiv City Military Administration (demo)", "en"},
		{"demo-airforce-telegram", KindTelegram, "http://demo.invalid/s/demo_airforce", AuthorityAirForce, "Air Force of Ukraine (demo channel)", "uk"},
		{"demo-kcma-telegram", KindTelegram, "http://demo.invalid/s/demo_kcma", AuthorityOfficial, "Kyiv City Military Administration (demo channel)", "uk"},
		{"demo-northland-mfa", KindWeb, "http://demo.invalid/press/", AuthorityOfficial, "Ministry of Foreign Affairs of Northland (demo)", "en"},
	}
	if len(c.Sources) != len(want) {
		t.Fatalf("demo has %d sources; want %d", len(c.Sources), len(want))
	}
	for i, w := range want {
		s := c.Sources[i]
		if s.Name != w.name || s.Kind != w.kind || s.URL != w.url || s.Authority != w.authority || s.Publisher != w.publisher || s.Lang != w.lang {
			t.Errorf("source %d = %+v; want %+v", i, s, w)
		}
		// The local demo site needs no pause between pages.
		if s.Kind != KindFeed && (s.PageDelay == nil || *s.PageDelay != 0) {
			t.Errorf("source %s: page_delay %v, want an explicit 0s", s.Name, s.PageDelay)
		}
	}
}

func TestMasked(t *testing.T) {
	tests := []struct {
		name, password, wantLine string
	}{
		{"password set", "hunter2", `password: "****"`},
		{"password unset", "", `password: ""`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lookup := func(string) (string, bool) { return tt.password, tt.password != "" }
			c, err := LoadWithEnv("testdata/full.good.yaml", lookup)
			if err != nil {
				t.Fatal(err)
			}
			out, err := c.Masked()
			if err != nil {
				t.Fatal(err)
			}
			text := string(out)
			if !strings.Contains(text, tt.wantLine) || (tt.password != "" && strings.Contains(text, tt.password)) {
				t.Errorf("masked output lacks %q or shows the secret:\n%s", tt.wantLine, text)
			}
			// Without the password line the output is a valid configuration
			// with the same effective values.
			back, err := Parse([]byte(strings.Replace(text, tt.wantLine, "", 1)), "masked.yaml")
			if err != nil {
				t.Fatalf("masked output does not load: %v", err)
			}
			if back.Sources[1].Timeout != c.Sources[1].Timeout || back.Fetch.MaxBodyBytes != c.Fetch.MaxBodyBytes || back.Sources[1].IsEnabled() {
				t.Errorf("round trip changed values: %+v", back.Sources[1])
			}
		})
	}
}
