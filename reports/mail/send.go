package mail

import (
	"context"
	"fmt"

	gomail "github.com/wneessen/go-mail"
)

// Send delivers m to the configured recipients. Before any connection it
// checks the encoded size against email.max_message_bytes (ErrTooLarge).
// A temporary failure is retried after each Backoff wait, honouring ctx; a
// permanent one stops at once. The Result lists every attempt whether or not
// an error is returned; the error wraps ErrPermanent, ErrTemporary (retries
// exhausted) or ctx's error.
func (s *Sender) Send(ctx context.Context, m Message) (Result, error) {
	res := Result{MessageID: m.MessageID}
	msg, err := newMsg(m, s.cfg)
	if err != nil {
		return res, fmt.Errorf("mail %s: build message: %w: %w", m.MessageID, err, ErrPermanent)
	}
	if res.Size, err = checkSize(msg, s.cfg); err != nil {
		return res, fmt.Errorf("mail %s: %w", m.MessageID, err)
	}
	client, err := newClient(s.cfg.SMTP, s.tls)
	if err != nil {
		return res, fmt.Errorf("mail %s: %w", m.MessageID, err)
	}
	for i := 0; ; i++ {
		if err := ctx.Err(); err != nil {
			return res, fmt.Errorf("mail %s: %w", m.MessageID, err)
		}
		a := s.attempt(ctx, client, m)
		res.Attempts = append(res.Attempts, a)
		s.logAttempt(m, res, i == len(s.backoff))
		switch {
		case a.Err == nil:
			return res, nil
		case !a.Temporary:
			return res, fmt.Errorf("mail %s: attempt %d: %w", m.MessageID, i+1, a.Err)
		case i == len(s.backoff):
			return res, fmt.Errorf("mail %s: gave up after %d attempts: %w", m.MessageID, i+1, a.Err)
		}
		if err := s.sleep(ctx, s.backoff[i]); err != nil {
			return res, fmt.Errorf("mail %s: waiting to retry: %w", m.MessageID, err)
		}
	}
}

// attempt makes one connection and sends a freshly built message over it,
// so nothing from a failed attempt carries over.
func (s *Sender) attempt(ctx context.Context, client *gomail.Client, m Message) Attempt {
	a := Attempt{At: s.now()}
	msg, err := newMsg(m, s.cfg)
	if err == nil {
		err = client.DialAndSendWithContext(ctx, msg)
	}
	a.Duration = s.now().Sub(a.At)
	if err != nil {
		v := classify(err)
		a.Err, a.Temporary, a.Code = v.err, v.temporary, v.code
	}
	return a
}

// logAttempt records the last attempt of res: Info on success, Warn for a
// temporary failure that will be retried, Error for a permanent one or the
// last temporary one.
func (s *Sender) logAttempt(m Message, res Result, last bool) {
	a := res.Attempts[len(res.Attempts)-1]
	args := []any{
		"message_id", m.MessageID, "attempt", len(res.Attempts), "bytes", res.Size,
		"duration_ms", a.Duration.Milliseconds(),
	}
	switch {
	case a.Err == nil:
		s.log.Info("report mail sent", args...)
	case a.Temporary && !last:
		s.log.Warn("report mail attempt failed, will retry", append(args, "code", a.Code, "temporary", true, "err", a.Err)...)
	default:
		s.log.Error("report mail failed", append(args, "code", a.Code, "temporary", a.Temporary, "err", a.Err)...)
	}
}
