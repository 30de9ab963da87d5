package reports

import (
	"strings"
	"unicode/utf8"
)

// maxCellChars is Excel's limit on the text of one cell, counted in UTF-16
// code units (so an emoji outside the Basic Multilingual Plane counts 2).
const maxCellChars = 32767

// truncatedMarker ends a text cut at maxCellChars. The full text stays in the
// database.
const truncatedMarker = "…[truncated]"

// cellText returns s cleaned for a cell: see sanitizeCell.
func cellText(s string) string {
	t, _ := sanitizeCell(s)
	return t
}

// sanitizeCell strips what a cell must not hold and cuts what it cannot:
// invalid UTF-8, NUL and the other C0 controls except tab and line feed, DEL,
// the C1 controls and the non-characters U+FFFE and U+FFFF are removed (XML 1.0
// forbids most of them, and excelize would turn them into U+FFFD); a text
// longer than maxCellChars UTF-16 units is cut, whole characters only, and
// ends with truncatedMarker. truncated reports the cut.
func sanitizeCell(s string) (text string, truncated bool) {
	if !clean(s) {
		s = strip(s)
	}
	if utf16Len(s) <= maxCellChars {
		return s, false
	}
	limit := maxCellChars - utf16Len(truncatedMarker)
	units := 0
	for i, r := range s {
		if units += runeUnits(r); units > limit {
			return s[:i] + truncatedMarker, true
		}
	}
	return s, false // not reached: s is longer than limit
}

// strip returns s without the runes allowed rejects.
func strip(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if allowed(r, size) {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// clean reports whether every rune of s is allowed, so the common case costs
// no allocation.
func clean(s string) bool {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !allowed(r, size) {
			return false
		}
		i += size
	}
	return true
}

// allowed reports whether the rune r, decoded from size bytes, may stay.
func allowed(r rune, size int) bool {
	switch {
	case r == utf8.RuneError && size <= 1: // invalid UTF-8
		return false
	case r == '\t' || r == '\n':
		return true
	case r < 0x20, r >= 0x7f && r <= 0x9f: // C0, DEL, C1
		return false
	case r == 0xfffe || r == 0xffff:
		return false
	}
	return true
}

// utf16Len counts s the way Excel does, in UTF-16 code units.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += runeUnits(r)
	}
	return n
}

// runeUnits is the number of UTF-16 code units of r.
func runeUnits(r rune) int {
	if r >= 0x10000 {
		return 2
	}
	return 1
}
