package jobs

import (
	"fmt"
	"os"
	"sync"
	"testing"
	"time"

	"sitrep/internal/mailpittest"
)

// mailpit is the mailpit server the delivery tests of this package send
// through, started once in TestMain (the only package-level state, in tests
// only).
var mailpit *mailpittest.Server

func TestMain(m *testing.M) { os.Exit(runTests(m)) }

func runTests(m *testing.M) int {
	bin, err := mailpittest.Binary()
	if err != nil {
		fmt.Fprintf(os.Stderr, "FAIL: mailpit not found (%v); run `%s`\n", err, mailpittest.Install)
		return 1
	}
	dir, err := os.MkdirTemp("", "sitrep-jobs-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "FAIL:", err)
		return 1
	}
	defer os.RemoveAll(dir)
	mailpit, err = mailpittest.Start(bin, dir, "jobs")
	if err != nil {
		fmt.Fprintln(os.Stderr, "FAIL:", err)
		return 1
	}
	defer mailpit.Stop()
	return m.Run()
}

// fakeClock is a Clock the test moves by hand. Every After call is announced
// on armed, so a test knows the daemon is waiting before it advances time.
type fakeClock struct {
	mu      sync.Mutex
	now     time.Time
	waiters []fakeWaiter
	armed   chan struct{}
}

type fakeWaiter struct {
	at time.Time
	ch chan time.Time
}

func newFakeClock(now time.Time) *fakeClock {
	return &fakeClock{now: now, armed: make(chan struct{}, 64)}
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) After(d time.Duration) <-chan time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	ch := make(chan time.Time, 1)
	if d <= 0 {
		ch <- c.now
	} else {
		c.waiters = append(c.waiters, fakeWaiter{at: c.now.Add(d), ch: ch})
	}
	select {
	case c.armed <- struct{}{}:
	default:
	}
	return ch
}

// set moves the clock to t and fires every waiter due by then.
func (c *fakeClock) set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = t
	kept := c.waiters[:0]
	for _, w := range c.waiters {
		if !w.at.After(t) {
			w.ch <- t
			continue
		}
		kept = append(kept, w)
	}
	c.waiters = kept
}

// waitArmed blocks until the daemon has asked for a timer, within a bound.
func (c *fakeClock) waitArmed(t *testing.T) {
	t.Helper()
	select {
	case <-c.armed:
	case <-time.After(30 * time.Second):
		t.Fatal("the daemon never armed its timer")
	}
}
