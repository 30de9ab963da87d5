package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestPathResolution(t *testing.T) {
	tests := []struct {
		name, database, reports, wantDB, wantReports string
	}{
		{"relative", "sitrep.duckdb", "out/reports", "sitrep.duckdb", "out/reports"},
		{"absolute kept", "/var/lib/sitrep.duckdb", "/srv/reports", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "sitrep.yaml")
			body := "database: " + tt.database + "\nreports_dir: " + tt.reports +
				"\nsources:\n  - {name: a, kind: feed, url: 'https://a.example.org/'}\n"
			if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
				t.Fatal(err)
			}
			c, err := LoadWithEnv(path, nil)
			if err != nil {
				t.Fatal(err)
			}
			wantDB, wantReports := tt.database, tt.reports
			if tt.wantDB != "" {
				wantDB, wantReports = filepath.Join(dir, tt.wantDB), filepath.Join(dir, tt.wantReports)
			}
			if c.Database != wantDB || c.ReportsDir != wantReports || c.Path != path {
				t.Errorf("database %q, reports %q, path %q; want %q, %q, %q", c.Database, c.ReportsDir, c.Path, wantDB, wantReports, path)
			}
		})
	}
}

func TestParseLeavesPathsAlone(t *testing.T) {
	data, err := os.ReadFile("testdata/email.good.yaml")
	if err != nil {
		t.Fatal(err)
	}
	c, err := Parse(data, "somewhere/else.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if c.Database != "sitrep.duckdb" || c.ReportsDir != "out/reports" {
		t.Errorf("database %q, reports %q; want them as written", c.Database, c.ReportsDir)
	}
}

func TestLoadMissingFile(t *testing.T) {
	_, err := LoadWithEnv(filepath.Join(t.TempDir(), "absent.yaml"), nil)
	if !errors.Is(err, os.ErrNotExist) || !strings.Contains(err.Error(), "read config") {
		t.Errorf("error = %v; want a wrapped not-exist error", err)
	}
}

func TestPasswordFromEnv(t *testing.T) {
	tests := []struct {
		name, file   string
		env          map[string]string
		wantPassword string
		wantCheck    string
	}{
		{"default variable", "email.good.yaml", map[string]string{"SITREP_SMTP_PASSWORD": "s3cret"}, "s3cret", ""},
		{"named variable", "full.good.yaml", map[string]string{"EXAMPLE_SMTP_PASSWORD": "other", "SITREP_SMTP_PASSWORD": "wrong"}, "other", ""},
		{"unset with username", "email.good.yaml", nil, "", `email.good.yaml:14: email.smtp.username: is set but the environment variable SITREP_SMTP_PASSWORD`},
		{"unset without email", "minimal.good.yaml", nil, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lookup := func(k string) (string, bool) { v, ok := tt.env[k]; return v, ok }
			c, err := LoadWithEnv(filepath.Join("testdata", tt.file), lookup)
			if err != nil {
				t.Fatal(err)
			}
			if c.Email.SMTP.Password != tt.wantPassword {
				t.Errorf("password = %q; want %q", c.Email.SMTP.Password, tt.wantPassword)
			}
			err = c.CheckSecrets()
			if (err == nil) != (tt.wantCheck == "") || (err != nil && !strings.Contains(err.Error(), tt.wantCheck)) {
				t.Errorf("CheckSecrets() = %v; want %q", err, tt.wantCheck)
			}
		})
	}
}

func TestAllProblemsReported(t *testing.T) {
	data := []byte(`timezone: Nowhere/City
sources:
  - name: a
    kind: rss
    url: https://a.example.org/
  - name: a
    kind: feed
    url: nope
`)
	_, err := Parse(data, "many.yaml")
	if err == nil {
		t.Fatal("no error")
	}
	want := []string{
		`many.yaml:1: timezone: unknown time zone "Nowhere/City"`,
		`many.yaml:4: sources[0] ("a"): kind: unknown kind "rss"`,
		`many.yaml:6: sources[1] ("a"): name: "a" is already used by sources[0] at line 3`,
		`many.yaml:8: sources[1] ("a"): url: must be an absolute http(s) URL, got "nope"`,
	}
	lines := strings.Split(err.Error(), "\n")
	if len(lines) != len(want) {
		t.Fatalf("got %d lines, want %d:\n%v", len(lines), len(want), err)
	}
	for i := range want {
		if !strings.HasPrefix(lines[i], want[i]) {
			t.Errorf("line %d = %q; want it to start with %q", i, lines[i], want[i])
		}
	}
}

func TestValidateWithoutFile(t *testing.T) {
	c := Default()
	c.Fetch.UserAgent = "test/1"
	c.Sources = []Source{{Name: "x", Kind: KindFeed, URL: "gopher://x", Authority: AuthorityMedia}}
	err := c.Validate()
	want := `sources[0] ("x"): url: must be an absolute http(s) URL, got "gopher://x"`
	if err == nil || err.Error() != want {
		t.Errorf("Validate() = %v; want exactly %q", err, want)
	}
}
