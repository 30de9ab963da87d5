package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxTokens bounds the words read from one sentence; a longer "sentence" is
// almost always markup debris, and the bound keeps every later scan linear.
const maxTokens = 400

// token is one word, number or punctuation mark of a sentence.
type token struct {
	w     string // lower case, apostrophes folded, possessive 's removed
	raw   string // as written, possessive removed
	punct bool   // a punctuation mark: , ; : ( ) . ! ? / –
	poss  bool   // the word carried a possessive 's ("Kyiv's")
	upper bool   // the word starts with an upper-case letter
}

// foldMarks folds typographic apostrophes and dashes inside words.
var foldMarks = strings.NewReplacer("’", "'", "ʼ", "'", "–", "-")

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// abbreviations that tokenize as dotted words are folded so that lexicons
// only need the plain spelling.
var dottedWords = map[string]string{
	"u.s": "us", "u.s.a": "usa", "u.k": "uk", "e.u": "eu", "u.n": "un",
}

// tokenize splits a sentence into words and punctuation. Inner hyphens,
// apostrophes and dots stay inside a word (Kh-101, high-rise, U.S), a comma
// or en dash stays inside a number (1,200; 13–14), so weapon names and
// thousands separators survive as one token.
func tokenize(s string) []token {
	toks := make([]token, 0, len(s)/6+1)
	for i := 0; i < len(s) && len(toks) < maxTokens; {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case isWordRune(r):
			j := scanWord(s, i)
			toks = append(toks, makeWord(s[i:j]))
			i = j
		case isPunctRune(r):
			w := string(r)
			if r == '-' || r == '—' {
				w = "–"
			}
			toks = append(toks, token{w: w, raw: s[i : i+size], punct: true})
			i += size
		default:
			i += size
		}
	}
	return toks
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isPunctRune(r rune) bool {
	return strings.ContainsRune(",;:().!?/–—-", r)
}

// scanWord returns the end of the word starting at i.
func scanWord(s string, i int) int {
	var prev rune
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if isWordRune(r) {
			prev = r
			i += size
			continue
		}
		next, _ := utf8.DecodeRuneInString(s[i+size:])
		if !joins(prev, r, next) {
			break
		}
		prev = r
		i += size
	}
	return i
}

// joins reports whether r, between prev and next, belongs inside a word.
func joins(prev, r, next rune) bool {
	if !isWordRune(prev) || !isWordRune(next) {
		return false
	}
	switch r {
	case '-', '\'', '’', 'ʼ', '.':
		return true
	case ',', '–':
		return unicode.IsDigit(prev) && unicode.IsDigit(next)
	}
	return false
}

func makeWord(raw string) token {
	t := token{raw: raw}
	first, _ := utf8.DecodeRuneInString(raw)
	t.upper = unicode.IsUpper(first)
	w := strings.ToLower(raw)
	if !isASCII(w) {
		w = foldMarks.Replace(w)
	}
	if strings.HasSuffix(w, "'s") {
		w = w[:len(w)-2]
		t.raw = dropLastRunes(raw, 2)
		t.poss = true
	}
	if d, ok := dottedWords[w]; ok {
		w = d
	}
	t.w = w
	return t
}

// joinWords renders toks[i:j] as lower-case words separated by spaces.
func joinWords(toks []token, i, j int) string {
	var b strings.Builder
	for k := i; k < j && k < len(toks); k++ {
		if toks[k].punct {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].w)
	}
	return b.String()
}

// hasWord reports whether any token equals one of the words.
func hasWord(toks []token, words ...string) bool {
	for _, t := range toks {
		for _, w := range words {
			if t.w == w {
				return true
			}
		}
	}
	return false
}

func dropLastRunes(s string, n int) string {
	for ; n > 0 && s != ""; n-- {
		_, size := utf8.DecodeLastRuneInString(s)
		s = s[:len(s)-size]
	}
	return s
}
