package fetch

import (
	"net/http"
	"sync"
)

// Validators stores the cache validators of fetched URLs for conditional
// GET (RFC 9110 section 13). The store implements it with a table; it must
// be safe for concurrent use. Validators returns empty strings for a URL it
// has never seen. SetValidators is called after each 200 of a conditional
// request, with empty strings when the server sent none, so that stale
// validators are forgotten.
type Validators interface {
	Validators(url string) (etag, lastModified string)
	SetValidators(url, etag, lastModified string)
}

// MemoryValidators is a Validators kept in memory, for tests and one-off
// runs. The zero value is ready to use.
type MemoryValidators struct {
	mu sync.Mutex
	m  map[string][2]string
}

// Validators returns the stored ETag and Last-Modified of url.
func (m *MemoryValidators) Validators(url string) (etag, lastModified string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	v := m.m[url]
	return v[0], v[1]
}

// SetValidators stores the ETag and Last-Modified of url.
func (m *MemoryValidators) SetValidators(url, etag, lastModified string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.m == nil {
		m.m = make(map[string][2]string)
	}
	m.m[url] = [2]string{etag, lastModified}
}

// conditional returns the validator store for a request, or nil when the
// request is not conditional.
func (c *Client) conditional(g GetOptions) Validators {
	if !g.Conditional {
		return nil
	}
	return c.opts.Validators
}

// setConditionalHeaders adds If-None-Match and If-Modified-Since from the
// stored validators of rawURL. A server that has both must prefer the ETag
// (RFC 9110 section 13.2.2); we send both so either kind of server can
// answer 304.
func setConditionalHeaders(req *http.Request, v Validators, rawURL string) {
	if v == nil {
		return
	}
	etag, lastModified := v.Validators(rawURL)
	if etag != "" {
		req.Header.Set("If-None-Match", etag)
	}
	if lastModified != "" {
		req.Header.Set("If-Modified-Since", lastModified)
	}
}

// saveValidators stores the validators of a 200 answer to rawURL.
func saveValidators(v Validators, rawURL string, h http.Header) {
	if v != nil {
		v.SetValidators(rawURL, h.Get("ETag"), h.Get("Last-Modified"))
	}
}
