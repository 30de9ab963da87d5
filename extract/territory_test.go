package extract

import (
	"slices"
	"testing"
)

func TestFindClaim(t *testing.T) {
	tests := []struct {
		name, prev, text string
		claimant         string
		settlements      int
		names            []string
		region           string
	}{
		{"count with the region in the previous sentence",
			"Russian forces are pushing in the Donetsk and Luhansk regions.",
			"Russia claimed control of three additional villages along the front line.",
			"Russia", 3, nil, "Donetsk"},
		{"named village with its region",
			"", "Russia's defence ministry said its forces captured the village of Yampil in the Donetsk region.",
			"Russia", 1, []string{"Yampil"}, "Donetsk"},
		{"liberated by the Russian ministry",
			"", "The Russian defence ministry said troops liberated the villages of Petrivka and Zelene Pole in the Zaporizhzhia region.",
			"Russia", 2, []string{"Petrivka", "Zelene Pole"}, "Zaporizhzhia"},
		{"Ukraine recaptures",
			"", "Ukrainian forces recaptured the village of Kindrativka in the Sumy region.",
			"Ukraine", 1, []string{"Kindrativka"}, "Sumy"},
		{"region in the sentence wins", "Fighting continues in Luhansk region.",
			"Russia claimed to have captured two settlements in the Kharkiv region.",
			"Russia", 2, nil, "Kharkiv"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, ok := findClaim(tokenize(tc.text), tc.text, tokenize(tc.prev))
			if !ok {
				t.Fatalf("findClaim(%q): no claim", tc.text)
			}
			if c.Claimant != tc.claimant || c.Settlements == nil || *c.Settlements != tc.settlements ||
				!slices.Equal(c.Names, tc.names) || c.Region == nil || *c.Region != tc.region {
				t.Errorf("findClaim(%q) = %s %v %q %v, want %s %d %q %s", tc.text,
					c.Claimant, deref2(c.Settlements), c.Names, orDash(c.Region),
					tc.claimant, tc.settlements, tc.names, tc.region)
			}
		})
	}
}

func TestFindClaimNeedsACount(t *testing.T) {
	text := "Russian forces keep trying to seize more territory in the Donetsk region."
	if c, ok := findClaim(tokenize(text), text, nil); ok {
		t.Errorf("findClaim(%q) = %+v, want no claim", text, c)
	}
}

func deref2(p *int) any {
	if p == nil {
		return nil
	}
	return *p
}
