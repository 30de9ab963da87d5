package uk

import (
	"strings"

	"golang.org/x/net/html"
)

// PlainText turns an HTML fragment or page into the text of one post: text
// nodes in order, <br> and the ends of block elements as line breaks,
// scripts and styles dropped, entities decoded. It is how a t.me message
// body (div.tgme_widget_message_text) reads; a page holding many posts
// reads as one long post, so the Telegram scraper hands over one post's
// text instead.
func PlainText(page string) string {
	z := html.NewTokenizer(strings.NewReader(page))
	var b strings.Builder
	skip := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return strings.TrimSpace(b.String())
		case html.TextToken:
			if skip == 0 {
				b.Write(z.Text())
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			switch tag := string(name); {
			case tag == "script" || tag == "style":
				skip++
			case tag == "br":
				b.WriteByte('\n')
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			switch tag := string(name); {
			case tag == "script" || tag == "style":
				skip = max(0, skip-1)
			case blockTags[tag]:
				b.WriteByte('\n')
			}
		}
	}
}

var blockTags = map[string]bool{
	"p": true, "div": true, "li": true, "h1": true, "h2": true, "h3": true, "h4": true,
	"tr": true, "blockquote": true, "section": true, "article": true, "title": true,
}
