package extract

import (
	"slices"
	"testing"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"two sentences", "Drones hit Kyiv. Two people died.",
			[]string{"Drones hit Kyiv.", "Two people died."}},
		{"month abbreviation", "The attack on Nov. 14 killed two. Rescuers worked all day.",
			[]string{"The attack on Nov. 14 killed two.", "Rescuers worked all day."}},
		{"U.S. before a name", "The U.S. President spoke. Kyiv welcomed it.",
			[]string{"The U.S. President spoke.", "Kyiv welcomed it."}},
		{"title abbreviation", "Mr. Tkachenko said debris fell. No one was hurt.",
			[]string{"Mr. Tkachenko said debris fell.", "No one was hurt."}},
		{"initial", "Donald J. Trump spoke. Moscow replied.",
			[]string{"Donald J. Trump spoke.", "Moscow replied."}},
		{"weapon name and decimal", "A Kh-101 missile hit a 1.5 km wide area. It burned.",
			[]string{"A Kh-101 missile hit a 1.5 km wide area.", "It burned."}},
		{"closing quote", `"They are hitting homes." He left.`,
			[]string{`"They are hitting homes."`, "He left."}},
		{"question and exclamation", "Where next? Kyiv! Shelters are open.",
			[]string{"Where next?", "Kyiv!", "Shelters are open."}},
		{"lower case after a dot is no break", "About 5 p.m. drones returned.",
			[]string{"About 5 p.m. drones returned."}},
		{"bulleted lines", "Preliminarily:\n- Darnytskyi district: debris fell\n- Solomianskyi district: a fire",
			[]string{"Preliminarily:", "- Darnytskyi district: debris fell", "- Solomianskyi district: a fire"}},
		{"hard-wrapped line", "Russian drones attacked\nthe city overnight.",
			[]string{"Russian drones attacked the city overnight."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := splitSentences(tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("splitSentences(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
