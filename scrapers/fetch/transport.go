package fetch

import (
	"net"
	"net/http"
	"time"
)

// Transport limits. The per-request deadline (Options.Timeout) bounds the
// whole exchange; these stop a single phase from eating all of it.
const (
	dialTimeout           = 10 * time.Second
	tlsHandshakeTimeout   = 10 * time.Second
	responseHeaderTimeout = 20 * time.Second
	idleConnTimeout       = 90 * time.Second
)

// newTransport builds the one transport a Client shares across all its
// requests, so connections are pooled and reused. Compression is left on: the
// transport asks for gzip and decompresses transparently, and the body cap is
// applied to what it yields, i.e. after decompression.
func newTransport() *http.Transport {
	dialer := &net.Dialer{Timeout: dialTimeout, KeepAlive: 30 * time.Second}
	return &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           dialer.DialContext,
		ForceAttemptHTTP2:     true,
		TLSHandshakeTimeout:   tlsHandshakeTimeout,
		ResponseHeaderTimeout: responseHeaderTimeout,
		ExpectContinueTimeout: time.Second,
		IdleConnTimeout:       idleConnTimeout,
		MaxIdleConns:          64,
		MaxIdleConnsPerHost:   4,
	}
}
