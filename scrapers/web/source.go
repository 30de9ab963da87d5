package web

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"time"

	"sitrep/config"
	"sitrep/scrapers"
	"sitrep/scrapers/fetch"
)

const htmlAccept = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"

// Source is a configured press page. It implements scrapers.Source.
type Source struct {
	cfg    config.Source
	rules  Rules
	host   string // the listing's host, for external ids
	client *fetch.Client
	logger *slog.Logger
	now    func() time.Time
}

// New builds a web source from its configuration (validated by config).
// The client is shared with other sources; a nil logger discards.
func New(src config.Source, client *fetch.Client, logger *slog.Logger) (*Source, error) {
	rules, err := NewRules(src.Web)
	if err != nil {
		return nil, err
	}
	if src.Web.List.Item == "" || src.Web.List.Link == "" {
		return nil, errors.New("web.list.item and web.list.link are required")
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	u, err := url.Parse(src.URL)
	if err != nil {
		return nil, fmt.Errorf("web url: %w", err)
	}
	return &Source{cfg: src, rules: rules, host: u.Host, client: client, logger: logger, now: time.Now}, nil
}

// SetClock replaces the clock that stamps Document.Fetched (default time.Now).
func (s *Source) SetClock(now func() time.Time) {
	if now != nil {
		s.now = now
	}
}

// Name returns the configured source name.
func (s *Source) Name() string { return s.cfg.Name }

// Kind returns "web".
func (s *Source) Kind() string { return Kind }

// URL returns the first listing page's URL.
func (s *Source) URL() string { return s.cfg.URL }

// get fetches one page of the source with its fetch overrides.
func (s *Source) get(ctx context.Context, u string) (*fetch.Response, error) {
	return s.client.Get(ctx, u, fetch.GetOptions{
		Accept:       htmlAccept,
		Charset:      s.cfg.Charset,
		UserAgent:    s.cfg.UserAgent,
		Timeout:      s.cfg.Timeout,
		MaxBodyBytes: int64(s.cfg.MaxBodyBytes),
		MaxRedirects: s.cfg.MaxRedirects,
		HostDelay:    s.cfg.HostDelay(),
		Validate:     fetch.ClosingTag("</html>", "</body>"),
	})
}

// fetchListing fetches and parses one listing page.
func (s *Source) fetchListing(ctx context.Context, u string) (Listing, error) {
	resp, err := s.get(ctx, u)
	if err != nil {
		return Listing{}, fmt.Errorf("fetch listing: %w", err)
	}
	base, err := url.Parse(resp.URL)
	if err != nil {
		return Listing{}, fmt.Errorf("listing url: %w", err)
	}
	l, err := ParseListing(resp.Body, base, s.rules)
	if err != nil {
		return Listing{}, fmt.Errorf("listing %s: %w", resp.URL, err)
	}
	return l, nil
}

// nextPage returns the URL of listing page n (2, 3, …): the next link of
// the current page, or the page URL template; "" when there is none.
func (s *Source) nextPage(l Listing, n int) (string, error) {
	if s.cfg.Web.PageURLTemplate == "" {
		return l.Next, nil
	}
	u, err := config.PageURL(s.cfg.Web.PageURLTemplate, n)
	if err != nil {
		return "", fmt.Errorf("page_url_template: %w", err)
	}
	return u, nil
}

var _ scrapers.Source = (*Source)(nil)
