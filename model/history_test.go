package model

import (
	"slices"
	"testing"
	"time"
)

func TestTotalsDayTotals(t *testing.T) {
	day := time.Date(2025, time.November, 14, 0, 0, 0, 0, time.UTC)
	tot := Totals{Attacks: 3, Places: 2, DronesLaunched: 430, DronesDowned: 405, MissilesLaunched: 18,
		MissilesDowned: 14, Killed: 3, Injured: 17, Diplomatic: 5}
	want := DayTotals{Day: day, DronesLaunched: 430, DronesDowned: 405, MissilesLaunched: 18, MissilesDowned: 14,
		Killed: 3, Injured: 17}
	if got := tot.DayTotals(day); got != want {
		t.Errorf("DayTotals = %+v, want %+v", got, want)
	}
}

func TestRevisionFell(t *testing.T) {
	tests := map[string]struct {
		v    Revision
		want bool
	}{
		"rose":             {Revision{From: 9, To: 13}, false},
		"fell and flagged": {Revision{From: 13, To: 9, Down: true}, true},
		"fell unflagged":   {Revision{From: 13, To: 9}, true},
		"flag kept":        {Revision{From: 9, To: 9, Down: true}, true},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := tc.v.Fell(); got != tc.want {
				t.Errorf("Fell() = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestSourceHealthFailing(t *testing.T) {
	run := time.Date(2025, time.November, 14, 9, 0, 0, 0, time.UTC)
	tests := map[string]struct {
		h    SourceHealth
		want bool
	}{
		"healthy":         {SourceHealth{LastOK: run, LastRun: run}, false},
		"errors":          {SourceHealth{LastOK: run.Add(-time.Hour), LastRun: run, ErrorCount: 2}, true},
		"never succeeded": {SourceHealth{LastRun: run}, true},
		"never run":       {SourceHealth{}, false},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := tc.h.Failing(); got != tc.want {
				t.Errorf("Failing() = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestDamageByCategory(t *testing.T) {
	tests := map[string]struct {
		r    DayReport
		want []CategoryCount
	}{
		"places counted once per category": {
			DayReport{
				Attacks: []AttackRow{
					{Country: "Ukraine", Oblast: "Kyiv", City: "Kyiv", Damage: []string{"Energy ", "rail"}},
					{Country: "Ukraine", Oblast: "Kharkiv", City: "Kharkiv", Damage: []string{"energy"}},
				},
				Damage: []DamageRow{
					{Place: "Kyiv", Category: "energy"}, {Place: "kyiv", Category: "heating"},
					{Place: "Odesa", Category: "energy"}, {Place: "Lviv", Category: " "},
				},
			},
			[]CategoryCount{{"energy", 3}, {"heating", 1}, {"rail", 1}},
		},
		"empty day": {DayReport{}, []CategoryCount{}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := tc.r.DamageByCategory(); !slices.Equal(got, tc.want) {
				t.Errorf("DamageByCategory = %+v, want %+v", got, tc.want)
			}
		})
	}
}
