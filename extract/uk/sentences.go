package uk

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// sentence is one sentence of a post: its text as evidence and its folded
// form for matching.
type sentence struct {
	text   string // the original text, leading bullets and emoji removed
	fold   string // fold(text)
	line   int    // the index of its non-empty line in the post
	first  bool   // the first sentence of its line
	bullet bool   // its line began with a bullet, dash or emoji
}

// splitSentences splits a post as the corpus README says Telegram posts
// are split: each non-empty line on its own, then at ".", "!" or "?" (with
// any closing quote) followed by whitespace and an upper-case letter, a
// digit, a quote or a dash. Leading bullets, dashes and emoji go.
func splitSentences(text string) []sentence {
	var out []sentence
	line := 0
	for raw := range strings.SplitSeq(text, "\n") {
		trimmed := strings.TrimSpace(raw)
		body := stripBullet(trimmed)
		if body == "" {
			continue
		}
		bullet := len(body) < len(trimmed)
		for i, s := range splitLine(body) {
			s = stripBullet(s)
			if s == "" {
				continue
			}
			out = append(out, sentence{text: s, fold: fold(s), line: line, first: i == 0, bullet: bullet})
		}
		line++
	}
	return out
}

// splitLine cuts one line at sentence ends.
func splitLine(line string) []string {
	var parts []string
	start := 0
	for i := 0; i < len(line); {
		r, size := utf8.DecodeRuneInString(line[i:])
		i += size
		if r != '.' && r != '!' && r != '?' {
			continue
		}
		end := i
		for end < len(line) {
			q, qs := utf8.DecodeRuneInString(line[end:])
			if !isClosingQuote(q) {
				break
			}
			end += qs
		}
		next := skipSpace(line, end)
		if next == end || next >= len(line) || !opensSentence(line[next:]) {
			continue
		}
		parts = append(parts, strings.TrimSpace(line[start:end]))
		start, i = next, next
	}
	return append(parts, strings.TrimSpace(line[start:]))
}

func skipSpace(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += size
	}
	return i
}

func isClosingQuote(r rune) bool { return r == '"' || r == '»' || r == '”' || r == '\'' || r == ')' }

func opensSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"«„“–—-", r)
}

// stripBullet removes the bullets, dashes, emoji and spaces a Telegram line
// may start with; letters, digits, quotes and brackets stay.
func stripBullet(s string) string {
	return strings.TrimLeftFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("«\"„“(", r)
	})
}
