package extract

import (
	"testing"
	"time"
)

func TestFindDate(t *testing.T) {
	friday := time.Date(2025, 11, 14, 9, 0, 0, 0, kyiv)
	january := time.Date(2026, 1, 3, 12, 0, 0, 0, kyiv)
	// 23:30 UTC on 13 November is already 14 November in Kyiv.
	lateUTC := time.Date(2025, 11, 13, 23, 30, 0, 0, time.UTC)
	tests := []struct {
		name      string
		text      string
		published time.Time
		want      string
	}{
		{"early Friday on a Friday", "The attack began early Friday.", friday, "2025-11-14"},
		{"on Wednesday before a Friday", "Drones hit Odesa on Wednesday.", friday, "2025-11-12"},
		{"overnight", "Russia attacked overnight.", friday, "2025-11-14"},
		{"last night", "Explosions were heard last night.", friday, "2025-11-14"},
		{"this morning", "Sirens sounded this morning.", friday, "2025-11-14"},
		{"today", "Officials said today that two died.", friday, "2025-11-14"},
		{"yesterday", "A missile struck Sumy yesterday.", friday, "2025-11-13"},
		{"abbreviated month first", "The strike on Nov. 12 killed two.", friday, "2025-11-12"},
		{"day first", "The strike on 12 November killed two.", friday, "2025-11-12"},
		{"ordinal day", "On November 12th drones attacked.", friday, "2025-11-12"},
		{"night range gives the second day", "On the night of 13 to 14 November drones attacked.", friday, "2025-11-14"},
		{"night range with a hyphen", "On the night of Nov. 13-14 drones attacked.", friday, "2025-11-14"},
		{"explicit year", "On 5 January 2023 drones attacked.", friday, "2023-01-05"},
		{"a year typo in a recent night", "On the night of 10 November 2024 drones attacked.", friday, "2025-11-10"},
		{"December night published in January", "On the night of 30 to 31 December drones attacked.", january, "2025-12-31"},
		{"publication time converted to Kyiv", "Russia attacked overnight.", lateUTC, "2025-11-14"},
		{"explicit date wins over relative words", "Overnight on Nov. 12 drones attacked.", friday, "2025-11-12"},
		{"no date words", "Drones attacked the city.", friday, ""},
		{"relative words without publication date", "The attack began early Friday.", time.Time{}, ""},
		{"explicit date without publication date or year", "On 12 November drones attacked.", time.Time{}, ""},
		{"next Friday is not an attack day", "Talks are due next Friday.", friday, ""},
		{"month without a day", "Since February drones attacked.", friday, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := findDate(tokenize(tc.text), newPubDay(tc.published))
			if got.day != tc.want {
				t.Errorf("findDate(%q) = %q, want %q", tc.text, got.day, tc.want)
			}
		})
	}
}
