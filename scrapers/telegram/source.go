package telegram

import (
	"context"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"time"

	"sitrep/config"
	"sitrep/scrapers"
	"sitrep/scrapers/fetch"
)

const htmlAccept = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"

// Source is a configured Telegram channel preview. It implements
// scrapers.Source.
type Source struct {
	cfg     config.Source
	channel string
	client  *fetch.Client
	logger  *slog.Logger
	now     func() time.Time
}

// New builds a channel source; the channel name comes from the URL's path
// (https://t.me/s/<channel>). The client is shared with other sources; a nil
// logger discards.
func New(src config.Source, client *fetch.Client, logger *slog.Logger) (*Source, error) {
	channel := config.TelegramChannel(src.URL)
	if channel == "" {
		return nil, fmt.Errorf("telegram url %q: want https://t.me/s/<channel>", src.URL)
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &Source{cfg: src, channel: channel, client: client, logger: logger, now: time.Now}, nil
}

// SetClock replaces the clock that stamps Document.Fetched (default time.Now).
func (s *Source) SetClock(now func() time.Time) {
	if now != nil {
		s.now = now
	}
}

// Name returns the configured source name.
func (s *Source) Name() string { return s.cfg.Name }

// Kind returns "telegram".
func (s *Source) Kind() string { return Kind }

// URL returns the channel preview URL.
func (s *Source) URL() string { return s.cfg.URL }

// Channel returns the channel name taken from the URL.
func (s *Source) Channel() string { return s.channel }

// maxPages is the configured page cap, or the default.
func (s *Source) maxPages(req scrapers.Request) int {
	limit := config.DefaultTelegramMaxPages
	if s.cfg.MaxPages > 0 {
		limit = s.cfg.MaxPages
	}
	return max(limit, req.MaxPages)
}

// fetchPage fetches and parses the newest page (before == "") or the page
// of posts older than the post id before.
func (s *Source) fetchPage(ctx context.Context, before string) (Page, error) {
	u := strings.TrimSuffix(s.cfg.URL, "/")
	if before != "" {
		u += "?" + url.Values{"before": {before}}.Encode()
	}
	resp, err := s.client.Get(ctx, u, fetch.GetOptions{
		Accept:       htmlAccept,
		Charset:      s.cfg.Charset,
		UserAgent:    s.cfg.UserAgent,
		Timeout:      s.cfg.Timeout,
		MaxBodyBytes: int64(s.cfg.MaxBodyBytes),
		MaxRedirects: s.cfg.MaxRedirects,
		HostDelay:    s.cfg.HostDelay(),
		Validate:     fetch.ClosingTag("</html>"),
	})
	if err != nil {
		return Page{}, fmt.Errorf("fetch page: %w", err)
	}
	page, err := ParsePage(resp.Body, s.channel)
	if err != nil {
		return Page{}, fmt.Errorf("page %s: %w", resp.URL, err)
	}
	return page, nil
}

var _ scrapers.Source = (*Source)(nil)
