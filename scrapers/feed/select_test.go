package feed

import (
	"slices"
	"testing"
	"time"
)

func TestSelectItems(t *testing.T) {
	at := func(day, hour int) time.Time { return time.Date(2025, 11, day, hour, 0, 0, 0, time.UTC) }
	items := []Item{
		{ID: "old", Published: at(10, 12)},
		{ID: "mid", Published: at(14, 6)},
		{ID: "undated"},
		{ID: "late", Published: at(14, 22)},
		{ID: "edge-to", Published: at(15, 0)},
		{ID: "edge-from", Published: at(14, 0)},
	}
	tests := map[string]struct {
		from, to time.Time
		max      int
		want     []string
	}{
		"open window, newest first, undated first": {want: []string{"undated", "edge-to", "late", "mid", "edge-from", "old"}},
		"day window is [from, to)":                 {from: at(14, 0), to: at(15, 0), want: []string{"undated", "late", "mid", "edge-from"}},
		"only from":                                {from: at(14, 12), want: []string{"undated", "edge-to", "late"}},
		"capped":                                   {from: at(14, 0), to: at(15, 0), max: 2, want: []string{"undated", "late"}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			var got []string
			for _, it := range selectItems(items, tc.from, tc.to, tc.max) {
				got = append(got, it.ID)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}
