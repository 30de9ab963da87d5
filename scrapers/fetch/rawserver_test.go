package fetch

import (
	"bufio"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"sync"
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
	u := rawServer(t, func(conn net.Conn) {
		readRequest(conn)
		// Say nothing; wait until the client gives up and closes.
		_, _ = io.Copy(io.Discard, conn)
	})
	c := New(Options{UserAgent: testUA, Timeout: 200 * time.Millisecond})
	_, err := c.Get(context.Background(), u, GetOptions{})
	wantKind(t, err, KindTimeout)
	if !IsTemporary(err) {
		t.Errorf("a timeout must be temporary")
	}
}

func TestGetBodyCutShort(t *testing.T) {
	tests := map[string]string{
		"before content-length": "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 1000\r\n\r\n<html><body>only part of it",
		"mid-chunk":             "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n400\r\n<html><body>only part",
	}
	for name, reply := range tests {
		t.Run(name, func(t *testing.T) {
			u := rawServer(t, func(conn net.Conn) {
				readRequest(conn)
				_, _ = io.WriteString(conn, reply)
				_ = conn.Close()
			})
			_, err := New(Options{UserAgent: testUA}).Get(context.Background(), u, GetOptions{})
			wantKind(t, err, KindNetwork)
			if !errors.Is(err, io.ErrUnexpectedEOF) {
				t.Errorf("errors.Is(err, io.ErrUnexpectedEOF) = false for %v", err)
			}
		})
	}
}
