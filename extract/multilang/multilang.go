// Package multilang picks the extractor for a document's language: the
// English reader (package extract) or the Ukrainian one (package uk). The
// job runner and the CLI call it instead of either reader directly.
package multilang

import (
	"strings"

	"sitrep/extract"
	"sitrep/extract/lang"
	"sitrep/extract/uk"
)

// Version identifies the readers together: it is stamped on every stored
// fact, so a change to either reader makes `sitrep normalize` redo the
// documents. Bump ukVersion when the Ukrainian rules change.
const Version = extract.Version + "+uk." + ukVersion

const ukVersion = "1"

// Detect returns the language of a text: "uk", "ru", "en", or "" when it
// cannot tell (see lang.Detect).
func Detect(text string) string { return lang.Detect(text) }

// Extract reads a document with the reader for its language. in.Lang names
// it ("uk", "en", also "uk-UA", "en_GB"); "" or "auto" detects it from the
// title and text (HTML reduced to its text first). Ukrainian goes to
// uk.Extract and English to extract.Extract. Russian, and any language
// that cannot be told, yields empty facts for now: no Russian reader
// exists yet, and reading Russian with the Ukrainian rules would misread
// its words (загинули/погибли, постраждалі/пострадавшие). Lists are never
// nil.
func Extract(in extract.Input) extract.Facts {
	switch Language(in) {
	case lang.Ukrainian:
		return uk.Extract(in)
	case lang.English:
		in.Lang = lang.English
		return extract.Extract(in)
	}
	return extract.Facts{
		Attacks:           []extract.Attack{},
		DiplomaticActions: []extract.DiplomaticAction{},
		TerritorialClaims: []extract.TerritorialClaim{},
	}
}

// Language is the language Extract reads a document in: in.Lang when it
// names one, else the detected language.
func Language(in extract.Input) string {
	l := strings.ToLower(strings.TrimSpace(in.Lang))
	if i := strings.IndexAny(l, "-_"); i > 0 {
		l = l[:i]
	}
	switch l {
	case "", "auto":
		text := in.Text
		if in.HTML {
			text = uk.PlainText(text)
		}
		return lang.Detect(in.Title + "\n" + text)
	case "ua":
		return lang.Ukrainian // the country code, often written for the language
	}
	return l
}
