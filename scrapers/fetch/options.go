package fetch

import (
	"context"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"strings"
	"time"
)

// Defaults used when an Options or GetOptions field is zero.
const (
	DefaultUserAgent     = "sitrep/dev"
	DefaultTimeout       = 30 * time.Second
	DefaultMaxBodyBytes  = 10 << 20 // 10 MiB, after decompression
	DefaultMaxRedirects  = 10
	DefaultHostDelay     = time.Second
	DefaultJitter        = 0.5
	DefaultMaxConcurrent = 4
	DefaultMaxRetries    = 2
	DefaultBackoffBase   = time.Second
	DefaultMaxRetryAfter = time.Minute
)

// Options configure a Client. Zero fields take the defaults above.
type Options struct {
	// UserAgent is sent with every request, in the form
	// "sitrep/<version> (+<contact>)" (see UserAgent). The bot token comes
	// first because robots.txt groups are matched by prefix.
	// Default DefaultUserAgent.
	UserAgent string
	// Timeout bounds one attempt from dialling to the last body byte.
	// Default DefaultTimeout.
	Timeout time.Duration
	// MaxBodyBytes caps the decompressed body. Default DefaultMaxBodyBytes.
	MaxBodyBytes int64
	// MaxRedirects caps the redirects followed. Default DefaultMaxRedirects.
	MaxRedirects int

	// HostDelay is the minimum gap between the end of one request to a host
	// and the start of the next. A robots.txt Crawl-delay raises it for that
	// host. Default DefaultHostDelay; a negative value means no gap (local
	// mirrors and benchmarks only).
	HostDelay time.Duration
	// Jitter adds a random extra of up to this fraction of the delay to
	// every host gap and retry backoff, so that runs do not hit a site in
	// lockstep. Default DefaultJitter (up to 50%); negative means none.
	Jitter float64
	// MaxConcurrent caps the requests in flight across all hosts (each host
	// has at most one). Default DefaultMaxConcurrent.
	MaxConcurrent int
	// MaxRetries caps the retries of a temporary failure, so a URL gets at
	// most MaxRetries+1 attempts. Default DefaultMaxRetries; negative means
	// no retries.
	MaxRetries int
	// BackoffBase is the wait before the first retry; it doubles for each
	// further one. Default DefaultBackoffBase.
	BackoffBase time.Duration
	// MaxRetryAfter is the longest Retry-After a server may ask for. A longer
	// one ends the fetch at once with ErrRetryAfterTooLong: the source waits
	// for the next run. Default DefaultMaxRetryAfter.
	MaxRetryAfter time.Duration

	// RobotsOff stops robots.txt from being fetched and obeyed. It is meant
	// for a local mirror of sites sitrep is allowed to read in full (tests,
	// benchmarks, the demo site), never for a public site.
	RobotsOff bool
	// Validators stores ETag and Last-Modified per URL for conditional GET
	// (see GetOptions.Conditional). Nil disables conditional GET.
	Validators Validators

	// Sleep waits for d or until ctx is done, returning ctx's error in that
	// case. Every wait of the client (host gaps, backoff) goes through it, so
	// tests inject one that returns at once. Default a timer.
	Sleep func(ctx context.Context, d time.Duration) error
	// Now is the clock the host gaps and Retry-After dates are measured
	// with. Default time.Now.
	Now func() time.Time
	// Rand is the source of jitter. A seeded source makes the waits
	// deterministic; the client serialises access to it. Default the
	// runtime's random generator.
	Rand rand.Source

	// Logger receives a debug line per request. Nil discards.
	Logger *slog.Logger
	// Transport replaces the shared transport, for tests. Nil builds one
	// http.Transport for the client's lifetime.
	Transport http.RoundTripper
}

// GetOptions tune one request. Zero fields take the client's setting.
type GetOptions struct {
	Accept       string        // Accept header; default "*/*"
	Charset      string        // charset label that overrides every detection
	UserAgent    string        // per-source User-Agent
	Timeout      time.Duration // per-source timeout of one attempt
	MaxBodyBytes int64         // per-source body cap
	MaxRedirects int           // per-source redirect cap

	// Header holds extra request headers (an API key, for instance). An
	// Authorization header is dropped on a redirect to another host.
	Header http.Header
	// HostDelay overrides the client's gap before this request to its host,
	// for kinds that must go slower (t.me wants several seconds). Negative
	// means no gap. A robots.txt Crawl-delay still applies when longer.
	HostDelay time.Duration
	// Conditional sends the stored ETag and Last-Modified of the URL
	// (Options.Validators) and saves the new ones after a 200. A 304 answer
	// returns ErrNotModified.
	Conditional bool
	// Validate checks that a fetched page is complete (a required selector
	// or closing tag, an item count). A failure is an *Error of KindMarkup
	// and is retried like a temporary failure, because a body cut short
	// without a Content-Length is only detectable this way.
	Validate func(*Response) error
}

// UserAgent builds the User-Agent sitrep sends: "sitrep/<version> (+<contact>)".
func UserAgent(version, contact string) string {
	return fmt.Sprintf("sitrep/%s (+%s)", version, contact)
}

// CheckUserAgent reports whether ua has the form "sitrep/<version> (+<contact>)".
func CheckUserAgent(ua string) error {
	rest, ok := strings.CutPrefix(ua, "sitrep/")
	if !ok {
		return fmt.Errorf("user agent %q: must start with \"sitrep/\"", ua)
	}
	version, contact, ok := strings.Cut(rest, " (+")
	if !ok || version == "" || !strings.HasSuffix(contact, ")") || len(contact) < 2 {
		return fmt.Errorf("user agent %q: want \"sitrep/<version> (+<contact>)\"", ua)
	}
	return nil
}

// productToken returns the part of a User-Agent before the first "/" or
// space ("sitrep"), which robots.txt groups are matched against.
func productToken(ua string) string {
	tok, _, _ := strings.Cut(ua, "/")
	tok, _, _ = strings.Cut(tok, " ")
	return strings.ToLower(tok)
}

// withDefaults returns o with zero fields filled.
func (o Options) withDefaults() Options {
	if o.UserAgent == "" {
		o.UserAgent = DefaultUserAgent
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.MaxBodyBytes <= 0 {
		o.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if o.MaxRedirects <= 0 {
		o.MaxRedirects = DefaultMaxRedirects
	}
	o.HostDelay = orDefault(o.HostDelay, DefaultHostDelay)
	o.Jitter = orDefault(o.Jitter, DefaultJitter)
	o.MaxRetries = orDefault(o.MaxRetries, DefaultMaxRetries)
	if o.MaxConcurrent <= 0 {
		o.MaxConcurrent = DefaultMaxConcurrent
	}
	if o.BackoffBase <= 0 {
		o.BackoffBase = DefaultBackoffBase
	}
	if o.MaxRetryAfter <= 0 {
		o.MaxRetryAfter = DefaultMaxRetryAfter
	}
	if o.Sleep == nil {
		o.Sleep = sleep
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	return o
}

// orDefault maps zero to def and a negative value to zero, the convention
// for settings where "none" must be expressible.
func orDefault[T time.Duration | float64 | int](v, def T) T {
	switch {
	case v == 0:
		return def
	case v < 0:
		return 0
	default:
		return v
	}
}

// resolve fills the zero fields of g from the client's options.
func (g GetOptions) resolve(o Options) GetOptions {
	if g.Accept == "" {
		g.Accept = "*/*"
	}
	if g.UserAgent == "" {
		g.UserAgent = o.UserAgent
	}
	if g.Timeout <= 0 {
		g.Timeout = o.Timeout
	}
	if g.MaxBodyBytes <= 0 {
		g.MaxBodyBytes = o.MaxBodyBytes
	}
	if g.MaxRedirects <= 0 {
		g.MaxRedirects = o.MaxRedirects
	}
	g.HostDelay = orDefault(g.HostDelay, o.HostDelay)
	return g
}

// sleep is the default Options.Sleep: a timer that gives up when ctx is done.
func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
