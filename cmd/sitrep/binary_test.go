package main

// Tests against the real sitrep binary, built once: crash safety under
// kill -9 and a daemon next to a backfill (FAULTS D1, D2, B1, S9).

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"sitrep/demo"
	"sitrep/store"
)

// binary is the sitrep binary built by buildBinary (tests only).
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "sitrep-bin-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "FAIL:", err)
		os.Exit(1)
	}
	binary = filepath.Join(dir, "sitrep")
	out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput()
	if err != nil {
		fmt.Fprintf(os.Stderr, "FAIL: build sitrep: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// mirrorConfig writes a configuration whose sources are the demo site at
// base, with its database and workbooks in dir.
func mirrorConfig(t *testing.T, base, dir string, extra string) string {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("..", "..", "config", "demo.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	text := strings.ReplaceAll(string(raw), "http://demo.invalid", base)
	text = strings.Replace(text, "database: sitrep.duckdb", "database: "+filepath.Join(dir, "sitrep.duckdb"), 1)
	text = strings.Replace(text, "reports_dir: .", "reports_dir: "+filepath.Join(dir, "reports"), 1)
	text = strings.Replace(text, "fetch:\n", "fetch:\n  host_delay: 0s\n", 1)
	text += extra
	return writeFile(t, dir, "sitrep.yaml", text)
}

func startDemoSite(t *testing.T) string {
	t.Helper()
	srv, err := demo.Start()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = srv.Close() })
	return srv.URL()
}

func sitrep(t *testing.T, args ...string) (int, string) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	out, err := cmd.CombinedOutput()
	var ee *exec.ExitError
	if err != nil && !errors.As(err, &ee) {
		t.Fatalf("run sitrep %v: %v", args, err)
	}
	return cmd.ProcessState.ExitCode(), string(out)
}

// fingerprint summarises what a run left behind, leaving out only what
// legitimately differs between runs (times, row ids, attempt counts): the
// stored documents, every fact with its document, the ledger's statuses,
// and the content of each workbook's fact sheets.
func fingerprint(t *testing.T, dir string) string {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(dir, "sitrep.duckdb"), store.Options{Threads: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	dump, err := st.Dump(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	h := &strings.Builder{}
	io.WriteString(h, dump)
	books, _ := filepath.Glob(filepath.Join(dir, "reports", "sitrep-*.xlsx"))
	sort.Strings(books)
	for _, b := range books {
		f, err := excelize.OpenFile(b)
		if err != nil {
			t.Fatalf("%s: %v", b, err)
		}
		fmt.Fprintln(h, filepath.Base(b))
		for _, sheet := range []string{"Attacks", "Damage", "Diplomacy", "Territory"} {
			rows, err := f.GetRows(sheet)
			if err != nil {
				t.Fatalf("%s %s: %v", b, sheet, err)
			}
			for _, r := range rows {
				fmt.Fprintln(h, strings.Join(r, "\t"))
			}
		}
		f.Close()
	}
	return fmt.Sprintf("%d workbooks\n%s", len(books), h.String())
}

// FAULTS D1/D2 and the "done when": a 30-day backfill over the demo
// mirror, killed with SIGKILL at random points 20 times and resumed each time,
// ends identical to an uninterrupted run; running it again changes nothing.
func TestBackfillSurvivesKillNine(t *testing.T) {
	base := startDemoSite(t)
	args := func(cfg string, extra ...string) []string {
		return append([]string{"backfill", "--config", cfg, "--from", "2025-10-20", "--to", "2025-11-18",
			"--log-level", "error"}, extra...)
	}
	refDir := t.TempDir()
	refCfg := mirrorConfig(t, base, refDir, "")
	if code, out := sitrep(t, args(refCfg)...); code != 0 {
		t.Fatalf("reference backfill: exit %d\n%s", code, out)
	}
	want := fingerprint(t, refDir)
	if !strings.HasPrefix(want, "30 workbooks") {
		t.Fatalf("reference run: %s", want)
	}
	if code, out := sitrep(t, args(refCfg)...); code != 0 || !strings.Contains(out, "0 days done") {
		t.Fatalf("re-running a finished backfill must do nothing: exit %d\n%s", code, out)
	}
	if got := fingerprint(t, refDir); got != want {
		t.Fatalf("re-running changed the result:\n%s", firstDifference(got, want))
	}

	dir := t.TempDir()
	cfg := mirrorConfig(t, base, dir, "")
	rng := rand.New(rand.NewPCG(20251114, 1))
	for i := range 20 {
		// Mode all re-runs every day, so each kill lands in real work: a
		// scrape, a transaction, a workbook being written.
		cmd := exec.Command(binary, args(cfg, "--mode", "all")...)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// A random point in the run: the moment of the kill is the variable
		// under test, not a wait for something to happen.
		time.Sleep(time.Duration(30+rng.IntN(1500)) * time.Millisecond)
		_ = cmd.Process.Signal(syscall.SIGKILL)
		err := cmd.Wait()
		t.Logf("kill %d: %v", i+1, err)
	}
	if code, out := sitrep(t, args(cfg)...); code != 0 {
		t.Fatalf("resumed backfill: exit %d\n%s", code, out)
	}
	if got := fingerprint(t, dir); got != want {
		t.Fatalf("after 20 kills the result differs from the uninterrupted run:\n%s", firstDifference(got, want))
	}
	if temps, _ := filepath.Glob(filepath.Join(dir, "reports", ".*")); len(temps) != 0 {
		t.Fatalf("temporary files left behind: %v", temps)
	}
}

// FAULTS B1 and S9: a backfill started while the daemon runs is refused with
// the daemon named; /healthz answers; SIGTERM stops the daemon.
func TestDaemonHoldsTheDatabase(t *testing.T) {
	base := startDemoSite(t)
	dir := t.TempDir()
	port, err := freePort()
	if err != nil {
		t.Fatal(err)
	}
	cfg := mirrorConfig(t, base, dir, fmt.Sprintf("daemon:\n  listen: 127.0.0.1:%d\n", port))
	daemon := exec.Command(binary, "daemon", "--config", cfg, "--log-format", "text")
	stderr, err := daemon.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := daemon.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	lines := make(chan string, 256)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
		exited <- daemon.Wait()
	}()
	t.Cleanup(func() { _ = daemon.Process.Kill() })
	// The daemon announces its endpoint once it holds the database.
	url := ""
	for url == "" {
		select {
		case l, ok := <-lines:
			if !ok {
				t.Fatal("the daemon exited at start-up")
			}
			if _, u, found := strings.Cut(l, "/metrics on "); found {
				url = strings.TrimSpace(u)
			}
		case <-time.After(60 * time.Second):
			t.Fatal("the daemon never announced its endpoint")
		}
	}
	resp, err := http.Get(url + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), `"status":"ok"`) {
		t.Fatalf("/healthz = %d %s", resp.StatusCode, body)
	}
	resp, err = http.Get(url + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(body), "sitrep_job_runs_total") && !strings.Contains(string(body), "# HELP") {
		t.Fatalf("/metrics = %s", body)
	}
	// A backfill hands its work to the daemon and follows its progress.
	code, out := sitrep(t, "backfill", "--config", cfg, "--from", "2025-11-14", "--to", "2025-11-15")
	if code != 0 || !strings.Contains(out, "handing the work to it") || !strings.Contains(out, "2 days done, 0 failed") ||
		!strings.Contains(out, "2025-11-15: done") {
		t.Fatalf("a backfill next to the daemon: exit %d, output:\n%s", code, out)
	}
	if _, err := os.Stat(filepath.Join(dir, "reports", "sitrep-2025-11-15.xlsx")); err != nil {
		t.Fatalf("the daemon did not write the handed-over workbook: %v", err)
	}
	// A command that cannot be handed over is refused, naming the daemon.
	code, out = sitrep(t, "export", "--config", cfg, "--out", filepath.Join(dir, "export"))
	if code == 0 || !strings.Contains(out, "sitrep daemon") || !strings.Contains(out, fmt.Sprintf("PID %d", daemon.Process.Pid)) {
		t.Fatalf("export next to the daemon: exit %d, output %q; want a refusal naming the daemon", code, out)
	}
	if err := daemon.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	go func() {
		for range lines { // drain so the daemon never blocks on stderr
		}
	}()
	select {
	case err := <-exited:
		if err != nil {
			t.Fatalf("daemon exit after SIGTERM: %v", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("the daemon did not stop after SIGTERM")
	}
}

// firstDifference shows the first lines where two fingerprints differ.
func firstDifference(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return fmt.Sprintf("line %d:\n got: %.300s\nwant: %.300s", i+1, gl, wl)
		}
	}
	return "lengths differ"
}

func TestSourcesCommands(t *testing.T) {
	base := startDemoSite(t)
	dir := t.TempDir()
	cfg := mirrorConfig(t, base, dir, "")
	code, out, errOut := run(t, "sources", "check", "--config", cfg, "--log-level", "error")
	if code != exitOK || !strings.Contains(out, "demo-wire") || !strings.Contains(out, "ok: 12 documents") ||
		!strings.Contains(out, "demo-kcma-telegram") {
		t.Fatalf("sources check: exit %d\n%s\n%s", code, out, errOut)
	}
	code, out, _ = run(t, "sources", "--config", cfg)
	if code != exitOK || !strings.Contains(out, "NAME") || !strings.Contains(out, "never") {
		t.Fatalf("sources before any run: exit %d\n%s", code, out)
	}
	if code, out, _ = run(t, "run", "--config", cfg, "--date", "2025-11-14", "--log-level", "error"); code != exitOK {
		t.Fatalf("run: exit %d\n%s", code, out)
	}
	code, out, _ = run(t, "sources", "--config", cfg)
	if code != exitOK || strings.Contains(out, "never") {
		t.Fatalf("every source succeeded once, yet:\n%s", out)
	}
	if code, out, _ = run(t, "sources", "reset", "demo-wire", "--config", cfg); code != exitOK || !strings.Contains(out, "reset") {
		t.Fatalf("sources reset: exit %d\n%s", code, out)
	}
	if code, _, errOut = run(t, "sources", "reset", "nope", "--config", cfg); code != exitUsage || !strings.Contains(errOut, "nope") {
		t.Fatalf("reset of an unknown source: exit %d, %s", code, errOut)
	}
}
