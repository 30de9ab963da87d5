package fetch

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"net/http"
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
)

// Error is a failed fetch. It wraps the underlying cause, so errors.Is works
// with the sentinels above and with context and network errors.
type Error struct {
	Kind   Kind
	URL    string
	Status int   // the HTTP status for KindStatus, else 0
	Err    error // the cause; nil for a plain status error
}

// Error formats the failure with the URL first.
func (e *Error) Error() string {
	switch {
	case e.Kind == KindStatus && e.Err == nil:
		return fmt.Sprintf("fetch %s: status %d %s", e.URL, e.Status, http.StatusText(e.Status))
	case e.Err == nil:
		return fmt.Sprintf("fetch %s: %s", e.URL, e.Kind)
	default:
		return fmt.Sprintf("fetch %s: %s: %v", e.URL, e.Kind, e.Err)
	}
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// IsTemporary reports whether err is worth retrying later in the same run:
// timeouts, network failures and the statuses servers use for overload
// (408, 429 and 5xx except 501 and 505, which do not change on retry). TLS
// failures, oversized bodies, redirects and other 4xx are permanent.
func IsTemporary(err error) bool {
	var fe *Error
	if !errors.As(err, &fe) {
		return false
	}
	switch fe.Kind {
	case KindTimeout, KindNetwork:
		return true
	case KindStatus:
		return temporaryStatus(fe.Status)
	default:
		return false
	}
}

func temporaryStatus(code int) bool {
	switch {
	case code == http.StatusRequestTimeout, code == http.StatusTooManyRequests:
		return true
	case code == http.StatusNotImplemented, code == http.StatusHTTPVersionNotSupported:
		return false
	default:
		return code >= 500 && code <= 599
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
