package fetch

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"
)

// TestRetryStatuses covers FAULTS H1 and H2: which answers are retried, how
// often, and that Retry-After sets the wait.
func TestRetryStatuses(t *testing.T) {
	tests := map[string]struct {
		status       int
		header       map[string]string
		wantAttempts int
		wantMinWait  time.Duration // every wait at least this
		wantFirst    time.Duration // the first wait at least this
		wantIs       error
	}{
		"429 with Retry-After 2":   {status: 429, header: map[string]string{"Retry-After": "2"}, wantAttempts: 3, wantMinWait: 2 * time.Second},
		"503 with Retry-After 2":   {status: 503, header: map[string]string{"Retry-After": "2"}, wantAttempts: 3, wantMinWait: 2 * time.Second},
		"503 with an HTTP date":    {status: 503, header: map[string]string{"Retry-After": "Fri, 14 Nov 2025 06:00:05 GMT"}, wantAttempts: 3, wantMinWait: time.Second, wantFirst: 5 * time.Second},
		"500 backs off":            {status: 500, wantAttempts: 3, wantMinWait: time.Second},
		"502":                      {status: 502, wantAttempts: 3, wantMinWait: time.Second},
		"504":                      {status: 504, wantAttempts: 3, wantMinWait: time.Second},
		"408":                      {status: 408, wantAttempts: 3, wantMinWait: time.Second},
		"522 cloudflare timeout":   {status: 522, wantAttempts: 3, wantMinWait: time.Second},
		"524 cloudflare timeout":   {status: 524, wantAttempts: 3, wantMinWait: time.Second},
		"404 is not retried":       {status: 404, wantAttempts: 1},
		"410 is not retried":       {status: 410, wantAttempts: 1},
		"403 is not retried":       {status: 403, wantAttempts: 1},
		"501 is not retried":       {status: 501, wantAttempts: 1},
		"cloudflare challenge":     {status: 403, header: map[string]string{"Cf-Mitigated": "challenge"}, wantAttempts: 1, wantIs: ErrChallenge},
		"Retry-After over the cap": {status: 503, header: map[string]string{"Retry-After": "3600"}, wantAttempts: 1, wantIs: ErrRetryAfterTooLong},
		"429 date over the cap":    {status: 429, header: map[string]string{"Retry-After": "Fri, 14 Nov 2025 08:00:00 GMT"}, wantAttempts: 1, wantIs: ErrRetryAfterTooLong},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			srv, hits := counted(t, func(w http.ResponseWriter, r *http.Request) {
				for k, v := range tc.header {
					w.Header().Set(k, v)
				}
				w.WriteHeader(tc.status)
			})
			c, clk := quietClient(Options{})
			_, err := c.Get(context.Background(), srv.URL+"/page", GetOptions{})
			fe := wantKind(t, err, KindStatus)
			if fe.Status != tc.status {
				t.Errorf("status %d, want %d", fe.Status, tc.status)
			}
			wantAttempts(t, err, tc.wantAttempts)
			if n := hits.get("/page"); n != tc.wantAttempts {
				t.Errorf("server saw %d requests, want %d", n, tc.wantAttempts)
			}
			waits := clk.Slept()
			if len(waits) != tc.wantAttempts-1 {
				t.Errorf("waits %v, want %d", waits, tc.wantAttempts-1)
			}
			for _, w := range waits {
				if w < tc.wantMinWait {
					t.Errorf("waited %v, want at least %v (all waits %v)", w, tc.wantMinWait, waits)
				}
			}
			if len(waits) > 0 && waits[0] < tc.wantFirst {
				t.Errorf("first wait %v, want at least %v", waits[0], tc.wantFirst)
			}
			if tc.wantIs != nil && !errors.Is(err, tc.wantIs) {
				t.Errorf("errors.Is(err, %v) = false for %v", tc.wantIs, err)
			}
		})
	}
}

func TestRetryAfterCapMessage(t *testing.T) {
	srv, _ := counted(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "3600")
		w.WriteHeader(http.StatusTooManyRequests)
	})
	c, _ := quietClient(Options{MaxRetryAfter: 30 * time.Second})
	_, err := c.Get(context.Background(), srv.URL, GetOptions{})
	fe := wantKind(t, err, KindStatus)
	if fe.RetryAfter != time.Hour {
		t.Errorf("RetryAfter = %v, want 1h", fe.RetryAfter)
	}
	if msg := err.Error(); !strings.Contains(msg, "server asks to wait 1h0m0s, over the 30s cap") {
		t.Errorf("message %q does not say the wait is over the cap", msg)
	}
	if !IsTemporary(err) {
		t.Errorf("a 429 over the cap is still temporary (next run)")
	}
}

func TestBackoffGrows(t *testing.T) {
	tests := map[string]struct {
		opts      Options
		wantWaits []time.Duration
	}{
		"defaults without jitter":  {Options{Jitter: -1}, []time.Duration{time.Second, 2 * time.Second}},
		"base 3s, four retries":    {Options{Jitter: -1, BackoffBase: 3 * time.Second, MaxRetries: 4}, []time.Duration{3 * time.Second, 6 * time.Second, 12 * time.Second, 24 * time.Second}},
		"capped by MaxRetryAfter":  {Options{Jitter: -1, BackoffBase: 20 * time.Second, MaxRetries: 3, MaxRetryAfter: 50 * time.Second}, []time.Duration{20 * time.Second, 40 * time.Second, 50 * time.Second}},
		"no retries when negative": {Options{MaxRetries: -1}, nil},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			srv, _ := counted(t, func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusBadGateway) })
			c, clk := quietClient(tc.opts)
			_, err := c.Get(context.Background(), srv.URL, GetOptions{})
			wantAttempts(t, err, len(tc.wantWaits)+1)
			got := clk.Slept()
			if len(got) != len(tc.wantWaits) {
				t.Fatalf("waits %v, want %v", got, tc.wantWaits)
			}
			for i := range got {
				if got[i] != tc.wantWaits[i] {
					t.Errorf("waits %v, want %v", got, tc.wantWaits)
				}
			}
		})
	}
}

// TestRetryStopsWhenCancelled shows the retry loop honours ctx: a sleeper
// that reports cancellation ends the fetch with KindCanceled.
func TestRetryStopsWhenCancelled(t *testing.T) {
	srv, hits := counted(t, func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusServiceUnavailable) })
	ctx, cancel := context.WithCancel(context.Background())
	c, _ := quietClient(Options{})
	c.opts.Sleep = func(context.Context, time.Duration) error {
		cancel()
		return context.Canceled
	}
	_, err := c.Get(ctx, srv.URL+"/page", GetOptions{})
	wantKind(t, err, KindCanceled)
	wantAttempts(t, err, 1)
	if n := hits.get("/page"); n != 1 {
		t.Errorf("%d requests after cancellation, want 1", n)
	}
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2025, 11, 14, 6, 0, 0, 0, time.UTC)
	tests := map[string]struct {
		value string
		want  time.Duration
	}{
		"seconds":          {"2", 2 * time.Second},
		"padded seconds":   {" 120 ", 2 * time.Minute},
		"zero":             {"0", 0},
		"negative":         {"-5", 0},
		"http date":        {"Fri, 14 Nov 2025 06:01:30 GMT", 90 * time.Second},
		"rfc 850 date":     {"Friday, 14-Nov-25 06:00:10 GMT", 10 * time.Second},
		"date in the past": {"Fri, 14 Nov 2025 05:00:00 GMT", 0},
		"garbage":          {"soon", 0},
		"empty":            {"", 0},
		"absurdly large":   {"99999999999999", 365 * 24 * time.Hour},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := parseRetryAfter(tc.value, now); got != tc.want {
				t.Errorf("parseRetryAfter(%q) = %v, want %v", tc.value, got, tc.want)
			}
		})
	}
}

// TestValidateHook covers the completeness check: a rejected page is kind
// markup and retried, and a page that passes on a later attempt is returned.
func TestValidateHook(t *testing.T) {
	srv, hits := counted(t, func(w http.ResponseWriter, r *http.Request) {
		_, _ = w.Write([]byte("<html><body><ul><li>x</li></ul></body></html>"))
	})
	calls := 0
	validate := func(r *Response) error { // fails once, as if the first answer were cut
		calls++
		if calls < 2 {
			return errors.New("0 items, expected at least 1")
		}
		return nil
	}
	c, _ := quietClient(Options{})
	resp, err := c.Get(context.Background(), srv.URL+"/list", GetOptions{Validate: validate})
	if err != nil {
		t.Fatal(err)
	}
	if calls != 2 || hits.get("/list") != 2 {
		t.Errorf("validate called %d times over %d requests, want 2 and 2", calls, hits.get("/list"))
	}
	if !strings.Contains(string(resp.Body), "</html>") {
		t.Errorf("body %q", resp.Body)
	}

	_, err = c.Get(context.Background(), srv.URL+"/never", GetOptions{Validate: func(*Response) error {
		return errors.New("no closing </html>")
	}})
	wantKind(t, err, KindMarkup)
	wantAttempts(t, err, 3)
	if !strings.Contains(err.Error(), "no closing </html>") {
		t.Errorf("message %q lacks the check's reason", err)
	}
}
