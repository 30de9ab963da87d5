package telegram

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"sitrep/scrapers"
)

// Scrape reads the channel from its newest page back, one page at a time
// (the fetcher keeps page_delay between them, see HostDelay), and returns the posts published
// within [req.From, req.To) as Documents (service messages and posts
// without text are left out).
//
// The newest page is always read and all its posts in the window are
// returned, seen or not, so that edits reach the store (which compares
// content hashes). Older pages return only unseen posts. Paging stops after
// a page whose posts were all seen (req.Seen on "<channel>/<id>"), after a
// page holding a post older than req.From, at the channel's oldest page, or
// at max_pages.
//
// A failure of the newest page fails the source; a failure of an older page
// ends paging and is reported as an item error with what was read so far.
// Scrape checks ctx before each page and returns the context's error.
func (s *Source) Scrape(ctx context.Context, req scrapers.Request) (scrapers.Result, error) {
	start := time.Now()
	fetched := s.now().UTC()
	var res scrapers.Result
	cursor, pages := "", 0
	for pages < s.maxPages(req) {
		if err := ctx.Err(); err != nil {
			return res, fmt.Errorf("source %q: %w", s.cfg.Name, err)
		}
		page, err := s.fetchPage(ctx, cursor)
		pages++
		if err != nil {
			if pages == 1 || ctx.Err() != nil {
				return res, fmt.Errorf("source %q: %w", s.cfg.Name, err)
			}
			res.ItemErrors = append(res.ItemErrors, fmt.Errorf("source %q: older posts: %w", s.cfg.Name, err))
			break
		}
		if page.Empty {
			// t.me has been seen to send the same "no posts" marker when it
			// throttles, so say so rather than report a quiet channel silently.
			s.logger.WarnContext(ctx, "channel page says there are no posts", "source", s.cfg.Name, "page", pages)
		}
		stop := s.collect(&res, page, pages == 1, req, fetched)
		next, err := nextCursor(page, cursor)
		if err != nil {
			res.ItemErrors = append(res.ItemErrors, fmt.Errorf("source %q: %w", s.cfg.Name, err))
		}
		if stop || next == "" {
			break
		}
		cursor = next
	}
	s.logger.InfoContext(ctx, "source scraped", "source", s.cfg.Name, "pages", pages,
		"documents", len(res.Documents), "item_errors", len(res.ItemErrors),
		"duration_ms", time.Since(start).Milliseconds())
	return res, nil
}

// collect adds the page's wanted posts to res and reports whether paging
// should stop: every post on the page was already seen, or one is older
// than the window.
func (s *Source) collect(res *scrapers.Result, page Page, newest bool, req scrapers.Request, fetched time.Time) bool {
	posts, seen, older := 0, 0, false
	for _, p := range page.Posts {
		// Service messages and bare media never become documents, so they
		// are never stored and must not keep "every post seen" from holding.
		if p.Service || !hasText(p) {
			continue
		}
		posts++
		known := req.Seen != nil && req.Seen(ExternalID(p))
		if known {
			seen++
		}
		if !req.From.IsZero() && p.Time.Before(req.From) {
			older = true
			continue
		}
		if (!req.To.IsZero() && !p.Time.Before(req.To)) || (known && !newest) {
			continue
		}
		if doc, ok := s.document(p, fetched); ok {
			res.Documents = append(res.Documents, doc)
		}
	}
	return page.Empty || older || posts > 0 && seen == posts
}

// nextCursor returns the cursor of the next older page, "" at the channel's
// oldest page. A cursor that does not move back in the channel would loop,
// so it ends paging with an error.
func nextCursor(page Page, current string) (string, error) {
	if page.Before == "" {
		return "", nil
	}
	next, err := strconv.ParseInt(page.Before, 10, 64)
	if err != nil || next <= 0 {
		return "", fmt.Errorf("paging cursor %q is not a post id", page.Before)
	}
	if cur, err := strconv.ParseInt(current, 10, 64); err == nil && next >= cur {
		return "", fmt.Errorf("paging cursor %d does not move back from %d", next, cur)
	}
	return page.Before, nil
}

// hasText reports whether a post has something to extract from.
func hasText(p Post) bool { return strings.TrimSpace(p.Text) != "" || strings.TrimSpace(p.Poll) != "" }
