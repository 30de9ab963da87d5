package mail

import (
	"context"
	"crypto/sha256"
	"crypto/tls"
	"errors"
	"regexp"
	"slices"
	"testing"
	"time"

	"sitrep/config"

	"sitrep/internal/mailpittest"
)

func TestSendDelivers(t *testing.T) {
	mp := servers.plain
	mp.Reset(t, false)
	cfg := plainConfig(mp.SMTPPort)
	m, data := compose(t, cfg, 200_000)
	var sl sleepRecorder
	res, err := New(cfg, Options{Backoff: []time.Duration{time.Millisecond}, Sleep: sl.sleep}).Send(context.Background(), m)
	if err != nil {
		t.Fatalf("Send: %v", err)
	}
	if !res.Delivered() || len(res.Attempts) != 1 || res.MessageID != m.MessageID || res.Size < int64(len(data))*4/3 {
		t.Fatalf("result = %+v, want one delivered attempt of at least %d bytes", res, len(data)*4/3)
	}
	got := mp.WaitMessage(t, m.MessageID)
	checkAddresses(t, "to", got.To, "desk@example.org", "analyst@example.org")
	checkAddresses(t, "cc", got.Cc, "chief@example.org")
	checkAddresses(t, "bcc", got.Bcc, "archive@example.org")
	if got.From.Address != "sitrep@example.org" {
		t.Errorf("from = %q", got.From.Address)
	}
	if want := "sitrep — 2025-11-14: 5 attacks, 4 killed, 2 diplomatic actions"; got.Subject != want {
		t.Errorf("subject = %q, want %q", got.Subject, want)
	}
	for _, re := range []string{`Killed\s+4\b`, `Injured\s+17\b`, `Drones launched\s+120\b`} {
		if !regexp.MustCompile(re).MatchString(got.Text) {
			t.Errorf("text body does not match %q:\n%s", re, got.Text)
		}
	}
	checkContains(t, "html body", got.HTML, []string{"<b>4</b>", "<b>17</b>", "<li>Kharkiv</li>"}, nil)
	if len(got.Attachments) != 1 {
		t.Fatalf("attachments = %+v, want 1", got.Attachments)
	}
	a := got.Attachments[0]
	if a.FileName != "sitrep-2025-11-14.xlsx" || a.ContentType != xlsxType {
		t.Errorf("attachment = %q %q", a.FileName, a.ContentType)
	}
	if body := mp.Part(t, got.ID, a.PartID); sha256.Sum256(body) != sha256.Sum256(data) {
		t.Errorf("attachment bytes differ: got %d bytes, want %d", len(body), len(data))
	}
	if len(sl.waits) != 0 {
		t.Errorf("slept %v after a success", sl.waits)
	}
}

// checkAddresses compares the bare addresses of a header with want.
func checkAddresses(t *testing.T, field string, got []mailpittest.Address, want ...string) {
	t.Helper()
	var addrs []string
	for _, a := range got {
		addrs = append(addrs, a.Address)
	}
	if !slices.Equal(addrs, want) {
		t.Errorf("%s = %v, want %v", field, addrs, want)
	}
}

func TestSendSecure(t *testing.T) {
	tests := []struct {
		name      string
		edit      func(c *config.EmailConfig, o *Options)
		wantErr   []error
		wantCode  int
		wantMsg   string
		delivered bool
	}{
		{name: "starttls and auth", edit: func(*config.EmailConfig, *Options) {}, delivered: true},
		{
			name:     "wrong password is permanent",
			edit:     func(c *config.EmailConfig, _ *Options) { c.SMTP.Password = "wrong" },
			wantErr:  []error{ErrPermanent},
			wantCode: 535,
			wantMsg:  "SMTP AUTH failed: 535",
		},
		{
			name:    "untrusted certificate is permanent",
			edit:    func(_ *config.EmailConfig, o *Options) { o.TLSConfig = nil },
			wantErr: []error{ErrPermanent},
			wantMsg: "certificate signed by unknown authority",
		},
		{
			name:    "implicit tls against a starttls port is permanent",
			edit:    func(c *config.EmailConfig, _ *Options) { c.SMTP.TLS = config.TLSImplicit },
			wantErr: []error{ErrPermanent},
			wantMsg: "does not look like a TLS handshake",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mp := servers.secure
			mp.Reset(t, false)
			cfg := plainConfig(mp.SMTPPort)
			cfg.SMTP.TLS, cfg.SMTP.Username, cfg.SMTP.Password = config.TLSStartTLS, "sitrep", "s3cret"
			var sl sleepRecorder
			opts := Options{TLSConfig: &tls.Config{RootCAs: servers.roots}, Backoff: []time.Duration{time.Millisecond}, Sleep: sl.sleep}
			tt.edit(&cfg, &opts)
			m, data := compose(t, cfg, 5000)
			res, err := New(cfg, opts).Send(context.Background(), m)
			if tt.delivered {
				if err != nil {
					t.Fatalf("Send: %v", err)
				}
				got := mp.WaitMessage(t, m.MessageID)
				if body := mp.Part(t, got.ID, got.Attachments[0].PartID); sha256.Sum256(body) != sha256.Sum256(data) {
					t.Error("attachment bytes differ")
				}
				return
			}
			checkFailure(t, res, err, tt.wantErr, 1, []int{tt.wantCode}, false)
			checkContains(t, "error", err.Error(), []string{tt.wantMsg}, nil)
			if n := len(mp.Messages(t)); n != 0 {
				t.Errorf("%d messages stored, want 0", n)
			}
			if len(sl.waits) != 0 {
				t.Errorf("slept %v before a permanent failure", sl.waits)
			}
		})
	}
}

// checkFailure asserts an error wrapping every wantErr, the number of
// attempts, their codes and that each attempt has the expected kind.
func checkFailure(t *testing.T, res Result, err error, wantErr []error, attempts int, codes []int, temporary bool) {
	t.Helper()
	if err == nil {
		t.Fatalf("Send succeeded, want %v", wantErr)
	}
	for _, w := range wantErr {
		if !errors.Is(err, w) {
			t.Errorf("error %q does not wrap %q", err, w)
		}
	}
	if len(res.Attempts) != attempts {
		t.Fatalf("%d attempts, want %d: %+v", len(res.Attempts), attempts, res.Attempts)
	}
	for i, a := range res.Attempts {
		if a.Err == nil || a.Temporary != temporary || a.Code != codes[min(i, len(codes)-1)] || a.At.IsZero() {
			t.Errorf("attempt %d = %+v, want temporary=%v code %d", i+1, a, temporary, codes[min(i, len(codes)-1)])
		}
	}
	if res.Delivered() {
		t.Error("Delivered() = true after a failure")
	}
}
