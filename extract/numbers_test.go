package extract

import "testing"

func TestReadQuantity(t *testing.T) {
	tests := []struct {
		name, text string
		value      int
		known      bool
		qual       string
		phrase     string
	}{
		{"plain digits", "12 people", 12, true, "", ""},
		{"comma thousands", "1,200 drones", 1200, true, "", ""},
		{"space thousands", "1 200 drones", 1200, true, "", ""},
		{"no-break space thousands", "1\u00a0200 drones", 1200, true, "", ""},
		{"word one", "one person", 1, true, "", ""},
		{"word twelve", "twelve people", 12, true, "", ""},
		{"word twenty", "twenty people", 20, true, "", ""},
		{"hyphenated compound", "twenty-three people", 23, true, "", ""},
		{"spaced compound", "forty five people", 45, true, "", ""},
		{"hundreds compound", "two hundred drones", 200, true, "", ""},
		{"hundred and", "one hundred and five drones", 105, true, "", ""},
		{"a hundred", "a hundred drones", 100, true, "", ""},
		{"at least one", "at least one person", 1, true, qualAtLeast, ""},
		{"more than forty", "more than 40 people", 40, true, qualMoreThan, ""},
		{"over", "over 40 people", 40, true, qualMoreThan, ""},
		{"nearly", "nearly 100 drones", 100, true, qualAbout, ""},
		{"about", "about 250 Shaheds", 250, true, qualAbout, ""},
		{"some", "some 30 residents", 30, true, qualAbout, ""},
		{"up to", "up to three people", 3, true, qualUpTo, ""},
		{"a woman is one", "a pregnant woman", 1, true, "", ""},
		{"a dozen is vague", "a dozen people", 0, false, "", "a dozen"},
		{"more than a dozen keeps the phrase", "more than a dozen wounded", 0, false, "", "more than a dozen"},
		{"dozens", "dozens of people", 0, false, "", "dozens"},
		{"several", "several people", 0, false, "", "several"},
		{"hundreds", "hundreds of drones", 0, false, "", "hundreds"},
		{"between is a range", "between 15 and 20 people", 0, false, "", "between 15 and 20"},
		{"five to seven is a range", "five to seven people", 0, false, "", "five to seven"},
		{"two or three is a range", "two or three people", 0, false, "", "two or three"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q, _, ok := readQuantity(tokenize(tc.text), 0)
			if !ok {
				t.Fatalf("readQuantity(%q): no number", tc.text)
			}
			if q.known != tc.known || q.value != tc.value || q.qual != tc.qual || q.phrase != tc.phrase {
				t.Errorf("readQuantity(%q) = %+v, want value %d known %v qual %q phrase %q",
					tc.text, q, tc.value, tc.known, tc.qual, tc.phrase)
			}
		})
	}
}

func TestReadQuantityRejectsNonCounts(t *testing.T) {
	tests := []struct{ name, text string }{
		{"cruise missile name", "Kh-101 missiles"},
		{"air defence system", "S-300 systems"},
		{"bomber", "Tu-95 bombers"},
		{"drone model", "Shahed-136 drones"},
		{"day before a month", "14 November"},
		{"decimal", "1.5 billion"},
		{"time of day", "09:00"},
		{"plain word", "people"},
		{"article without a person", "a building"},
		{"overflow", "99999999999999 drones"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if q, _, ok := readQuantity(tokenize(tc.text), 0); ok {
				t.Errorf("readQuantity(%q) = %+v, want no count", tc.text, q)
			}
		})
	}
}
