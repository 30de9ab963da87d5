package store

import (
	"context"
	"fmt"
	"time"
)

// Delivery statuses.
const (
	DeliverySent      = "sent"
	DeliveryTemporary = "temporary_failure"
	DeliveryPermanent = "permanent_failure"
	DeliveryDryRun    = "dry_run"
)

// Delivery is one attempt to send a day's report to a recipient list.
type Delivery struct {
	Day           time.Time
	RecipientsKey string
	Recipients    string
	MessageID     string
	Attempt       int
	At            time.Time
	Duration      time.Duration
	Status        string
	SMTPCode      int
	Error         string
	Size          int64
	ReportPath    string
	ReportSHA256  string
}

// RecordDelivery appends one attempt to the deliveries log.
func (s *Store) RecordDelivery(ctx context.Context, d Delivery) error {
	var code any
	if d.SMTPCode != 0 {
		code = d.SMTPCode
	}
	_, err := s.db.ExecContext(ctx, `INSERT INTO deliveries (day, recipients_key, recipients, message_id, attempt,
		attempted_at, duration_ms, status, smtp_code, error, size_bytes, report_path, report_sha256)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, nullif(?, ''), ?, ?, ?)`,
		d.Day, d.RecipientsKey, d.Recipients, d.MessageID, d.Attempt, d.At.UTC(), d.Duration.Milliseconds(),
		d.Status, code, d.Error, d.Size, d.ReportPath, d.ReportSHA256)
	if err != nil {
		return fmt.Errorf("record delivery of %s: %w", d.Day.Format(time.DateOnly), err)
	}
	return nil
}

// Delivered reports whether the day's report was already sent to the
// recipient list.
func (s *Store) Delivered(ctx context.Context, day time.Time, recipientsKey string) (bool, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM deliveries WHERE day = ? AND recipients_key = ? AND status = ?`,
		day, recipientsKey, DeliverySent).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("deliveries of %s: %w", day.Format(time.DateOnly), err)
	}
	return n > 0, nil
}

// Deliveries returns every attempt for a day, oldest first.
func (s *Store) Deliveries(ctx context.Context, day time.Time) ([]Delivery, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT day, recipients_key, recipients, message_id, attempt, attempted_at,
		duration_ms, status, coalesce(smtp_code, 0), coalesce(error, ''), coalesce(size_bytes, 0), report_path,
		report_sha256 FROM deliveries WHERE day = ? ORDER BY id`, day)
	if err != nil {
		return nil, fmt.Errorf("deliveries of %s: %w", day.Format(time.DateOnly), err)
	}
	defer rows.Close()
	var out []Delivery
	for rows.Next() {
		var d Delivery
		var ms int64
		if err := rows.Scan(&d.Day, &d.RecipientsKey, &d.Recipients, &d.MessageID, &d.Attempt, &d.At, &ms,
			&d.Status, &d.SMTPCode, &d.Error, &d.Size, &d.ReportPath, &d.ReportSHA256); err != nil {
			return nil, fmt.Errorf("deliveries of %s: %w", day.Format(time.DateOnly), err)
		}
		d.Day, d.At, d.Duration = d.Day.UTC(), d.At.UTC(), time.Duration(ms)*time.Millisecond
		out = append(out, d)
	}
	return out, rows.Err()
}
