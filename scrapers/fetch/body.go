package fetch

import (
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
)

// drainLimit bounds how much of an unread body is discarded before closing,
// so a connection can be reused without reading a huge or endless body.
const drainLimit = 64 << 10

// readBody reads the decompressed body, failing with ErrTooLarge when it
// holds more than limit bytes. It reads limit+1 bytes so that a body of
// exactly limit bytes passes and one byte more fails: a body is never
// silently truncated. A body shorter than its Content-Length fails with
// io.ErrUnexpectedEOF (net/http's transport says so itself; a custom
// transport may not).
func readBody(resp *http.Response, limit int64) ([]byte, error) {
	r := io.Reader(resp.Body)
	// The shared transport decompresses transparently and drops the header;
	// a custom transport may not, so decompress here in that case.
	gzipped := !resp.Uncompressed && strings.EqualFold(resp.Header.Get("Content-Encoding"), "gzip")
	if gzipped {
		zr, err := gzip.NewReader(resp.Body)
		if err != nil {
			return nil, fmt.Errorf("gzip: %w", err)
		}
		defer zr.Close()
		r = zr
	}
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("read body: %w", err)
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("over %d bytes: %w", limit, ErrTooLarge)
	}
	if !gzipped && resp.ContentLength > int64(len(data)) {
		return nil, fmt.Errorf("read body: %d of %d bytes: %w", len(data), resp.ContentLength, io.ErrUnexpectedEOF)
	}
	return data, nil
}

// bodyError wraps a readBody failure into an *Error of the right kind.
func bodyError(ctx, reqCtx context.Context, finalURL string, err error) *Error {
	if errors.Is(err, ErrTooLarge) {
		return &Error{Kind: KindTooLarge, URL: finalURL, Err: err}
	}
	return classify(ctx, reqCtx, finalURL, err)
}

// closeBody drains a bounded amount of what is left and closes the body.
// Its errors are ignored on purpose: the response has been read or rejected
// already, and a failed drain only costs the connection's reuse.
func closeBody(body io.ReadCloser) {
	_, _ = io.CopyN(io.Discard, body, drainLimit)
	_ = body.Close()
}
