package reports

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"sitrep/model"
)

// manyRows adds n damage rows and n documents, each with its own link, to r.
func manyRows(r *model.DayReport, n int) {
	day := r.Day
	for i := range n {
		url := fmt.Sprintf("https://news.example.org/%d", i)
		r.Damage = append(r.Damage, model.DamageRow{Day: day, Place: "Odesa", Category: "port",
			Object: fmt.Sprintf("warehouse %d", i), URL: url, Title: fmt.Sprintf("Report %d", i)})
		r.Documents = append(r.Documents, model.SourceDoc{Source: "news", Publisher: "News", Title: fmt.Sprintf("Report %d", i),
			URL: url, Published: day.Add(time.Duration(i) * time.Minute), Lang: "en", Facts: 1})
	}
}

func TestWriteDailyKeepsWithinLimits(t *testing.T) {
	r := sampleReport()
	manyRows(&r, 60) // Damage: 64 rows, Sources: 63 documents and 2 health rows
	lim := limits{maxRows: 50, maxLinks: 10}
	path, stats, err := writeDaily(r, t.TempDir(), lim)
	if err != nil {
		t.Fatalf("writeDaily: %v", err)
	}
	f := openBook(t, path)
	// Damage: 64 rows, 49 fit below the header; Sources: 63 documents,
	// 49 fit, and the health table does not.
	if want := (64 - 49) + (63 - 49 + 2); stats.RowsDropped != want {
		t.Errorf("RowsDropped = %d, want %d", stats.RowsDropped, want)
	}
	// Links: Damage has 49 written rows, 48 with http(s) links; Sources has
	// 49 documents with links; each sheet keeps 10.
	if want := (48 - 10) + (49 - 10); stats.LinksSkipped != want {
		t.Errorf("LinksSkipped = %d, want %d", stats.LinksSkipped, want)
	}
	tests := map[string]struct {
		sheet    string
		lastRow  int
		linkCol  string
		maxLinks int
	}{
		"damage":  {"Damage", 50, "E", 10},
		"sources": {"Sources", 50, "G", 10},
		"attacks": {"Attacks", 4, "AK", 3},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			rows, err := f.GetRows(tc.sheet)
			if err != nil {
				t.Fatalf("rows: %v", err)
			}
			if len(rows) != tc.lastRow {
				t.Errorf("%s has %d rows, want %d", tc.sheet, len(rows), tc.lastRow)
			}
			links := 0
			for row := 2; row <= tc.lastRow; row++ {
				if ok, _, _ := f.GetCellHyperLink(tc.sheet, fmt.Sprintf("%s%d", tc.linkCol, row)); ok {
					links++
				}
			}
			if links != tc.maxLinks {
				t.Errorf("%s has %d links, want %d", tc.sheet, links, tc.maxLinks)
			}
		})
	}
	t.Run("past the link limit the address stays as text", func(t *testing.T) {
		if got := raw(t, f, "Damage", "E50"); !strings.HasSuffix(got, "<https://news.example.org/44>") {
			t.Errorf("Damage!E50 = %q, want title and address", got)
		}
	})
	t.Run("summary notes", func(t *testing.T) {
		rows, err := f.GetRows("Summary")
		if err != nil {
			t.Fatalf("rows: %v", err)
		}
		var notes []string
		for _, row := range rows {
			if len(row) > 1 && strings.Contains(row[1], "limit") {
				notes = append(notes, row[1])
			}
		}
		for _, want := range []string{
			"Damage: 15 rows not written: the sheet reached Excel's limit of 50 rows.",
			"Damage: 38 links written as plain text",
			"Sources: 16 rows not written",
			"Sources: 39 links written as plain text",
		} {
			if !strings.Contains(strings.Join(notes, "\n"), want) {
				t.Errorf("notes %q lack %q", notes, want)
			}
		}
	})
}
