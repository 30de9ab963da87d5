package fetch

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

const testUA = "sitrep/test (+https://example.org/contact)"

// serve starts an httptest server with h and returns a quiet client for it
// (robots.txt off, waits recorded by a fake clock): h answers every path.
func serve(t *testing.T, h http.HandlerFunc, opts Options) (*httptest.Server, *Client) {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	c, _ := quietClient(opts)
	return srv, c
}

// asError asserts err is an *Error and returns it.
func asError(t *testing.T, err error) *Error {
	t.Helper()
	var fe *Error
	if !errors.As(err, &fe) {
		t.Fatalf("error %v (%T) is not a *fetch.Error", err, err)
	}
	return fe
}

// wantKind asserts err is an *Error of kind k and returns it.
func wantKind(t *testing.T, err error, k Kind) *Error {
	t.Helper()
	fe := asError(t, err)
	if fe.Kind != k {
		t.Fatalf("kind = %q, want %q (err: %v)", fe.Kind, k, err)
	}
	return fe
}

func TestGetSendsHeaders(t *testing.T) {
	tests := map[string]struct {
		opts            GetOptions
		wantUA, wantAcc string
	}{
		"client defaults":    {GetOptions{}, testUA, "*/*"},
		"per-source headers": {GetOptions{UserAgent: "sitrep/2 (+ops@example.org)", Accept: "application/rss+xml"}, "sitrep/2 (+ops@example.org)", "application/rss+xml"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			var gotUA, gotAccept string
			srv, c := serve(t, func(w http.ResponseWriter, r *http.Request) {
				gotUA, gotAccept = r.UserAgent(), r.Header.Get("Accept")
				_, _ = w.Write([]byte("ok"))
			}, Options{})
			resp, err := c.Get(context.Background(), srv.URL, tc.opts)
			if err != nil {
				t.Fatal(err)
			}
			if gotUA != tc.wantUA || gotAccept != tc.wantAcc {
				t.Errorf("sent UA %q Accept %q, want %q %q", gotUA, gotAccept, tc.wantUA, tc.wantAcc)
			}
			if string(resp.Body) != "ok" || resp.StatusCode != 200 || resp.URL != srv.URL {
				t.Errorf("response = %d %q %q", resp.StatusCode, resp.URL, resp.Body)
			}
		})
	}
}

func gzipped(t *testing.T, data []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestGetBodyCap(t *testing.T) {
	const cap = 1 << 20
	bomb := gzipped(t, make([]byte, 20<<20))
	tests := map[string]struct {
		handler  http.HandlerFunc
		opts     GetOptions
		wantErr  bool
		wantSize int
	}{
		"gzip bomb over the cap after decompression": {
			handler: func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Encoding", "gzip")
				_, _ = w.Write(bomb)
			},
			wantErr: true,
		},
		"large plain body": {
			handler: func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write(bytes.Repeat([]byte("a"), 3<<20)) },
			wantErr: true,
		},
		"one byte over the cap": {
			handler: func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write(bytes.Repeat([]byte("a"), cap+1)) },
			wantErr: true,
		},
		"exactly the cap": {
			handler:  func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write(bytes.Repeat([]byte("a"), cap)) },
			wantSize: cap,
		},
		"per-request cap overrides the client's": {
			handler: func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write(bytes.Repeat([]byte("a"), 2000)) },
			opts:    GetOptions{MaxBodyBytes: 1000},
			wantErr: true,
		},
		"small gzip body is decompressed": {
			handler: func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Encoding", "gzip")
				_, _ = w.Write(gzipped(t, []byte("hello")))
			},
			wantSize: 5,
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			srv, hits := counted(t, tc.handler)
			c, _ := quietClient(Options{MaxBodyBytes: cap})
			resp, err := c.Get(context.Background(), srv.URL+"/page", tc.opts)
			if !tc.wantErr {
				if err != nil {
					t.Fatal(err)
				}
				if len(resp.Body) != tc.wantSize {
					t.Fatalf("body %d bytes, want %d", len(resp.Body), tc.wantSize)
				}
				return
			}
			wantKind(t, err, KindTooLarge)
			if !errors.Is(err, ErrTooLarge) {
				t.Errorf("errors.Is(err, ErrTooLarge) = false for %v", err)
			}
			if n := hits.get("/page"); n != 1 {
				t.Errorf("%d requests, want 1: an oversized body is not retried", n)
			}
			wantAttempts(t, err, 1)
			if resp != nil {
				t.Errorf("got a response with a too-large error")
			}
		})
	}
}

func TestGetRedirects(t *testing.T) {
	tests := map[string]struct {
		path      string
		opts      GetOptions
		wantKind  Kind
		wantIs    error
		wantFinal string
	}{
		"loop stops":                   {path: "/loop", wantKind: KindRedirect, wantIs: ErrTooManyRedirects},
		"chain within the cap":         {path: "/hop/3", wantFinal: "/hop/0"},
		"chain over a per-request cap": {path: "/hop/3", opts: GetOptions{MaxRedirects: 2}, wantKind: KindRedirect, wantIs: ErrTooManyRedirects},
		"redirect to ftp refused":      {path: "/ftp", wantKind: KindRedirect, wantIs: ErrScheme},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			srv, c := serve(t, func(w http.ResponseWriter, r *http.Request) {
				switch {
				case r.URL.Path == "/loop":
					http.Redirect(w, r, "/loop", http.StatusFound)
				case r.URL.Path == "/ftp":
					http.Redirect(w, r, "ftp://example.org/file", http.StatusMovedPermanently)
				case r.URL.Path == "/hop/0":
					_, _ = w.Write([]byte("arrived"))
				case strings.HasPrefix(r.URL.Path, "/hop/"):
					n := r.URL.Path[len("/hop/"):]
					http.Redirect(w, r, "/hop/"+string(rune(n[0]-1)), http.StatusFound)
				}
			}, Options{})
			resp, err := c.Get(context.Background(), srv.URL+tc.path, tc.opts)
			if tc.wantKind != "" {
				wantKind(t, err, tc.wantKind)
				if !errors.Is(err, tc.wantIs) {
					t.Errorf("errors.Is(%v, %v) = false", err, tc.wantIs)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if resp.URL != srv.URL+tc.wantFinal || string(resp.Body) != "arrived" {
				t.Errorf("final %q body %q, want %q", resp.URL, resp.Body, srv.URL+tc.wantFinal)
			}
		})
	}
}

func TestGetStatusAndEmpty(t *testing.T) {
	tests := map[string]struct {
		status       int
		body         string
		wantKind     Kind
		wantTemp     bool
		wantAttempts int
	}{
		"404 not found":    {http.StatusNotFound, "gone", KindStatus, false, 1},
		"500 server error": {http.StatusInternalServerError, "oops", KindStatus, true, 3},
		"429 too many":     {http.StatusTooManyRequests, "", KindStatus, true, 3},
		"empty 200 body":   {http.StatusOK, "", KindEmpty, false, 1},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			srv, c := serve(t, func(w http.ResponseWriter, r *http.Request) {
				w.WriteHeader(tc.status)
				_, _ = w.Write([]byte(tc.body))
			}, Options{})
			_, err := c.Get(context.Background(), srv.URL+"/page", GetOptions{})
			fe := wantKind(t, err, tc.wantKind)
			if tc.wantKind == KindStatus && fe.Status != tc.status {
				t.Errorf("status = %d, want %d", fe.Status, tc.status)
			}
			if tc.wantKind == KindEmpty && !errors.Is(err, ErrEmptyBody) {
				t.Errorf("errors.Is(err, ErrEmptyBody) = false for %v", err)
			}
			if fe.URL != srv.URL+"/page" {
				t.Errorf("error URL = %q", fe.URL)
			}
			if got := IsTemporary(err); got != tc.wantTemp {
				t.Errorf("IsTemporary = %v, want %v", got, tc.wantTemp)
			}
			wantAttempts(t, err, tc.wantAttempts)
		})
	}
}

func TestGetInvalidURL(t *testing.T) {
	tests := map[string]string{
		"file scheme": "file:///etc/passwd",
		"no host":     "http://",
		"bad syntax":  "http://a b/%zz",
	}
	for name, raw := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := New(Options{}).Get(context.Background(), raw, GetOptions{})
			wantKind(t, err, KindInvalidURL)
		})
	}
}

func TestGetContextCancelled(t *testing.T) {
	started := make(chan struct{})
	srv, c := serve(t, func(w http.ResponseWriter, r *http.Request) {
		close(started)
		<-r.Context().Done()
	}, Options{Timeout: time.Minute})
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		<-started
		cancel()
	}()
	_, err := c.Get(ctx, srv.URL, GetOptions{})
	wantKind(t, err, KindCanceled)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("errors.Is(err, context.Canceled) = false for %v", err)
	}
	if IsTemporary(err) {
		t.Errorf("a cancelled fetch must not be temporary")
	}
}
