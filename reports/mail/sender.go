package mail

import (
	"context"
	"crypto/tls"
	"io"
	"log/slog"
	"time"

	"sitrep/config"
)

// Options tune a Sender. Every field may be left zero.
type Options struct {
	// Logger receives one record per attempt; nil discards.
	Logger *slog.Logger
	// Backoff is the wait before each retry of a temporary failure, so at
	// most len(Backoff)+1 attempts are made. Nil means DefaultBackoff();
	// an empty non-nil slice means a single attempt.
	Backoff []time.Duration
	// Sleep waits d or until ctx is done, returning ctx's error then.
	// Nil means a timer; tests inject one that returns at once.
	Sleep func(ctx context.Context, d time.Duration) error
	// Now is the clock for Attempt.At and Duration; nil means time.Now.
	Now func() time.Time
	// TLSConfig is the base TLS configuration (root CAs, for instance);
	// nil means the system roots. ServerName defaults to the SMTP host and
	// the minimum version is TLS 1.2.
	TLSConfig *tls.Config
}

// DefaultBackoff returns the default waits between attempts: 1, 5 and 30
// minutes, so a server down for half an hour still gets the report.
func DefaultBackoff() []time.Duration {
	return []time.Duration{time.Minute, 5 * time.Minute, 30 * time.Minute}
}

// Sender delivers messages to the configured SMTP server. It is safe for
// sequential use; each Send opens its own connections.
type Sender struct {
	cfg     config.EmailConfig
	log     *slog.Logger
	backoff []time.Duration
	sleep   func(ctx context.Context, d time.Duration) error
	now     func() time.Time
	tls     *tls.Config
}

// New returns a Sender for cfg. Problems in cfg (an unknown TLS mode, a bad
// address) surface from Send as permanent errors.
func New(cfg config.EmailConfig, opts Options) *Sender {
	s := &Sender{cfg: cfg, log: opts.Logger, backoff: opts.Backoff, sleep: opts.Sleep, now: opts.Now, tls: opts.TLSConfig}
	if s.log == nil {
		s.log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if s.backoff == nil {
		s.backoff = DefaultBackoff()
	}
	if s.sleep == nil {
		s.sleep = sleepContext
	}
	if s.now == nil {
		s.now = time.Now
	}
	return s
}

// sleepContext waits d or until ctx is done.
func sleepContext(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
