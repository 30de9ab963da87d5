package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// Input bounds: Extract reads at most this much text, so a hostile or broken
// page costs bounded time.
const (
	maxTextBytes  = 1 << 20
	maxTitleBytes = 4 << 10
)

// dropTags are elements whose text is never article text.
var dropTags = map[string]bool{
	"script": true, "style": true, "nav": true, "header": true, "footer": true,
	"aside": true, "form": true, "noscript": true, "iframe": true, "svg": true,
	"button": true, "template": true, "select": true, "head": true,
}

// blockTags end a paragraph.
var blockTags = map[string]bool{
	"p": true, "div": true, "section": true, "article": true, "main": true,
	"li": true, "ul": true, "ol": true, "h1": true, "h2": true, "h3": true,
	"h4": true, "h5": true, "h6": true, "blockquote": true, "tr": true,
	"table": true, "pre": true, "dd": true, "dt": true, "figcaption": true,
	"hr": true, "body": true,
}

// clutterAttr lists words of class or id values of page furniture.
var clutterAttr = []string{
	"share", "social", "related", "newsletter", "subscri", "comment", "breadcrumb",
	"tags", "readalso", "read-also", "read_also", "readmore", "read-more", "advert", "promo",
	"ticker", "breaking", "trending", "most-read", "mostread", "popular", "byline", "kicker",
	"copyright", "search", "logo", "cookie", "author",
}

// clutterStart and clutterAny recognise paragraphs that are calls to action
// or links, never reporting. Plain substring tests: a regexp here cost a
// third of the extraction time.
var (
	clutterStart = []string{
		"read also", "read more", "also read", "see also", "related:", "related articles",
		"follow us", "subscribe", "sign up", "share this", "share on", "advertisement",
		"click here", "join our", "photo:", "video:", "image:", "notes to editors", "note to editors",
		"media contact", "for media enquiries", "press contact",
	}
	clutterAny = []string{
		"follow, share", "follow us on", "leave a comment", "subscribe to our", "our newsletter",
		"your engagement", "share this article", "share or comment", "like and share",
	}
	ctaWords     = []string{"follow", "share", "comment", "subscribe", "stay informed", "engagement", "newsletter"}
	closingHeads = map[string]bool{
		"final thoughts": true, "closing thoughts": true, "conclusion": true, "in conclusion": true,
		"the bottom line": true, "bottom line": true, "what's next": true,
	}
)

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// dateline matches a wire dateline opening a paragraph ("KYIV, Nov 20
// (Reuters) - "): the city there is where the story was filed, not a target.
var dateline = regexp.MustCompile(`^\p{Lu}[\p{Lu} .'’-]{2,40}(?:,[^()\n]{0,30}?)?(?:\s*\([^)\n]{1,40}\))?\s*[-–—]+\s+`)

// agencyDateline matches a dateline in title case with the agency named:
// "Kyiv (Reuters) - ", "Kharkiv, Ukraine, Nov 20 (AP) — ".
var agencyDateline = regexp.MustCompile(`^\p{Lu}[\p{L} .'’-]{2,30}(?:,[^()\n]{0,30}?)?\s*\((?:Reuters|AP|AFP|dpa|Bloomberg|UNIAN|Ukrinform|Interfax[^)\n]{0,20}|RFE/RL|TASS|Xinhua|CNN|BBC)\)\s*[-–—]+\s+`)

// startsUpperRun reports whether p opens with two capital ASCII letters, the
// cheap precondition of a dateline.
func startsUpperRun(p string) bool {
	return len(p) > 2 && p[0] >= 'A' && p[0] <= 'Z' && p[1] >= 'A' && p[1] <= 'Z'
}

// capText cuts s to at most n bytes and makes it valid UTF-8.
func capText(s string, n int) string {
	if len(s) > n {
		s = s[:n] // a rune cut in half becomes a space below
	}
	return strings.ToValidUTF8(s, " ")
}

// paragraphs turns the input body into clean paragraphs.
func paragraphs(in Input) []string {
	text := capText(in.Text, maxTextBytes)
	var paras []string
	if in.HTML {
		paras = htmlParagraphs(text)
	} else {
		paras = plainParagraphs(text)
	}
	paras = dropClutter(paras)
	for i, p := range paras {
		if startsUpperRun(p) {
			paras[i] = dateline.ReplaceAllString(p, "")
		} else if strings.Contains(p[:min(len(p), 80)], ") ") {
			paras[i] = agencyDateline.ReplaceAllString(p, "")
		}
	}
	return paras
}

// plainParagraphs splits plain text on blank lines.
func plainParagraphs(text string) []string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	var out []string
	for _, p := range strings.Split(text, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// htmlParagraphs extracts block text from an HTML page, skipping page
// furniture. The walk is iterative so a deeply nested page cannot exhaust
// the stack.
func htmlParagraphs(page string) []string {
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return nil
	}
	var out []string
	var cur strings.Builder
	flush := func() {
		if p := tidyLines(cur.String()); p != "" {
			out = append(out, p)
		}
		cur.Reset()
	}
	type frame struct {
		n     *html.Node
		leave bool
	}
	stack := []frame{{n: root}}
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		n := f.n
		if f.leave {
			flush()
			continue
		}
		switch n.Type {
		case html.TextNode:
			cur.WriteString(strings.ReplaceAll(n.Data, "\n", " "))
			continue
		case html.ElementNode:
			if dropTags[n.Data] || isClutterNode(n) {
				continue
			}
			if n.Data == "br" {
				cur.WriteByte('\n')
				continue
			}
			if blockTags[n.Data] {
				flush()
				stack = append(stack, frame{n: n, leave: true})
			}
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, frame{n: c})
		}
	}
	flush()
	return out
}

// tidyLines collapses white space within each line and drops empty lines.
func tidyLines(s string) string {
	lines := strings.Split(s, "\n")
	out := lines[:0]
	for _, l := range lines {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

func isClutterNode(n *html.Node) bool {
	for _, a := range n.Attr {
		if (a.Key == "class" || a.Key == "id") && containsAny(strings.ToLower(a.Val), clutterAttr) {
			return true
		}
	}
	return false
}

// htmlTitle returns the text of the page's <title>, if any.
func htmlTitle(page string) string {
	z := html.NewTokenizer(strings.NewReader(capText(page, maxTextBytes)))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken:
			if name, _ := z.TagName(); string(name) == "title" && z.Next() == html.TextToken {
				return strings.TrimSpace(string(z.Text()))
			}
		}
	}
}

// dropClutter removes call-to-action paragraphs and a closing section (such
// as "Final thoughts") that only asks the reader to follow or share.
func dropClutter(paras []string) []string {
	out := make([]string, 0, len(paras))
	for i := 0; i < len(paras); i++ {
		p := paras[i]
		low := strings.ToLower(p)
		if isClutter(low) || isByline(p) {
			continue
		}
		if closingHeads[strings.Trim(low, " :.!")] {
			end := sectionEnd(paras, i+1)
			if sectionIsCTA(paras[i+1 : end]) {
				i = end - 1
			}
			continue
		}
		out = append(out, p)
	}
	return out
}

// isByline reports a credit line ("By Olena Harmash and Tom Balmforth in
// Kyiv", "By AP staff, Kharkiv"): the city there is where the reporter
// is, not a target. Every word after "By" is capitalised or a link word.
func isByline(p string) bool {
	rest, ok := strings.CutPrefix(strings.TrimSpace(p), "By ")
	if !ok || len(rest) > 120 {
		return false
	}
	words := strings.Fields(strings.NewReplacer(",", " ", "|", " ").Replace(rest))
	if len(words) == 0 || len(words) > 12 {
		return false
	}
	for _, w := range words {
		switch w {
		case "and", "in", "from", "for", "staff", "the", "with", "reporting", "&", "-", "–", "—":
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

func isClutter(low string) bool {
	if hasAnyPrefix(low, clutterStart) {
		return true
	}
	return len(low) < 600 && containsAny(low, clutterAny)
}

// sectionEnd returns the index of the next heading-like paragraph after i.
func sectionEnd(paras []string, i int) int {
	for ; i < len(paras); i++ {
		if isHeading(paras[i]) {
			return i
		}
	}
	return len(paras)
}

// isHeading: short and without closing punctuation.
func isHeading(p string) bool {
	p = strings.TrimSpace(p)
	if p == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(p)
	return len(p) < 90 && !strings.ContainsRune(".!?:;\"”", last)
}

func sectionIsCTA(paras []string) bool {
	for _, p := range paras {
		if containsAny(strings.ToLower(p), ctaWords) {
			return true
		}
	}
	return false
}
