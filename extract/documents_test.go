package extract

import (
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// wantAttack is the expected content of one attack row. Figures not listed
// must be null.
type wantAttack struct {
	country, oblast, city, date string
	figures                     map[string]int
	qualifiers                  map[string]string
	districts, weapons, damage  []string
}

// docCase is one fixture in testdata/docs with the facts it must yield.
// Diplomatic actions are "actor action target" and claims "claimant
// settlements region", with "-" for null.
type docCase struct {
	name, file string
	attacks    []wantAttack
	diplomacy  []string
	claims     []string
}

var docPublished = time.Date(2025, 11, 20, 10, 0, 0, 0, kyiv) // a Thursday

var docCases = []docCase{
	{name: "wire story with separate tolls for Kharkiv and Odesa", file: "wire-kharkiv-odesa.txt",
		attacks: []wantAttack{
			{country: "Ukraine", oblast: "Kharkiv", city: "Kharkiv", date: "2025-11-20",
				figures: map[string]int{fieldKilled: 3, fieldInjured: 17},
				weapons: []string{"drone", "glide_bomb"}, damage: []string{"commercial", "residential"}},
			{country: "Ukraine", oblast: "Odesa", city: "Odesa", date: "2025-11-20",
				figures: map[string]int{fieldKilled: 4, fieldInjured: 9},
				weapons: []string{"shahed_drone"}, damage: []string{"heating", "port"}},
		}},
	{name: "Air Force style national tally", file: "airforce-tally.txt",
		attacks: []wantAttack{
			{country: "Ukraine", date: "2025-11-20",
				figures: map[string]int{fieldDronesLaunched: 430, fieldDronesDowned: 405, fieldMissilesLaunched: 18, fieldMissilesDowned: 14},
				weapons: []string{"ballistic_missile", "cruise_missile", "drone", "shahed_drone"}},
		}},
	{name: "sanctions announcement", file: "sanctions-eu.txt",
		diplomacy: []string{"European Union sanctions Russia"}},
	{name: "aid announcements", file: "aid-japan-germany.txt",
		diplomacy: []string{"Germany military_aid Ukraine", "United Kingdom humanitarian_aid Ukraine", "Japan financial_aid Ukraine"}}, // undated first
	{name: "territorial claim by the Russian ministry", file: "territory-mod.txt",
		claims: []string{"Russia 1 Donetsk"}},
	{name: "sports article", file: "sports.txt"},
	{name: "weather article", file: "weather.txt"},
	{name: "missile strike in another war", file: "middle-east.txt"},
	{name: "background figures only", file: "background.txt"},
	{name: "Kyiv administration updates with districts", file: "kcma-update.txt",
		attacks: []wantAttack{
			{country: "Ukraine", oblast: "Kyiv", city: "Kyiv", date: "2025-11-20",
				figures:    map[string]int{fieldKilled: 6, fieldInjured: 52, fieldRescued: 12, fieldChildrenKilled: 1},
				qualifiers: map[string]string{fieldMissing: "may still be trapped under the rubble"},
				districts:  []string{"Darnytskyi", "Solomianskyi"},
				weapons:    []string{"ballistic_missile", "drone"}, damage: []string{"education", "residential"}},
		}},
	{name: "Russian city struck, and Russia's claim of drones downed over its regions", file: "russia-struck.txt",
		attacks: []wantAttack{
			{country: "Russia", date: "2025-11-20",
				figures: map[string]int{fieldDronesDowned: 95}, weapons: []string{"drone"}},
			{country: "Russia", oblast: "Krasnodar", city: "Novorossiysk", date: "2025-11-20",
				figures: map[string]int{fieldInjured: 2}, weapons: []string{"drone"}, damage: []string{"energy"}},
		}},
	{name: "night attack on Dnipro with children and missing", file: "dnipro-night.txt",
		attacks: []wantAttack{
			{country: "Ukraine", oblast: "Dnipropetrovsk", city: "Dnipro", date: "2025-11-14",
				figures:    map[string]int{fieldKilled: 5, fieldInjured: 23, fieldMissing: 3, fieldChildrenKilled: 2},
				qualifiers: map[string]string{fieldMissing: qualUpTo},
				weapons:    []string{"ballistic_missile", "drone"}, damage: []string{"education", "rail", "residential"}},
			{country: "Ukraine", oblast: "Dnipropetrovsk", city: "Nikopol", date: "2025-11-14",
				figures: map[string]int{fieldInjured: 1}, weapons: []string{"drone"}, damage: []string{"energy"}},
		}},
	{name: "Kyiv city and Kyiv region are separate rows", file: "kyiv-and-region.txt",
		attacks: []wantAttack{
			{country: "Ukraine", oblast: "Kyiv", date: "2025-11-20",
				figures: map[string]int{fieldKilled: 0}, weapons: []string{"drone"}},
			{country: "Ukraine", oblast: "Kyiv", city: "Bila Tserkva", date: "2025-11-20",
				weapons: []string{"drone"}, damage: []string{"commercial"}},
			{country: "Ukraine", oblast: "Kyiv", city: "Boryspil", date: "2025-11-20",
				damage: []string{"vehicles"}},
			{country: "Ukraine", oblast: "Kyiv", city: "Kyiv", date: "2025-11-20",
				figures: map[string]int{fieldInjured: 1}, districts: []string{"Obolonskyi"},
				weapons: []string{"drone"}, damage: []string{"residential"}},
		}},
	{name: "cruise missiles on Lviv without casualties", file: "lviv-no-casualties.txt",
		attacks: []wantAttack{
			{country: "Ukraine", oblast: "Lviv", city: "Lviv", date: "2025-11-18",
				figures: map[string]int{fieldKilled: 0, fieldInjured: 0},
				weapons: []string{"cruise_missile"}, damage: []string{"energy"}},
		}},
	{name: "HTML page with clutter", file: "zaporizhzhia-page.html",
		attacks: []wantAttack{
			{country: "Ukraine", oblast: "Zaporizhzhia", city: "Zaporizhzhia", date: "2025-11-16",
				figures: map[string]int{fieldInjured: 14}, weapons: []string{"glide_bomb"},
				damage: []string{"commercial", "industrial", "residential"}},
		}},
}

func TestDocuments(t *testing.T) {
	for _, tc := range docCases {
		t.Run(tc.name, func(t *testing.T) {
			got := Extract(readDocFixture(t, tc.file))
			checkAttacks(t, got.Attacks, tc.attacks)
			var dips, claims []string
			for _, a := range got.DiplomaticActions {
				dips = append(dips, a.Actor+" "+a.Action+" "+orDash(a.Target))
			}
			for _, c := range got.TerritorialClaims {
				claims = append(claims, c.Claimant+" "+itoaOrDash(c.Settlements)+" "+orDash(c.Region))
			}
			if !slices.Equal(dips, tc.diplomacy) {
				t.Errorf("diplomatic actions = %q, want %q", dips, tc.diplomacy)
			}
			if !slices.Equal(claims, tc.claims) {
				t.Errorf("territorial claims = %q, want %q", claims, tc.claims)
			}
		})
	}
}

func readDocFixture(t *testing.T, file string) Input {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "docs", file))
	if err != nil {
		t.Fatal(err)
	}
	if strings.HasSuffix(file, ".html") {
		return Input{Text: string(b), HTML: true, Published: docPublished}
	}
	title, body, _ := strings.Cut(string(b), "\n\n")
	return Input{Title: title, Text: body, Published: docPublished}
}

func checkAttacks(t *testing.T, got []Attack, want []wantAttack) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("got %d attack rows, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		a := got[i]
		where := w.country + "/" + w.oblast + "/" + w.city
		if a.Country != w.country || orEmpty(a.Oblast) != w.oblast || orEmpty(a.City) != w.city || orEmpty(a.Date) != w.date {
			t.Errorf("row %d = %s/%s/%s on %s, want %s on %s", i, a.Country, orEmpty(a.Oblast), orEmpty(a.City), orEmpty(a.Date), where, w.date)
		}
		for _, f := range countFields {
			v := figureOf(&a, f)
			want, listed := w.figures[f]
			if listed != (v != nil) || (listed && *v != want) {
				t.Errorf("%s: %s = %v, want %v (listed %v)", where, f, deref2(v), want, listed)
			}
		}
		wq := w.qualifiers
		if wq == nil {
			wq = map[string]string{}
		}
		if !maps.Equal(a.Qualifiers, wq) {
			t.Errorf("%s: qualifiers = %v, want %v", where, a.Qualifiers, wq)
		}
		for _, l := range []struct {
			name      string
			got, want []string
		}{{"districts", a.Districts, w.districts}, {"weapons", a.Weapons, w.weapons}, {"damage", a.Damage, w.damage}} {
			if !slices.Equal(l.got, l.want) && !(len(l.got) == 0 && len(l.want) == 0) {
				t.Errorf("%s: %s = %v, want %v", where, l.name, l.got, l.want)
			}
		}
		if len(a.Evidence) == 0 {
			t.Errorf("%s: no evidence", where)
		}
	}
}

var countFields = []string{
	fieldKilled, fieldInjured, fieldRescued, fieldMissing, fieldChildrenKilled,
	fieldDronesLaunched, fieldDronesDowned, fieldMissilesLaunched, fieldMissilesDowned,
}

func figureOf(a *Attack, field string) *int {
	switch field {
	case fieldKilled:
		return a.Killed
	case fieldInjured:
		return a.Injured
	case fieldRescued:
		return a.Rescued
	case fieldMissing:
		return a.Missing
	case fieldChildrenKilled:
		return a.ChildrenKilled
	case fieldDronesLaunched:
		return a.DronesLaunched
	case fieldDronesDowned:
		return a.DronesDowned
	case fieldMissilesLaunched:
		return a.MissilesLaunched
	case fieldMissilesDowned:
		return a.MissilesDowned
	}
	return nil
}

func orEmpty(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func itoaOrDash(p *int) string {
	if p == nil {
		return "-"
	}
	return strconv.Itoa(*p)
}

// A Kyiv administration's post says "the capital" without naming Kyiv: the
// publisher places it.
func TestKyivPublisherPlacesTheCapital(t *testing.T) {
	in := Input{
		Text:      "Three people were killed as a result of the enemy attack on the capital.\n\nAnother 9 people were injured.",
		Published: time.Date(2025, 11, 14, 4, 30, 0, 0, time.UTC),
	}
	if f := Extract(in); len(f.Attacks) != 0 {
		t.Fatalf("without a publisher the capital is unknown: %+v", f.Attacks)
	}
	in.Publisher = "Kyiv City Military Administration"
	f := Extract(in)
	if len(f.Attacks) != 1 || orEmpty(f.Attacks[0].City) != "Kyiv" || *f.Attacks[0].Killed != 3 || *f.Attacks[0].Injured != 9 {
		t.Fatalf("attacks = %+v", f.Attacks)
	}
	// A casualty update names no attack at all: the publisher is the context.
	in.Text = "The number of injured in the capital has risen to 15.\n\n10 people were hospitalised."
	f = Extract(in)
	if len(f.Attacks) != 1 || f.Attacks[0].Injured == nil || *f.Attacks[0].Injured != 15 {
		t.Fatalf("casualty update = %+v", f.Attacks)
	}
	in.Publisher = "Kyiv City Council press office"
	if f := Extract(in); len(f.Attacks) != 0 {
		t.Fatalf("a non-military publisher does not make a casualty update an attack: %+v", f.Attacks)
	}
}
