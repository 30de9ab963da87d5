package config

import (
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	kyiv, err := time.LoadLocation("Europe/Kyiv")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, layout, value string
		want                time.Time // UTC
	}{
		{"dotted date in Kyiv", "02.01.2006", "14.11.2025", time.Date(2025, 11, 13, 22, 0, 0, 0, time.UTC)},
		{"English month", "2 January 2006", " 14 November\u00a02025 ", time.Date(2025, 11, 13, 22, 0, 0, 0, time.UTC)},
		{"US style", "January 2, 2006", "November 14, 2025", time.Date(2025, 11, 13, 22, 0, 0, 0, time.UTC)},
		{"Ukrainian genitive", "2 січня 2006", "14 листопада 2025", time.Date(2025, 11, 13, 22, 0, 0, 0, time.UTC)},
		{"Ukrainian capitalised", "2 січня 2006, 15:04", "1 Грудня 2025, 09:30", time.Date(2025, 12, 1, 7, 30, 0, 0, time.UTC)},
		{"summer offset", "02.01.2006 15:04", "14.07.2025 10:00", time.Date(2025, 7, 14, 7, 0, 0, 0, time.UTC)},
		{"RFC 3339 by default", "", "2025-11-14T10:00:00+02:00", time.Date(2025, 11, 14, 8, 0, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseDate(tt.layout, tt.value, kyiv)
			if err != nil {
				t.Fatal(err)
			}
			if !got.Equal(tt.want) || got.Location() != time.UTC {
				t.Errorf("ParseDate(%q, %q) = %s, want %s UTC", tt.layout, tt.value, got, tt.want)
			}
		})
	}
}

func TestParseDateRejects(t *testing.T) {
	tests := map[string]struct{ layout, value string }{
		"wrong order":        {"02.01.2006", "2025-11-14"},
		"unknown uk month":   {"2 січня 2006", "14 листопад 2025"},
		"english for uk":     {"2 січня 2006", "14 November 2025x"},
		"garbage RFC 3339":   {"", "yesterday"},
		"month out of range": {"02.01.2006", "14.13.2025"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			if got, err := ParseDate(tt.layout, tt.value, time.UTC); err == nil {
				t.Errorf("ParseDate(%q, %q) = %s, want an error", tt.layout, tt.value, got)
			}
		})
	}
}

func TestDateOnlyAndFormat(t *testing.T) {
	tests := []struct {
		layout   string
		dateOnly bool
		sample   string
	}{
		{"02.01.2006", true, "14.11.2025"},
		{"2 січня 2006", true, "14 листопада 2025"},
		{"January 2, 2006 15:04", false, "November 14, 2025 13:47"},
		{"", false, "2025-11-14T13:47:00Z"},
	}
	sample := time.Date(2025, 11, 14, 13, 47, 0, 0, time.UTC)
	for _, tt := range tests {
		t.Run(tt.layout, func(t *testing.T) {
			if got := DateOnly(tt.layout); got != tt.dateOnly {
				t.Errorf("DateOnly(%q) = %v, want %v", tt.layout, got, tt.dateOnly)
			}
			if got := FormatDate(tt.layout, sample, time.UTC); got != tt.sample {
				t.Errorf("FormatDate(%q) = %q, want %q", tt.layout, got, tt.sample)
			}
		})
	}
}
