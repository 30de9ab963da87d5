package feed

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"time"

	"sitrep/config"
	"sitrep/model"
	"sitrep/scrapers"
	"sitrep/scrapers/fetch"
)

// Kind is the configuration kind of feed sources.
const Kind = "feed"

// Accept headers: feed types first for the feed, HTML for article pages.
const (
	feedAccept = "application/rss+xml, application/atom+xml, application/feed+json, " +
		"application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5"
	htmlAccept = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
)

// Source is a configured feed. It implements scrapers.Source.
type Source struct {
	cfg    config.Source
	client *fetch.Client
	logger *slog.Logger
	now    func() time.Time
}

// New builds a feed source. The client is shared with other sources; a nil
// logger discards.
func New(src config.Source, client *fetch.Client, logger *slog.Logger) *Source {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &Source{cfg: src, client: client, logger: logger, now: time.Now}
}

// SetClock replaces the clock that stamps Document.Fetched (default
// time.Now), for tests and reproducible runs.
func (s *Source) SetClock(now func() time.Time) {
	if now != nil {
		s.now = now
	}
}

// Name returns the configured source name.
func (s *Source) Name() string { return s.cfg.Name }

// Kind returns "feed".
func (s *Source) Kind() string { return Kind }

// URL returns the feed URL.
func (s *Source) URL() string { return s.cfg.URL }

// Scrape fetches and parses the feed, keeps the items published within
// req.From–req.To (undated items are kept), the newest MaxItems of them, and
// turns each one not yet seen (on a live run, also one seen but published
// within the last day, so that edits arrive) into a Document, with the article page's main
// text when the source fetches articles. A feed that cannot be fetched or
// parsed fails the whole source; a failed article page is an item error and
// the feed's own content is used instead. Scrape stops between items when
// ctx is cancelled and returns what it has with the context's error.
func (s *Source) Scrape(ctx context.Context, req scrapers.Request) (scrapers.Result, error) {
	start := time.Now()
	fetched := s.now().UTC()
	// Conditional GET only for live runs: a backfill keeps just its window's
	// items, so a 304 after the previous day's fetch would hide this day's.
	live := req.From.IsZero() && req.To.IsZero()
	items, err := s.fetchItems(ctx, live)
	if errors.Is(err, fetch.ErrNotModified) {
		s.logger.InfoContext(ctx, "feed not modified", "source", s.cfg.Name)
		return scrapers.Result{}, nil
	}
	if err != nil {
		return scrapers.Result{}, fmt.Errorf("source %q: %w", s.cfg.Name, err)
	}
	items = selectItems(items, req.From, req.To, max(s.cfg.MaxItems, req.MaxItems))
	var res scrapers.Result
	for _, it := range items {
		if err := ctx.Err(); err != nil {
			return res, fmt.Errorf("source %q: %w", s.cfg.Name, err)
		}
		if req.Seen != nil && req.Seen(it.ID) && !(live && recent(it, fetched)) {
			continue
		}
		doc, itemErr := s.document(ctx, it, fetched)
		if itemErr != nil {
			s.logger.WarnContext(ctx, "feed item degraded", "source", s.cfg.Name, "url", it.Link, "err", itemErr)
			res.ItemErrors = append(res.ItemErrors, itemErr)
		}
		if doc != nil {
			res.Documents = append(res.Documents, *doc)
		}
	}
	if err := ctx.Err(); err != nil {
		return res, fmt.Errorf("source %q: %w", s.cfg.Name, err)
	}
	s.logger.InfoContext(ctx, "source scraped", "source", s.cfg.Name, "items", len(items),
		"documents", len(res.Documents), "item_errors", len(res.ItemErrors),
		"duration_ms", time.Since(start).Milliseconds())
	return res, nil
}

// ErrNoItems means a feed parsed but held no item: a feed that emptied or a
// URL that now serves something else. It is an error, never "0 new items".
var ErrNoItems = errors.New("feed has no items")

// recheckWindow is how long after publication a stored item is read again:
// articles are edited (tolls revised, paragraphs added) mostly on their
// first day, and the store updates a document whose content changed.
const recheckWindow = 24 * time.Hour

// recent reports whether an item was published within recheckWindow of now.
func recent(it Item, now time.Time) bool {
	return !it.Published.IsZero() && now.Sub(it.Published) < recheckWindow
}

// fetchItems fetches the feed (conditionally when asked: a 304 returns
// fetch.ErrNotModified) and parses it against its final URL.
func (s *Source) fetchItems(ctx context.Context, conditional bool) ([]Item, error) {
	opts := s.getOptions(feedAccept)
	opts.Conditional = conditional
	resp, err := s.client.Get(ctx, s.cfg.URL, opts)
	if errors.Is(err, fetch.ErrNotModified) {
		return nil, err
	}
	if err != nil {
		return nil, fmt.Errorf("fetch feed: %w", err)
	}
	base, err := url.Parse(resp.URL)
	if err != nil {
		return nil, fmt.Errorf("feed url: %w", err)
	}
	items, err := Parse(resp.Body, base)
	if err != nil {
		return nil, fmt.Errorf("feed %s: %w", resp.URL, err)
	}
	if len(items) == 0 {
		return nil, fmt.Errorf("feed %s: %w (emptied, or the URL serves something else?)", resp.URL, ErrNoItems)
	}
	return items, nil
}

// getOptions carries the source's fetch overrides into one request.
func (s *Source) getOptions(accept string) fetch.GetOptions {
	return fetch.GetOptions{
		Accept:       accept,
		Charset:      s.cfg.Charset,
		UserAgent:    s.cfg.UserAgent,
		Timeout:      s.cfg.Timeout,
		MaxBodyBytes: int64(s.cfg.MaxBodyBytes),
		MaxRedirects: s.cfg.MaxRedirects,
	}
}

// document builds the Document for one item. It returns a nil document when
// the item has no text at all, and an item error when the article page
// failed (the document then carries the feed's content) or the item was
// skipped. A cancelled context yields neither; the caller reports it.
func (s *Source) document(ctx context.Context, it Item, fetched time.Time) (*model.Document, error) {
	doc := &model.Document{
		Source:     s.cfg.Name,
		ExternalID: it.ID,
		URL:        it.Link,
		Title:      it.Title,
		Publisher:  s.publisher(),
		Published:  it.Published,
		Fetched:    fetched,
		Lang:       s.cfg.Lang,
		Text:       it.Content,
		Raw:        []byte(it.Raw),
		Authority:  s.cfg.Authority,
	}
	if doc.Published.IsZero() {
		doc.Published, doc.PublishedGuessed = fetched, true
	}
	var itemErr error
	if s.cfg.FetchesArticles() && it.Link != "" {
		art, err := s.article(ctx, it.Link, it.Title)
		switch {
		case ctx.Err() != nil:
			return nil, nil
		case err != nil:
			itemErr = fmt.Errorf("source %q: item %q: %w", s.cfg.Name, it.ID, err)
		default:
			art.apply(doc)
		}
	}
	if doc.Text == "" {
		if itemErr != nil {
			return nil, fmt.Errorf("%w; no feed content either, item skipped", itemErr)
		}
		return nil, fmt.Errorf("source %q: item %q: no text, item skipped", s.cfg.Name, it.ID)
	}
	return doc, itemErr
}

func (s *Source) publisher() string {
	if s.cfg.Publisher != "" {
		return s.cfg.Publisher
	}
	return s.cfg.Name
}
