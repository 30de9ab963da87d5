package mail

import (
	"fmt"

	gomail "github.com/wneessen/go-mail"

	"sitrep/config"
)

// countWriter counts the bytes written to it and keeps none.
type countWriter struct{ n int64 }

// Write counts p.
func (w *countWriter) Write(p []byte) (int, error) {
	w.n += int64(len(p))
	return len(p), nil
}

// encodedSize renders msg to a counter: the exact size the server will
// receive, base64 expansion of the attachment (a third, plus line breaks),
// bodies and headers included. Only the local file is read.
func encodedSize(msg *gomail.Msg) (int64, error) {
	var w countWriter
	if _, err := msg.WriteTo(&w); err != nil {
		return 0, fmt.Errorf("measure message: %w", err)
	}
	return w.n, nil
}

// maxBytes is email.max_message_bytes, config.DefaultMaxMessageBytes when
// unset.
func maxBytes(cfg config.EmailConfig) int64 {
	if cfg.MaxMessageBytes <= 0 {
		return int64(config.DefaultMaxMessageBytes)
	}
	return int64(cfg.MaxMessageBytes)
}

// checkSize fails with ErrTooLarge (and ErrPermanent) when msg is over the
// limit, so a server is never fed a message only to answer 552 (FAULTS M5).
func checkSize(msg *gomail.Msg, cfg config.EmailConfig) (int64, error) {
	n, err := encodedSize(msg)
	if err != nil {
		return 0, err
	}
	if limit := maxBytes(cfg); n > limit {
		return n, fmt.Errorf("%w: %d bytes encoded, limit %d (email.max_message_bytes): %w", ErrTooLarge, n, limit, ErrPermanent)
	}
	return n, nil
}
