package reports

import (
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestWriteDailySummaryCharts(t *testing.T) {
	path, _, _ := writeSample(t)
	charts := sheetCharts(t, path, "Summary")
	if len(charts) != 3 {
		t.Fatalf("Summary has %d charts, want 3", len(charts))
	}
	series := func(cols ...string) []string {
		var refs []string
		for _, c := range cols {
			refs = append(refs, "'Chart data'!$"+c+"$1", "'Chart data'!$A$2:$A$31", "'Chart data'!$"+c+"$2:$"+c+"$31")
		}
		return refs
	}
	tests := map[string]struct {
		chart int
		want  chartInfo
	}{
		"drones and missiles": {0, chartInfo{types: []string{"lineChart"}, title: "Drones and missiles, last 30 days",
			refs: series("B", "C", "D", "E")}},
		"casualties": {1, chartInfo{types: []string{"barChart"}, barDir: "col", title: "Killed and injured, last 30 days",
			refs: series("F", "G")}},
		"damage by category": {2, chartInfo{types: []string{"barChart"}, barDir: "bar", title: "Places damaged, by category",
			refs: []string{"'Chart data'!$J$1", "'Chart data'!$I$2:$I$5", "'Chart data'!$J$2:$J$5"}}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			got := parseChart(t, charts[tc.chart])
			if !slices.Equal(got.types, tc.want.types) || got.barDir != tc.want.barDir || got.title != tc.want.title {
				t.Errorf("chart %d = %v %q %q, want %v %q %q", tc.chart+1, got.types, got.barDir, got.title,
					tc.want.types, tc.want.barDir, tc.want.title)
			}
			if !slices.Equal(got.refs, tc.want.refs) {
				t.Errorf("chart %d refs = %q, want %q", tc.chart+1, got.refs, tc.want.refs)
			}
		})
	}
	t.Run("drawing anchored from column J", func(t *testing.T) {
		parts := xmlParts(t, path)
		drawings := relTargets(t, parts, sheetPart(t, parts, "Summary"), "drawing")
		if len(drawings) != 1 {
			t.Fatalf("Summary has %d drawings, want 1", len(drawings))
		}
		// Column J is column index 9 in the drawing's zero-based anchors.
		if got := strings.Count(string(parts[drawings[0]]), "<xdr:col>9</xdr:col>"); got < 3 {
			t.Errorf("drawing anchors %d chart corners at column J, want 3", got)
		}
	})
}

func TestWriteDailyChartData(t *testing.T) {
	_, _, f := writeSample(t)
	day := sampleReport().Day
	serial := func(d time.Time) string { return strconv.FormatFloat(excelSerial(d), 'f', -1, 64) }
	tests := map[string]struct {
		cell, want string
	}{
		"header":                      {"B1", "Drones launched"},
		"first day is 29 days back":   {"A2", serial(day.AddDate(0, 0, -29))},
		"first day drones launched":   {"B2", "329"},
		"first day injured":           {"G2", "39"},
		"missing day has a date":      {"A20", serial(day.AddDate(0, 0, -11))},
		"missing day is a gap":        {"B20", ""},
		"day before drones shot down": {"C30", "281"},
		"report day":                  {"A31", serial(day)},
		"report day from totals":      {"B31", "430"},
		"report day shot down":        {"C31", "405"},
		"report day missiles":         {"D31", "18"},
		"report day missiles down":    {"E31", "14"},
		"report day killed":           {"F31", "3"},
		"report day injured":          {"G31", "17"},
		"no 31st day":                 {"A32", ""},
		"largest category first":      {"I2", "residential"},
		"places of residential":       {"J2", "2"},
		"then by name":                {"I3", "energy"},
		"places of energy":            {"J3", "1"},
		"last category":               {"I5", "rail"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := raw(t, f, chartDataSheet, tc.cell); got != tc.want {
				t.Errorf("%s!%s = %q, want %q", chartDataSheet, tc.cell, got, tc.want)
			}
		})
	}
	if got := shown(t, f, chartDataSheet, "A31"); got != "2025-11-14" {
		t.Errorf("report day shows %q, want a date", got)
	}
}

func TestWriteDailyWithoutHistory(t *testing.T) {
	r := sampleReport()
	r.History = nil
	path, err := WriteDaily(r, t.TempDir())
	if err != nil {
		t.Fatalf("WriteDaily: %v", err)
	}
	f := openBook(t, path)
	for cell, want := range map[string]string{"B2": "", "B30": "", "B31": "430"} {
		if got := raw(t, f, chartDataSheet, cell); got != want {
			t.Errorf("%s = %q, want %q", cell, got, want)
		}
	}
	if n := len(sheetCharts(t, path, "Summary")); n != 3 {
		t.Errorf("Summary has %d charts, want 3", n)
	}
}
