// Package fetch is sitrep's one polite HTTP client. Every page and feed goes
// through Client.Get, which obeys robots.txt, keeps one request in flight per
// host with a minimum gap between them and a global cap across hosts, retries
// temporary failures with backoff and Retry-After, sends conditional
// requests, follows a bounded number of http/https redirects, caps the
// decompressed body, converts it to UTF-8, checks the page is complete and
// sorts failures into kinds (see Error).
package fetch

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"time"
)

// Client fetches pages politely. It is safe for concurrent use; one Client
// (and so one connection pool, one set of host limits and one robots.txt
// cache) is shared by all sources of a run.
type Client struct {
	opts      Options
	transport http.RoundTripper
	logger    *slog.Logger
	limiter   *limiter
	robots    robotsCache
	jitter    func(time.Duration) time.Duration
}

// New builds a Client. Zero options take the package defaults.
func New(opts Options) *Client {
	opts = opts.withDefaults()
	var rt http.RoundTripper = opts.Transport
	if rt == nil {
		rt = newTransport()
	}
	jitter := newJitter(opts.Jitter, opts.Rand)
	return &Client{
		opts: opts, transport: rt, logger: opts.Logger,
		limiter: newLimiter(opts, jitter), jitter: jitter,
	}
}

// Get fetches rawURL and returns its body converted to UTF-8. It first
// checks robots.txt (ErrDisallowed, or ErrRobotsUnavailable when the file
// cannot be read), then makes up to Options.MaxRetries+1 attempts, each
// within the host limits. A conditional request that finds nothing new
// returns ErrNotModified. Any other failure is an *Error: a non-2xx answer,
// an empty, oversized or cut body, a page Validate rejects. Response bodies
// are always drained (up to a bound) and closed.
func (c *Client) Get(ctx context.Context, rawURL string, opts GetOptions) (*Response, error) {
	g := opts.resolve(c.opts)
	u, err := checkURL(rawURL)
	if err != nil {
		return nil, &Error{Kind: KindInvalidURL, URL: rawURL, Err: err}
	}
	if err := c.checkRobots(ctx, u, g); err != nil {
		c.logger.DebugContext(ctx, "robots.txt refused", "url", rawURL, "err", err)
		return nil, err
	}
	return c.retry(ctx, rawURL, g)
}

// attempt makes one request within the host limits.
func (c *Client) attempt(ctx context.Context, rawURL string, g GetOptions) (*Response, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, &Error{Kind: KindInvalidURL, URL: rawURL, Err: err}
	}
	release, err := c.limiter.acquire(ctx, u.Host, g.HostDelay)
	if err != nil {
		return nil, &Error{Kind: KindCanceled, URL: rawURL, Err: err}
	}
	defer release()
	return c.once(ctx, rawURL, g)
}

// once sends one request and interprets its answer.
func (c *Client) once(ctx context.Context, rawURL string, g GetOptions) (*Response, error) {
	reqCtx, cancel := context.WithTimeout(ctx, g.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(reqCtx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, &Error{Kind: KindInvalidURL, URL: rawURL, Err: err}
	}
	for k, vs := range g.Header {
		req.Header[k] = vs
	}
	req.Header.Set("User-Agent", g.UserAgent)
	req.Header.Set("Accept", g.Accept)
	validators := c.conditional(g)
	setConditionalHeaders(req, validators, rawURL)

	start := time.Now()
	resp, err := c.httpClient(g.MaxRedirects).Do(req)
	if err != nil {
		c.logger.DebugContext(ctx, "fetch failed", "url", rawURL, "err", err)
		return nil, classify(ctx, reqCtx, rawURL, err)
	}
	defer closeBody(resp.Body)
	res, err := c.handle(ctx, reqCtx, resp, g, validators != nil)
	c.logger.DebugContext(ctx, "fetched", "url", rawURL, "status", resp.StatusCode,
		"duration_ms", time.Since(start).Milliseconds(), "err", err)
	if err == nil {
		saveValidators(validators, rawURL, resp.Header)
	}
	return res, err
}

// handle is the one place that interprets a response: status, body cap,
// empty body, charset and the caller's completeness check.
func (c *Client) handle(ctx, reqCtx context.Context, resp *http.Response, g GetOptions, conditional bool) (*Response, error) {
	final := resp.Request.URL.String()
	if conditional && resp.StatusCode == http.StatusNotModified {
		return nil, fmt.Errorf("fetch %s: %w", final, ErrNotModified)
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, c.statusError(final, resp)
	}
	raw, err := readBody(resp, g.MaxBodyBytes)
	if err != nil {
		return nil, bodyError(ctx, reqCtx, final, err)
	}
	if len(raw) == 0 {
		return nil, &Error{Kind: KindEmpty, URL: final, Err: ErrEmptyBody}
	}
	contentType := resp.Header.Get("Content-Type")
	body, enc, err := ToUTF8(raw, contentType, g.Charset)
	if err != nil {
		return nil, &Error{Kind: KindCharset, URL: final, Err: err}
	}
	res := &Response{
		URL:         final,
		StatusCode:  resp.StatusCode,
		Header:      resp.Header,
		ContentType: mediaType(contentType),
		Charset:     enc,
		Body:        body,
	}
	if g.Validate != nil {
		if err := g.Validate(res); err != nil {
			return nil, &Error{Kind: KindMarkup, URL: final, Err: err}
		}
	}
	return res, nil
}

// statusError describes a non-2xx answer, with the wait the server asked
// for and whether it is a Cloudflare bot challenge.
func (c *Client) statusError(final string, resp *http.Response) *Error {
	fe := &Error{
		Kind: KindStatus, URL: final, Status: resp.StatusCode,
		RetryAfter: parseRetryAfter(resp.Header.Get("Retry-After"), c.opts.Now()),
	}
	if resp.StatusCode == http.StatusForbidden && resp.Header.Get("Cf-Mitigated") == "challenge" {
		fe.Err = ErrChallenge
	}
	return fe
}

// httpClient returns a client for one request. It is a small value around
// the shared transport, so connections are still pooled across requests.
func (c *Client) httpClient(maxRedirects int) *http.Client {
	return &http.Client{Transport: c.transport, CheckRedirect: redirectPolicy(maxRedirects, c.logger)}
}

// checkURL accepts absolute http and https URLs only.
func checkURL(rawURL string) (*url.URL, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("parse url: %w", err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("%q: %w", u.Scheme, ErrScheme)
	}
	if u.Host == "" {
		return nil, fmt.Errorf("no host in %q", rawURL)
	}
	return u, nil
}
