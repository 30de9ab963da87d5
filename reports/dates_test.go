package reports

import (
	"testing"
	"time"
)

func TestExcelSerial(t *testing.T) {
	kyiv, err := time.LoadLocation("Europe/Kyiv")
	if err != nil {
		t.Fatalf("load Europe/Kyiv: %v", err)
	}
	tests := map[string]struct {
		in   time.Time
		want float64
	}{
		"1900-03-01":         {time.Date(1900, time.March, 1, 0, 0, 0, 0, time.UTC), 61},
		"2025-01-01":         {time.Date(2025, time.January, 1, 0, 0, 0, 0, time.UTC), 45658},
		"report day":         {time.Date(2025, time.November, 14, 0, 0, 0, 0, time.UTC), 45975},
		"noon":               {time.Date(2025, time.November, 14, 12, 0, 0, 0, time.UTC), 45975.5},
		"wall clock in Kyiv": {time.Date(2025, time.November, 14, 6, 0, 0, 0, time.UTC).In(kyiv), 45975 + 8.0/24},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := excelSerial(tc.in); got != tc.want {
				t.Errorf("excelSerial(%v) = %v, want %v", tc.in, got, tc.want)
			}
		})
	}
}
