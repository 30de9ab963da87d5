package fetch

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"
)

// Kind sorts fetch failures into the classes that source health counts and
// that the retry layer branches on.
type Kind string

// The kinds of fetch failure.
const (
	KindNetwork    Kind = "network"     // connection refused, reset, DNS, a body cut short
	KindTimeout    Kind = "timeout"     // a deadline fired while connecting, awaiting headers or reading
	KindTLS        Kind = "tls"         // handshake or certificate failure
	KindStatus     Kind = "status"      // a non-2xx answer; Error.Status holds the code
	KindRedirect   Kind = "redirect"    // too many redirects or a redirect to a scheme other than http/https
	KindTooLarge   Kind = "too_large"   // the decompressed body exceeds the cap
	KindEmpty      Kind = "empty"       // a 2xx answer with no body
	KindCanceled   Kind = "canceled"    // the caller's context was cancelled
	KindInvalidURL Kind = "invalid_url" // the URL cannot be requested (bad syntax or scheme)
	KindCharset    Kind = "charset"     // the charset override names no known encoding
	KindRobots     Kind = "robots"      // robots.txt disallows the URL or could not be fetched
	KindMarkup     Kind = "markup"      // GetOptions.Validate rejected the page (incomplete or changed layout)
)

// Sentinel errors callers check with errors.Is. Each is carried inside an
// *Error whose Kind says the same thing.
var (
	// ErrTooLarge means the body was over the cap; it is never truncated.
	ErrTooLarge = errors.New("body over size limit")
	// ErrEmptyBody means a 2xx answer carried no body.
	ErrEmptyBody = errors.New("empty body")
	// ErrTooManyRedirects means the redirect chain was longer than allowed.
	ErrTooManyRedirects = errors.New("too many redirects")
	// ErrScheme means a URL or redirect target is not http or https.
	ErrScheme = errors.New("scheme not http or https")
	// ErrDisallowed means robots.txt forbids sitrep the URL: a recorded
	// skip, never retried. Kind KindRobots.
	ErrDisallowed = errors.New("disallowed by robots.txt")
	// ErrRobotsUnavailable means robots.txt answered 5xx (or 429) or could
	// not be fetched, which counts as a full disallow until the next run
	// (RFC 9309 section 2.3.1.4). Kind KindRobots; temporary.
	ErrRobotsUnavailable = errors.New("robots.txt unreachable, disallowing for now")
	// ErrRetryAfterTooLong means the server asked to wait longer than
	// Options.MaxRetryAfter; the fetch gave up at once. Kind KindStatus.
	ErrRetryAfterTooLong = errors.New("retry-after over the cap")
	// ErrChallenge means a Cloudflare challenge page (403 with
	// "cf-mitigated: challenge"): a bot wall that retrying will not pass.
	// Kind KindStatus.
	ErrChallenge = errors.New("cloudflare challenge")
	// ErrNotModified means a conditional GET found nothing new (304). It is
	// success with no new content, so it comes bare, not in an *Error.
	ErrNotModified = errors.New("not modified")
)

// Error is a failed fetch. It wraps the underlying cause, so errors.Is works
// with the sentinels above and with context and network errors.
type Error struct {
	Kind   Kind
	URL    string
	Status int   // the HTTP status for KindStatus, else 0
	Err    error // the cause; nil for a plain status error
	// Attempts is how many requests were made for the URL (0 when robots.txt
	// stopped it before any).
	Attempts int
	// RetryAfter is the wait the server asked for in Retry-After, else 0.
	RetryAfter time.Duration
}

// Error formats the failure with the URL first and, after retries, the
// number of attempts last.
func (e *Error) Error() string {
	var msg string
	switch {
	case e.Kind == KindStatus && e.Err == nil:
		msg = fmt.Sprintf("fetch %s: status %d %s", e.URL, e.Status, http.StatusText(e.Status))
	case e.Kind == KindStatus:
		msg = fmt.Sprintf("fetch %s: status %d %s: %v", e.URL, e.Status, http.StatusText(e.Status), e.Err)
	case e.Err == nil:
		msg = fmt.Sprintf("fetch %s: %s", e.URL, e.Kind)
	default:
		msg = fmt.Sprintf("fetch %s: %s: %v", e.URL, e.Kind, e.Err)
	}
	if e.Attempts > 1 {
		msg += fmt.Sprintf(" (%d attempts)", e.Attempts)
	}
	return msg
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// IsTemporary reports whether err may clear by itself: timeouts, network
// failures, an incomplete page (KindMarkup), an unreachable robots.txt and
// the statuses servers use for overload (see retryStatus). Get has already
// retried these as far as Options allow, so for a caller it means "try again
// next run", not "count against the source for good". TLS failures,
// oversized bodies, redirects, robots disallows and other 4xx are permanent.
func IsTemporary(err error) bool {
	var fe *Error
	if !errors.As(err, &fe) {
		return false
	}
	switch fe.Kind {
	case KindTimeout, KindNetwork, KindMarkup:
		return true
	case KindStatus:
		return retryStatus(fe.Status)
	case KindRobots:
		return errors.Is(fe.Err, ErrRobotsUnavailable)
	default:
		return false
	}
}

// classify turns a transport or body-read error into an *Error. ctx is the
// caller's context, used to tell a cancellation from our own deadline.
// reqCtx is the request's own context, whose deadline is the per-request
// timeout.
func classify(ctx, reqCtx context.Context, rawURL string, err error) *Error {
	return &Error{Kind: kindOf(ctx, reqCtx, err), URL: rawURL, Err: err}
}

func kindOf(ctx, reqCtx context.Context, err error) Kind {
	var netErr net.Error
	switch {
	case errors.Is(err, ErrTooManyRedirects), errors.Is(err, ErrScheme):
		return KindRedirect
	case errors.Is(ctx.Err(), context.Canceled):
		return KindCanceled
	case errors.Is(err, context.DeadlineExceeded), errors.Is(reqCtx.Err(), context.DeadlineExceeded),
		errors.As(err, &netErr) && netErr.Timeout():
		return KindTimeout
	case isTLS(err):
		return KindTLS
	default:
		return KindNetwork
	}
}

func isTLS(err error) bool {
	var (
		verify   *tls.CertificateVerificationError
		record   tls.RecordHeaderError
		alert    tls.AlertError
		unknown  x509.UnknownAuthorityError
		hostname x509.HostnameError
		invalid  x509.CertificateInvalidError
	)
	return errors.As(err, &verify) || errors.As(err, &record) || errors.As(err, &alert) ||
		errors.As(err, &unknown) || errors.As(err, &hostname) || errors.As(err, &invalid)
}
