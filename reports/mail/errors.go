package mail

import "errors"

// Sentinel errors callers branch on with errors.Is. A permanent failure
// wraps ErrPermanent (and ErrNoSTARTTLS or ErrTooLarge when that is the
// cause); a failure still temporary after the last retry wraps ErrTemporary.
var (
	// ErrPermanent marks a failure that retrying will not fix: a 5xx reply,
	// rejected credentials, a TLS or configuration problem.
	ErrPermanent = errors.New("permanent mail failure")
	// ErrTemporary marks a failure that was still temporary (4xx reply,
	// refused or timed-out connection) when the retries ran out.
	ErrTemporary = errors.New("temporary mail failure")
	// ErrNoSTARTTLS means STARTTLS is required but the server does not
	// offer it. The message is never sent in plain text instead.
	ErrNoSTARTTLS = errors.New("server does not support STARTTLS")
	// ErrTooLarge means the encoded message exceeds email.max_message_bytes;
	// it is detected before any connection is made.
	ErrTooLarge = errors.New("message too large")
)
