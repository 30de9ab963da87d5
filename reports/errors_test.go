package reports

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"sitrep/model"
)

// readOnlyDir returns a directory no file can be created in: a temporary
// directory without write permission, or, when the process ignores
// permissions (root has CAP_DAC_OVERRIDE), /proc, where no one can create
// files.
func readOnlyDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.Chmod(dir, 0o500); err != nil {
		t.Fatalf("chmod: %v", err)
	}
	t.Cleanup(func() { _ = os.Chmod(dir, 0o700) })
	probe, err := os.CreateTemp(dir, "probe")
	if err != nil {
		return dir
	}
	probe.Close()
	if err := os.Remove(probe.Name()); err != nil {
		t.Fatalf("remove probe: %v", err)
	}
	return "/proc"
}

// leftovers lists the entries of dir that the writer could have made; a
// dir that does not exist or is not a directory holds none.
func leftovers(t *testing.T, dir string) []string {
	t.Helper()
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		return nil
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatalf("read dir %s: %v", dir, err)
	}
	var names []string
	for _, e := range entries {
		if strings.Contains(e.Name(), "sitrep-") {
			names = append(names, e.Name())
		}
	}
	return names
}

func TestWriteDailyBadDirectory(t *testing.T) {
	tests := map[string]struct {
		dir  func(t *testing.T) string
		want []string // what the directory holds afterwards
	}{
		"missing directory": {func(t *testing.T) string {
			return filepath.Join(t.TempDir(), "no", "such", "dir")
		}, nil},
		"path is a file": {func(t *testing.T) string {
			p := filepath.Join(t.TempDir(), "reports")
			if err := os.WriteFile(p, []byte("x"), 0o600); err != nil {
				t.Fatalf("write file: %v", err)
			}
			return p
		}, nil},
		"read-only directory": {readOnlyDir, nil},
		"final name taken by a directory": {func(t *testing.T) string {
			dir := t.TempDir()
			taken := filepath.Join(dir, "sitrep-2025-11-14.xlsx")
			if err := os.MkdirAll(filepath.Join(taken, "keep"), 0o700); err != nil {
				t.Fatalf("mkdir: %v", err)
			}
			return dir
		}, []string{"sitrep-2025-11-14.xlsx"}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			dir := tc.dir(t)
			path, err := WriteDaily(sampleReport(), dir)
			if err == nil {
				t.Fatalf("WriteDaily into %s = %q, want an error", dir, path)
			}
			if !strings.HasPrefix(err.Error(), "write daily workbook: ") {
				t.Errorf("error = %q, want the write context", err)
			}
			if got := leftovers(t, dir); strings.Join(got, ",") != strings.Join(tc.want, ",") {
				t.Errorf("dir holds %q after the error, want %q", got, tc.want)
			}
			if got := leftovers(t, filepath.Dir(dir)); len(got) != 0 {
				t.Errorf("parent of dir holds %q after the error, want nothing", got)
			}
		})
	}
}

func TestWriteAtomicCleansUp(t *testing.T) {
	errDiskFull := errors.New("no space left on device")
	tests := map[string]struct {
		write  func(io.Writer) error
		verify func(string) error
		want   string
	}{
		"write fails": {
			func(w io.Writer) error {
				if _, err := io.WriteString(w, "PK half a file"); err != nil {
					return err
				}
				return errDiskFull
			},
			verifyDaily, "no space left on device",
		},
		"file does not parse": {
			func(w io.Writer) error { _, err := io.WriteString(w, "not a zip"); return err },
			verifyDaily, "verify ",
		},
		"sheets missing": {
			func(w io.Writer) error { _, err := io.WriteString(w, "x"); return err },
			func(string) error { return errors.New(`workbook sheets are ["Sheet1"]`) }, "workbook sheets are",
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			path, err := writeAtomic(dir, "sitrep-2025-11-14.xlsx", tc.write, tc.verify)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("writeAtomic = %q, %v; want an error containing %q", path, err, tc.want)
			}
			if got := leftovers(t, dir); len(got) != 0 {
				t.Errorf("dir holds %q after the error, want nothing", got)
			}
		})
	}
}

func TestWriteDailyRejectsReportWithoutDay(t *testing.T) {
	dir := t.TempDir()
	_, err := WriteDaily(model.DayReport{Generated: time.Now()}, dir)
	if err == nil || !strings.Contains(err.Error(), "report has no day") {
		t.Fatalf("err = %v, want report has no day", err)
	}
	if got := leftovers(t, dir); len(got) != 0 {
		t.Errorf("dir holds %q, want nothing", got)
	}
}
