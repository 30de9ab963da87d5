// Package fetch is sitrep's one HTTP client. Every page and feed goes through
// Client.Get, which sends the sitrep User-Agent, follows a bounded number of
// http/https redirects, caps the decompressed body, converts it to UTF-8 and
// sorts failures into kinds (see Error). Robots.txt, per-host rate limits,
// retries and conditional GET slot into the same Get path later.
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
// (and so one connection pool) is shared by all sources.
type Client struct {
	opts      Options
	transport http.RoundTripper
	logger    *slog.Logger
}

// New builds a Client. Zero options take the package defaults.
func New(opts Options) *Client {
	opts = opts.withDefaults()
	var rt http.RoundTripper = opts.Transport
	if rt == nil {
		rt = newTransport()
	}
	return &Client{opts: opts, transport: rt, logger: opts.Logger}
}

// Get fetches rawURL and returns its body converted to UTF-8. Any failure is
// an *Error; a non-2xx answer, an empty or oversized body are failures too.
// The response body is always drained (up to a bound) and closed.
func (c *Client) Get(ctx context.Context, rawURL string, opts GetOptions) (*Response, error) {
	g := opts.resolve(c.opts)
	if err := checkURL(rawURL); err != nil {
		return nil, &Error{Kind: KindInvalidURL, URL: rawURL, Err: err}
	}
	reqCtx, cancel := context.WithTimeout(ctx, g.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(reqCtx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, &Error{Kind: KindInvalidURL, URL: rawURL, Err: err}
	}
	req.Header.Set("User-Agent", g.UserAgent)
	req.Header.Set("Accept", g.Accept)

	start := time.Now()
	resp, err := c.httpClient(g.MaxRedirects).Do(req)
	if err != nil {
		c.logger.DebugContext(ctx, "fetch failed", "url", rawURL, "err", err)
		return nil, classify(ctx, reqCtx, rawURL, err)
	}
	defer closeBody(resp.Body)
	res, err := c.handle(ctx, reqCtx, resp, g)
	c.logger.DebugContext(ctx, "fetched", "url", rawURL, "status", resp.StatusCode,
		"duration_ms", time.Since(start).Milliseconds(), "err", err)
	return res, err
}

// handle is the one place that interprets a response: status, body cap,
// empty body and charset.
func (c *Client) handle(ctx, reqCtx context.Context, resp *http.Response, g GetOptions) (*Response, error) {
	final := resp.Request.URL.String()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, &Error{Kind: KindStatus, URL: final, Status: resp.StatusCode}
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
	return &Response{
		URL:         final,
		StatusCode:  resp.StatusCode,
		Header:      resp.Header,
		ContentType: mediaType(contentType),
		Charset:     enc,
		Body:        body,
	}, nil
}

// httpClient returns a client for one request. It is a small value around
// the shared transport, so connections are still pooled across requests.
func (c *Client) httpClient(maxRedirects int) *http.Client {
	return &http.Client{Transport: c.transport, CheckRedirect: redirectPolicy(maxRedirects, c.logger)}
}

// checkURL accepts absolute http and https URLs only.
func checkURL(rawURL string) error {
	u, err := url.Parse(rawURL)
	if err != nil {
		return fmt.Errorf("parse url: %w", err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("%q: %w", u.Scheme, ErrScheme)
	}
	if u.Host == "" {
		return fmt.Errorf("no host in %q", rawURL)
	}
	return nil
}
