package jobs

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"sitrep/model"
	"sitrep/reports/mail"
	"sitrep/store"
)

// DeliverOptions say how a report is delivered.
type DeliverOptions struct {
	// Resend sends even when the day already reached this recipient list.
	Resend bool
	// DryRun writes the message as an .eml file beside the workbook instead
	// of sending it.
	DryRun bool
}

// Delivery is what delivering one report did.
type Delivery struct {
	Skipped   bool   // already sent to this recipient list
	Sent      bool   // the server accepted it
	EML       string // the file written by a dry run
	MessageID string
	Attempts  int
}

// Deliver emails the day's workbook to the configured recipients, once per
// recipient list unless Resend, recording every attempt in the deliveries
// log. Temporary failures were already retried with backoff by the sender;
// what remains is returned (mail.ErrTemporary or mail.ErrPermanent) and the
// workbook stays on disk for a later run or a manual resend.
func (p *Pipeline) Deliver(ctx context.Context, r model.DayReport, workbook, sha string, o DeliverOptions) (Delivery, error) {
	var d Delivery
	cfg := p.cfg.Email
	key := mail.RecipientsKey(cfg)
	if !o.Resend && !o.DryRun {
		done, err := p.store.Delivered(ctx, r.Day, key)
		if err != nil {
			return d, err
		}
		if done {
			p.log.Info("report already delivered to these recipients, not sent again", "attack_day",
				r.Day.Format(time.DateOnly))
			d.Skipped = true
			return d, nil
		}
	}
	m, err := mail.Compose(cfg, r, workbook)
	if err != nil {
		return d, fmt.Errorf("compose email: %w", err)
	}
	if o.Resend {
		// A deliberate resend gets its own Message-ID, or mail clients may
		// hide it as a duplicate of the first.
		m.MessageID = strings.Replace(m.MessageID, "@", fmt.Sprintf("-resend%d@", p.now().Unix()), 1)
	}
	d.MessageID = m.MessageID
	rec := store.Delivery{Day: r.Day, RecipientsKey: key, Recipients: recipients(cfg.To, cfg.Cc, cfg.Bcc),
		MessageID: m.MessageID, ReportPath: workbook, ReportSHA256: sha}
	if o.DryRun {
		d.EML = strings.TrimSuffix(workbook, filepath.Ext(workbook)) + ".eml"
		if err := mail.WriteEML(m, cfg, d.EML); err != nil {
			return d, fmt.Errorf("dry run: %w", err)
		}
		rec.Attempt, rec.At, rec.Status = 1, p.now(), store.DeliveryDryRun
		return d, p.store.RecordDelivery(ctx, rec)
	}
	res, sendErr := mail.New(cfg, mail.Options{Logger: p.log, Backoff: p.mailBackoff, Sleep: p.sleep}).Send(ctx, m)
	d.Attempts, d.Sent = len(res.Attempts), res.Delivered()
	if err := p.recordAttempts(ctx, rec, res, sendErr); err != nil {
		return d, errors.Join(sendErr, err)
	}
	if sendErr != nil {
		return d, fmt.Errorf("deliver %s: %w", r.Day.Format(time.DateOnly), sendErr)
	}
	p.log.Info("report delivered", "attack_day", r.Day.Format(time.DateOnly), "message_id", m.MessageID,
		"attempts", d.Attempts)
	return d, nil
}

func (p *Pipeline) recordAttempts(ctx context.Context, rec store.Delivery, res mail.Result, sendErr error) error {
	rec.Size = res.Size
	if len(res.Attempts) == 0 && sendErr != nil {
		// It failed before any connection (too large, a bad address).
		rec.Attempt, rec.At, rec.Status, rec.Error = 1, p.now(), store.DeliveryPermanent, sendErr.Error()
		return p.store.RecordDelivery(ctx, rec)
	}
	for i, a := range res.Attempts {
		rec.Attempt, rec.At, rec.Duration, rec.SMTPCode = i+1, a.At, a.Duration, a.Code
		rec.Status, rec.Error = store.DeliverySent, ""
		if a.Err != nil {
			rec.Status, rec.Error = store.DeliveryPermanent, a.Err.Error()
			if a.Temporary {
				rec.Status = store.DeliveryTemporary
			}
		}
		if err := p.store.RecordDelivery(ctx, rec); err != nil {
			return err
		}
	}
	return nil
}

func recipients(lists ...[]string) string {
	var all []string
	for _, l := range lists {
		all = append(all, l...)
	}
	return strings.Join(all, ", ")
}
