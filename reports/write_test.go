package reports

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"sitrep/model"
)

func TestWriteDailySheetsAndHeaders(t *testing.T) {
	path, _, f := writeSample(t)
	if got, want := filepath.Base(path), "sitrep-2025-11-14.xlsx"; got != want {
		t.Errorf("file name = %q, want %q", got, want)
	}
	if got, want := f.GetSheetList(), []string{"Summary", "Attacks", "Damage", "Diplomacy", "Territory", "Sources", "Notes", "Chart data"}; !slices.Equal(got, want) {
		t.Fatalf("sheets = %q, want %q", got, want)
	}
	tests := map[string]struct {
		sheet string
		row   int
		want  []string
	}{
		"summary figures": {"Summary", 6, []string{"Figure", "Today", "Previous day", "Change"}},
		"attacks": {"Attacks", 1, []string{"Date", "Country", "Oblast", "City", "Districts", "Weapons",
			"Drones launched", "Drones launched qualifier", "Drones launched seen",
			"Drones shot down", "Drones shot down qualifier", "Drones shot down seen",
			"Missiles launched", "Missiles launched qualifier", "Missiles launched seen",
			"Missiles shot down", "Missiles shot down qualifier", "Missiles shot down seen",
			"Killed", "Killed qualifier", "Killed seen", "Injured", "Injured qualifier", "Injured seen",
			"Rescued", "Rescued qualifier", "Rescued seen", "Missing", "Missing qualifier", "Missing seen",
			"Children killed", "Children killed qualifier", "Children killed seen",
			"Damage", "Provisional", "Sources", "Best source", "Other sources", "Evidence"}},
		"damage":        {"Damage", 1, []string{"Date", "Place", "Category", "Object / evidence", "Source"}},
		"diplomacy":     {"Diplomacy", 1, []string{"Date", "Actor", "Action", "Target", "Amount", "Status", "Evidence", "Source"}},
		"territory":     {"Territory", 1, []string{"Date", "Claimant", "Settlements", "Names", "Region", "Status", "Evidence", "Source"}},
		"documents":     {"Sources", 1, []string{"Published", "Source", "Publisher", "Title", "Language", "Facts", "Link"}},
		"source health": {"Sources", 7, []string{"Name", "Kind", "URL", "Last OK", "Last run", "Errors", "Last error", "Documents"}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			rows, err := f.GetRows(tc.sheet)
			if err != nil {
				t.Fatalf("rows of %s: %v", tc.sheet, err)
			}
			if len(rows) < tc.row || !slices.Equal(rows[tc.row-1], tc.want) {
				t.Fatalf("%s row %d = %q, want %q", tc.sheet, tc.row, rows[tc.row-1], tc.want)
			}
			cell, _ := excelize.CoordinatesToCellName(len(tc.want), tc.row)
			id, err := f.GetCellStyle(tc.sheet, cell)
			if err != nil {
				t.Fatalf("style of %s: %v", cell, err)
			}
			st, err := f.GetStyle(id)
			if err != nil || st.Font == nil || !st.Font.Bold || len(st.Fill.Color) == 0 {
				t.Errorf("header %s!%s style = %+v (err %v), want bold with a fill", tc.sheet, cell, st, err)
			}
		})
	}
}

func TestWriteDailyAttackCells(t *testing.T) {
	_, _, f := writeSample(t)
	// Row 2 is the national tally, row 3 Kharkiv, row 4 Kyiv.
	tests := map[string]struct {
		cell, kind, value string
	}{
		"national first":         {"B2", "string", "Ukraine"},
		"national oblast empty":  {"C2", "empty", ""},
		"drones launched":        {"G2", "number", "430"},
		"drones shot down":       {"J2", "number", "405"},
		"missiles launched":      {"M2", "number", "18"},
		"missiles shot down":     {"P2", "number", "14"},
		"Kharkiv before Kyiv":    {"D3", "string", "Kharkiv"},
		"Kyiv oblast":            {"C4", "string", "Kyiv"},
		"Kyiv city":              {"D4", "string", "Kyiv"},
		"districts":              {"E4", "string", "Desnianskyi"},
		"weapons":                {"F4", "string", "Shahed, Iskander-M"},
		"no drone figure":        {"G4", "empty", ""},
		"killed":                 {"S4", "number", "1"},
		"killed qualifier":       {"T4", "string", "at least"},
		"injured unknown":        {"V4", "empty", ""},
		"injured phrase":         {"W4", "string", "a dozen"},
		"rescued":                {"Y4", "number", "40"},
		"rescued qualifier":      {"Z4", "string", "more than"},
		"missing unknown":        {"AB4", "empty", ""},
		"damage":                 {"AH4", "string", "energy, rail, residential, heating"},
		"sources count":          {"AJ4", "number", "2"},
		"best source title":      {"AK4", "string", "Massive attack on Kyiv overnight"},
		"other sources":          {"AL4", "string", "https://news.example.com/kyiv-attack"},
		"about qualifier":        {"W3", "string", "about"},
		"killed range seen":      {"U4", "string", "1–3"},
		"one killed figure seen": {"U3", "empty", ""},
		"no range without value": {"X4", "empty", ""},
		"drones seen agree":      {"I2", "empty", ""},
		"drones qualifier":       {"H2", "empty", ""},
		"provisional":            {"AI4", "string", "yes"},
		"not provisional":        {"AI3", "empty", ""},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := kind(t, f, "Attacks", tc.cell); got != tc.kind {
				t.Errorf("%s kind = %s, want %s", tc.cell, got, tc.kind)
			}
			if got := raw(t, f, "Attacks", tc.cell); got != tc.value {
				t.Errorf("%s = %q, want %q", tc.cell, got, tc.value)
			}
		})
	}
}

func TestWriteDailyDateCells(t *testing.T) {
	_, _, f := writeSample(t)
	tests := map[string]struct {
		sheet, cell, serial, format, shown string
	}{
		"attack day":        {"Attacks", "A4", "45975", dateFormat, "2025-11-14"},
		"damage day":        {"Damage", "A2", "45975", dateFormat, "2025-11-14"},
		"diplomacy day":     {"Diplomacy", "A2", "45975", dateFormat, "2025-11-14"},
		"territory day":     {"Territory", "A2", "45975", dateFormat, "2025-11-14"},
		"published in Kyiv": {"Sources", "A2", "45975.34375", dateTimeFormat, "2025-11-14 08:15"},
		"generated in Kyiv": {"Summary", "B2", "45976.3125", dateTimeFormat, "2025-11-15 07:30"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := kind(t, f, tc.sheet, tc.cell); got != "number" {
				t.Errorf("%s!%s kind = %s, want number", tc.sheet, tc.cell, got)
			}
			if got := raw(t, f, tc.sheet, tc.cell); got != tc.serial {
				t.Errorf("%s!%s serial = %q, want %q", tc.sheet, tc.cell, got, tc.serial)
			}
			if got := numFmt(t, f, tc.sheet, tc.cell); got != tc.format {
				t.Errorf("%s!%s format = %q, want %q", tc.sheet, tc.cell, got, tc.format)
			}
			if got := shown(t, f, tc.sheet, tc.cell); got != tc.shown {
				t.Errorf("%s!%s shows %q, want %q", tc.sheet, tc.cell, got, tc.shown)
			}
		})
	}
}

func TestWriteDailyHyperlinks(t *testing.T) {
	_, _, f := writeSample(t)
	tests := map[string]struct {
		sheet, cell string
		link        bool
		url, text   string
	}{
		"attack best source":    {"Attacks", "AK4", true, "https://kyiv.example.org/2025/11/14/attack", "Massive attack on Kyiv overnight"},
		"damage source":         {"Damage", "E2", true, "https://kyiv.example.org/2025/11/14/attack", "Massive attack on Kyiv overnight"},
		"javascript is text":    {"Damage", "E3", false, "", "-1 trains <javascript:alert(1)>"},
		"diplomacy source":      {"Diplomacy", "H3", true, "https://de.example.de/aid", "German aid"},
		"ftp is text":           {"Diplomacy", "H6", false, "", "Decree <ftp://files.example.org/decree>"},
		"territory source":      {"Territory", "H2", true, "https://mod.example.ru/claim", "=1+1"},
		"document link":         {"Sources", "G3", true, "https://airforce.example.gov.ua/tally", "https://airforce.example.gov.ua/tally"},
		"source health url":     {"Sources", "C9", true, "https://t.me/s/broken", "https://t.me/s/broken"},
		"other sources no link": {"Attacks", "AL4", false, "", "https://news.example.com/kyiv-attack"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			ok, url, err := f.GetCellHyperLink(tc.sheet, tc.cell)
			if err != nil {
				t.Fatalf("hyperlink %s!%s: %v", tc.sheet, tc.cell, err)
			}
			if ok != tc.link || url != tc.url {
				t.Errorf("%s!%s link = %v %q, want %v %q", tc.sheet, tc.cell, ok, url, tc.link, tc.url)
			}
			if got := raw(t, f, tc.sheet, tc.cell); got != tc.text {
				t.Errorf("%s!%s text = %q, want %q", tc.sheet, tc.cell, got, tc.text)
			}
		})
	}
}

func TestWriteDailyPanesAndFilters(t *testing.T) {
	_, _, f := writeSample(t)
	filters := map[string]string{}
	for _, d := range f.GetDefinedName() {
		if d.Name == "_xlnm._FilterDatabase" {
			filters[d.Scope] = d.RefersTo
		}
	}
	tests := map[string]string{
		"Attacks":   "'Attacks'!$A$1:$AM$4",
		"Damage":    "'Damage'!$A$1:$E$5",
		"Diplomacy": "'Diplomacy'!$A$1:$H$6",
		"Territory": "'Territory'!$A$1:$H$2",
		"Sources":   "'Sources'!$A$1:$G$4",
	}
	for sheet, filter := range tests {
		t.Run(sheet, func(t *testing.T) {
			p, err := f.GetPanes(sheet)
			if err != nil {
				t.Fatalf("panes: %v", err)
			}
			if !p.Freeze || p.YSplit != 1 || p.XSplit != 0 || p.TopLeftCell != "A2" {
				t.Errorf("panes = %+v, want frozen below row 1", p)
			}
			if got := filters[sheet]; got != filter {
				t.Errorf("autofilter = %q, want %q", got, filter)
			}
			w, err := f.GetColWidth(sheet, "B")
			if err != nil || w < 10 {
				t.Errorf("column B width = %v (err %v), want set", w, err)
			}
		})
	}
}

func TestWriteDailyNoFormulas(t *testing.T) {
	path, _, f := writeSample(t)
	tests := map[string]struct {
		sheet, cell, text string
	}{
		"equals title":          {"Attacks", "AK3", `=HYPERLINK("http://evil.example","click")`},
		"plus title":            {"Attacks", "AK2", "+430 drones and 18 missiles"},
		"minus title":           {"Damage", "E3", "-1 trains <javascript:alert(1)>"},
		"at object":             {"Damage", "D4", "@SUM(1+1) heating mains"},
		"tab title":             {"Damage", "E4", "\tTabbed title"},
		"carriage return title": {"Damage", "E5", "Carriage return title"},
		"equals claim":          {"Territory", "H2", "=1+1"},
		"equals document":       {"Sources", "D4", `=HYPERLINK("http://evil.example","click")`},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := kind(t, f, tc.sheet, tc.cell); got != "string" {
				t.Errorf("%s!%s kind = %s, want string", tc.sheet, tc.cell, got)
			}
			if got := raw(t, f, tc.sheet, tc.cell); got != tc.text {
				t.Errorf("%s!%s = %q, want %q", tc.sheet, tc.cell, got, tc.text)
			}
			formula, err := f.GetCellFormula(tc.sheet, tc.cell)
			if err != nil || formula != "" {
				t.Errorf("%s!%s formula = %q (err %v), want none", tc.sheet, tc.cell, formula, err)
			}
		})
	}
	t.Run("no formula element in any worksheet", func(t *testing.T) {
		for name, part := range xmlParts(t, path) {
			if !strings.HasPrefix(name, "xl/worksheets/") {
				continue // the charts' <c:f> are references to the chart data
			}
			counts, err := elements(part)
			if err != nil {
				t.Fatalf("parse %s: %v", name, err)
			}
			if counts["f"] != 0 {
				t.Errorf("%s holds %d formulas, want 0", name, counts["f"])
			}
		}
	})
}

func TestWriteDailyCleansText(t *testing.T) {
	path, stats, f := writeSample(t)
	t.Run("control characters stripped", func(t *testing.T) {
		want := "Two people were killed and about 17 injured in Kharkiv."
		if got := raw(t, f, "Attacks", "AM3"); got != want {
			t.Errorf("evidence = %q, want %q", got, want)
		}
	})
	t.Run("long evidence truncated", func(t *testing.T) {
		got := raw(t, f, "Attacks", "AM4")
		if !strings.HasSuffix(got, truncatedMarker) {
			t.Errorf("evidence ends %q, want the marker", got[len(got)-20:])
		}
		if n := utf16Len(got); n != maxCellChars {
			t.Errorf("evidence has %d UTF-16 units, want %d", n, maxCellChars)
		}
		if stats.Truncated != 1 {
			t.Errorf("stats.Truncated = %d, want 1", stats.Truncated)
		}
		if note := raw(t, f, "Summary", "B27"); !strings.Contains(note, "Cells cut at Excel's limit of 32767 characters: 1.") {
			t.Errorf("Summary note = %q, want the truncation count", note)
		}
	})
	t.Run("every XML part parses", func(t *testing.T) {
		parts := xmlParts(t, path)
		if len(parts) < 10 {
			t.Fatalf("found %d XML parts, want the workbook's parts", len(parts))
		}
		for name, part := range parts {
			if _, err := elements(part); err != nil {
				t.Errorf("parse %s: %v", name, err)
			}
			if strings.ContainsRune(string(part), '\uFFFD') {
				t.Errorf("%s holds U+FFFD: a control character was replaced, not stripped", name)
			}
		}
	})
}

func TestWriteDailyLeavesOnlyTheWorkbook(t *testing.T) {
	dir := t.TempDir()
	path, err := WriteDaily(sampleReport(), dir)
	if err != nil {
		t.Fatalf("WriteDaily: %v", err)
	}
	if want := filepath.Join(dir, "sitrep-2025-11-14.xlsx"); path != want {
		t.Errorf("path = %q, want %q", path, want)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatalf("read dir: %v", err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if !slices.Equal(names, []string{"sitrep-2025-11-14.xlsx"}) {
		t.Errorf("dir holds %q, want only the workbook", names)
	}
	info, err := os.Stat(path)
	if err != nil || info.Mode().Perm() != 0o644 {
		t.Errorf("workbook mode = %v (err %v), want 0644", info.Mode().Perm(), err)
	}
}

func TestWriteDailyEmptyDay(t *testing.T) {
	r := model.DayReport{Day: sampleReport().Day, TimeZone: "Mars/Olympus"}
	path, err := WriteDaily(r, t.TempDir())
	if err != nil {
		t.Fatalf("WriteDaily: %v", err)
	}
	f := openBook(t, path)
	tests := map[string]struct {
		sheet, cell, want string
	}{
		"no attacks":         {"Attacks", "A2", ""},
		"attacks header":     {"Attacks", "A1", "Date"},
		"zero attacks":       {"Summary", "B7", "0"},
		"no places":          {"Summary", "B19", ""},
		"no diplomacy":       {"Summary", "B21", "none"},
		"unknown zone shown": {"Summary", "B3", "UTC"},
		"unknown zone noted": {"Summary", "B23", `Time zone "Mars/Olympus" is unknown here; times are shown in UTC.`},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := raw(t, f, tc.sheet, tc.cell); got != tc.want {
				t.Errorf("%s!%s = %q, want %q", tc.sheet, tc.cell, got, tc.want)
			}
		})
	}
}
