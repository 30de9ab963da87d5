package feed

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strings"

	"codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"sitrep/model"
)

// errNoContent means readability found no main text on the page.
var errNoContent = errors.New("no main content found")

// article is what an item's linked page contributed.
type article struct {
	text      string // main text, plain, paragraphs separated by blank lines
	canonical string // <link rel=canonical>, cleaned; "" when absent
	finalURL  string // the page's URL after redirects, cleaned
	title     string // readability's title
	raw       []byte // the page as fetched, UTF-8
}

// article fetches an item's page and takes its main text with readability,
// working on the bytes already fetched (readability never fetches).
// feedTitle is dropped from the start of the text when the page repeats it.
func (s *Source) article(ctx context.Context, link, feedTitle string) (article, error) {
	resp, err := s.client.Get(ctx, link, s.getOptions(htmlAccept))
	if err != nil {
		return article{}, fmt.Errorf("article: %w", err)
	}
	if !isHTML(resp.ContentType) {
		return article{}, fmt.Errorf("article %s: content type %q is not html", resp.URL, resp.ContentType)
	}
	page, err := url.Parse(resp.URL)
	if err != nil {
		return article{}, fmt.Errorf("article %s: %w", resp.URL, err)
	}
	doc, err := html.Parse(bytes.NewReader(resp.Body))
	if err != nil {
		return article{}, fmt.Errorf("article %s: parse html: %w", resp.URL, err)
	}
	art := article{canonical: canonicalLink(doc, page), finalURL: CleanURL(resp.URL, nil), raw: resp.Body}
	p := readability.NewParser()
	p.Logger = slog.New(slog.DiscardHandler)
	ra, err := p.ParseAndMutate(doc, page)
	if err != nil {
		return article{}, fmt.Errorf("article %s: readability: %w", resp.URL, err)
	}
	if ra.Node == nil {
		return article{}, fmt.Errorf("article %s: %w", resp.URL, errNoContent)
	}
	art.title = ra.Title()
	art.text = dropLeadingTitle(nodeText(ra.Node), feedTitle, art.title)
	if art.text == "" {
		return article{}, fmt.Errorf("article %s: %w", resp.URL, errNoContent)
	}
	return art, nil
}

// apply puts the page's text, URL and bytes into the document.
func (a article) apply(doc *model.Document) {
	doc.Text = a.text
	doc.Raw = a.raw
	switch {
	case a.canonical != "":
		doc.URL = a.canonical
	case a.finalURL != "":
		doc.URL = a.finalURL
	}
	if doc.Title == "" {
		doc.Title = a.title
	}
}

func isHTML(mediaType string) bool {
	switch mediaType {
	case "", "text/html", "application/xhtml+xml":
		return true
	}
	return false
}

// canonicalLink returns the page's <link rel="canonical"> made absolute and
// cleaned, or "".
func canonicalLink(n *html.Node, page *url.URL) string {
	if n.Type == html.ElementNode && n.DataAtom == atom.Link && hasToken(attr(n, "rel"), "canonical") {
		if href := CleanURL(attr(n, "href"), page); href != "" {
			return href
		}
	}
	if n.Type == html.ElementNode && n.DataAtom == atom.Body {
		return "" // a canonical link belongs in the head
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if href := canonicalLink(c, page); href != "" {
			return href
		}
	}
	return ""
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func hasToken(list, token string) bool {
	for _, t := range strings.Fields(list) {
		if strings.EqualFold(t, token) {
			return true
		}
	}
	return false
}

// dropLeadingTitle removes a first paragraph that only repeats the headline:
// readability often keeps the page's <h1> inside the main content.
func dropLeadingTitle(text string, titles ...string) string {
	first, rest, _ := strings.Cut(text, "\n\n")
	for _, t := range titles {
		if t != "" && sameText(first, t) {
			return rest
		}
	}
	return text
}

func sameText(a, b string) bool {
	return strings.EqualFold(strings.Join(strings.Fields(a), " "), strings.Join(strings.Fields(b), " "))
}
