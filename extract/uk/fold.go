package uk

import (
	"strings"
	"unicode"
)

// fold returns the form every pattern of this package is written against:
// lower case; the apostrophes ' ’ ʼ ` as '; non-breaking and thin spaces as
// spaces; the long dash as the en dash; and Latin look-alike letters inside
// Cyrillic words (or in a lone letter before a model number, "X-101",
// "C-400") as their Cyrillic twins, so "Х-101" typed either way matches.
// fold keeps the text's words and their order; it never shortens a word.
func fold(s string) string {
	s = strings.Map(foldRune, strings.ToLower(s))
	if !hasLatinLookAlike(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	start := -1
	for i, r := range s {
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			b.WriteString(foldWord(s[start:i]))
			start = -1
		}
		b.WriteRune(r)
	}
	if start >= 0 {
		b.WriteString(foldWord(s[start:]))
	}
	return b.String()
}

func foldRune(r rune) rune {
	switch r {
	case '’', 'ʼ', '`', '‘', '′':
		return '\''
	case '\u00a0', '\u202f', '\u2009', '\u2007', '\t':
		return ' '
	case '—', '―':
		return '–'
	case '‑', '‐':
		return '-'
	}
	return r
}

// lookAlikes maps lower-case Latin letters to the Cyrillic letters they
// are mistaken for.
var lookAlikes = map[rune]rune{
	'a': 'а', 'c': 'с', 'e': 'е', 'i': 'і', 'o': 'о', 'p': 'р', 'x': 'х', 'y': 'у',
	'k': 'к', 'm': 'м', 'h': 'н', 't': 'т', 'b': 'в',
}

func hasLatinLookAlike(s string) bool {
	for _, r := range s {
		if lookAlikes[r] != 0 {
			return true
		}
	}
	return false
}

// foldWord turns the Latin look-alikes of a word into Cyrillic when the
// word is Cyrillic already ("Kиїв" with a Latin K) or is a model name made
// only of look-alikes and digits ("x-101", "c-400"). Latin words such as
// "shahed" or "kn-23" stay as they are.
func foldWord(w string) string {
	cyr, digit, other := false, false, false
	for _, r := range w {
		switch {
		case unicode.Is(unicode.Cyrillic, r):
			cyr = true
		case unicode.IsDigit(r):
			digit = true
		case lookAlikes[r] == 0 && unicode.IsLetter(r):
			other = true
		}
	}
	if !cyr && (other || !digit) {
		return w
	}
	return strings.Map(func(r rune) rune {
		if c := lookAlikes[r]; c != 0 {
			return c
		}
		return r
	}, w)
}

// isWordRune reports whether r belongs to a word: letters, digits, the
// apostrophe inside Ukrainian words and the hyphen of compounds and model
// names.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '-'
}
