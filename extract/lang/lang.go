// Package lang tells which language a document is written in, among those
// sitrep reads: Ukrainian, Russian and English. It looks at letters only:
// the share of Cyrillic against Latin letters decides the script, then the
// letters unique to each Cyrillic alphabet (і ї є ґ against ы э ъ ё) and a
// few frequent function words decide between Ukrainian and Russian.
package lang

import (
	"strings"
	"unicode"
)

// The languages Detect returns; Unknown is the empty string.
const (
	Ukrainian = "uk"
	Russian   = "ru"
	English   = "en"
	Unknown   = ""
)

// maxScan bounds the work on huge inputs: the first 64 KiB tell the
// language as well as the whole text does.
const maxScan = 64 << 10

// Detect returns "uk", "ru", "en", or "" when the text has no letters or
// gives no evidence either way (a Cyrillic text with no letter or word
// unique to Ukrainian or Russian, a Latin text without English words).
// Every Latin-script document with English function words is English: it
// is the only Latin-script language sitrep reads.
func Detect(text string) string {
	if len(text) > maxScan {
		text = text[:maxScan]
	}
	var c counts
	c.letters(text)
	c.words(text)
	switch {
	case c.cyrillic == 0 && c.latin == 0:
		return Unknown
	case c.cyrillic > c.latin:
		return c.cyrillicLanguage()
	case c.english > 0:
		return English
	default:
		return Unknown
	}
}

// counts is the evidence gathered from one text.
type counts struct {
	cyrillic, latin int // letters of each script
	uk, ru          int // letters and words unique to each language
	english         int // English function words
}

func (c *counts) letters(text string) {
	for _, r := range text {
		switch {
		case unicode.Is(unicode.Cyrillic, r):
			c.cyrillic++
			switch unicode.ToLower(r) {
			case 'і', 'ї', 'є', 'ґ':
				c.uk++
			case 'ы', 'э', 'ъ', 'ё':
				c.ru++
			}
		case unicode.Is(unicode.Latin, r):
			c.latin++
		}
	}
}

func (c *counts) words(text string) {
	for _, w := range strings.FieldsFunc(strings.ToLower(text), notWordRune) {
		switch {
		case ukrainianWords[w]:
			c.uk += 2
		case russianWords[w]:
			c.ru += 2
		case englishWords[w]:
			c.english++
		}
	}
}

func (c *counts) cyrillicLanguage() string {
	switch {
	case c.uk > c.ru:
		return Ukrainian
	case c.ru > c.uk:
		return Russian
	default:
		return Unknown
	}
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' && r != 'ʼ' }

// ukrainianWords are frequent words that Russian does not have (Russian
// writes что, это, как, от, или, еще, и instead).
var ukrainianWords = map[string]bool{
	"та": true, "що": true, "це": true, "як": true, "від": true, "які": true, "або": true,
	"ще": true, "із": true, "зі": true, "також": true,
	"й": true, "під": true, "після": true, "внаслідок": true, "унаслідок": true,
	// report words, so that a short post without і ї є ґ is still told
	"загинули": true, "загинула": true, "загинув": true, "постраждали": true, "постраждалих": true,
	"поранені": true, "поранено": true, "людини": true, "ворог": true, "ворожих": true, "наслідки": true,
	"дронів": true,
}

// russianWords are frequent words that Ukrainian does not have.
var russianWords = map[string]bool{
	"что": true, "это": true, "как": true, "от": true, "или": true, "еще": true, "и": true,
	"также": true, "после": true, "под": true, "был": true, "была": true, "были": true,
	"погибли": true, "погиб": true, "погибла": true, "пострадали": true, "пострадавших": true,
	"ранены": true, "ранено": true, "человек": true, "человека": true, "враг": true, "дронов": true,
	"последствия": true, "который": true, "которые": true, "уже": true,
}

// englishWords are English function words; one is enough to call a Latin
// text English.
var englishWords = map[string]bool{
	"the": true, "and": true, "of": true, "in": true, "to": true, "was": true, "were": true,
	"is": true, "on": true, "at": true, "by": true, "with": true, "from": true, "a": true,
}
