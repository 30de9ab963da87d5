package jobs

import (
	"errors"
	"net"
	"os"
	"strings"
	"testing"

	"sitrep/reports/mail"
	"sitrep/store"
)

// Delivery through a real mailpit: once per recipient list, again only with
// --resend, a dry run writes the .eml, and a refused connection fails the day
// with every attempt logged.
func TestDeliveryOncePerRecipientList(t *testing.T) {
	f := newDaemonFixture(t, "30 7 * * *")
	d := day(2025, 11, 14)
	first := f.p.ProcessDay(ctx, d, DayOptions{Scrape: true, Force: true, Email: true})
	if first.Err != nil || !first.Delivery.Sent {
		t.Fatalf("first run: %+v, %v", first.Delivery, first.Err)
	}
	again := f.p.ProcessDay(ctx, d, DayOptions{Force: true, Email: true})
	if again.Err != nil || !again.Delivery.Skipped {
		t.Fatalf("second run must not send again: %+v, %v", again.Delivery, again.Err)
	}
	resent := f.p.ProcessDay(ctx, d, DayOptions{Force: true, Email: true, Deliver: DeliverOptions{Resend: true}})
	if resent.Err != nil || !resent.Delivery.Sent || resent.Delivery.MessageID == first.Delivery.MessageID {
		t.Fatalf("resend: %+v, %v", resent.Delivery, resent.Err)
	}
	if subjects := f.mailed(t); len(subjects) != 2 {
		t.Fatalf("mailed %d, want the first send and the resend", len(subjects))
	}
	dry := f.p.ProcessDay(ctx, d, DayOptions{Force: true, Email: true, Deliver: DeliverOptions{DryRun: true}})
	if dry.Err != nil || !strings.HasSuffix(dry.Delivery.EML, ".eml") {
		t.Fatalf("dry run: %+v, %v", dry.Delivery, dry.Err)
	}
	if b, err := os.ReadFile(dry.Delivery.EML); err != nil || !strings.Contains(string(b), "Subject:") {
		t.Fatalf("eml: %v", err)
	}
	if subjects := f.mailed(t); len(subjects) != 2 {
		t.Fatalf("a dry run must not send: %d messages", len(subjects))
	}
	log, err := f.store.Deliveries(ctx, d)
	if err != nil || len(log) != 3 || log[2].Status != store.DeliveryDryRun {
		t.Fatalf("deliveries log = %+v, %v", log, err)
	}
}

func TestRefusedSMTPFailsTheDayAndLogsEveryAttempt(t *testing.T) {
	f := newDaemonFixture(t, "30 7 * * *")
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	f.cfg.Email.SMTP.Port = l.Addr().(*net.TCPAddr).Port
	l.Close() // nothing listens there now: connections are refused
	d := day(2025, 11, 14)
	res := f.p.ProcessDay(ctx, d, DayOptions{Scrape: true, Force: true, Email: true})
	if !errors.Is(res.Err, mail.ErrTemporary) {
		t.Fatalf("want a temporary delivery failure, got %v", res.Err)
	}
	if res.Report == "" {
		t.Fatal("the workbook must still be written")
	}
	st := ledgerStatus(t, f.store, JobReport, d, d)
	if st["2025-11-14"] != store.StatusFailed {
		t.Fatalf("a day whose report did not reach its recipients is not done: %v", st)
	}
	log, _ := f.store.Deliveries(ctx, d)
	if len(log) != 1 || log[0].Status != store.DeliveryTemporary {
		t.Fatalf("deliveries log = %+v", log)
	}
}
