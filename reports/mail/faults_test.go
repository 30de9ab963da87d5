package mail

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"slices"
	"testing"
	"time"

	"sitrep/config"

	"sitrep/internal/mailpittest"
)

func TestSendFaults(t *testing.T) {
	ms := time.Millisecond
	tests := []struct {
		name      string
		port      func(t *testing.T) int // SMTP port; mailpit's plain instance when nil
		chaos     mailpittest.ChaosTriggers
		edit      func(c *config.EmailConfig)
		backoff   []time.Duration
		onSleep   func(t *testing.T) func(n int)
		wantErr   []error // nil: success
		attempts  int
		codes     []int // per attempt; the last repeats
		temporary bool
		stored    int // messages in mailpit afterwards (plain instance only)
	}{
		{
			name:     "refused connection retried then temporary",
			port:     closedPort,
			backoff:  []time.Duration{1 * ms, 2 * ms, 3 * ms},
			wantErr:  []error{ErrTemporary},
			attempts: 4, codes: []int{0}, temporary: true,
		},
		{
			name:     "default backoff waits 1m, 5m, 30m",
			port:     closedPort,
			wantErr:  []error{ErrTemporary},
			attempts: 4, codes: []int{0}, temporary: true,
		},
		{
			name:     "empty backoff means a single attempt",
			port:     closedPort,
			backoff:  []time.Duration{},
			wantErr:  []error{ErrTemporary},
			attempts: 1, codes: []int{0}, temporary: true,
		},
		{
			name:     "451 at RCPT retried then temporary",
			chaos:    mailpittest.ChaosTriggers{Recipient: mailpittest.ChaosTrigger{ErrorCode: 451, Probability: 100}},
			backoff:  []time.Duration{1 * ms, 2 * ms},
			wantErr:  []error{ErrTemporary},
			attempts: 3, codes: []int{451}, temporary: true,
		},
		{
			name:    "451 at MAIL retried then delivered",
			chaos:   mailpittest.ChaosTriggers{Sender: mailpittest.ChaosTrigger{ErrorCode: 451, Probability: 100}},
			backoff: []time.Duration{1 * ms, 2 * ms},
			onSleep: func(t *testing.T) func(int) {
				return func(int) { servers.plain.SetChaos(t, mailpittest.ChaosTriggers{}) }
			},
			attempts: 2, codes: []int{451, 0}, stored: 1,
		},
		{
			name:     "550 at RCPT is permanent",
			chaos:    mailpittest.ChaosTriggers{Recipient: mailpittest.ChaosTrigger{ErrorCode: 550, Probability: 100}},
			backoff:  []time.Duration{1 * ms},
			wantErr:  []error{ErrPermanent},
			attempts: 1, codes: []int{550},
		},
		{
			name:     "554 at MAIL is permanent",
			chaos:    mailpittest.ChaosTriggers{Sender: mailpittest.ChaosTrigger{ErrorCode: 554, Probability: 100}},
			backoff:  []time.Duration{1 * ms},
			wantErr:  []error{ErrPermanent},
			attempts: 1, codes: []int{554},
		},
		{
			name:     "no STARTTLS while required is permanent",
			edit:     func(c *config.EmailConfig) { c.SMTP.TLS = config.TLSStartTLS },
			backoff:  []time.Duration{1 * ms},
			wantErr:  []error{ErrNoSTARTTLS, ErrPermanent},
			attempts: 1, codes: []int{0},
		},
		{
			name:     "421 greeting retried then temporary",
			port:     func(t *testing.T) int { return newFakeServer(t, greet("421 4.3.2 try again later")).port() },
			backoff:  []time.Duration{1 * ms},
			wantErr:  []error{ErrTemporary},
			attempts: 2, codes: []int{421}, temporary: true,
		},
		{
			name:     "554 greeting is permanent",
			port:     func(t *testing.T) int { return newFakeServer(t, greet("554 5.7.1 go away")).port() },
			backoff:  []time.Duration{1 * ms},
			wantErr:  []error{ErrPermanent},
			attempts: 1, codes: []int{554},
		},
		{
			name:     "silent server times out and is retried",
			port:     func(t *testing.T) int { return newFakeServer(t, silent).port() },
			edit:     func(c *config.EmailConfig) { c.SMTP.Timeout = 150 * ms },
			backoff:  []time.Duration{1 * ms},
			wantErr:  []error{ErrTemporary},
			attempts: 2, codes: []int{0}, temporary: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mp := servers.plain
			mp.Reset(t, true)
			mp.SetChaos(t, tt.chaos)
			port := mp.SMTPPort
			if tt.port != nil {
				port = tt.port(t)
			}
			cfg := plainConfig(port)
			if tt.edit != nil {
				tt.edit(&cfg)
			}
			sl := sleepRecorder{}
			if tt.onSleep != nil {
				sl.onSleep = tt.onSleep(t)
			}
			m, _ := compose(t, cfg, 1000)
			res, err := New(cfg, Options{Backoff: tt.backoff, Sleep: sl.sleep}).Send(context.Background(), m)
			if tt.wantErr == nil {
				checkRetriedDelivery(t, res, err, tt.attempts, tt.codes[0])
			} else {
				checkFailure(t, res, err, tt.wantErr, tt.attempts, tt.codes, tt.temporary)
			}
			backoff := tt.backoff
			if backoff == nil {
				backoff = DefaultBackoff()
			}
			if want := backoff[:tt.attempts-1]; !slices.Equal(sl.waits, want) {
				t.Errorf("waits = %v, want %v", sl.waits, want)
			}
			if n := len(mp.Messages(t)); n != tt.stored {
				t.Errorf("%d messages stored in mailpit, want %d", n, tt.stored)
			}
		})
	}
}

// checkRetriedDelivery asserts temporary failures with code followed by
// one success as the last of attempts.
func checkRetriedDelivery(t *testing.T, res Result, err error, attempts, code int) {
	t.Helper()
	if err != nil {
		t.Fatalf("Send: %v", err)
	}
	if len(res.Attempts) != attempts || !res.Delivered() {
		t.Fatalf("attempts = %+v, want %d ending in success", res.Attempts, attempts)
	}
	for _, a := range res.Attempts[:attempts-1] {
		if !a.Temporary || a.Code != code || a.Err == nil {
			t.Errorf("attempt %+v, want temporary failure %d", a, code)
		}
	}
}

func TestSendLogsAttempts(t *testing.T) {
	tests := []struct {
		name   string
		port   func(t *testing.T) int
		levels []string
	}{
		{"retried then given up", closedPort, []string{"WARN", "ERROR"}},
		{"delivered", func(*testing.T) int { return servers.plain.SMTPPort }, []string{"INFO"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			servers.plain.Reset(t, false)
			var buf bytes.Buffer
			cfg := plainConfig(tt.port(t))
			m, _ := compose(t, cfg, 100)
			var sl sleepRecorder
			opts := Options{Logger: slog.New(slog.NewJSONHandler(&buf, nil)), Backoff: []time.Duration{time.Millisecond}, Sleep: sl.sleep}
			if _, err := New(cfg, opts).Send(context.Background(), m); (err == nil) != (tt.levels[0] == "INFO") {
				t.Fatalf("Send: %v", err)
			}
			var levels []string
			dec := json.NewDecoder(&buf)
			for dec.More() {
				var rec struct {
					Level     string `json:"level"`
					MessageID string `json:"message_id"`
					Attempt   int    `json:"attempt"`
				}
				if err := dec.Decode(&rec); err != nil {
					t.Fatal(err)
				}
				if rec.MessageID != m.MessageID || rec.Attempt != len(levels)+1 {
					t.Errorf("record %+v lacks message_id %q or attempt %d", rec, m.MessageID, len(levels)+1)
				}
				levels = append(levels, rec.Level)
			}
			if !slices.Equal(levels, tt.levels) {
				t.Errorf("levels = %v, want %v", levels, tt.levels)
			}
		})
	}
}

func TestSendTooLarge(t *testing.T) {
	tests := []struct {
		name  string
		size  int
		limit config.ByteSize
	}{
		{"base64 pushes it over the limit", 30_000, 35_000},
		{"far over the limit", 200_000, 10_000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newFakeServer(t, greet("220 fake ESMTP"))
			cfg := plainConfig(srv.port())
			cfg.MaxMessageBytes = tt.limit
			m, _ := compose(t, cfg, tt.size)
			var sl sleepRecorder
			res, err := New(cfg, Options{Backoff: []time.Duration{time.Millisecond}, Sleep: sl.sleep}).Send(context.Background(), m)
			checkFailure(t, res, err, []error{ErrTooLarge, ErrPermanent}, 0, nil, false)
			if res.Size <= int64(tt.limit) || res.Size < int64(tt.size)*4/3 {
				t.Errorf("size = %d, want over the limit %d and at least 4/3 of %d", res.Size, tt.limit, tt.size)
			}
			if n := srv.connections(t); n != 0 {
				t.Errorf("%d connections made, want 0", n)
			}
		})
	}
}

func TestSendHonoursContext(t *testing.T) {
	tests := []struct {
		name     string
		cancel   string // "before" Send or "during" the first wait
		attempts int
	}{
		{"cancelled before sending", "before", 0},
		{"cancelled while waiting to retry", "during", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			if tt.cancel == "before" {
				cancel()
			}
			cfg := plainConfig(closedPort(t))
			m, _ := compose(t, cfg, 100)
			sl := sleepRecorder{onSleep: func(int) { cancel() }}
			res, err := New(cfg, Options{Backoff: []time.Duration{time.Hour, time.Hour}, Sleep: sl.sleep}).Send(ctx, m)
			checkFailure(t, res, err, []error{context.Canceled}, tt.attempts, []int{0}, true)
		})
	}
}

func TestSleepContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	tests := []struct {
		name string
		ctx  context.Context
		d    time.Duration
		want error
	}{
		{"cancelled context returns at once", ctx, time.Hour, context.Canceled},
		{"zero wait returns nil", context.Background(), 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := sleepContext(tt.ctx, tt.d); err != tt.want {
				t.Errorf("sleepContext = %v, want %v", err, tt.want)
			}
		})
	}
}
