// Package mail delivers the daily workbook by e-mail with go-mail.
//
// Compose turns a model.DayReport and the workbook's path into a Message: a
// subject from the configured template, a short plain-text and HTML body with
// the day's headline figures (readable on a phone without opening the file)
// and the workbook as an attachment. Sender.Send delivers it over SMTP with
// STARTTLS required by default, checks the encoded size before connecting,
// retries temporary failures (4xx replies, refused or timed-out connections)
// with a backoff and stops at once on permanent ones (5xx replies, bad
// credentials, a server without STARTTLS). It returns every attempt so the
// caller can record it; the package keeps no delivery ledger of its own.
// WriteEML writes the same MIME message to a file for --dry-run.
//
// Delivery is at least once: a crash after the server accepted the message
// but before the caller recorded it leads to one duplicate on the next run.
// The Message-ID depends only on the report day and the recipient list, so
// the duplicate is recognisable as the same report.
package mail
