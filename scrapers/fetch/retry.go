package fetch

import (
	"compress/flate"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// retryStatus reports whether a status is worth another attempt: the
// answers servers and CDNs give when overloaded or briefly down (408, 429,
// 500, 502, 503, 504 and Cloudflare's 522 and 524). 501, 505 and other 5xx
// do not change on retry.
func retryStatus(code int) bool {
	switch code {
	case http.StatusRequestTimeout, http.StatusTooManyRequests,
		http.StatusInternalServerError, http.StatusBadGateway,
		http.StatusServiceUnavailable, http.StatusGatewayTimeout,
		522, 524:
		return true
	default:
		return false
	}
}

// retryable reports whether a failed attempt may be repeated.
func retryable(fe *Error) bool {
	switch fe.Kind {
	case KindTimeout, KindNetwork, KindMarkup:
		return true
	case KindStatus:
		return retryStatus(fe.Status) && !errors.Is(fe.Err, ErrChallenge)
	default:
		return false
	}
}

// retry runs attempts at rawURL until one succeeds, the failure is not
// worth repeating, or the retries are spent, waiting between attempts with
// exponential backoff and jitter (or the server's Retry-After, when longer).
// The *Error it returns carries the number of attempts. It stops when ctx is
// done.
func (c *Client) retry(ctx context.Context, rawURL string, g GetOptions) (*Response, error) {
	for attempt := 1; ; attempt++ {
		res, err := c.attempt(ctx, rawURL, g)
		if err == nil {
			return res, nil
		}
		var fe *Error
		if !errors.As(err, &fe) {
			return nil, err // ErrNotModified
		}
		fe.Attempts = attempt
		wait, ok := c.nextWait(fe, attempt)
		if !ok {
			return nil, fe
		}
		c.logger.DebugContext(ctx, "retrying", "url", rawURL, "attempt", attempt,
			"wait_ms", wait.Milliseconds(), "err", fe)
		if err := c.opts.Sleep(ctx, wait); err != nil {
			return nil, &Error{Kind: KindCanceled, URL: rawURL, Err: err, Attempts: attempt}
		}
	}
}

// nextWait decides whether the attempt that failed with fe is followed by
// another, and how long to wait before it. A Retry-After over the cap ends
// the fetch at once and says so in fe.
func (c *Client) nextWait(fe *Error, attempt int) (time.Duration, bool) {
	if !retryable(fe) {
		return 0, false
	}
	if fe.RetryAfter > c.opts.MaxRetryAfter {
		fe.Err = fmt.Errorf("server asks to wait %s, over the %s cap: %w",
			fe.RetryAfter, c.opts.MaxRetryAfter, ErrRetryAfterTooLong)
		return 0, false
	}
	if attempt > c.opts.MaxRetries || (corruptCompression(fe.Err) && attempt > 1) {
		return 0, false
	}
	return max(c.backoff(attempt), fe.RetryAfter), true
}

// backoff is the wait after the n-th failed attempt: BackoffBase doubled
// n-1 times, plus jitter, never over MaxRetryAfter.
func (c *Client) backoff(n int) time.Duration {
	d := c.opts.BackoffBase << min(n-1, 16)
	return min(d+c.jitter(d), c.opts.MaxRetryAfter)
}

// corruptCompression reports a broken gzip stream. It is retried once only
// (FAULTS H9): a cache or proxy may have mangled it once, but a server that
// labels plain bytes as gzip does so every time.
func corruptCompression(err error) bool {
	var corrupt flate.CorruptInputError
	return errors.Is(err, gzip.ErrHeader) || errors.Is(err, gzip.ErrChecksum) || errors.As(err, &corrupt)
}

// parseRetryAfter reads a Retry-After value, either delay seconds or an
// HTTP date (RFC 9110 section 10.2.3), as a wait from now. A missing,
// malformed or past value is 0.
func parseRetryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if secs, err := strconv.ParseInt(v, 10, 64); err == nil {
		if secs <= 0 {
			return 0
		}
		return time.Duration(min(secs, int64(365*24*time.Hour/time.Second))) * time.Second
	}
	t, err := http.ParseTime(v)
	if err != nil {
		return 0
	}
	return max(t.Sub(now), 0)
}
