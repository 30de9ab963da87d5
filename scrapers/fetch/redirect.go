package fetch

import (
	"fmt"
	"log/slog"
	"net/http"
)

// redirectPolicy follows at most max redirects, to http and https only, and
// logs a change of host, which often means a site moved or a login wall.
func redirectPolicy(max int, logger *slog.Logger) func(*http.Request, []*http.Request) error {
	return func(req *http.Request, via []*http.Request) error {
		if len(via) > max {
			return fmt.Errorf("stopped after %d redirects: %w", max, ErrTooManyRedirects)
		}
		if s := req.URL.Scheme; s != "http" && s != "https" {
			return fmt.Errorf("redirect to %q: %w", s, ErrScheme)
		}
		if prev := via[len(via)-1].URL; prev.Host != req.URL.Host {
			logger.DebugContext(req.Context(), "redirect to another host", "url", prev.String(), "to", req.URL.String())
		}
		return nil
	}
}
