package fetch

import (
	"context"
	"math/rand/v2"
	"net/http"
	"net/url"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// hostOf returns the limiter key of a server URL.
func hostOf(t *testing.T, raw string) string {
	t.Helper()
	u, err := url.Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	return u.Host
}

// waitFor yields until cond holds or the request is abandoned; it reports
// whether cond held. It is how a handler holds its request open until the
// client has reached a known state, without sleeping.
func waitFor(r *http.Request, cond func() bool) bool {
	for !cond() {
		if r.Context().Err() != nil {
			return false
		}
		runtime.Gosched()
	}
	return true
}

// TestHostSerialised shows one request in flight per host: the first
// request is held open until the second Get is queued on the host's slot,
// and the server never sees two at once.
func TestHostSerialised(t *testing.T) {
	var (
		flight inFlight
		seen   atomic.Int32
		c      *Client
		host   string
	)
	srv, _ := counted(t, func(w http.ResponseWriter, r *http.Request) {
		flight.enter()
		defer flight.leave()
		if seen.Add(1) == 1 && !waitFor(r, func() bool { return c.limiter.host(host).waiters.Load() == 1 }) {
			return
		}
		_, _ = w.Write([]byte("ok"))
	})
	host = hostOf(t, srv.URL)
	c, _ = quietClient(Options{Timeout: 10 * time.Second, MaxRetries: -1})
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for i := range errs {
		wg.Go(func() { _, errs[i] = c.Get(context.Background(), srv.URL+"/p", GetOptions{}) })
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if p := flight.peak.Load(); p != 1 {
		t.Errorf("%d requests in flight at once to one host, want 1", p)
	}
}

// TestHostsConcurrent shows two hosts served at the same time: each handler
// waits until the other has been entered, which only completes if both
// requests are in flight together.
func TestHostsConcurrent(t *testing.T) {
	aIn, bIn := make(chan struct{}), make(chan struct{})
	meet := func(mine, other chan struct{}) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			close(mine)
			select {
			case <-other:
				_, _ = w.Write([]byte("ok"))
			case <-r.Context().Done():
			}
		}
	}
	a, _ := counted(t, meet(aIn, bIn))
	b, _ := counted(t, meet(bIn, aIn))
	c, _ := quietClient(Options{Timeout: 10 * time.Second, MaxRetries: -1})
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for i, u := range []string{a.URL, b.URL} {
		wg.Go(func() { _, errs[i] = c.Get(context.Background(), u, GetOptions{}) })
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Errorf("hosts did not proceed concurrently: %v", err)
		}
	}
}

// TestGlobalLimit shows MaxConcurrent across hosts: with a limit of one,
// the first request is held until the other host's request waits for the
// global token, and the servers never see two at once.
func TestGlobalLimit(t *testing.T) {
	var (
		flight inFlight
		seen   atomic.Int32
		c      *Client
	)
	h := func(w http.ResponseWriter, r *http.Request) {
		flight.enter()
		defer flight.leave()
		if seen.Add(1) == 1 && !waitFor(r, func() bool { return c.limiter.globalWaiters.Load() == 1 }) {
			return
		}
		_, _ = w.Write([]byte("ok"))
	}
	a, _ := counted(t, h)
	b, _ := counted(t, h)
	c, _ = quietClient(Options{MaxConcurrent: 1, Timeout: 10 * time.Second, MaxRetries: -1})
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for i, u := range []string{a.URL, b.URL} {
		wg.Go(func() { _, errs[i] = c.Get(context.Background(), u, GetOptions{}) })
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if p := flight.peak.Load(); p != 1 {
		t.Errorf("%d requests in flight with MaxConcurrent 1", p)
	}
}

// TestHostDelay checks the gap the limiter asks the sleeper for between
// requests to one host, with the client's and a per-request setting.
func TestHostDelay(t *testing.T) {
	tests := map[string]struct {
		client, request time.Duration
		wantWaits       []time.Duration
	}{
		"default one second":           {0, 0, []time.Duration{time.Second, time.Second}},
		"client setting":               {2 * time.Second, 0, []time.Duration{2 * time.Second, 2 * time.Second}},
		"per-request, as for t.me":     {0, 5 * time.Second, []time.Duration{5 * time.Second, 5 * time.Second}},
		"per-request below the client": {3 * time.Second, time.Second, []time.Duration{time.Second, time.Second}},
		"none for a mirror":            {-1, 0, nil},
		"none for one request kind":    {0, -1, nil},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			srv, hits := counted(t, func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write([]byte("ok")) })
			clk := newFakeClock()
			c := New(withClock(Options{HostDelay: tc.client, Jitter: -1, RobotsOff: true}, clk))
			for range 3 {
				if _, err := c.Get(context.Background(), srv.URL+"/p", GetOptions{HostDelay: tc.request}); err != nil {
					t.Fatal(err)
				}
			}
			if got := clk.Slept(); !slices.Equal(got, tc.wantWaits) {
				t.Errorf("waits %v, want %v", got, tc.wantWaits)
			}
			if n := hits.get("/p"); n != 3 {
				t.Errorf("%d requests, want 3", n)
			}
		})
	}
}

// TestHostDelayPerHost shows the gap is per host: one request to each of
// two hosts waits for nothing.
func TestHostDelayPerHost(t *testing.T) {
	ok := func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write([]byte("ok")) }
	a, _ := counted(t, ok)
	b, _ := counted(t, ok)
	clk := newFakeClock()
	c := New(withClock(Options{HostDelay: 10 * time.Second, RobotsOff: true}, clk))
	for _, u := range []string{a.URL, b.URL} {
		if _, err := c.Get(context.Background(), u, GetOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	if got := clk.Slept(); len(got) != 0 {
		t.Errorf("waits %v, want none", got)
	}
}

// TestJitterDeterministic shows jitter within [delay, 1.5×delay] and the
// same waits from the same seed.
func TestJitterDeterministic(t *testing.T) {
	run := func(seed uint64) []time.Duration {
		srv, _ := counted(t, func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write([]byte("ok")) })
		clk := newFakeClock()
		c := New(withClock(Options{RobotsOff: true, Rand: rand.NewPCG(seed, seed)}, clk))
		for range 6 {
			if _, err := c.Get(context.Background(), srv.URL, GetOptions{}); err != nil {
				t.Fatal(err)
			}
		}
		return clk.Slept()
	}
	first, second, other := run(7), run(7), run(8)
	if !slices.Equal(first, second) {
		t.Errorf("same seed, different waits: %v and %v", first, second)
	}
	if slices.Equal(first, other) {
		t.Errorf("different seeds, same waits: %v", first)
	}
	if len(first) != 5 {
		t.Fatalf("waits %v, want 5", first)
	}
	for _, w := range first {
		if w < DefaultHostDelay || w > DefaultHostDelay*3/2 {
			t.Errorf("wait %v outside [1s, 1.5s]", w)
		}
	}
}

// TestLimiterHonoursContext shows a Get queued behind another request to
// the same host gives up when its context ends.
func TestLimiterHonoursContext(t *testing.T) {
	srv, hits := counted(t, func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write([]byte("ok")) })
	host := hostOf(t, srv.URL)
	c, _ := quietClient(Options{})
	release, err := c.limiter.acquire(context.Background(), host, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer release()
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		for c.limiter.host(host).waiters.Load() == 0 {
			runtime.Gosched()
		}
		cancel()
	}()
	_, err = c.Get(ctx, srv.URL+"/page", GetOptions{})
	wantKind(t, err, KindCanceled)
	if n := hits.get("/page"); n != 0 {
		t.Errorf("%d requests, want 0", n)
	}
}
