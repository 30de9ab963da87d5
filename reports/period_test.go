package reports

import (
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"sitrep/model"
)

// writePeriodSample writes samplePeriod and returns the path, the stats
// and the reopened workbook.
func writePeriodSample(t *testing.T) (string, WriteStats, *excelize.File) {
	t.Helper()
	path, stats, err := WritePeriodStats(samplePeriod(), t.TempDir())
	if err != nil {
		t.Fatalf("WritePeriodStats: %v", err)
	}
	return path, stats, openBook(t, path)
}

func TestWritePeriodSheetsAndHeaders(t *testing.T) {
	path, _, f := writePeriodSample(t)
	if got, want := filepath.Base(path), "sitrep-2025-11-12_2025-11-14.xlsx"; got != want {
		t.Errorf("file name = %q, want %q", got, want)
	}
	if got, want := f.GetSheetList(), []string{"Summary", "Daily", "Attacks", "Diplomacy", "Territory"}; !slices.Equal(got, want) {
		t.Fatalf("sheets = %q, want %q", got, want)
	}
	filters := map[string]string{}
	for _, d := range f.GetDefinedName() {
		if d.Name == "_xlnm._FilterDatabase" {
			filters[d.Scope] = d.RefersTo
		}
	}
	tests := map[string]struct {
		first, last, filter string
	}{
		"Daily":     {"Date", "Territorial claims", "'Daily'!$A$1:$K$4"},
		"Attacks":   {"Date", "Evidence", "'Attacks'!$A$1:$AN$6"},
		"Diplomacy": {"Date", "Source URL", "'Diplomacy'!$A$1:$I$7"},
		"Territory": {"Date", "Source URL", "'Territory'!$A$1:$I$3"},
	}
	for sheet, tc := range tests {
		t.Run(sheet, func(t *testing.T) {
			rows, err := f.GetRows(sheet)
			if err != nil || len(rows) == 0 {
				t.Fatalf("rows of %s: %v", sheet, err)
			}
			header := rows[0]
			if header[0] != tc.first || header[len(header)-1] != tc.last {
				t.Errorf("header = %q, want %q … %q", header, tc.first, tc.last)
			}
			p, err := f.GetPanes(sheet)
			if err != nil || !p.Freeze || p.YSplit != 1 || p.TopLeftCell != "A2" {
				t.Errorf("panes = %+v (err %v), want frozen below row 1", p, err)
			}
			if got := filters[sheet]; got != tc.filter {
				t.Errorf("autofilter = %q, want %q", got, tc.filter)
			}
			st, err := f.GetStyle(styleOf(t, f, sheet, "A1"))
			if err != nil || st.Font == nil || !st.Font.Bold || len(st.Fill.Color) == 0 {
				t.Errorf("header style = %+v (err %v), want bold with a fill", st, err)
			}
			if w, err := f.GetColWidth(sheet, "B"); err != nil || w < 10 {
				t.Errorf("column B width = %v (err %v), want set", w, err)
			}
		})
	}
	if got, want := attackColumnTitles(periodAttackColumns()), attackColumnTitles(attackColumns()); len(got) != len(want)+1 {
		t.Errorf("period Attacks has %d columns, want the daily %d plus the source URL", len(got), len(want))
	}
}

// styleOf returns the style id of a cell.
func styleOf(t *testing.T, f *excelize.File, sheet, cell string) int {
	t.Helper()
	id, err := f.GetCellStyle(sheet, cell)
	if err != nil {
		t.Fatalf("style of %s!%s: %v", sheet, cell, err)
	}
	return id
}

// attackColumnTitles lists the columns' titles.
func attackColumnTitles(cols []column) []string {
	var out []string
	for _, c := range cols {
		out = append(out, c.title)
	}
	return out
}

func TestWritePeriodCells(t *testing.T) {
	_, _, f := writePeriodSample(t)
	day12 := strconv.FormatFloat(excelSerial(time.Date(2025, time.November, 12, 0, 0, 0, 0, time.UTC)), 'f', -1, 64)
	tests := map[string]struct {
		sheet, cell, kind, value string
	}{
		"daily rows: first day":         {"Daily", "A2", "number", day12},
		"first day drones":              {"Daily", "B2", "number", "100"},
		"first day attacks":             {"Daily", "H2", "number", "2"},
		"first day places":              {"Daily", "I2", "number", "1"},
		"day without figures is a gap":  {"Daily", "B3", "empty", ""},
		"day without rows counts 0":     {"Daily", "H3", "number", "0"},
		"last day from its totals":      {"Daily", "B4", "number", "430"},
		"last day diplomatic actions":   {"Daily", "J4", "number", "5"},
		"no row past the period":        {"Daily", "A5", "empty", ""},
		"earliest day first":            {"Attacks", "A2", "number", day12},
		"national tally first that day": {"Attacks", "C2", "empty", ""},
		"drones more than":              {"Attacks", "H2", "string", "more than"},
		"Odesa killed":                  {"Attacks", "S3", "number", "4"},
		"Odesa injured":                 {"Attacks", "V3", "number", "9"},
		"Odesa injured qualifier":       {"Attacks", "W3", "string", "more than"},
		"Odesa injured seen":            {"Attacks", "X3", "string", "5–9"},
		"Odesa sources":                 {"Attacks", "AJ3", "number", "2"},
		"formula title stays text":      {"Attacks", "AK3", "string", "=SUM(A1:A9)"},
		"best source URL":               {"Attacks", "AL3", "string", "https://odesa.example.org/1"},
		"other sources listed":          {"Attacks", "AM3", "string", "https://a.example/1\nhttps://b.example/2"},
		"control character stripped":    {"Attacks", "AN3", "string", "Four killed in Odesa."},
		"Kyiv provisional":              {"Attacks", "AI6", "string", "yes"},
		"plus amount stays text":        {"Diplomacy", "E2", "string", "+EUR 1 billion"},
		"at title stays text":           {"Diplomacy", "H2", "string", "@aid"},
		"minus title stays text":        {"Territory", "H2", "string", "-claim"},
		"settlements number":            {"Territory", "C3", "number", "2"},
		"summary drones total":          {"Summary", "B12", "number", "530"},
		"summary killed total":          {"Summary", "B16", "number", "7"},
		"summary days with figures":     {"Summary", "B7", "string", "2 of 3"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := kind(t, f, tc.sheet, tc.cell); got != tc.kind {
				t.Errorf("%s!%s kind = %s, want %s", tc.sheet, tc.cell, got, tc.kind)
			}
			if got := raw(t, f, tc.sheet, tc.cell); got != tc.value {
				t.Errorf("%s!%s = %q, want %q", tc.sheet, tc.cell, got, tc.value)
			}
		})
	}
	for _, sheet := range []string{"Daily", "Attacks", "Diplomacy", "Territory"} {
		if got := shown(t, f, sheet, "A2"); got != "2025-11-12" {
			t.Errorf("%s!A2 shows %q, want the date", sheet, got)
		}
	}
}

func TestWritePeriodNoFormulasAndClean(t *testing.T) {
	path, stats, _ := writePeriodSample(t)
	if stats.Truncated != 1 {
		t.Errorf("Truncated = %d, want 1 (the long evidence)", stats.Truncated)
	}
	for name, part := range xmlParts(t, path) {
		counts, err := elements(part)
		if err != nil {
			t.Fatalf("parse %s: %v", name, err)
		}
		if strings.HasPrefix(name, "xl/worksheets/") && counts["f"] != 0 {
			t.Errorf("%s holds %d formulas, want 0", name, counts["f"])
		}
		if strings.ContainsRune(string(part), '\uFFFD') {
			t.Errorf("%s holds U+FFFD", name)
		}
	}
}

func TestWritePeriodChart(t *testing.T) {
	path, _, _ := writePeriodSample(t)
	charts := sheetCharts(t, path, "Summary")
	if len(charts) != 2 {
		t.Fatalf("Summary has %d charts, want 2", len(charts))
	}
	tests := map[string]struct {
		chart int
		title string
		cols  []string
	}{
		"air":        {0, "Drones and missiles per day", []string{"B", "C", "D", "E"}},
		"casualties": {1, "Killed and injured per day", []string{"F", "G"}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			got := parseChart(t, charts[tc.chart])
			var want []string
			for _, c := range tc.cols {
				want = append(want, "'Daily'!$"+c+"$1", "'Daily'!$A$2:$A$4", "'Daily'!$"+c+"$2:$"+c+"$4")
			}
			if got.title != tc.title || !slices.Equal(got.types, []string{"lineChart"}) || !slices.Equal(got.refs, want) {
				t.Errorf("chart = %q %v %q, want %q lineChart %q", got.title, got.types, got.refs, tc.title, want)
			}
		})
	}
}

func TestWritePeriodSplitsAttacks(t *testing.T) {
	p := samplePeriod()
	for i := range 20 {
		p.Attacks = append(p.Attacks, model.AttackRow{Day: p.To, Country: "Ukraine", Oblast: "Zhytomyr",
			City: fmt.Sprintf("Town %02d", i), Killed: fig(int64(i), "")})
	}
	path, stats, err := writePeriod(p, t.TempDir(), 11)
	if err != nil {
		t.Fatalf("writePeriod: %v", err)
	}
	f := openBook(t, path)
	want := []string{"Summary", "Daily", "Attacks", "Attacks (2)", "Attacks (3)", "Diplomacy", "Territory"}
	if got := f.GetSheetList(); !slices.Equal(got, want) {
		t.Fatalf("sheets = %q, want %q", got, want)
	}
	tests := map[string]struct {
		rows      int
		firstCity string
	}{
		"Attacks":     {11, ""},
		"Attacks (2)": {11, "Town 05"},
		"Attacks (3)": {6, "Town 15"},
	}
	for sheet, tc := range tests {
		t.Run(sheet, func(t *testing.T) {
			rows, err := f.GetRows(sheet)
			if err != nil {
				t.Fatalf("rows: %v", err)
			}
			if len(rows) != tc.rows || rows[0][0] != "Date" {
				t.Errorf("%s has %d rows starting %q, want %d with the header", sheet, len(rows), rows[0], tc.rows)
			}
			if got := raw(t, f, sheet, "D2"); got != tc.firstCity {
				t.Errorf("%s!D2 = %q, want %q", sheet, got, tc.firstCity)
			}
		})
	}
	if stats.RowsDropped != 0 {
		t.Errorf("RowsDropped = %d, want 0: the rows continue on the next sheets", stats.RowsDropped)
	}
	note := raw(t, f, "Summary", "B23")
	if !strings.Contains(note, `Attacks: 25 rows do not fit one sheet of 11 rows; they continue on 2 more sheets, up to "Attacks (3)".`) {
		t.Errorf("Summary note = %q, want the split explained", note)
	}
}

func TestWritePeriodRejectsBadPeriod(t *testing.T) {
	day := time.Date(2025, time.November, 14, 0, 0, 0, 0, time.UTC)
	tests := map[string]model.PeriodReport{
		"no from":        {To: day},
		"no to":          {From: day},
		"to before from": {From: day, To: day.AddDate(0, 0, -1)},
		"empty period":   {},
	}
	for name, p := range tests {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			_, err := WritePeriod(p, dir)
			if err == nil || !strings.Contains(err.Error(), "is not a range of days") {
				t.Errorf("err = %v, want not a range of days", err)
			}
			if got := leftovers(t, dir); len(got) != 0 {
				t.Errorf("dir holds %q, want nothing", got)
			}
		})
	}
}

func TestWritePeriodOneDay(t *testing.T) {
	p := model.PeriodReport{From: time.Date(2025, time.November, 14, 0, 0, 0, 0, time.UTC)}
	p.To = p.From
	path, err := WritePeriod(p, t.TempDir())
	if err != nil {
		t.Fatalf("WritePeriod: %v", err)
	}
	f := openBook(t, path)
	rows, err := f.GetRows("Daily")
	if err != nil || len(rows) != 2 {
		t.Fatalf("Daily rows = %q (err %v), want header and one day", rows, err)
	}
	for _, sheet := range []string{"Attacks", "Diplomacy", "Territory"} {
		if rows, err := f.GetRows(sheet); err != nil || len(rows) != 1 {
			t.Errorf("%s rows = %d (err %v), want the header only", sheet, len(rows), err)
		}
	}
	if n := len(sheetCharts(t, path, "Summary")); n != 2 {
		t.Errorf("Summary has %d charts, want 2", n)
	}
}
