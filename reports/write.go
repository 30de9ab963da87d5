package reports

import (
	"errors"
	"fmt"
	"time"

	"github.com/xuri/excelize/v2"

	"sitrep/model"
)

// sheetNames are the daily workbook's sheets, in order.
func sheetNames() []string {
	return []string{"Summary", "Attacks", "Damage", "Diplomacy", "Territory", "Sources", notesSheet, chartDataSheet}
}

// DailyFileName is the name of the workbook for day: sitrep-YYYY-MM-DD.xlsx.
func DailyFileName(day time.Time) string {
	return "sitrep-" + day.Format("2006-01-02") + ".xlsx"
}

// WriteDaily writes the daily workbook of r into dir as
// sitrep-YYYY-MM-DD.xlsx and returns its path. The file appears under its
// name only complete, synced and checked (see WriteDailyStats). The Summary
// sheet shows r.Totals as given: fill them with model.ComputeTotals first.
func WriteDaily(r model.DayReport, dir string) (path string, err error) {
	path, _, err = WriteDailyStats(r, dir)
	return path, err
}

// WriteDailyStats is WriteDaily returning also what had to be cut to keep
// within Excel's limits. The workbook is written to a temporary file in dir,
// synced, closed, reopened to check that every sheet is there, and renamed;
// on an error the temporary file is removed and no file has the final name.
// dir must exist.
func WriteDailyStats(r model.DayReport, dir string) (string, WriteStats, error) {
	return writeDaily(r, dir, excelLimits())
}

// writeDaily is WriteDailyStats with the limits as a parameter.
func writeDaily(r model.DayReport, dir string, lim limits) (path string, stats WriteStats, err error) {
	if r.Day.IsZero() {
		return "", WriteStats{}, errors.New("write daily workbook: report has no day")
	}
	f, stats, err := buildDaily(r, lim)
	if err != nil {
		return "", stats, fmt.Errorf("build daily workbook for %s: %w", r.Day.Format("2006-01-02"), err)
	}
	path, err = saveBook(f, dir, DailyFileName(r.Day), verifyDaily)
	if err != nil {
		return path, stats, fmt.Errorf("write daily workbook: %w", err)
	}
	return path, stats, nil
}

// buildDaily builds the workbook in memory. The Summary and Notes sheets are
// created in their places among the tabs but filled after the others, so
// their notes cover what the other sheets had to cut; the Notes sheet ends
// last, with the final counts.
func buildDaily(r model.DayReport, lim limits) (_ *excelize.File, _ WriteStats, err error) {
	f := excelize.NewFile()
	defer func() {
		if err != nil {
			err = errors.Join(err, f.Close())
		}
	}()
	st, err := newStyles(f)
	if err != nil {
		return nil, WriteStats{}, err
	}
	b := &book{f: f, st: st, lim: lim, loc: time.UTC}
	if loc, lerr := time.LoadLocation(r.TimeZone); lerr == nil {
		b.loc = loc
	} else {
		b.note("Time zone %q is unknown here; times are shown in UTC.", cellText(r.TimeZone))
	}
	summary, err := b.newSheet("Summary")
	if err != nil {
		return nil, WriteStats{}, err
	}
	var notes *sheet
	var refs chartRefs
	steps := []func() error{
		func() error { return b.writeAttacks(r.Attacks) },
		func() error { return b.writeDamage(r.Damage) },
		func() error { return b.writeDiplomacy(r.Diplomacy) },
		func() error { return b.writeTerritory(r.Territory) },
		func() error { return b.writeSources(r.Documents, r.Sources) },
		func() (err error) { notes, err = b.newSheet(notesSheet); return err },
		func() (err error) { refs, err = b.writeChartData(r); return err },
		func() error { b.writeNotesBody(notes, r); return notes.err },
		func() error { return b.fillSummary(summary, r, refs) },
		func() error { return b.writeNotesCuts(notes) },
	}
	for _, step := range steps {
		if err = step(); err != nil {
			return nil, b.stats, err
		}
	}
	f.SetActiveSheet(0)
	return f, b.stats, nil
}

// verifyDaily reopens the workbook at path and checks that it parses and
// holds the daily sheets in order.
func verifyDaily(path string) error {
	return verifySheets(path, sheetNames())
}
