package store

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"sitrep/model"
)

func TestExportPartitionsByDayAndDefusesCSV(t *testing.T) {
	s, _ := openTest(t)
	ctx := context.Background()
	if _, err := s.UpsertDocuments(ctx, []model.Document{sampleDoc("a", "text")}); err != nil {
		t.Fatal(err)
	}
	facts := kyivFacts()
	facts.Attacks[0].Evidence = []string{"=HYPERLINK(\"http://evil\")"}
	day := time.Date(2025, 11, 14, 0, 0, 0, 0, time.UTC)
	if _, err := s.ReplaceFacts(ctx, "v", []DocFacts{{DocID: 1, ContentHash: "h", Day: day, Facts: facts}}); err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{FormatParquet, FormatCSV} {
		t.Run(format, func(t *testing.T) {
			dir := t.TempDir()
			counts, err := s.Export(ctx, dir, format)
			if err != nil {
				t.Fatal(err)
			}
			if counts["attacks"] != 1 || counts["diplomatic_actions"] != 1 || counts["territorial_claims"] != 1 {
				t.Fatalf("counts = %v", counts)
			}
			files, _ := filepath.Glob(filepath.Join(dir, "attacks", "day=2025-11-14", "*."+format))
			if len(files) != 1 {
				t.Fatalf("attacks partition files = %v", files)
			}
			if format == FormatCSV {
				b, err := os.ReadFile(files[0])
				if err != nil {
					t.Fatal(err)
				}
				if !strings.Contains(string(b), `'=HYPERLINK`) {
					t.Fatalf("formula-like evidence not defused:\n%s", b)
				}
			}
			// A second export replaces the first.
			if _, err := s.Export(ctx, dir, format); err != nil {
				t.Fatal(err)
			}
			again, _ := filepath.Glob(filepath.Join(dir, "attacks", "*", "*"))
			if len(again) != 1 {
				t.Fatalf("files after re-export = %v", again)
			}
		})
	}
	if _, err := s.Export(ctx, t.TempDir(), "xml"); err == nil {
		t.Fatal("an unknown format must fail")
	}
}

func TestHTTPValidatorsAndDeliveries(t *testing.T) {
	s, _ := openTest(t)
	ctx := context.Background()
	if e, lm, err := s.HTTPValidators(ctx, "http://x/feed"); err != nil || e != "" || lm != "" {
		t.Fatalf("unknown url = %q %q %v", e, lm, err)
	}
	if err := s.SetHTTPValidators(ctx, "http://x/feed", `"v1"`, "Fri, 14 Nov 2025 08:00:00 GMT"); err != nil {
		t.Fatal(err)
	}
	if err := s.SetHTTPValidators(ctx, "http://x/feed", `"v2"`, ""); err != nil {
		t.Fatal(err)
	}
	if e, lm, _ := s.HTTPValidators(ctx, "http://x/feed"); e != `"v2"` || lm != "" {
		t.Fatalf("validators = %q %q", e, lm)
	}
	day := time.Date(2025, 11, 14, 0, 0, 0, 0, time.UTC)
	d := Delivery{Day: day, RecipientsKey: "k1", Recipients: "a@x", MessageID: "m", Attempt: 1, At: day,
		Status: DeliveryTemporary, SMTPCode: 451, ReportPath: "/r.xlsx", ReportSHA256: "s"}
	if err := s.RecordDelivery(ctx, d); err != nil {
		t.Fatal(err)
	}
	if sent, _ := s.Delivered(ctx, day, "k1"); sent {
		t.Fatal("a temporary failure is not a delivery")
	}
	d.Attempt, d.Status, d.SMTPCode = 2, DeliverySent, 0
	if err := s.RecordDelivery(ctx, d); err != nil {
		t.Fatal(err)
	}
	if sent, _ := s.Delivered(ctx, day, "k1"); !sent {
		t.Fatal("sent delivery not found")
	}
	if sent, _ := s.Delivered(ctx, day, "k2"); sent {
		t.Fatal("another recipient list has not been sent to")
	}
	all, err := s.Deliveries(ctx, day)
	if err != nil || len(all) != 2 || all[0].SMTPCode != 451 || all[1].Status != DeliverySent {
		t.Fatalf("deliveries = %+v, %v", all, err)
	}
}
