package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"sync"
	"time"

	"github.com/temoto/robotstxt"
)

// Robots.txt limits. Google reads the first 500 KiB; a Crawl-delay longer
// than maxCrawlDelay is taken as maxCrawlDelay so one site cannot stall a run.
const (
	robotsMaxBytes    = 512 << 10
	robotsRedirects   = 5
	maxCrawlDelay     = time.Minute
	robotsAcceptTypes = "text/plain, */*;q=0.5"
)

// robotsCache holds each origin's robots.txt for the client's lifetime (one
// run). Each entry is fetched once; concurrent requests to the origin wait
// for that one fetch.
type robotsCache struct {
	mu      sync.Mutex
	origins map[string]*robotsEntry
}

// robotsEntry is one origin's rules. lock (capacity 1) is held while the
// file is fetched; the other fields are guarded by it.
type robotsEntry struct {
	lock chan struct{}
	done bool
	data *robotstxt.RobotsData // nil when unreachable
	err  error                 // why the file is unreachable
}

func (rc *robotsCache) entry(origin string) *robotsEntry {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	if rc.origins == nil {
		rc.origins = make(map[string]*robotsEntry)
	}
	e, ok := rc.origins[origin]
	if !ok {
		e = &robotsEntry{lock: make(chan struct{}, 1)}
		rc.origins[origin] = e
	}
	return e
}

// checkRobots returns nil when robots.txt lets the User-Agent's product
// token fetch u, an *Error of KindRobots wrapping ErrDisallowed when it does
// not, and one wrapping ErrRobotsUnavailable when the file could not be read
// (a temporary full disallow).
func (c *Client) checkRobots(ctx context.Context, u *url.URL, g GetOptions) error {
	if c.opts.RobotsOff {
		return nil
	}
	e := c.robots.entry(u.Scheme + "://" + u.Host)
	select {
	case e.lock <- struct{}{}:
	case <-ctx.Done():
		return &Error{Kind: KindCanceled, URL: u.String(), Err: ctx.Err()}
	}
	defer func() { <-e.lock }()
	if !e.done {
		if err := c.loadRobots(ctx, u, g, e); err != nil {
			return err
		}
	}
	if e.err != nil {
		return &Error{Kind: KindRobots, URL: u.String(), Err: e.err}
	}
	if !e.data.FindGroup(productToken(g.UserAgent)).Test(robotsPath(u)) {
		return &Error{Kind: KindRobots, URL: u.String(), Err: ErrDisallowed}
	}
	return nil
}

// loadRobots fetches the origin's robots.txt (through the limiter, with
// retries) into e and applies its Crawl-delay to the host. Only a cancelled
// fetch leaves e unset, to be tried again.
func (c *Client) loadRobots(ctx context.Context, u *url.URL, g GetOptions, e *robotsEntry) error {
	robotsURL := u.Scheme + "://" + u.Host + "/robots.txt"
	ro := GetOptions{
		Accept: robotsAcceptTypes, UserAgent: g.UserAgent, Timeout: g.Timeout,
		MaxBodyBytes: robotsMaxBytes, MaxRedirects: robotsRedirects, HostDelay: g.HostDelay,
	}
	resp, err := c.retry(ctx, robotsURL, ro)
	var fe *Error
	if errors.As(err, &fe) && fe.Kind == KindCanceled {
		return fe
	}
	e.done = true
	e.data, e.err = robotsRules(resp, err)
	if e.data != nil {
		d := e.data.FindGroup(productToken(g.UserAgent)).CrawlDelay
		c.limiter.setCrawlDelay(u.Host, min(d, maxCrawlDelay))
	}
	c.logger.DebugContext(ctx, "robots.txt", "url", robotsURL, "err", e.err)
	return nil
}

// robotsRules maps the robots.txt fetch to rules (RFC 9309 section 2.3.1):
// a 2xx is parsed, an empty body or a 4xx other than 429 allows everything,
// anything else (5xx, 429, network, an unparsable file) is unreachable.
func robotsRules(resp *Response, err error) (*robotstxt.RobotsData, error) {
	var fe *Error
	switch {
	case err == nil:
		data, perr := robotstxt.FromBytes(resp.Body)
		if perr != nil {
			return nil, fmt.Errorf("%w: parse: %w", ErrRobotsUnavailable, perr)
		}
		return data, nil
	case errors.Is(err, ErrEmptyBody):
		return robotstxt.FromStatusAndBytes(http.StatusOK, nil)
	case errors.As(err, &fe) && fe.Kind == KindStatus && fe.Status >= 400 && fe.Status < 500 &&
		fe.Status != http.StatusTooManyRequests:
		return robotstxt.FromStatusAndBytes(fe.Status, nil)
	default:
		return nil, fmt.Errorf("%w: %w", ErrRobotsUnavailable, err)
	}
}

// robotsPath is the part of u robots.txt rules match: the escaped path and
// the query.
func robotsPath(u *url.URL) string {
	p := u.EscapedPath()
	if p == "" {
		p = "/"
	}
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	return p
}
