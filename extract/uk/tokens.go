package uk

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind says what a token is.
type tokKind uint8

const (
	tokWord  tokKind = iota // a word, a model name ("х-101"), or a number glued to letters ("20хв")
	tokNum                  // a count: digits or a number word
	tokPunct                // one punctuation rune
)

// token is one word, count or punctuation mark of a folded sentence.
type token struct {
	kind  tokKind
	text  string // the folded text
	val   int    // the count, for tokNum
	vague bool   // a vague quantity word ("кілька", "десятки"): val is 0
	paren bool   // inside round brackets
}

// tokenize reads a folded sentence into tokens. Digits become counts only
// when they stand alone: inside a model name ("х-101", "kn-23", "3м22"),
// before a suffix ("16-поверховий", "67-ма"), in a time ("09:00") or a
// decimal ("1,5") they are a word. "1 200" (one space, three digits) is one
// count, "1,2 тис." is 1,200, and a count glued to a preposition ("на16")
// is split from it.
func tokenize(s string) []token {
	var toks []token
	depth := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case unicode.IsDigit(r):
			t, n := readDigits(s, i)
			t.paren = depth > 0
			toks = append(toks, t)
			i += n
		case unicode.IsLetter(r):
			n := wordEnd(s, i)
			for _, t := range splitGlued(s[i:n]) {
				t.paren = depth > 0
				toks = append(toks, t)
			}
			i = n
		default:
			if r == '(' {
				depth++
			}
			toks = append(toks, token{kind: tokPunct, text: s[i : i+size], paren: depth > 0})
			if r == ')' && depth > 0 {
				depth--
			}
			i += size
		}
	}
	return toks
}

// wordEnd returns the end of the word starting at i: letters, digits,
// apostrophes, and hyphens or slashes between word runes ("х-59/69").
func wordEnd(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == '-' || r == '/' || r == '\'' {
			next, _ := utf8.DecodeRuneInString(s[i+size:])
			if !unicode.IsLetter(next) && !unicode.IsDigit(next) {
				return i
			}
		} else if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return i
		}
		i += size
	}
	return i
}

// splitGlued separates a count glued after a preposition ("на16") and turns
// number words into counts; any other word is one token.
func splitGlued(w string) []token {
	cut := strings.IndexFunc(w, unicode.IsDigit)
	if cut > 0 && gluePrepositions[w[:cut]] && allDigits(w[cut:]) && len(w)-cut <= 9 {
		v, _ := strconv.Atoi(w[cut:]) // nine digits always parse
		return []token{{kind: tokWord, text: w[:cut]}, {kind: tokNum, text: w[cut:], val: v}}
	}
	if v, ok := numberWords[w]; ok {
		return []token{{kind: tokNum, text: w, val: v}}
	}
	if vagueWords[w] {
		return []token{{kind: tokNum, text: w, vague: true}}
	}
	return []token{{kind: tokWord, text: w}}
}

var gluePrepositions = map[string]bool{"на": true, "у": true, "в": true, "з": true, "із": true, "до": true, "по": true, "понад": true}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// readDigits reads the number starting at i and says how many bytes it
// took. Digits inside a model name never get here: wordEnd keeps "х-101"
// and "ту-95мс" whole.
func readDigits(s string, i int) (token, int) {
	j := i
	for j < len(s) && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	word := func(end int) (token, int) {
		end = wordEnd(s, end)
		return token{kind: tokWord, text: s[i:end]}, end - i
	}
	if j < len(s) {
		r, _ := utf8.DecodeRuneInString(s[j:])
		switch {
		case unicode.IsLetter(r): // "20хв", "3м22"
			return word(j)
		case r == '-' || r == '/':
			if next, _ := utf8.DecodeRuneInString(s[j+1:]); unicode.IsLetter(next) || unicode.IsDigit(next) {
				return word(j) // "16-поверховий", "10-16", "59/69"
			}
		case r == ':' && j+1 < len(s) && isDigitByte(s[j+1]): // "09:00"
			return word(j + 1)
		case r == ',' && j+1 < len(s) && isDigitByte(s[j+1]): // "1,2 тис."
			return readDecimal(s, i, j)
		}
	}
	v, err := strconv.Atoi(s[i:j])
	if err != nil || j-i > 9 { // no count runs to ten digits: an id or a phone number
		return word(j)
	}
	// "1 200", "1 053": groups of three digits after a space.
	for j-i <= 7 && j+4 <= len(s) && s[j] == ' ' && allDigits(s[j+1:j+4]) && (j+4 == len(s) || !isDigitByte(s[j+4])) {
		if k := j + 4; k < len(s) && (s[k] == ':' || s[k] == '-') {
			break
		}
		g, _ := strconv.Atoi(s[j+1 : j+4])
		v = v*1000 + g
		j += 4
	}
	if v2, n, ok := thousands(s, j, v); ok {
		return token{kind: tokNum, text: s[i:n], val: v2}, n - i
	}
	return token{kind: tokNum, text: s[i:j], val: v}, j - i
}

// readDecimal reads "1,2" and keeps it only before "тис." (a Ukrainian comma
// is a decimal point: "1,2 тис." is 1,200); any other decimal is no count.
func readDecimal(s string, i, comma int) (token, int) {
	j := comma + 1
	for j < len(s) && isDigitByte(s[j]) {
		j++
	}
	f, err := strconv.ParseFloat(strings.Replace(s[i:j], ",", ".", 1), 64)
	if _, n, ok := thousands(s, j, 0); ok && err == nil && f < 1e6 {
		return token{kind: tokNum, text: s[i:n], val: int(f*1000 + 0.5)}, n - i
	}
	return token{kind: tokWord, text: s[i:j]}, j - i
}

// thousands reads " тис." after a number at j and returns v×1000.
func thousands(s string, j, v int) (int, int, bool) {
	rest := strings.TrimLeft(s[j:], " ")
	if !strings.HasPrefix(rest, "тис") {
		return 0, 0, false
	}
	n := len(s) - len(rest) + len("тис")
	for n < len(s) {
		r, size := utf8.DecodeRuneInString(s[n:])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		n += size
	}
	return v * 1000, n, true
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }
