package fetch

import (
	"context"
	"net/http"
	"net/http/httptest"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// fakeClock is an injected clock whose Sleep returns at once, moving the
// clock forward and recording the wait, so tests assert waits, never time.
type fakeClock struct {
	mu    sync.Mutex
	now   time.Time
	slept []time.Duration
}

func newFakeClock() *fakeClock {
	return &fakeClock{now: time.Date(2025, 11, 14, 6, 0, 0, 0, time.UTC)}
}

func (f *fakeClock) Now() time.Time {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.now
}

func (f *fakeClock) Sleep(ctx context.Context, d time.Duration) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.now = f.now.Add(d)
	f.slept = append(f.slept, d)
	return nil
}

func (f *fakeClock) Slept() []time.Duration {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.slept)
}

// withClock fills opts with the test User-Agent and clk's clock and sleeper.
func withClock(opts Options, clk *fakeClock) Options {
	if opts.UserAgent == "" {
		opts.UserAgent = testUA
	}
	opts.Now, opts.Sleep = clk.Now, clk.Sleep
	return opts
}

// quietClient is a client for tests of one behaviour: robots.txt off (the
// handlers answer every path), no host gap unless opts sets one, so the
// only waits are retry backoffs, and waits recorded by a fake clock.
func quietClient(opts Options) (*Client, *fakeClock) {
	clk := newFakeClock()
	opts = withClock(opts, clk)
	opts.RobotsOff = true
	if opts.HostDelay == 0 {
		opts.HostDelay = -1
	}
	return New(opts), clk
}

// hitCounter counts requests per path, server-side.
type hitCounter struct {
	mu   sync.Mutex
	hits map[string]int
}

func (h *hitCounter) add(path string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.hits == nil {
		h.hits = make(map[string]int)
	}
	h.hits[path]++
}

func (h *hitCounter) get(path string) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.hits[path]
}

// counted starts a server that counts requests by path before calling h.
func counted(t *testing.T, h http.HandlerFunc) (*httptest.Server, *hitCounter) {
	t.Helper()
	hits := &hitCounter{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.add(r.URL.Path)
		h(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv, hits
}

// inFlight tracks concurrent handler calls and remembers the peak.
type inFlight struct {
	now, peak atomic.Int32
}

func (f *inFlight) enter() {
	n := f.now.Add(1)
	for {
		p := f.peak.Load()
		if n <= p || f.peak.CompareAndSwap(p, n) {
			return
		}
	}
}

func (f *inFlight) leave() { f.now.Add(-1) }

// wantAttempts asserts the *Error's attempt count.
func wantAttempts(t *testing.T, err error, n int) {
	t.Helper()
	fe := asError(t, err)
	if fe.Attempts != n {
		t.Errorf("attempts = %d, want %d (err: %v)", fe.Attempts, n, err)
	}
}
