package fetch

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestIsTemporary(t *testing.T) {
	tests := map[string]struct {
		err  error
		want bool
	}{
		"timeout":             {&Error{Kind: KindTimeout}, true},
		"network":             {&Error{Kind: KindNetwork}, true},
		"408":                 {&Error{Kind: KindStatus, Status: 408}, true},
		"429":                 {&Error{Kind: KindStatus, Status: 429}, true},
		"503":                 {&Error{Kind: KindStatus, Status: 503}, true},
		"524 cloudflare":      {&Error{Kind: KindStatus, Status: 524}, true},
		"522 cloudflare":      {&Error{Kind: KindStatus, Status: 522}, true},
		"507 storage":         {&Error{Kind: KindStatus, Status: 507}, false},
		"markup":              {&Error{Kind: KindMarkup}, true},
		"robots disallow":     {&Error{Kind: KindRobots, Err: ErrDisallowed}, false},
		"robots unreachable":  {&Error{Kind: KindRobots, Err: ErrRobotsUnavailable}, true},
		"501 not implemented": {&Error{Kind: KindStatus, Status: 501}, false},
		"404":                 {&Error{Kind: KindStatus, Status: 404}, false},
		"403":                 {&Error{Kind: KindStatus, Status: 403}, false},
		"tls":                 {&Error{Kind: KindTLS}, false},
		"too large":           {&Error{Kind: KindTooLarge, Err: ErrTooLarge}, false},
		"redirect":            {&Error{Kind: KindRedirect}, false},
		"wrapped timeout":     {fmt.Errorf("source %q: %w", "x", &Error{Kind: KindTimeout}), true},
		"not a fetch error":   {errors.New("boom"), false},
		"nil":                 {nil, false},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := IsTemporary(tc.err); got != tc.want {
				t.Errorf("IsTemporary(%v) = %v, want %v", tc.err, got, tc.want)
			}
		})
	}
}

func TestErrorMessage(t *testing.T) {
	tests := map[string]struct {
		err  *Error
		want string
	}{
		"status":    {&Error{Kind: KindStatus, URL: "http://a/x", Status: 404}, "fetch http://a/x: status 404 Not Found"},
		"too large": {&Error{Kind: KindTooLarge, URL: "http://a/x", Err: ErrTooLarge}, "fetch http://a/x: too_large: body over size limit"},
		"bare kind": {&Error{Kind: KindEmpty, URL: "http://a/x"}, "fetch http://a/x: empty"},
		"retried status": {&Error{Kind: KindStatus, URL: "http://a/x", Status: 503, Attempts: 3},
			"fetch http://a/x: status 503 Service Unavailable (3 attempts)"},
		"status with a cause": {&Error{Kind: KindStatus, URL: "http://a/x", Status: 403, Err: ErrChallenge, Attempts: 1},
			"fetch http://a/x: status 403 Forbidden: cloudflare challenge"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := tc.err.Error(); got != tc.want {
				t.Errorf("Error() = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestGetTransportFailures(t *testing.T) {
	tlsSrv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	t.Cleanup(tlsSrv.Close)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closedURL := "http://" + ln.Addr().String() + "/"
	if err := ln.Close(); err != nil {
		t.Fatal(err)
	}
	client, _ := quietClient(Options{})
	badGzipSrv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", "gzip")
		_, _ = w.Write([]byte("this is not gzip at all"))
	}))
	t.Cleanup(badGzipSrv.Close)

	tests := map[string]struct {
		url          string
		want         Kind
		wantAttempts int
	}{
		"untrusted certificate is not retried": {tlsSrv.URL, KindTLS, 1},
		"connection refused is retried":        {closedURL, KindNetwork, 3},
		"invalid gzip stream is retried once":  {badGzipSrv.URL, KindNetwork, 2},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := client.Get(context.Background(), tc.url, GetOptions{})
			wantKind(t, err, tc.want)
			wantAttempts(t, err, tc.wantAttempts)
		})
	}
}

func TestCheckUserAgent(t *testing.T) {
	tests := map[string]struct {
		ua     string
		wantOK bool
	}{
		"built by UserAgent": {UserAgent("1.2.0", "https://example.org/about"), true},
		"mail contact":       {"sitrep/0.1 (+ops@example.org)", true},
		"browser string":     {"Mozilla/5.0", false},
		"no contact":         {"sitrep/1.0", false},
		"no version":         {"sitrep/ (+x)", false},
		"unclosed":           {"sitrep/1.0 (+x", false},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if err := CheckUserAgent(tc.ua); (err == nil) != tc.wantOK {
				t.Errorf("CheckUserAgent(%q) = %v, want ok=%v", tc.ua, err, tc.wantOK)
			}
		})
	}
}
