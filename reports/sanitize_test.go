package reports

import (
	"strings"
	"testing"
)

func TestSanitizeCell(t *testing.T) {
	tests := map[string]struct {
		in, want  string
		truncated bool
	}{
		"plain text kept":          {"430 drones launched", "430 drones launched", false},
		"tab and newline kept":     {"a\tb\nc", "a\tb\nc", false},
		"C0 controls and NUL":      {"a\x01\x0bb\x00", "ab", false},
		"carriage return stripped": {"\rline", "line", false},
		"DEL and C1":               {"x\x7fy\u0085z\u009f", "xyz", false},
		"invalid UTF-8":            {"Ки\xffїв\xc3", "Київ", false},
		"non-characters":           {"a\uFFFEb\uFFFF", "ab", false},
		"real replacement kept":    {"a\uFFFDb", "a\uFFFDb", false},
		"formula text unchanged":   {"=SUM(A1:A9)", "=SUM(A1:A9)", false},
		"exactly at the limit":     {strings.Repeat("a", maxCellChars), strings.Repeat("a", maxCellChars), false},
		"one over the limit": {
			strings.Repeat("a", maxCellChars+1),
			strings.Repeat("a", maxCellChars-12) + truncatedMarker, true,
		},
		"emoji count two units": {
			strings.Repeat("🚀", maxCellChars/2+1),
			strings.Repeat("🚀", (maxCellChars-12)/2) + truncatedMarker, true,
		},
		"controls stripped before counting": {
			strings.Repeat("a", maxCellChars) + "\x00\x01",
			strings.Repeat("a", maxCellChars), false,
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			got, cut := sanitizeCell(tc.in)
			if got != tc.want || cut != tc.truncated {
				t.Errorf("sanitizeCell = %q (%d units), %v; want %q (%d units), %v",
					abbrev(got), utf16Len(got), cut, abbrev(tc.want), utf16Len(tc.want), tc.truncated)
			}
			if n := utf16Len(got); n > maxCellChars {
				t.Errorf("result has %d UTF-16 units, over %d", n, maxCellChars)
			}
			if cellText(tc.in) != got {
				t.Errorf("cellText differs from sanitizeCell")
			}
		})
	}
}

// abbrev shortens long strings in failure messages.
func abbrev(s string) string {
	if len(s) > 40 {
		return s[:20] + "…" + s[len(s)-20:]
	}
	return s
}

func TestUTF16Len(t *testing.T) {
	tests := map[string]struct {
		in   string
		want int
	}{
		"ascii":    {"Kyiv", 4},
		"cyrillic": {"Київ", 4},
		"emoji":    {"🚀", 2},
		"marker":   {truncatedMarker, 12},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := utf16Len(tc.in); got != tc.want {
				t.Errorf("utf16Len(%q) = %d, want %d", tc.in, got, tc.want)
			}
		})
	}
}
