package reports

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// libreOfficeInstall is how the test script installs LibreOffice.
const libreOfficeInstall = "apt-get install libreoffice-calc-nogui (scripts/test.sh does it)"

// TestLibreOfficeOpensTheWorkbooks proves the workbooks open outside
// excelize: LibreOffice converts the daily and the period workbook to PDF.
// LibreOffice is a real part of this test: without it the test fails.
func TestLibreOfficeOpensTheWorkbooks(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Fatalf("soffice not found: %v; install it with %s", err, libreOfficeInstall)
	}
	dir := t.TempDir()
	daily, err := WriteDaily(sampleReport(), dir)
	if err != nil {
		t.Fatal(err)
	}
	period, err := WritePeriod(samplePeriod(), dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, book := range []string{daily, period} {
		t.Run(filepath.Base(book), func(t *testing.T) {
			out := t.TempDir()
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
			defer cancel()
			// A private profile directory: parallel or leftover LibreOffice
			// instances must not share (and lock) the user's profile.
			cmd := exec.CommandContext(ctx, soffice, "--headless", "--norestore",
				"-env:UserInstallation=file://"+filepath.Join(out, "profile"),
				"--convert-to", "pdf", "--outdir", out, book)
			msg, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("soffice: %v\n%s", err, msg)
			}
			pdf := filepath.Join(out, strings.TrimSuffix(filepath.Base(book), ".xlsx")+".pdf")
			b, err := os.ReadFile(pdf)
			if err != nil {
				t.Fatalf("no PDF from LibreOffice: %v\n%s", err, msg)
			}
			if !bytes.HasPrefix(b, []byte("%PDF")) || len(b) < 2000 {
				t.Fatalf("LibreOffice wrote %d bytes that are not a PDF", len(b))
			}
		})
	}
}
