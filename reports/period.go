package reports

import (
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/xuri/excelize/v2"

	"sitrep/model"
)

// PeriodFileName is the name of the period workbook for from..to:
// sitrep-YYYY-MM-DD_YYYY-MM-DD.xlsx.
func PeriodFileName(from, to time.Time) string {
	return "sitrep-" + from.Format("2006-01-02") + "_" + to.Format("2006-01-02") + ".xlsx"
}

// WritePeriod writes the period workbook of p into dir as
// sitrep-<from>_<to>.xlsx and returns its path. Its sheets are Summary (the
// period's totals and charts of the daily series), Daily (one row per day
// From..To), Attacks (every attack row, by day; continued on "Attacks (2)",
// … past Excel's row limit), Diplomacy and Territory. The big sheets are
// written with excelize's StreamWriter, so a year of rows stays small in
// memory. The file is written atomically, as WriteDaily's is.
func WritePeriod(p model.PeriodReport, dir string) (string, error) {
	path, _, err := WritePeriodStats(p, dir)
	return path, err
}

// WritePeriodStats is WritePeriod returning also what had to be cut to keep
// within Excel's limits.
func WritePeriodStats(p model.PeriodReport, dir string) (string, WriteStats, error) {
	return writePeriod(p, dir, excelLimits().maxRows)
}

// writePeriod is WritePeriodStats with the rows a streamed sheet may hold,
// header included, as a parameter; the Summary sheet keeps Excel's limits.
func writePeriod(p model.PeriodReport, dir string, sheetRows int) (path string, stats WriteStats, err error) {
	if p.From.IsZero() || p.To.IsZero() || calendarDay(p.To).Before(calendarDay(p.From)) {
		return "", WriteStats{}, fmt.Errorf("write period workbook: period %s to %s is not a range of days",
			p.From.Format("2006-01-02"), p.To.Format("2006-01-02"))
	}
	name := PeriodFileName(p.From, p.To)
	f, sheets, stats, err := buildPeriod(p, sheetRows)
	if err != nil {
		return "", stats, fmt.Errorf("build period workbook %s: %w", name, err)
	}
	verify := func(path string) error { return verifySheets(path, sheets) }
	if path, err = saveBook(f, dir, name, verify); err != nil {
		return path, stats, fmt.Errorf("write period workbook: %w", err)
	}
	return path, stats, nil
}

// buildPeriod builds the period workbook and returns it with its sheets'
// names. The Summary sheet is created first, to be the first tab, and filled
// last, in the ordinary (not streamed) mode, so its notes cover the others.
func buildPeriod(p model.PeriodReport, sheetRows int) (_ *excelize.File, sheets []string, _ WriteStats, err error) {
	f := excelize.NewFile()
	defer func() {
		if err != nil {
			err = errors.Join(err, f.Close())
		}
	}()
	st, err := newStyles(f)
	if err != nil {
		return nil, nil, WriteStats{}, err
	}
	b := &book{f: f, st: st, lim: excelLimits(), streamRows: sheetRows, loc: time.UTC}
	if loc, lerr := time.LoadLocation(p.TimeZone); lerr == nil {
		b.loc = loc
	} else {
		b.note("Time zone %q is unknown here; times are shown in UTC.", cellText(p.TimeZone))
	}
	summary, err := b.newSheet("Summary")
	if err != nil {
		return nil, nil, WriteStats{}, err
	}
	sheets = []string{"Summary"}
	days := periodDays(p)
	for _, write := range b.periodSheets(p, days) {
		names, err := write()
		sheets = append(sheets, names...)
		if err != nil {
			return nil, nil, b.stats, err
		}
	}
	chartLast := 1 + min(len(days), sheetRows-1)
	if err := b.fillPeriodSummary(summary, p, days, chartLast); err != nil {
		return nil, nil, b.stats, err
	}
	f.SetActiveSheet(0)
	return f, sheets, b.stats, nil
}

// periodSheets returns the writers of the streamed sheets, in tab order.
func (b *book) periodSheets(p model.PeriodReport, days []time.Time) []func() ([]string, error) {
	return []func() ([]string, error){
		func() ([]string, error) {
			totals, counts := totalsByDay(p.Days), periodCounts(p)
			return b.streamTable("Daily", dailyColumns(), len(days), func(i int, cells []any) []any {
				var t *model.DayTotals
				if v, ok := totals[days[i]]; ok {
					t = &v
				}
				return b.dailyCells(days[i], t, counts[days[i]], cells)
			})
		},
		func() ([]string, error) {
			order, figs := periodAttackOrder(p.Attacks), attackFigures()
			return b.streamTable("Attacks", periodAttackColumns(), len(order), func(i int, cells []any) []any {
				return b.attackCells(p.Attacks[order[i]], figs, cells)
			})
		},
		func() ([]string, error) {
			order := dayOrder(len(p.Diplomacy), func(i int) time.Time { return p.Diplomacy[i].Day })
			return b.streamTable("Diplomacy", periodDiplomacyColumns(), len(order), func(i int, cells []any) []any {
				return b.diplomacyCells(p.Diplomacy[order[i]], cells)
			})
		},
		func() ([]string, error) {
			order := dayOrder(len(p.Territory), func(i int) time.Time { return p.Territory[i].Day })
			return b.streamTable("Territory", periodTerritoryColumns(), len(order), func(i int, cells []any) []any {
				return b.territoryCells(p.Territory[order[i]], cells)
			})
		},
	}
}

// verifySheets reopens the workbook at path and checks that it parses and
// holds the sheets want, in order.
func verifySheets(path string, want []string) (err error) {
	f, err := excelize.OpenFile(path)
	if err != nil {
		return fmt.Errorf("reopen workbook: %w", err)
	}
	defer func() {
		if cerr := f.Close(); cerr != nil {
			err = errors.Join(err, fmt.Errorf("close reopened workbook: %w", cerr))
		}
	}()
	if got := f.GetSheetList(); !slices.Equal(got, want) {
		return fmt.Errorf("workbook sheets are %q, want %q", got, want)
	}
	return nil
}
