package web

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"

	"sitrep/scrapers/feed"
)

// Article is one parsed release page.
type Article struct {
	Title string `json:"title"` // the title selector's text; "" without one
	// Text is the body's plain text, paragraphs separated by blank lines.
	Text string `json:"text"`
	Date string `json:"date"` // the date as written
	// Published is Date read in UTC; zero when absent or unreadable.
	Published time.Time `json:"published"`
	DateOnly  bool      `json:"date_only"`
}

// ParseArticle reads a release page with the rules' article selectors. A
// body selector that matches nothing, or only empty elements, is an error
// wrapping ErrLayoutChanged.
func ParseArticle(body []byte, r Rules) (Article, error) {
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(body))
	if err != nil {
		return Article{}, fmt.Errorf("parse article: %w", err)
	}
	var a Article
	if a.Text = bodyText(doc, r.Article.Body); a.Text == "" {
		return Article{}, matchedNothing("article body", r.Article.Body)
	}
	a.Title = value(doc.Selection, r.Article.Title, "")
	if r.Article.Date != "" {
		a.Date = value(doc.Selection, r.Article.Date, "")
		if t, dateOnly, err := r.parseDate(a.Date); err == nil {
			a.Published, a.DateOnly = t, dateOnly
		}
	}
	return a, nil
}

// bodyText joins the text of every element the body selector matches,
// leaving out elements inside another match (a selector such as
// "div.body, div.body p" would otherwise repeat paragraphs).
func bodyText(doc *goquery.Document, sel string) string {
	matches := doc.Find(sel)
	var parts []string
	matches.Each(func(_ int, s *goquery.Selection) {
		if s.ParentsFiltered(sel).Length() > 0 {
			return
		}
		h, err := goquery.OuterHtml(s)
		if err != nil {
			return
		}
		if t := feed.HTMLText(h); t != "" {
			parts = append(parts, t)
		}
	})
	return strings.Join(parts, "\n\n")
}
