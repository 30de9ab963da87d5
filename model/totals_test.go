package model

import (
	"slices"
	"testing"
)

func ptr(v int64) *int64 { return &v }

func known(v int64) Figure { return Figure{Value: &v} }

func TestComputeTotals(t *testing.T) {
	national := AttackRow{Country: "Ukraine", DronesLaunched: known(430), DronesDowned: known(405),
		MissilesLaunched: known(18), MissilesDowned: known(14)}
	kyiv := AttackRow{Country: "Ukraine", Oblast: "Kyiv", City: "Kyiv", Damage: []string{"energy", "Rail"},
		DronesLaunched: known(50), Killed: known(1), Injured: Figure{Qualifier: "a dozen"}}
	kyivAgain := AttackRow{Country: "Ukraine", Oblast: "Kyiv", City: "Kyiv", Killed: known(2)}
	kharkiv := AttackRow{Country: "Ukraine", Oblast: "Kharkiv", City: "Kharkiv", MissilesLaunched: known(2),
		Killed: known(2), Injured: known(17)}
	tests := map[string]struct {
		r      DayReport
		want   Totals
		places []string
	}{
		"national tally gives drones and missiles": {
			DayReport{Attacks: []AttackRow{national, kyiv, kharkiv},
				Damage:    []DamageRow{{Category: "rail"}, {Category: "heating"}},
				Diplomacy: make([]DiplomacyRow, 5), Territory: []TerritoryRow{{Settlements: ptr(2)}}},
			Totals{Attacks: 3, Places: 2, DronesLaunched: 430, DronesDowned: 405, MissilesLaunched: 18,
				MissilesDowned: 14, Killed: 3, Injured: 17, DamageCategories: 3, Diplomatic: 5, Territorial: 1},
			[]string{"Kharkiv", "Kyiv"},
		},
		"without a tally local rows are summed": {
			DayReport{Attacks: []AttackRow{kyiv, kharkiv, kyivAgain}},
			Totals{Attacks: 3, Places: 2, DronesLaunched: 50, MissilesLaunched: 2, Killed: 5, Injured: 17,
				DamageCategories: 2},
			[]string{"Kharkiv", "Kyiv"},
		},
		"strikes on Russia count in no Ukrainian total": {
			DayReport{Attacks: []AttackRow{{Country: "Russia", DronesDowned: known(40)},
				{Country: "Russia", Oblast: "Krasnodar", City: "Novorossiysk", Injured: known(3)}, kyiv}},
			Totals{Attacks: 1, Places: 1, DronesLaunched: 50, Killed: 1, DamageCategories: 2},
			[]string{"Kyiv"},
		},
		"empty day": {DayReport{}, Totals{}, nil},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			ComputeTotals(&tc.r)
			if tc.r.Totals != tc.want {
				t.Errorf("Totals = %+v, want %+v", tc.r.Totals, tc.want)
			}
			if got := tc.r.PlacesHit(); !slices.Equal(got, tc.places) {
				t.Errorf("PlacesHit = %q, want %q", got, tc.places)
			}
		})
	}
}

func TestDamageCategories(t *testing.T) {
	r := DayReport{
		Attacks: []AttackRow{{Damage: []string{"Energy ", "rail"}}},
		Damage:  []DamageRow{{Category: "energy"}, {Category: ""}, {Category: "heating"}},
	}
	if got, want := r.DamageCategories(), []string{"energy", "heating", "rail"}; !slices.Equal(got, want) {
		t.Errorf("DamageCategories = %q, want %q", got, want)
	}
}
