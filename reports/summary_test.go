package reports

import (
	"strconv"
	"testing"

	"sitrep/model"
)

func TestWriteDailySummary(t *testing.T) {
	previous := model.Totals{Attacks: 5, Places: 4, DronesLaunched: 300, DronesDowned: 290,
		MissilesLaunched: 0, MissilesDowned: 0, Killed: 3, Injured: 30, DamageCategories: 2, Diplomatic: 1}
	tests := map[string]struct {
		previous *model.Totals
		cells    map[string]string // cell → raw value; "" means empty
	}{
		"without previous day": {nil, map[string]string{
			"A1": "sitrep daily report — 2025-11-14", "A3": "Time zone", "B3": "Europe/Kyiv", "B4": "extract/1.4.0",
			"A7": "Attacks", "B7": "3", "C7": "", "D7": "",
			"A8": "Places hit", "B8": "2",
			"B9": "430", "B10": "405", "B11": "18", "B12": "14",
			"A13": "Killed", "B13": "3", "A14": "Injured", "B14": "17",
			"B15": "4", "B16": "5", "A17": "Territorial claims", "B17": "1",
			"A19": "Places hit", "B19": "Kharkiv, Kyiv",
			"A20": "Damage categories", "B20": "energy, heating, rail, residential",
			"A21": "Diplomatic actions", "B21": "European Union — sanctions — Russia",
			"A22": "", "B22": "Germany — military aid — Ukraine", "B25": "Ukraine — sanctions — Belarus",
			"A27": "Notes",
		}},
		"with previous day": {&previous, map[string]string{
			"B7": "3", "C7": "5", "D7": "-2",
			"B9": "430", "C9": "300", "D9": "130",
			"C11": "0", "D11": "18",
			"B17": "1", "C17": "0", "D17": "1",
		}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			r := sampleReport()
			r.Previous = tc.previous
			path, err := WriteDaily(r, t.TempDir())
			if err != nil {
				t.Fatalf("WriteDaily: %v", err)
			}
			f := openBook(t, path)
			for cell, want := range tc.cells {
				if got := raw(t, f, "Summary", cell); got != want {
					t.Errorf("Summary!%s = %q, want %q", cell, got, want)
				}
				if _, err := strconv.ParseInt(want, 10, 64); err == nil {
					if k := kind(t, f, "Summary", cell); k != "number" {
						t.Errorf("Summary!%s kind = %s, want number", cell, k)
					}
				}
			}
			if tc.previous != nil {
				if got := shown(t, f, "Summary", "D9"); got != "+130" {
					t.Errorf("change shows %q, want +130", got)
				}
			}
		})
	}
}
