package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// run executes the CLI in-process and returns its exit code and output.
func run(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := execute(args, &out, &errb)
	return code, out.String(), errb.String()
}

func writeFile(t *testing.T, dir, name, body string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestHelpExplainsEveryCommand(t *testing.T) {
	for _, cmd := range []string{"demo", "run", "report", "normalize", "extract", "config", "version"} {
		t.Run(cmd, func(t *testing.T) {
			code, out, _ := run(t, cmd, "--help")
			if code != exitOK || !strings.Contains(out, "Usage:") || len(out) < 200 {
				t.Fatalf("exit %d, help:\n%s", code, out)
			}
		})
	}
}

func TestUsageErrorsExitTwo(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"unknown flag", []string{"run", "--nope"}, "unknown flag"},
		{"bad date", []string{"report", "--config", "testdata/minimal.yaml", "--date", "14/11/2025"}, "YYYY-MM-DD"},
		{"missing config", []string{"run", "--config", "does-not-exist.yaml"}, "does-not-exist.yaml"},
		{"extract without file", []string{"extract"}, "takes 1 argument"},
		{"extract bad format", []string{"extract", "--format", "xml", "testdata/minimal.yaml"}, "--format"},
		{"bad log level", []string{"demo", "--log-level", "loud"}, "--log-level"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errOut := run(t, tc.args...)
			if code != exitUsage || !strings.Contains(errOut, tc.want) {
				t.Fatalf("exit %d, stderr %q; want exit 2 mentioning %q", code, errOut, tc.want)
			}
		})
	}
}

func TestConfigCheck(t *testing.T) {
	dir := t.TempDir()
	bad := writeFile(t, dir, "bad.yaml", "timezone: Europe/Kyiv\nsourcez: []\n")
	code, _, errOut := run(t, "config", "check", "--config", bad)
	if code != exitUsage || !strings.Contains(errOut, "bad.yaml:2") || !strings.Contains(errOut, "sourcez") {
		t.Fatalf("bad config: exit %d, %q", code, errOut)
	}
	t.Setenv("SITREP_SMTP_PASSWORD", "hunter2")
	code, out, errOut := run(t, "config", "check", "--config", "testdata/email.yaml")
	if code != exitOK || strings.Contains(out, "hunter2") || !strings.Contains(out, "****") {
		t.Fatalf("good config: exit %d, stderr %q, out:\n%s", code, errOut, out)
	}
}

func TestExtractPrintsTheContract(t *testing.T) {
	dir := t.TempDir()
	doc := writeFile(t, dir, "a.txt", "Russian drones struck Kharkiv overnight, killing at least two people and "+
		"injuring five, the regional governor said. A power substation was damaged.")
	code, out, errOut := run(t, "extract", "--published", "2025-11-14", doc)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got map[string]any
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	for _, k := range []string{"attacks", "diplomatic_actions", "territorial_claims"} {
		if _, ok := got[k]; !ok {
			t.Fatalf("key %s missing in %s", k, out)
		}
	}
	attacks := got["attacks"].([]any)
	if len(attacks) != 1 || attacks[0].(map[string]any)["city"] != "Kharkiv" {
		t.Fatalf("attacks = %v", attacks)
	}
	code, out, _ = run(t, "extract", "--format", "text", "--published", "2025-11-14", doc)
	if code != exitOK || !strings.Contains(out, "Kharkiv") {
		t.Fatalf("text format: exit %d\n%s", code, out)
	}
}

const feed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Test</title><link>%[1]s/</link><description>t</description>
<item><guid>k1</guid><title>Drones hit Kharkiv</title><link>%[1]s/k1.html</link>
<pubDate>Fri, 14 Nov 2025 08:00:00 +0000</pubDate>
<description>Russian drones struck Kharkiv overnight, killing two people and injuring five, the regional governor said.</description></item>
</channel></rss>`

func TestRunExitCodes(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/broken.xml" {
			http.Error(w, "gone", http.StatusGone)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, feed, "http://"+r.Host)
	}))
	defer srv.Close()
	dir := t.TempDir()
	cfgText := func(extra string) string {
		return fmt.Sprintf(`database: db.duckdb
reports_dir: reports
store: {memory_limit: 256MB, threads: 1}
sources:
  - name: wire
    kind: feed
    url: %s/feed.xml
    fetch_articles: false
%s`, srv.URL, extra)
	}
	good := writeFile(t, dir, "good.yaml", cfgText(""))
	code, out, errOut := run(t, "run", "--config", good, "--date", "2025-11-14", "--log-level", "error")
	if code != exitOK {
		t.Fatalf("run: exit %d\n%s\n%s", code, out, errOut)
	}
	if _, err := os.Stat(filepath.Join(dir, "reports", "sitrep-2025-11-14.xlsx")); err != nil {
		t.Fatalf("workbook missing: %v\n%s", err, out)
	}
	if !strings.Contains(out, "1 documents new") {
		t.Fatalf("run output: %s", out)
	}
	withBroken := writeFile(t, dir, "broken.yaml", cfgText(fmt.Sprintf(`  - name: broken
    kind: feed
    url: %s/broken.xml
`, srv.URL)))
	code, _, errOut = run(t, "run", "--config", withBroken, "--date", "2025-11-14", "--log-level", "error")
	if code != exitFailed || !strings.Contains(errOut, "broken") || !strings.Contains(errOut, "410") {
		t.Fatalf("run with a failing source: exit %d, stderr %q; want 1 naming the source", code, errOut)
	}
	code, out, errOut = run(t, "report", "--config", good, "--date", "2025-11-14", "--out", filepath.Join(dir, "again"))
	if code != exitOK || !strings.Contains(out, "sitrep-2025-11-14.xlsx") {
		t.Fatalf("report: exit %d\n%s\n%s", code, out, errOut)
	}
	code, out, errOut = run(t, "report", "--config", good, "--from", "2025-11-13", "--to", "2025-11-15",
		"--log-level", "error")
	if code != exitOK || !strings.Contains(out, "3 days, 1 attacks") {
		t.Fatalf("period report: exit %d\n%s\n%s", code, out, errOut)
	}
	if _, err := os.Stat(filepath.Join(dir, "reports", "sitrep-2025-11-13_2025-11-15.xlsx")); err != nil {
		t.Fatalf("period workbook missing: %v", err)
	}
	code, out, _ = run(t, "normalize", "--config", good, "--all", "--log-level", "error")
	if code != exitOK || !strings.Contains(out, "extracted 1 documents") {
		t.Fatalf("normalize: exit %d\n%s", code, out)
	}
}

func TestDemoCommand(t *testing.T) {
	dir := t.TempDir()
	code, out, errOut := run(t, "demo", "--out", dir, "--log-level", "error")
	if code != exitOK {
		t.Fatalf("demo: exit %d\n%s\n%s", code, out, errOut)
	}
	for _, day := range []string{"2025-11-14", "2025-11-15"} {
		p := filepath.Join(dir, "sitrep-"+day+".xlsx")
		if !strings.Contains(out, p) {
			t.Fatalf("demo output does not name %s:\n%s", p, out)
		}
		if _, err := os.Stat(p); err != nil {
			t.Fatal(err)
		}
	}
}

func TestVersion(t *testing.T) {
	code, out, _ := run(t, "version")
	if code != exitOK || !strings.HasPrefix(out, "sitrep dev (extractor ") {
		t.Fatalf("version: %d %q", code, out)
	}
}

// freePort returns a loopback port that was free a moment ago.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}
