package fetch

import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// TestGetReusesConnection shows bodies are drained and closed: error answers
// included, every request rides the same keep-alive connection.
func TestGetReusesConnection(t *testing.T) {
	var conns atomic.Int32
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/missing":
			http.Error(w, strings.Repeat("not here ", 500), http.StatusNotFound)
		case "/broken":
			http.Error(w, "broken", http.StatusInternalServerError)
		default:
			_, _ = w.Write([]byte("fine"))
		}
	}))
	srv.Config.ConnState = func(_ net.Conn, s http.ConnState) {
		if s == http.StateNew {
			conns.Add(1)
		}
	}
	srv.Start()
	t.Cleanup(srv.Close)
	c, _ := quietClient(Options{})
	for _, p := range []string{"/missing", "/ok", "/broken", "/ok"} {
		_, _ = c.Get(context.Background(), srv.URL+p, GetOptions{})
	}
	if n := conns.Load(); n != 1 {
		t.Errorf("%d connections opened, want 1 (bodies not drained?)", n)
	}
}

// TestGetSlowBody covers a server that sends headers and then trickles the
// body: the whole-request deadline still fires.
func TestGetSlowBody(t *testing.T) {
	srv, c := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", "100000")
		_, _ = w.Write([]byte("<html>"))
		w.(http.Flusher).Flush()
		<-r.Context().Done()
	}, Options{Timeout: time.Minute})
	_, err := c.Get(context.Background(), srv.URL, GetOptions{Timeout: 100 * time.Millisecond})
	wantKind(t, err, KindTimeout)
	wantAttempts(t, err, 3)
}
