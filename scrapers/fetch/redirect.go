package fetch

import (
	"fmt"
	"log/slog"
	"net/http"
)

// redirectPolicy follows at most max redirects, to http and https only. It
// drops an Authorization header on a hop to a host other than the one first
// asked (net/http keeps it for the same hostname on another port, and for
// subdomains), and logs a change of host, which often means a site moved or
// a login wall.
func redirectPolicy(max int, logger *slog.Logger) func(*http.Request, []*http.Request) error {
	return func(req *http.Request, via []*http.Request) error {
		if len(via) > max {
			return fmt.Errorf("stopped after %d redirects: %w", max, ErrTooManyRedirects)
		}
		if s := req.URL.Scheme; s != "http" && s != "https" {
			return fmt.Errorf("redirect to %q: %w", s, ErrScheme)
		}
		if req.URL.Host != via[0].URL.Host {
			req.Header.Del("Authorization")
		}
		if prev := via[len(via)-1].URL; prev.Host != req.URL.Host {
			logger.DebugContext(req.Context(), "redirect to another host", "url", prev.String(), "to", req.URL.String())
		}
		return nil
	}
}
