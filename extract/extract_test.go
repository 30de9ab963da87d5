package extract

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestExtractEmptyAndForeignInput(t *testing.T) {
	tests := []struct {
		name string
		in   Input
	}{
		{"empty", Input{}},
		{"other language", Input{Text: "Дрони атакували Київ, загинули двоє людей.", Lang: "uk", Published: docPublished}},
		{"broken HTML", Input{Text: "<div><p>Kyiv<<<", HTML: true}},
		{"invalid UTF-8", Input{Text: "Drones hit Kyiv \xff\xfe killing 2 people."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Extract(tc.in)
			checkInvariants(t, got)
		})
	}
}

func TestExtractOutputMarshalsEmptyLists(t *testing.T) {
	b, err := json.Marshal(Extract(Input{Text: "The match ended 2-1."}))
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"attacks":[],"diplomatic_actions":[],"territorial_claims":[]}`; string(b) != want {
		t.Errorf("Extract = %s, want %s", b, want)
	}
}

func TestExtractCapsHugeInput(t *testing.T) {
	text := strings.Repeat("Drones hit Kyiv, killing 2 people. ", 100_000) // 3.5 MB
	got := Extract(Input{Text: text, Published: docPublished})
	checkInvariants(t, got)
	if len(got.Attacks) != 1 || *got.Attacks[0].Killed != 2 {
		t.Errorf("got %+v, want one Kyiv row with 2 killed", got.Attacks)
	}
}

func TestExtractWithoutPublicationDateLeavesRelativeDatesNull(t *testing.T) {
	got := Extract(Input{Text: "Russian drones attacked Odesa early Friday, injuring three people."})
	if len(got.Attacks) != 1 || got.Attacks[0].Date != nil {
		t.Errorf("got %+v, want one Odesa row with a null date", got.Attacks)
	}
}

func TestExtractUsesPublicationDayWithoutDateWords(t *testing.T) {
	got := Extract(Input{Text: "A Russian missile struck Sumy, killing two people.", Published: docPublished})
	if len(got.Attacks) != 1 || orEmpty(got.Attacks[0].Date) != "2025-11-20" {
		t.Errorf("got %+v, want the Sumy row dated on publication", got.Attacks)
	}
}

func TestNormalize(t *testing.T) {
	kyivName, lviv := "Kyiv", "Lviv"
	f := Facts{Attacks: []Attack{
		{Country: "Ukraine", Oblast: &lviv, City: &lviv, Weapons: []string{"drone", "drone", "cruise_missile"},
			Evidence: []string{"b", "a", "b"}},
		{Country: "Ukraine", Oblast: &kyivName, Districts: []string{"Podilskyi", "Darnytskyi"}},
		{Country: "Ukraine"},
	}}
	Normalize(&f)
	if f.DiplomaticActions == nil || f.TerritorialClaims == nil {
		t.Fatal("Normalize left a nil list")
	}
	var order []string
	for _, a := range f.Attacks {
		order = append(order, orEmpty(a.Oblast))
		if a.Qualifiers == nil || a.Damage == nil || a.Evidence == nil {
			t.Errorf("Normalize left nil fields in %+v", a)
		}
	}
	if strings.Join(order, ",") != ",Kyiv,Lviv" {
		t.Errorf("attack order = %q, want national, Kyiv, Lviv", order)
	}
	if got := strings.Join(f.Attacks[2].Weapons, ","); got != "cruise_missile,drone" {
		t.Errorf("weapons = %q, want sorted unique", got)
	}
	if got := strings.Join(f.Attacks[2].Evidence, ","); got != "b,a" {
		t.Errorf("evidence = %q, want unique in text order", got)
	}
	if got := strings.Join(f.Attacks[1].Districts, ","); got != "Darnytskyi,Podilskyi" {
		t.Errorf("districts = %q, want sorted", got)
	}
}

func TestLexiconsBuild(t *testing.T) {
	// The package-level lexicons are built at init; this asserts a sample
	// of each still finds its own vocabulary.
	for _, tc := range []struct {
		name string
		l    *lexicon
		text string
	}{
		{"weapons", weaponLex, "shahed"}, {"damage", damageLex, "substation"},
		{"places", placeLex, "kyiv"}, {"actors", actorLex, "kremlin"},
		{"actions", actionLex, "sanctions"}, {"claims", claimLex, "captured"},
	} {
		if !tc.l.has(tokenize(tc.text)) {
			t.Errorf("%s lexicon does not match %q", tc.name, tc.text)
		}
	}
}
