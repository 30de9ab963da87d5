package fetch

import (
	"context"
	"errors"
	"net/http"
	"testing"
)

// TestRedirectLoopNotRetried covers FAULTS H10: the loop stops after the
// cap and the fetch is not repeated.
func TestRedirectLoopNotRetried(t *testing.T) {
	srv, hits := counted(t, func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	c, _ := quietClient(Options{})
	_, err := c.Get(context.Background(), srv.URL+"/loop", GetOptions{})
	wantKind(t, err, KindRedirect)
	if !errors.Is(err, ErrTooManyRedirects) {
		t.Errorf("errors.Is(err, ErrTooManyRedirects) = false for %v", err)
	}
	wantAttempts(t, err, 1)
	if n := hits.get("/loop"); n != DefaultMaxRedirects+1 {
		t.Errorf("%d requests, want %d (the first and ten redirects)", n, DefaultMaxRedirects+1)
	}
}

// TestRedirectAuthorization shows Authorization kept on the same host and
// dropped on a hop to another host (here another port, which net/http
// alone would forward to), with the final URL recorded.
func TestRedirectAuthorization(t *testing.T) {
	var otherAuth, sameAuth string
	other, _ := counted(t, func(w http.ResponseWriter, r *http.Request) {
		otherAuth = r.Header.Get("Authorization")
		_, _ = w.Write([]byte("moved here"))
	})
	origin, _ := counted(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/start":
			http.Redirect(w, r, "/same", http.StatusFound)
		case "/same":
			sameAuth = r.Header.Get("Authorization")
			http.Redirect(w, r, other.URL+"/final", http.StatusMovedPermanently)
		}
	})
	c, _ := quietClient(Options{})
	hdr := http.Header{"Authorization": {"Bearer secret"}}
	resp, err := c.Get(context.Background(), origin.URL+"/start", GetOptions{Header: hdr})
	if err != nil {
		t.Fatal(err)
	}
	if sameAuth != "Bearer secret" {
		t.Errorf("same-host hop got Authorization %q, want it kept", sameAuth)
	}
	if otherAuth != "" {
		t.Errorf("other host got Authorization %q, want none", otherAuth)
	}
	if resp.URL != other.URL+"/final" {
		t.Errorf("final URL %q, want %q", resp.URL, other.URL+"/final")
	}
}
