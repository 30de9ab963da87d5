package telegram

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"

	"github.com/PuerkitoBio/goquery"
)

// ParsePage parses one t.me/s/<channel> preview page. channel is the name
// from the source's URL; a post of another channel is an error.
//
// t.me answers an unavailable preview with a 200 contact page, so a page with
// neither a message history nor post blocks is ErrUnavailable, never zero
// posts; a 200 page saying "too many requests" is ErrRateLimited. A history
// with no posts is ErrLayoutChanged unless the page explicitly says there
// are no messages (Page.Empty).
func ParsePage(html []byte, channel string) (Page, error) {
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(html))
	if err != nil {
		return Page{}, fmt.Errorf("parse page: %w", err)
	}
	history := doc.Find(".tgme_channel_history")
	blocks := doc.Find(".tgme_widget_message[data-post]")
	if blocks.Length() == 0 {
		return emptyPage(doc, history)
	}
	var page Page
	var errs []error
	blocks.Each(func(_ int, s *goquery.Selection) {
		p, err := parsePost(s, channel)
		if err != nil {
			errs = append(errs, err)
			return
		}
		page.Posts = append(page.Posts, p)
	})
	if len(errs) > 0 {
		return Page{}, fmt.Errorf("%w: %w", ErrLayoutChanged, errs[0])
	}
	page.Before, page.After = cursors(doc)
	return page, nil
}

// emptyPage classifies a page without post blocks.
func emptyPage(doc *goquery.Document, history *goquery.Selection) (Page, error) {
	if strings.Contains(strings.ToLower(doc.Find("title").Text()+" "+doc.Find("body").Text()), "too many requests") {
		return Page{}, ErrRateLimited
	}
	if history.Length() == 0 {
		return Page{}, ErrUnavailable
	}
	// t.me marks a channel (or a window) without messages explicitly.
	if history.Find(".tme_no_messages_found").Length() > 0 {
		return Page{Empty: true}, nil
	}
	return Page{}, fmt.Errorf("%w: a message history without posts", ErrLayoutChanged)
}

// cursors reads the paging cursors: the "more" link's data-before and
// data-after, else the before/after query of link rel=prev and rel=next.
func cursors(doc *goquery.Document) (before, after string) {
	more := doc.Find("a.tme_messages_more")
	before = strings.TrimSpace(more.AttrOr("data-before", ""))
	after = strings.TrimSpace(more.AttrOr("data-after", ""))
	if before == "" {
		before = queryOf(doc.Find(`link[rel="prev"]`).AttrOr("href", ""), "before")
	}
	if after == "" {
		after = queryOf(doc.Find(`link[rel="next"]`).AttrOr("href", ""), "after")
	}
	return before, after
}

func queryOf(href, key string) string {
	u, err := url.Parse(href)
	if err != nil {
		return ""
	}
	return u.Query().Get(key)
}
