package web

import (
	"bytes"
	"fmt"
	"net/url"
	"time"

	"github.com/PuerkitoBio/goquery"

	"sitrep/config"
	"sitrep/scrapers/feed"
)

// Listing is one parsed listing page.
type Listing struct {
	// Items are in page order (usually newest first).
	Items []Item `json:"items"`
	// Next is the absolute URL of the next (older) listing page from the
	// next_page selector; "" when there is none or no selector.
	Next string `json:"next"`
}

// Item is one listed release.
type Item struct {
	URL   string `json:"url"`   // absolute, fragment and tracking parameters removed
	Title string `json:"title"` // the title selector's text, or the link's text
	Date  string `json:"date"`  // the date as written
	// Published is Date read with the layout, in UTC; zero when the item has
	// no date or it did not parse.
	Published time.Time `json:"published"`
	// DateOnly is true when Published stands for a whole local day.
	DateOnly bool `json:"date_only"`
	// Problem says why the item cannot be used (no link) or why its date is
	// missing; "" when all is well.
	Problem string `json:"problem,omitempty"`
	// HTML is the item's outer HTML.
	HTML string `json:"-"`
}

// ParseListing reads a listing page with the rules; base resolves relative
// links (the page's final URL). An item selector that matches nothing is an
// error wrapping ErrLayoutChanged, and so is a page where no item has a
// link: a changed layout must never look like a quiet day.
func ParseListing(body []byte, base *url.URL, r Rules) (Listing, error) {
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(body))
	if err != nil {
		return Listing{}, fmt.Errorf("parse listing: %w", err)
	}
	sel := doc.Find(r.List.Item)
	if sel.Length() == 0 {
		return Listing{}, matchedNothing("item", r.List.Item)
	}
	var l Listing
	linked := 0
	sel.Each(func(_ int, s *goquery.Selection) {
		it := r.item(s, base)
		if it.URL != "" {
			linked++
		}
		l.Items = append(l.Items, it)
	})
	if linked == 0 {
		return Listing{}, matchedNothing("link", r.List.Link)
	}
	if r.NextPage != "" {
		if href := value(doc.Selection, r.NextPage, "href"); href != "" {
			l.Next = resolve(base, href)
		}
	}
	return l, nil
}

// item reads one listed release.
func (r Rules) item(s *goquery.Selection, base *url.URL) Item {
	var it Item
	it.HTML, _ = goquery.OuterHtml(s) // rendering a parsed node cannot fail
	if href := value(s, r.List.Link, "href"); href != "" {
		it.URL = feed.CleanURL(href, base)
	}
	it.Title = value(s, r.List.Title, "")
	if it.Title == "" {
		// The link's own text: its selector without an "@attr".
		css, _ := config.SplitSelector(r.List.Link)
		it.Title = value(s, css, "")
	}
	switch {
	case it.URL == "":
		it.Problem = fmt.Sprintf("link selector %q matched nothing in this item", r.List.Link)
	case r.List.Date == "":
	default:
		r.itemDate(&it, value(s, r.List.Date, ""))
	}
	return it
}

func (r Rules) itemDate(it *Item, raw string) {
	it.Date = raw
	if raw == "" {
		it.Problem = fmt.Sprintf("date selector %q matched nothing in this item", r.List.Date)
		return
	}
	t, dateOnly, err := r.parseDate(raw)
	if err != nil {
		it.Problem = err.Error()
		return
	}
	it.Published, it.DateOnly = t, dateOnly
}

// resolve makes href absolute against base.
func resolve(base *url.URL, href string) string {
	u, err := base.Parse(href)
	if err != nil {
		return ""
	}
	u.Fragment = ""
	return u.String()
}
