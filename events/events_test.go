package events

import (
	"testing"
	"time"
)

func n(v int64) *int64 { return &v }

var day = time.Date(2025, 11, 14, 0, 0, 0, 0, time.UTC)

func obs(doc int64, authority string, hour int, city string, figs map[string]Value) Observation {
	oblast := city
	return Observation{Day: day, Country: "Ukraine", Oblast: oblast, City: city, Figures: figs, DocID: doc,
		URL: "https://x/" + string(rune('a'+doc)), Authority: authority,
		Published: day.Add(time.Duration(hour) * time.Hour)}
}

func TestConsolidate(t *testing.T) {
	tests := []struct {
		name      string
		obs       []Observation
		rows      int
		killed    *int64
		qualifier string
		low, high int64
		sources   int
	}{
		{"single report keeps its qualifier",
			[]Observation{obs(1, "media", 6, "Kyiv", map[string]Value{"killed": {N: n(1), Qualifier: "at_least"}})},
			1, n(1), "at_least", 1, 1, 1},
		{"a later report from the same rank wins, never a sum",
			[]Observation{
				obs(1, "media", 6, "Kyiv", map[string]Value{"killed": {N: n(3)}}),
				obs(2, "media", 9, "Kyiv", map[string]Value{"killed": {N: n(6)}}),
			}, 1, n(6), "", 3, 6, 2},
		{"official beats a later media report",
			[]Observation{
				obs(1, "official", 6, "Kyiv", map[string]Value{"killed": {N: n(4)}}),
				obs(2, "media", 9, "Kyiv", map[string]Value{"killed": {N: n(5)}}),
			}, 1, n(4), "", 4, 5, 2},
		{"a number beats a vague phrase",
			[]Observation{
				obs(1, "media", 6, "Kyiv", map[string]Value{"killed": {N: n(2)}}),
				obs(2, "official", 9, "Kyiv", map[string]Value{"killed": {Qualifier: "several"}}),
			}, 1, n(2), "", 2, 2, 2},
		{"only a phrase gives no value but keeps it",
			[]Observation{obs(1, "media", 6, "Kyiv", map[string]Value{"killed": {Qualifier: "dozens"}})},
			1, nil, "dozens", -1, -1, 1},
		{"two places stay two rows",
			[]Observation{
				obs(1, "media", 6, "Kyiv", map[string]Value{"killed": {N: n(1)}}),
				obs(1, "media", 6, "Kharkiv", map[string]Value{"killed": {N: n(2)}}),
			}, 2, n(2), "", 2, 2, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rows := Consolidate(tc.obs)
			if len(rows) != tc.rows {
				t.Fatalf("rows = %d, want %d", len(rows), tc.rows)
			}
			k := rows[0]
			if (k.Killed.Value == nil) != (tc.killed == nil) || (tc.killed != nil && *k.Killed.Value != *tc.killed) {
				t.Fatalf("killed = %v, want %v", k.Killed.Value, tc.killed)
			}
			if k.Killed.Qualifier != tc.qualifier {
				t.Fatalf("qualifier = %q, want %q", k.Killed.Qualifier, tc.qualifier)
			}
			if tc.low >= 0 && (*k.Killed.Low != tc.low || *k.Killed.High != tc.high) {
				t.Fatalf("range = %d..%d, want %d..%d", *k.Killed.Low, *k.Killed.High, tc.low, tc.high)
			}
			if k.Sources != tc.sources {
				t.Fatalf("sources = %d, want %d", k.Sources, tc.sources)
			}
		})
	}
}

func TestConsolidateOrdersNationalFirstAndRussiaLast(t *testing.T) {
	national := Observation{Day: day, Country: "Ukraine", DocID: 1, Authority: "air_force",
		Figures: map[string]Value{"drones_launched": {N: n(430)}}}
	russia := Observation{Day: day, Country: "Russia", Oblast: "Belgorod", City: "Belgorod", DocID: 2}
	kyiv := obs(3, "media", 6, "Kyiv", nil)
	rows := Consolidate([]Observation{russia, kyiv, national})
	if len(rows) != 3 || !rows[0].National() || rows[1].City != "Kyiv" || rows[2].Country != "Russia" {
		t.Fatalf("order = %s, %s, %s", rows[0].Place(), rows[1].Place(), rows[2].Place())
	}
	if rows[0].DronesLaunched.Int() != 430 {
		t.Fatalf("national drones = %d", rows[0].DronesLaunched.Int())
	}
}

func TestRank(t *testing.T) {
	if Rank("air_force", "drones_downed") <= Rank("official", "drones_downed") {
		t.Fatal("the Air Force must outrank officials for air-defence counts")
	}
	if Rank("official", "killed") <= Rank("air_force", "killed") || Rank("media", "killed") >= Rank("official", "killed") {
		t.Fatal("local officials must outrank others for casualties")
	}
}

func TestRevisionsNoteRisesAndFlagFalls(t *testing.T) {
	rose := []Observation{
		obs(1, "media", 6, "Kyiv", map[string]Value{"killed": {N: n(3)}}),
		obs(2, "official", 9, "Kyiv", map[string]Value{"killed": {N: n(6)}}),
	}
	rs := Revisions(rose)
	if len(rs) != 1 || rs[0].From != 3 || rs[0].To != 6 || rs[0].Down || rs[0].Field != "killed" {
		t.Fatalf("rise = %+v", rs)
	}
	fell := []Observation{
		obs(1, "official", 6, "Kharkiv", map[string]Value{"injured": {N: n(20)}}),
		obs(2, "official", 9, "Kharkiv", map[string]Value{"injured": {N: n(17)}}),
	}
	rs = Revisions(fell)
	if len(rs) != 1 || !rs[0].Down || rs[0].To != 17 || rs[0].Place != "Kharkiv" {
		t.Fatalf("fall = %+v", rs)
	}
	same := []Observation{
		obs(1, "media", 6, "Odesa", map[string]Value{"injured": {N: n(2)}}),
		obs(2, "media", 9, "Odesa", map[string]Value{"injured": {N: n(2)}}),
	}
	if rs := Revisions(same); len(rs) != 0 {
		t.Fatalf("no revision when figures agree: %+v", rs)
	}
}

func TestHistoryHasEveryDay(t *testing.T) {
	o := obs(1, "media", 6, "Kyiv", map[string]Value{"killed": {N: n(2)}})
	h := History([]Observation{o}, day.AddDate(0, 0, -2), day)
	if len(h) != 3 || h[2].Killed != 2 || h[0].Killed != 0 || !h[0].Day.Equal(day.AddDate(0, 0, -2)) {
		t.Fatalf("history = %+v", h)
	}
}
