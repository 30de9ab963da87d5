package feed

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// HTMLText returns the plain text of an HTML fragment (a feed item's content
// or description). Each block (paragraph, list item, heading, quote, …)
// becomes its own paragraph and paragraphs are separated by a blank line; a
// <br> is a line break, two in a row end the paragraph; blank lines in plain
// text end a paragraph too. Scripts, styles and embedded objects are dropped
// and runs of white space collapse to one space.
func HTMLText(fragment string) string {
	if strings.TrimSpace(fragment) == "" {
		return ""
	}
	body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := html.ParseFragment(strings.NewReader(fragment), body)
	if err != nil {
		// The HTML5 parser only fails on reader errors, which a string reader
		// does not produce; fall back to the collapsed raw text all the same.
		return strings.Join(strings.Fields(fragment), " ")
	}
	var b textBuilder
	for _, n := range nodes {
		b.node(n)
	}
	return b.String()
}

// nodeText is HTMLText for a parsed node, such as readability's result.
func nodeText(n *html.Node) string {
	var b textBuilder
	b.node(n)
	return b.String()
}

// textBuilder accumulates paragraphs of plain text while walking HTML.
type textBuilder struct {
	paras []string
	cur   strings.Builder
	space bool // a space is due before the next word
	pre   int  // depth inside <pre>, where line breaks are kept
}

func (b *textBuilder) node(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		b.text(n.Data)
		return
	case html.ElementNode:
	case html.DocumentNode:
		b.children(n)
		return
	default:
		return
	}
	switch {
	case skipped(n.DataAtom):
	case n.DataAtom == atom.Br:
		b.lineBreak()
	case n.DataAtom == atom.Td || n.DataAtom == atom.Th:
		b.space = true
		b.children(n)
		b.space = true
	case n.DataAtom == atom.Pre:
		b.flush()
		b.pre++
		b.children(n)
		b.pre--
		b.flush()
	case isBlock(n.DataAtom):
		b.flush()
		b.children(n)
		b.flush()
	default:
		b.children(n)
	}
}

func (b *textBuilder) children(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.node(c)
	}
}

func (b *textBuilder) text(s string) {
	if b.pre > 0 {
		for i, line := range strings.Split(s, "\n") {
			if i > 0 {
				b.lineBreak()
			}
			b.words(line)
		}
		return
	}
	for i, block := range splitBlankLines(s) {
		if i > 0 {
			b.flush()
		}
		b.words(block)
	}
}

// words appends the words of s, keeping one space where s had any.
func (b *textBuilder) words(s string) {
	fields := strings.Fields(s)
	if len(fields) == 0 {
		b.space = b.space || s != ""
		return
	}
	if startsWithSpace(s) {
		b.space = true
	}
	for _, w := range fields {
		if b.space && b.cur.Len() > 0 && !strings.HasSuffix(b.cur.String(), "\n") {
			b.cur.WriteByte(' ')
		}
		b.cur.WriteString(w)
		b.space = true
	}
	b.space = len(strings.TrimRightFunc(s, isSpace)) < len(s)
}

// lineBreak starts a new line; a second break in a row ends the paragraph.
func (b *textBuilder) lineBreak() {
	if strings.HasSuffix(b.cur.String(), "\n") {
		b.flush()
		return
	}
	if b.cur.Len() > 0 {
		b.cur.WriteByte('\n')
	}
	b.space = false
}

// flush ends the current paragraph.
func (b *textBuilder) flush() {
	var lines []string
	for _, line := range strings.Split(b.cur.String(), "\n") {
		if line = strings.TrimSpace(line); line != "" {
			lines = append(lines, line)
		}
	}
	if len(lines) > 0 {
		b.paras = append(b.paras, strings.Join(lines, "\n"))
	}
	b.cur.Reset()
	b.space = false
}

// String ends the last paragraph and returns the text.
func (b *textBuilder) String() string {
	b.flush()
	return strings.Join(b.paras, "\n\n")
}

// splitBlankLines splits plain text at blank lines.
func splitBlankLines(s string) []string {
	if !strings.Contains(s, "\n") {
		return []string{s}
	}
	lines := strings.Split(s, "\n")
	var blocks []string
	start := 0
	for i := 1; i < len(lines)-1; i++ {
		if strings.TrimSpace(lines[i]) == "" {
			blocks = append(blocks, strings.Join(lines[start:i], "\n"))
			start = i + 1
		}
	}
	return append(blocks, strings.Join(lines[start:], "\n"))
}

func isSpace(r rune) bool { return strings.ContainsRune(" \t\n\r\f\v\u00a0\u2009\u202f", r) }

func startsWithSpace(s string) bool {
	return len(strings.TrimLeftFunc(s, isSpace)) < len(s)
}

// skipped elements carry no readable text.
func skipped(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Iframe, atom.Object,
		atom.Embed, atom.Svg, atom.Canvas, atom.Head, atom.Button, atom.Select, atom.Input, atom.Textarea:
		return true
	}
	return false
}

// isBlock elements start and end a paragraph.
func isBlock(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Section, atom.Article, atom.Header, atom.Footer, atom.Aside,
		atom.Nav, atom.Main, atom.Blockquote, atom.Figure, atom.Figcaption, atom.H1, atom.H2,
		atom.H3, atom.H4, atom.H5, atom.H6, atom.Ul, atom.Ol, atom.Li, atom.Dl, atom.Dt, atom.Dd,
		atom.Table, atom.Tr, atom.Hr, atom.Address, atom.Details, atom.Summary, atom.Body, atom.Html:
		return true
	}
	return false
}
