package mail

import "time"

// Attempt is one delivery attempt, for the caller's deliveries ledger.
type Attempt struct {
	// At is when the attempt started.
	At time.Time
	// Duration is how long it took.
	Duration time.Duration
	// Err is nil when the server accepted the message; otherwise it wraps
	// ErrTemporary or ErrPermanent (and ErrNoSTARTTLS when that was why).
	Err error
	// Temporary reports that Err was a temporary failure (4xx, network).
	Temporary bool
	// Code is the SMTP reply code of the failure, 0 when there was none
	// (network errors, TLS problems) or on success.
	Code int
}

// Result is what happened to one message.
type Result struct {
	// MessageID is the Message-ID sent, without angle brackets.
	MessageID string
	// Size is the encoded message size in bytes, measured before sending.
	Size int64
	// Attempts lists every connection attempt in order. It is empty when
	// the message failed before any connection (too large, bad address).
	Attempts []Attempt
}

// Delivered reports whether the last attempt succeeded.
func (r Result) Delivered() bool {
	return len(r.Attempts) > 0 && r.Attempts[len(r.Attempts)-1].Err == nil
}
