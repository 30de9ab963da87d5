package telegram

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"sitrep/model"
)

// maxTitleRunes bounds a post's title, its first line.
const maxTitleRunes = 120

// ExternalID is a post's identity within its source: "<channel>/<id>".
func ExternalID(p Post) string { return p.Channel + "/" + strconv.FormatInt(p.ID, 10) }

// document turns a post into a Document; ok is false for a post without
// any text (a bare photo or video).
func (s *Source) document(p Post, fetched time.Time) (model.Document, bool) {
	if !hasText(p) {
		return model.Document{}, false
	}
	text := p.Text
	if strings.TrimSpace(text) == "" {
		text = p.Poll
	}
	lang := s.cfg.Lang
	if lang == "" {
		lang = DetectLang(text)
	}
	publisher := s.cfg.Publisher
	if publisher == "" {
		publisher = s.cfg.Name
	}
	return model.Document{
		Source:     s.cfg.Name,
		ExternalID: ExternalID(p),
		URL:        p.URL,
		Title:      Title(text),
		Publisher:  publisher,
		Published:  p.Time,
		Fetched:    fetched,
		Lang:       lang,
		Text:       text,
		Raw:        []byte(p.HTML),
		Authority:  s.cfg.Authority,
	}, true
}

// Title returns the first non-empty line of text, cut to 120 characters
// (with "…" when cut).
func Title(text string) string {
	line := ""
	for l := range strings.SplitSeq(text, "\n") {
		if line = strings.TrimSpace(l); line != "" {
			break
		}
	}
	if utf8.RuneCountInString(line) <= maxTitleRunes {
		return line
	}
	r := []rune(line)
	return strings.TrimSpace(string(r[:maxTitleRunes-1])) + "…"
}

// DetectLang is a crude guess for sources without a configured lang: "uk"
// when more than half of the letters are Cyrillic, "" otherwise. Real
// language detection (Ukrainian vs Russian, English) comes later.
func DetectLang(text string) string {
	letters, cyrillic := 0, 0
	for _, r := range text {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if unicode.Is(unicode.Cyrillic, r) {
			cyrillic++
		}
	}
	if letters > 0 && cyrillic*2 > letters {
		return "uk"
	}
	return ""
}
