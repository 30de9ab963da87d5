package fetch

import (
	"context"
	"math/rand/v2"
	"sync"
	"sync/atomic"
	"time"
)

// limiter keeps the client polite: at most one request in flight per host,
// a minimum gap between requests to one host, and a global cap on requests
// in flight. A host is the URL's host:port, so two servers on one machine
// are two hosts.
type limiter struct {
	global        chan struct{} // one token per request in flight
	globalWaiters atomic.Int32  // goroutines waiting for a global token (for tests)
	now           func() time.Time
	sleep         func(context.Context, time.Duration) error
	jitter        func(time.Duration) time.Duration

	mu    sync.Mutex
	hosts map[string]*hostState
}

// hostState is one host's slot and timing.
type hostState struct {
	slot       chan struct{} // capacity 1: held while a request to the host is in flight
	waiters    atomic.Int32  // goroutines waiting for the slot (for tests)
	last       time.Time     // when the last request to the host ended; guarded by slot
	crawlDelay time.Duration // from robots.txt; guarded by limiter.mu
}

func newLimiter(o Options, jitter func(time.Duration) time.Duration) *limiter {
	return &limiter{
		global: make(chan struct{}, o.MaxConcurrent),
		now:    o.Now,
		sleep:  o.Sleep,
		jitter: jitter,
		hosts:  make(map[string]*hostState),
	}
}

// host returns the state of host, creating it on first use.
func (l *limiter) host(host string) *hostState {
	l.mu.Lock()
	defer l.mu.Unlock()
	h, ok := l.hosts[host]
	if !ok {
		h = &hostState{slot: make(chan struct{}, 1)}
		l.hosts[host] = h
	}
	return h
}

// setCrawlDelay records a robots.txt Crawl-delay for host.
func (l *limiter) setCrawlDelay(host string, d time.Duration) {
	h := l.host(host)
	l.mu.Lock()
	h.crawlDelay = d
	l.mu.Unlock()
}

func (l *limiter) gap(h *hostState, delay time.Duration) time.Duration {
	l.mu.Lock()
	defer l.mu.Unlock()
	return max(delay, h.crawlDelay)
}

// acquire waits for host's slot, then for the gap since the host's last
// request (delay or the Crawl-delay, whichever is longer, plus jitter), then
// for a global token. The returned release must be called when the request
// (body included) is over. It fails only when ctx is done.
func (l *limiter) acquire(ctx context.Context, host string, delay time.Duration) (release func(), err error) {
	h := l.host(host)
	if err := take(ctx, h.slot, &h.waiters); err != nil {
		return nil, err
	}
	if gap := l.gap(h, delay); gap > 0 && !h.last.IsZero() {
		if wait := h.last.Add(gap + l.jitter(gap)).Sub(l.now()); wait > 0 {
			if err := l.sleep(ctx, wait); err != nil {
				<-h.slot
				return nil, err
			}
		}
	}
	if err := take(ctx, l.global, &l.globalWaiters); err != nil {
		<-h.slot
		return nil, err
	}
	return func() {
		h.last = l.now()
		<-l.global
		<-h.slot
	}, nil
}

// take puts a token into sem, waiting while it is full, unless ctx is done.
func take(ctx context.Context, sem chan struct{}, waiters *atomic.Int32) error {
	select {
	case sem <- struct{}{}:
		return nil
	default:
	}
	waiters.Add(1)
	defer waiters.Add(-1)
	select {
	case sem <- struct{}{}:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// newJitter returns a function giving a random extra of up to frac of d.
// With a seeded src the sequence is deterministic; access is serialised
// because a rand.Rand is not safe for concurrent use.
func newJitter(frac float64, src rand.Source) func(time.Duration) time.Duration {
	if frac <= 0 {
		return func(time.Duration) time.Duration { return 0 }
	}
	float := rand.Float64
	if src != nil {
		var mu sync.Mutex
		r := rand.New(src)
		float = func() float64 {
			mu.Lock()
			defer mu.Unlock()
			return r.Float64()
		}
	}
	return func(d time.Duration) time.Duration {
		return time.Duration(float() * frac * float64(d))
	}
}
