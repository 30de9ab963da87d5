package fetch

import (
	"bufio"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// rawServer accepts connections on loopback and hands each to fn, for
// misbehaviour httptest cannot produce. Connections are closed at cleanup.
func rawServer(t *testing.T, fn func(net.Conn)) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var (
		mu    sync.Mutex
		conns []net.Conn
		wg    sync.WaitGroup
	)
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			conns = append(conns, conn)
			mu.Unlock()
			wg.Add(1)
			go func() {
				defer wg.Done()
				fn(conn)
			}()
		}
	}()
	t.Cleanup(func() {
		_ = ln.Close()
		mu.Lock()
		for _, c := range conns {
			_ = c.Close()
		}
		mu.Unlock()
		wg.Wait()
	})
	return "http://" + ln.Addr().String() + "/"
}

// readRequest consumes the request head so the client is not blocked writing.
func readRequest(conn net.Conn) {
	_, _ = http.ReadRequest(bufio.NewReader(conn))
}

func TestGetNeverSendsHeaders(t *testing.T) {
	var conns atomic.Int32
	u := rawServer(t, func(conn net.Conn) {
		conns.Add(1)
		readRequest(conn)
		// Say nothing; wait until the client gives up and closes.
		_, _ = io.Copy(io.Discard, conn)
	})
	c, clk := quietClient(Options{Timeout: 100 * time.Millisecond})
	_, err := c.Get(context.Background(), u, GetOptions{})
	wantKind(t, err, KindTimeout)
	if !IsTemporary(err) {
		t.Errorf("a timeout must be temporary")
	}
	wantAttempts(t, err, 3)
	if n := conns.Load(); n != 3 {
		t.Errorf("%d connections, want 3 (one per attempt)", n)
	}
	if s := clk.Slept(); len(s) != 2 {
		t.Errorf("backoff waits %v, want 2", s)
	}
}

// TestGetBodyCut covers bodies that end early (FAULTS H6, H7). With a
// Content-Length or chunked framing the cut is an unexpected EOF; without a
// length only the caller's Validate hook can tell. Both are retried.
func TestGetBodyCut(t *testing.T) {
	const complete = "</html>"
	validate := func(r *Response) error {
		if !strings.Contains(string(r.Body), complete) {
			return errors.New("no closing </html>")
		}
		return nil
	}
	tests := map[string]struct {
		reply    string
		validate func(*Response) error
		wantKind Kind
		wantIs   error
	}{
		"before content-length": {
			reply:    "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 1000\r\n\r\n<html><body>only part of it",
			wantKind: KindNetwork, wantIs: io.ErrUnexpectedEOF,
		},
		"mid-chunk": {
			reply:    "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n400\r\n<html><body>only part",
			wantKind: KindNetwork, wantIs: io.ErrUnexpectedEOF,
		},
		"no length, caught by validate": {
			reply:    "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n<html><body>only part",
			validate: validate, wantKind: KindMarkup,
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			var conns atomic.Int32
			u := rawServer(t, func(conn net.Conn) {
				conns.Add(1)
				readRequest(conn)
				_, _ = io.WriteString(conn, tc.reply)
				_ = conn.Close()
			})
			c, _ := quietClient(Options{})
			_, err := c.Get(context.Background(), u, GetOptions{Validate: tc.validate})
			wantKind(t, err, tc.wantKind)
			if tc.wantIs != nil && !errors.Is(err, tc.wantIs) {
				t.Errorf("errors.Is(err, %v) = false for %v", tc.wantIs, err)
			}
			if !IsTemporary(err) {
				t.Errorf("a cut body must be temporary: %v", err)
			}
			wantAttempts(t, err, 3)
			if n := conns.Load(); n != 3 {
				t.Errorf("%d connections, want 3 (one per attempt)", n)
			}
		})
	}
}

// TestGetBodyCutUndetected documents why Validate exists: a body cut with
// no length is, to HTTP, a complete answer.
func TestGetBodyCutUndetected(t *testing.T) {
	u := rawServer(t, func(conn net.Conn) {
		readRequest(conn)
		_, _ = io.WriteString(conn, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n<html><body>only part")
		_ = conn.Close()
	})
	c, _ := quietClient(Options{})
	resp, err := c.Get(context.Background(), u, GetOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if string(resp.Body) != "<html><body>only part" {
		t.Errorf("body %q", resp.Body)
	}
}
