package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxSentences bounds the sentences read from one document.
const maxSentences = 5000

// abbreviations that end with a dot without ending the sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "gen": true,
	"lt": true, "col": true, "maj": true, "capt": true, "sgt": true, "rep": true,
	"sen": true, "gov": true, "pres": true, "prof": true, "jr": true, "sr": true,
	"inc": true, "ltd": true, "co": true, "corp": true, "no": true, "vs": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"mon": true, "tue": true, "wed": true, "thu": true, "fri": true, "sat": true,
	"sun": true, "approx": true, "est": true, "fig": true, "vol": true, "p": true,
	"a.m": true, "p.m": true, "e.g": true, "i.e": true, "cf": true, "mt": true,
}

// splitSentences splits a paragraph into sentences. A dot ends a sentence
// only before white space and a capital, digit, quote or bullet, and never
// after an abbreviation (Nov., Mr.), an initial (J.) or a dotted name (U.S.);
// decimals and weapon names (Kh-101) never contain a breaking dot. A line
// break ends a sentence after closing punctuation or before a bullet.
func splitSentences(para string) []string {
	var out []string
	for _, line := range joinLines(para) {
		out = append(out, splitLine(line)...)
	}
	return out
}

// joinLines merges hard-wrapped lines and keeps list-like lines apart.
func joinLines(para string) []string {
	lines := strings.Split(para, "\n")
	var out []string
	var cur strings.Builder
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		if cur.Len() > 0 && (endsSentence(cur.String()) || startsBullet(l)) {
			out = append(out, cur.String())
			cur.Reset()
		}
		if cur.Len() > 0 {
			cur.WriteByte(' ')
		}
		cur.WriteString(l)
	}
	if cur.Len() > 0 {
		out = append(out, cur.String())
	}
	return out
}

func endsSentence(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, "\"”’')"))
	return strings.ContainsRune(".!?:;…", r)
}

func startsBullet(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("\"“'‘(«", r)
}

func splitLine(line string) []string {
	var out []string
	start := 0
	for i := 0; i < len(line); {
		r, size := utf8.DecodeRuneInString(line[i:])
		i += size
		if !strings.ContainsRune(".!?…", r) {
			continue
		}
		end := skipClosers(line, i)
		if !breaksAt(line, start, i-size, r, end) {
			continue
		}
		if s := strings.TrimSpace(line[start:end]); s != "" {
			out = append(out, s)
		}
		start = end
		i = end
	}
	if s := strings.TrimSpace(line[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

// skipClosers moves past closing quotes and brackets after a full stop.
func skipClosers(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !strings.ContainsRune("\"”’')]»", r) {
			break
		}
		i += size
	}
	return i
}

// breaksAt decides whether the mark at dot (rune r) ends the sentence.
func breaksAt(s string, start, dot int, r rune, end int) bool {
	if end >= len(s) {
		return true
	}
	next, size := utf8.DecodeRuneInString(s[end:])
	if !unicode.IsSpace(next) {
		return false
	}
	after := strings.TrimLeftFunc(s[end+size:], unicode.IsSpace)
	first, _ := utf8.DecodeRuneInString(after)
	if unicode.IsLower(first) {
		return false
	}
	if r != '.' {
		return true
	}
	return !isAbbreviation(lastWord(s[start:dot]))
}

func lastWord(s string) string {
	i := strings.LastIndexFunc(s, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("(\"“", r) })
	return s[i+1:]
}

func isAbbreviation(w string) bool {
	if w == "" {
		return false
	}
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r) // an initial
	}
	if strings.Contains(w, ".") {
		return true // U.S, a.m
	}
	return abbreviations[strings.ToLower(w)]
}
