package mail

import (
	"io"
	"net"
	"sync"
	"testing"
	"time"

	"sitrep/internal/mailpittest"
)

// fakeServer is a loopback listener that records every accepted connection
// and hands it to handle, for faults mailpit cannot produce.
type fakeServer struct {
	l        net.Listener
	mu       sync.Mutex
	remotes  []string
	accepted chan string // remote address of each accepted connection
	wg       sync.WaitGroup
}

// newFakeServer listens on 127.0.0.1 and serves until the test ends.
func newFakeServer(t *testing.T, handle func(net.Conn)) *fakeServer {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &fakeServer{l: l, accepted: make(chan string, 64)}
	done := make(chan struct{})
	s.wg.Add(1)
	go s.serve(handle, done)
	t.Cleanup(func() {
		close(done)
		l.Close()
		s.wg.Wait()
	})
	return s
}

// serve accepts connections until the listener closes; each connection is
// closed when done is, so no handler outlives the test.
func (s *fakeServer) serve(handle func(net.Conn), done chan struct{}) {
	defer s.wg.Done()
	for {
		c, err := s.l.Accept()
		if err != nil {
			return
		}
		s.mu.Lock()
		s.remotes = append(s.remotes, c.RemoteAddr().String())
		s.mu.Unlock()
		s.accepted <- c.RemoteAddr().String()
		s.wg.Add(2)
		go func() { defer s.wg.Done(); handle(c) }()
		go func() { defer s.wg.Done(); <-done; c.Close() }()
	}
}

// port is the listener's port.
func (s *fakeServer) port() int { return s.l.Addr().(*net.TCPAddr).Port }

// connections proves how many connections reached the server before now:
// it connects once itself and waits until that connection is accepted. The
// kernel hands out connections in order, so every earlier one has been
// accepted by then; the sentinel itself is not counted.
func (s *fakeServer) connections(t *testing.T) int {
	t.Helper()
	c, err := net.Dial("tcp", s.l.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	me := c.LocalAddr().String()
	timeout := time.After(10 * time.Second)
	for {
		select {
		case addr := <-s.accepted:
			if addr == me {
				s.mu.Lock()
				defer s.mu.Unlock()
				return len(s.remotes) - 1
			}
		case <-timeout:
			t.Fatal("sentinel connection not accepted within 10s")
		}
	}
}

// greet answers every connection with line and closes it.
func greet(line string) func(net.Conn) {
	return func(c net.Conn) {
		_, _ = io.WriteString(c, line+"\r\n") // the client may be gone already
		c.Close()
	}
}

// silent accepts and never says anything, until the connection is closed.
func silent(c net.Conn) { _, _ = io.Copy(io.Discard, c) }

// closedPort returns a loopback port with nothing listening.
func closedPort(t *testing.T) int {
	t.Helper()
	p, err := mailpittest.FreePort()
	if err != nil {
		t.Fatal(err)
	}
	return p
}
