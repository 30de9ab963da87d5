// Package feed is the "feed" source kind: RSS, Atom and JSON Feed documents
// fetched with scrapers/fetch and parsed with gofeed, plus each item's linked
// article page reduced to its main text with go-readability.
package feed

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"

	"sitrep/scrapers/fetch"
)

// ErrUnknownFormat means the bytes are not an RSS, Atom or JSON feed (an HTML
// page served at the feed URL, say).
var ErrUnknownFormat = errors.New("feed format not detected")

// Item is one feed entry, adapted from gofeed's universal item.
type Item struct {
	// ID identifies the item within the feed: the guid (RSS guid, Atom id,
	// JSON id) unless it is missing or repeated, else the cleaned link, else
	// a hash of title and content.
	ID string `json:"id"`
	// Link is the item's page: absolute, host lower-cased, fragment and
	// tracking parameters removed; "" when the item has none.
	Link  string `json:"link"`
	Title string `json:"title"`
	// Published is the publication (else update) time in UTC; zero when the
	// feed gave none or gofeed could not parse it.
	Published time.Time `json:"published"`
	// PublishedRaw is the date as written in the feed, kept for debugging.
	PublishedRaw string `json:"published_raw"`
	// Content is the item's content, else its description, as plain text.
	Content string `json:"content"`
	Author  string `json:"author"`
	// Raw is the item's content or description as written in the feed
	// (usually HTML); it becomes the document's Raw when no article page is
	// fetched.
	Raw string `json:"-"`
}

// Parse parses an RSS, Atom or JSON feed. base resolves relative links (the
// feed's final URL); it may be nil. Bytes that are not valid UTF-8 are
// converted first by the XML prolog, as scrapers/fetch does, so Parse gives
// the same items for a raw body and a fetched one.
func Parse(body []byte, base *url.URL) ([]Item, error) {
	body, _, err := fetch.ToUTF8(body, "", "")
	if err != nil {
		return nil, fmt.Errorf("parse feed: %w", err)
	}
	f, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
		return nil, ErrUnknownFormat
	}
	if err != nil {
		return nil, fmt.Errorf("parse feed: %w", err)
	}
	items := make([]Item, 0, len(f.Items))
	repeated := repeatedGUIDs(f.Items)
	for _, fi := range f.Items {
		if fi == nil {
			continue
		}
		it := adapt(fi, base)
		it.ID = itemID(fi.GUID, repeated, it)
		items = append(items, it)
	}
	return items, nil
}

// adapt converts a gofeed item; the ID is set by the caller.
func adapt(fi *gofeed.Item, base *url.URL) Item {
	raw := firstNonEmpty(fi.Content, fi.Description)
	it := Item{
		Link:    itemLink(fi, base),
		Title:   strings.Join(strings.Fields(HTMLText(fi.Title)), " "),
		Content: HTMLText(raw),
		Author:  author(fi),
		Raw:     raw,
	}
	switch {
	case fi.PublishedParsed != nil:
		it.Published = fi.PublishedParsed.UTC()
	case fi.Published == "" && fi.UpdatedParsed != nil:
		it.Published = fi.UpdatedParsed.UTC()
	}
	it.PublishedRaw = strings.TrimSpace(firstNonEmpty(fi.Published, fi.Updated))
	return it
}

func itemLink(fi *gofeed.Item, base *url.URL) string {
	if l := CleanURL(fi.Link, base); l != "" {
		return l
	}
	for _, l := range fi.Links {
		if l = CleanURL(l, base); l != "" {
			return l
		}
	}
	return ""
}

func author(fi *gofeed.Item) string {
	var names []string
	for _, p := range fi.Authors {
		if p != nil && strings.TrimSpace(p.Name) != "" {
			names = append(names, strings.TrimSpace(p.Name))
		}
	}
	if len(names) == 0 && fi.Author != nil {
		names = append(names, strings.TrimSpace(fi.Author.Name))
	}
	return strings.Join(names, ", ")
}

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if strings.TrimSpace(v) != "" {
			return v
		}
	}
	return ""
}
