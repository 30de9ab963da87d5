package web

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"time"

	"sitrep/config"
	"sitrep/model"
	"sitrep/scrapers"
)

// Scrape reads the listing page and up to max_pages-1 older pages, keeps the
// items published within [req.From, req.To) (a date-only item counts as its
// whole local day; undated items are kept), skips items already seen and
// turns the others into Documents, with the release page's text when the
// source fetches articles.
//
// Paging stops at the window start (a page holding an item older than
// req.From), when there is no next page, or at max_pages. A first listing
// page that cannot be fetched, or whose item selector matches nothing, fails
// the source; a failed older page or article is an item error.
func (s *Source) Scrape(ctx context.Context, req scrapers.Request) (scrapers.Result, error) {
	start := time.Now()
	fetched := s.now().UTC()
	var res scrapers.Result
	done := map[string]bool{} // item URLs already handled this run
	pageURL, pages := s.cfg.URL, 0
	for pageURL != "" && pages < s.maxPages(req) {
		if err := ctx.Err(); err != nil {
			return res, fmt.Errorf("source %q: %w", s.cfg.Name, err)
		}
		l, err := s.fetchListing(ctx, pageURL)
		pages++
		if err != nil {
			if pages == 1 || ctx.Err() != nil {
				return res, fmt.Errorf("source %q: %w", s.cfg.Name, err)
			}
			res.ItemErrors = append(res.ItemErrors, fmt.Errorf("source %q: page %d: %w", s.cfg.Name, pages, err))
			break
		}
		if s.collect(ctx, &res, l, req, fetched, done) {
			break
		}
		next, err := s.nextPage(l, pages+1)
		if err != nil {
			res.ItemErrors = append(res.ItemErrors, fmt.Errorf("source %q: %w", s.cfg.Name, err))
		}
		if next == pageURL {
			break
		}
		pageURL = next
	}
	if err := ctx.Err(); err != nil {
		return res, fmt.Errorf("source %q: %w", s.cfg.Name, err)
	}
	s.logger.InfoContext(ctx, "source scraped", "source", s.cfg.Name, "pages", pages,
		"documents", len(res.Documents), "item_errors", len(res.ItemErrors),
		"duration_ms", time.Since(start).Milliseconds())
	return res, nil
}

func (s *Source) maxPages(req scrapers.Request) int {
	limit := config.DefaultWebMaxPages
	if s.cfg.MaxPages > 0 {
		limit = s.cfg.MaxPages
	}
	return max(limit, req.MaxPages)
}

// collect turns the listing's wanted items into documents and reports
// whether an item was older than the window, which ends paging.
func (s *Source) collect(ctx context.Context, res *scrapers.Result, l Listing, req scrapers.Request,
	fetched time.Time, done map[string]bool) (older bool) {
	for _, it := range l.Items {
		if ctx.Err() != nil {
			return true
		}
		if it.URL == "" || it.Problem != "" {
			res.ItemErrors = append(res.ItemErrors, fmt.Errorf("source %q: item %q: %s", s.cfg.Name, it.Title, it.Problem))
			if it.URL == "" {
				continue
			}
		}
		first, last := s.span(it)
		if !req.From.IsZero() && !first.IsZero() && !last.After(req.From) {
			older = true
			continue
		}
		if (!req.To.IsZero() && !first.IsZero() && !first.Before(req.To)) || done[it.URL] {
			continue
		}
		done[it.URL] = true
		if req.Seen != nil && req.Seen(s.externalID(it.URL)) {
			continue
		}
		if doc, ok := s.document(ctx, res, it, fetched); ok {
			res.Documents = append(res.Documents, doc)
		}
	}
	return older
}

// span is the time an item covers: an instant, or a whole local day for a
// date-only item (23 or 25 hours on a daylight-saving change).
func (s *Source) span(it Item) (first, last time.Time) {
	if !it.DateOnly {
		return it.Published, it.Published
	}
	local := it.Published.In(s.rules.Location)
	return it.Published, local.AddDate(0, 0, 1).UTC()
}

// document builds one item's Document, fetching its page when the source
// fetches articles. A failed article page is an item error and the item
// keeps its listing title as text.
func (s *Source) document(ctx context.Context, res *scrapers.Result, it Item, fetched time.Time) (model.Document, bool) {
	doc := model.Document{
		Source: s.cfg.Name, ExternalID: s.externalID(it.URL), URL: it.URL, Title: it.Title, Publisher: s.cfg.Publisher,
		Published: it.Published, Fetched: fetched, Lang: s.cfg.Lang, Text: it.Title, Raw: []byte(it.HTML),
		Authority: s.cfg.Authority,
	}
	if doc.Publisher == "" {
		doc.Publisher = s.cfg.Name
	}
	if s.cfg.FetchesArticles() && s.rules.Article.Body != "" {
		if err := s.article(ctx, &doc); err != nil {
			if ctx.Err() != nil {
				return model.Document{}, false
			}
			res.ItemErrors = append(res.ItemErrors, fmt.Errorf("source %q: item %q: %w", s.cfg.Name, it.URL, err))
		}
	}
	if doc.Published.IsZero() {
		doc.Published, doc.PublishedGuessed = fetched, true
	}
	return doc, doc.Text != ""
}

// article fetches the release page and takes its text, title and date.
func (s *Source) article(ctx context.Context, doc *model.Document) error {
	resp, err := s.get(ctx, doc.URL)
	if err != nil {
		return fmt.Errorf("fetch article: %w", err)
	}
	a, err := ParseArticle(resp.Body, s.rules)
	if err != nil {
		return fmt.Errorf("article %s: %w", resp.URL, err)
	}
	doc.Text, doc.Raw = a.Text, resp.Body
	if a.Title != "" {
		doc.Title = a.Title
	}
	if !a.Published.IsZero() {
		doc.Published = a.Published
	}
	return nil
}

// externalID is an item's identity within the source: the path and query
// of its URL when it is on the listing's own host, else the whole URL. A
// site that moves from http to https or to another host name (or the demo
// site, on a new port each run) keeps its items' identities.
func (s *Source) externalID(itemURL string) string {
	u, err := url.Parse(itemURL)
	if err != nil || !strings.EqualFold(u.Host, s.host) {
		return itemURL
	}
	return u.RequestURI()
}
