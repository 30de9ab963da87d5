package extract

import (
	"fmt"
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
		{"claimant named after the claim",
			"", "Soldiers of the 33rd Brigade have liberated the village of Novomykolaivka in the Dnipropetrovsk region, the General Staff of the Armed Forces of Ukraine announced.",
			"Ukraine", 1, []string{"Novomykolaivka"}, "Dnipropetrovsk"},
		{"the Russian ministry's group of forces, Russian spellings kept",
			"", "Units of the Dnepr group of forces liberated the settlements of Stepnoye and Andreyevka in Zaporozhye region.",
			"Russia", 2, []string{"Andreyevka", "Stepnoye"}, "Zaporizhzhia"},
		{"a weekly claim without names",
			"", "Russian forces captured four settlements in the Donetsk region over the past week.",
			"Russia", 4, nil, "Donetsk"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs := findClaims(tokenize(tc.text), tc.text, tokenize(tc.prev), "")
			if len(cs) != 1 {
				t.Fatalf("findClaims(%q) = %d claims, want 1", tc.text, len(cs))
			}
			c := cs[0]
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
	if cs := findClaims(tokenize(text), text, nil, ""); len(cs) > 0 {
		t.Errorf("findClaims(%q) = %+v, want no claim", text, cs)
	}
}

func TestFindClaimsGivesOneClaimPerRegion(t *testing.T) {
	text := "Russia claimed on Tuesday to have taken the village of Kolisnykivka in the Kharkiv region and Dronivka in the Donetsk region."
	var got []string
	for _, c := range findClaims(tokenize(text), text, nil, "") {
		got = append(got, fmt.Sprint(c.Claimant, " ", deref2(c.Settlements), " ", c.Names, " ", orDash(c.Region)))
	}
	want := []string{"Russia 1 [Kolisnykivka] Kharkiv", "Russia 1 [Dronivka] Donetsk"}
	if !slices.Equal(got, want) {
		t.Errorf("findClaims(%q) = %q, want %q", text, got, want)
	}
}

func deref2(p *int) any {
	if p == nil {
		return nil
	}
	return *p
}
