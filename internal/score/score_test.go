package score

import (
	"testing"

	"sitrep/extract"
)

func TestCompareCountsFieldByField(t *testing.T) {
	one, two := 1, 2
	kyiv, oblast := "Kyiv", "Kyiv"
	gold := extract.Facts{Attacks: []extract.Attack{{Country: "Ukraine", Oblast: &oblast, City: &kyiv, Killed: &one,
		Injured: &two, Weapons: []string{"drone"}, Damage: []string{"energy", "rail"}}},
		DiplomaticActions: []extract.DiplomaticAction{{Actor: "Canada", Action: "sanctions"}}}
	got := extract.Facts{Attacks: []extract.Attack{{Country: "Ukraine", Oblast: &oblast, City: &kyiv, Killed: &one,
		Injured: &one, Weapons: []string{"drone", "cruise_missile"}, Damage: []string{"energy"}}},
		DiplomaticActions: []extract.DiplomaticAction{{Actor: "Canada", Action: "sanctions"}, {Actor: "G7", Action: "other"}}}
	s := Score{}
	Compare(s, gold, got)
	want := map[string]PRF{
		"places":     {TP: 1},
		"casualties": {TP: 1, FP: 1, FN: 1},
		"weapons":    {TP: 1, FP: 1},
		"damage":     {TP: 1, FN: 1},
		"diplomacy":  {TP: 1, FP: 1},
	}
	for g, w := range want {
		if *s[g] != w {
			t.Errorf("%s = %+v, want %+v", g, *s[g], w)
		}
	}
	if f := s["casualties"].F1(); f < 0.49 || f > 0.51 {
		t.Errorf("casualties F1 = %.3f, want 0.5", f)
	}
}

func TestMissedAndInventedRowsCountEveryField(t *testing.T) {
	three := 3
	city := "Odesa"
	row := extract.Attack{Country: "Ukraine", Oblast: &city, City: &city, Killed: &three, Weapons: []string{"drone"}}
	s := Score{}
	Compare(s, extract.Facts{Attacks: []extract.Attack{row}}, extract.Facts{})
	if *s["places"] != (PRF{FN: 1}) || *s["casualties"] != (PRF{FN: 1}) || *s["weapons"] != (PRF{FN: 1}) {
		t.Fatalf("missed row: places %+v casualties %+v weapons %+v", *s["places"], *s["casualties"], *s["weapons"])
	}
	s = Score{}
	Compare(s, extract.Facts{}, extract.Facts{Attacks: []extract.Attack{row}})
	if *s["places"] != (PRF{FP: 1}) || *s["casualties"] != (PRF{FP: 1}) {
		t.Fatalf("invented row: places %+v casualties %+v", *s["places"], *s["casualties"])
	}
}
