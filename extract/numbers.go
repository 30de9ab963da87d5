package extract

import (
	"strconv"
	"strings"
)

// Qualifier values (DOMAIN.md section 6). An exact figure has none.
const (
	qualAtLeast  = "at_least"
	qualMoreThan = "more_than"
	qualAbout    = "about"
	qualUpTo     = "up_to"
)

// maxCount caps any count read from text; larger values are not casualty or
// weapon counts and would only overflow arithmetic.
const maxCount = 10_000_000

// quantity is a number phrase as reported: a known value with a qualifier,
// or a vague phrase ("more than a dozen") whose value is unknown.
type quantity struct {
	value  int
	known  bool
	qual   string
	phrase string
}

// qualifiers before a number, longest first where they share a word.
var qualifierPhrases = []struct {
	words []string
	qual  string
}{
	{[]string{"no", "fewer", "than"}, qualAtLeast},
	{[]string{"not", "less", "than"}, qualAtLeast},
	{[]string{"a", "minimum", "of"}, qualAtLeast},
	{[]string{"at", "least"}, qualAtLeast},
	{[]string{"more", "than"}, qualMoreThan},
	{[]string{"upwards", "of"}, qualMoreThan},
	{[]string{"in", "excess", "of"}, qualMoreThan},
	{[]string{"over"}, qualMoreThan},
	{[]string{"as", "many", "as"}, qualUpTo},
	{[]string{"up", "to"}, qualUpTo},
	{[]string{"an", "estimated"}, qualAbout},
	{[]string{"nearly"}, qualAbout},
	{[]string{"almost"}, qualAbout},
	{[]string{"about"}, qualAbout},
	{[]string{"around"}, qualAbout},
	{[]string{"approximately"}, qualAbout},
	{[]string{"roughly"}, qualAbout},
	{[]string{"some"}, qualAbout},
}

var unitWords = map[string]int{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19,
}

var tensWords = map[string]int{
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90,
}

// ordinals after "a" count the people so far: "a second woman died".
var ordinals = map[string]int{
	"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
	"eighth": 8, "ninth": 9, "tenth": 10,
}

// vagueWords are counts without a value; the phrase is kept instead.
var vagueWords = map[string]bool{
	"dozens": true, "several": true, "hundreds": true, "thousands": true,
	"scores": true, "tens": true, "numerous": true,
}

// readQuantity reads an optional qualifier and a number starting at toks[i]
// and returns the position after it.
func readQuantity(toks []token, i int) (quantity, int, bool) {
	if i >= len(toks) || !mayStartNumber(toks[i].w) {
		return quantity{}, i, false
	}
	if end, ok := readRange(toks, i); ok {
		return quantity{phrase: joinWords(toks, i, end)}, end, true
	}
	qual, j := readQualifier(toks, i)
	q, end, ok := readNumber(toks, j)
	if !ok {
		return quantity{}, i, false
	}
	if q.known {
		q.qual = qual
	} else {
		q.phrase = joinWords(toks, i, end)
	}
	return q, end, true
}

// readRange reads "between 15 and 20" or "five to seven": a range is a
// vague count (README: null with the phrase kept). "From 3 to 6" is an
// update, not a range.
func readRange(toks []token, i int) (int, bool) {
	from, link := i, "to"
	if toks[i].w == "between" {
		from, link = i+1, "and"
	} else if wordBefore(toks, i) == "from" {
		return i, false
	}
	a, end, ok := readNumber(toks, from)
	if !ok || !a.known || end >= len(toks) {
		return i, false
	}
	if w := toks[end].w; w != link && !(link == "to" && (w == "or" || w == "–")) {
		return i, false
	}
	b, end2, ok := readNumber(toks, end+1)
	if !ok || !b.known || b.value <= a.value {
		return i, false
	}
	return end2, true
}

// numberStarts are the words a number phrase can open with; the check
// keeps the per-token cost of scanning a sentence for counts low.
var numberStarts = buildNumberStarts()

func buildNumberStarts() map[string]bool {
	m := map[string]bool{"a": true, "an": true, "half": true, "between": true}
	for _, p := range qualifierPhrases {
		m[p.words[0]] = true
	}
	for _, words := range []map[string]int{unitWords, tensWords} {
		for w := range words {
			m[w] = true
		}
	}
	for w := range vagueWords {
		m[w] = true
	}
	return m
}

func mayStartNumber(w string) bool {
	if w == "" {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' {
		return true
	}
	if numberStarts[w] {
		return true
	}
	tens, _, ok := strings.Cut(w, "-") // twenty-three
	return ok && tensWords[tens] > 0
}

func readQualifier(toks []token, i int) (string, int) {
	for _, p := range qualifierPhrases {
		if wordsAt(toks, i, p.words...) {
			return p.qual, i + len(p.words)
		}
	}
	return "", i
}

// wordsAt reports whether toks[i:] starts with the words.
func wordsAt(toks []token, i int, words ...string) bool {
	if i < 0 || i+len(words) > len(toks) {
		return false
	}
	for k, w := range words {
		if toks[i+k].punct || toks[i+k].w != w {
			return false
		}
	}
	return true
}

// readNumber reads digits ("1,200", "1 200"), number words ("twenty-three",
// "two hundred"), vague counts ("a dozen", "dozens") or "a"/"an" before a
// person ("a woman" is one). Tokens mixing letters and digits (Kh-101,
// S-300) are never numbers, nor is a day before a month name.
func readNumber(toks []token, i int) (quantity, int, bool) {
	if i >= len(toks) || toks[i].punct {
		return quantity{}, i, false
	}
	w := toks[i].w
	if n, ok := parseDigits(w); ok {
		end := i + 1
		// "1 200": a thousands group written with a space.
		if n < 1000 && end < len(toks) && len(toks[end].w) == 3 && isAllDigits(toks[end].w) {
			n, end = n*1000+atoiSafe(toks[end].w), end+1
		}
		if end < len(toks) && monthNumbers[toks[end].w] > 0 {
			return quantity{}, i, false // a date: "14 November"
		}
		if end+1 < len(toks) && toks[end].w == ":" && isAllDigits(toks[end+1].w) {
			return quantity{}, i, false // a time: "09:00"
		}
		return exact(n), end, n <= maxCount
	}
	if q, end, ok := readVague(toks, i); ok {
		return q, end, true
	}
	if w == "a" || w == "an" {
		return readArticle(toks, i)
	}
	return readWords(toks, i)
}

func exact(n int) quantity { return quantity{value: n, known: true} }

func readVague(toks []token, i int) (quantity, int, bool) {
	switch {
	case vagueWords[toks[i].w]:
		return quantity{}, i + 1, true
	case wordsAt(toks, i, "half", "a", "dozen"):
		return quantity{}, i + 3, true
	case wordsAt(toks, i, "a", "dozen"), wordsAt(toks, i, "a", "few"), wordsAt(toks, i, "a", "couple"):
		return quantity{}, i + 2, true
	case wordsAt(toks, i, "a", "number", "of"):
		return quantity{}, i + 3, true
	}
	return quantity{}, i, false
}

// readArticle reads "a woman", "an elderly man", "a 42-year-old man" as 1.
func readArticle(toks []token, i int) (quantity, int, bool) {
	if wordsAt(toks, i, "a", "hundred") {
		return exact(100), i + 2, true
	}
	if n, ok := ordinals[wordAfter(toks, i+1)]; ok && personNouns[wordAfter(toks, i+2)] {
		return exact(n), i + 3, true // "a third person died": the toll is now three
	}
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		if toks[k].punct {
			break
		}
		if personNouns[toks[k].w] || ageAlone(toks, k) {
			return exact(1), k + 1, true
		}
	}
	return quantity{}, i, false
}

// ageAlone reads an age standing for a person: "a 17-year-old was killed".
func ageAlone(toks []token, k int) bool {
	if _, ok := ageOf(toks[k].w); !ok {
		return false
	}
	switch w := wordAfter(toks, k+1); {
	case w == "" || toks[k+1].punct:
		return true
	case w == "was" || w == "is" || w == "died" || w == "who" || w == "and" || w == "has" || w == "had":
		return true
	}
	return false
}

// readWords reads English number words up to the thousands.
func readWords(toks []token, i int) (quantity, int, bool) {
	n, end, ok := readBelowHundred(toks, i)
	if !ok {
		return quantity{}, i, false
	}
	if end < len(toks) && toks[end].w == "hundred" {
		n *= 100
		end++
		if rest, e, ok := readBelowHundred(toks, skipAnd(toks, end)); ok {
			n, end = n+rest, e
		}
	}
	if end < len(toks) && toks[end].w == "thousand" {
		n *= 1000
		end++
	}
	return exact(n), end, true
}

func skipAnd(toks []token, i int) int {
	if i < len(toks) && toks[i].w == "and" {
		return i + 1
	}
	return i
}

// readBelowHundred reads "seven", "twenty-three" or "twenty three".
func readBelowHundred(toks []token, i int) (int, int, bool) {
	if i >= len(toks) || toks[i].punct {
		return 0, i, false
	}
	w := toks[i].w
	if n, ok := unitWords[w]; ok {
		return n, i + 1, true
	}
	if tens, unit, ok := strings.Cut(w, "-"); ok {
		t, ok1 := tensWords[tens]
		u, ok2 := unitWords[unit]
		if ok1 && ok2 && u > 0 && u < 10 {
			return t + u, i + 1, true
		}
		return 0, i, false
	}
	t, ok := tensWords[w]
	if !ok {
		return 0, i, false
	}
	if i+1 < len(toks) && !toks[i+1].punct {
		if u, ok := unitWords[toks[i+1].w]; ok && u > 0 && u < 10 {
			return t + u, i + 2, true
		}
	}
	return t, i + 1, true
}

// parseDigits reads "1200" or "1,200" (commas only as thousands groups).
func parseDigits(w string) (int, bool) {
	if w == "" || len(w) > 12 {
		return 0, false
	}
	groups := strings.Split(w, ",")
	for k, g := range groups {
		if !isAllDigits(g) || (k > 0 && len(g) != 3) || (k == 0 && len(groups) > 1 && len(g) > 3) {
			return 0, false
		}
	}
	return atoiSafe(strings.Join(groups, "")), true
}

func isAllDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// atoiSafe parses digits, saturating above maxCount.
func atoiSafe(s string) int {
	if len(s) > 9 {
		return maxCount + 1
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return maxCount + 1
	}
	return n
}
