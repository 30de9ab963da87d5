package mail

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/mail"
	"slices"
	"strings"
	"time"

	"sitrep/config"
)

// NewMessageID returns the Message-ID (without angle brackets) of the report
// for day sent to cfg's recipients: "sitrep-<date>-<RecipientsKey>@<domain
// of From>". It is the same on every run, so a duplicate sent after a crash
// between the server's 250 and the ledger update is recognisable (FAULTS M6).
func NewMessageID(cfg config.EmailConfig, day time.Time) string {
	return fmt.Sprintf("sitrep-%s-%s@%s", dayString(day), RecipientsKey(cfg), senderDomain(cfg.From))
}

// RecipientsKey identifies a recipient list: the first 16 hex digits of the
// SHA-256 of the sorted, lower-cased bare addresses of To, Cc and Bcc, each
// prefixed with its field. Display names and order do not change it. The
// delivery ledger can key "sent once per recipient list" on it.
func RecipientsKey(cfg config.EmailConfig) string {
	var keys []string
	for _, f := range []struct {
		field string
		list  []string
	}{{"to", cfg.To}, {"cc", cfg.Cc}, {"bcc", cfg.Bcc}} {
		for _, a := range f.list {
			keys = append(keys, f.field+":"+bareAddress(a))
		}
	}
	slices.Sort(keys)
	keys = slices.Compact(keys)
	sum := sha256.Sum256([]byte(strings.Join(keys, "\n")))
	return hex.EncodeToString(sum[:8])
}

// bareAddress returns the lower-cased address part of a, or a itself
// trimmed and lower-cased when it does not parse.
func bareAddress(a string) string {
	if p, err := mail.ParseAddress(a); err == nil {
		return strings.ToLower(p.Address)
	}
	return strings.ToLower(strings.TrimSpace(a))
}

// senderDomain is the domain of the From address, "sitrep.invalid" when
// there is none.
func senderDomain(from string) string {
	addr := bareAddress(from)
	if i := strings.LastIndexByte(addr, '@'); i >= 0 && i < len(addr)-1 {
		return addr[i+1:]
	}
	return "sitrep.invalid"
}

// dayString formats a report day as YYYY-MM-DD.
func dayString(day time.Time) string { return day.Format(time.DateOnly) }
