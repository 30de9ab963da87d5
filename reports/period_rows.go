package reports

import (
	"slices"
	"strings"

	"sitrep/model"
)

// periodAttackColumns are the period Attacks sheets' columns: those of the
// daily sheet, with the best source's address as text beside its title.
// The period workbook has no hyperlinks: a year of rows would pass Excel's
// limit of 65,530 links a sheet, and the stream writer cannot add them.
func periodAttackColumns() []column {
	cols := []column{{"Date", 11}, {"Country", 11}, {"Oblast", 16}, {"City", 16}, {"Districts", 22}, {"Weapons", 22}}
	cols = append(cols, figureColumns()...)
	return append(cols, []column{
		{"Damage", 24}, {"Provisional", 11}, {"Sources", 8}, {"Best source", 40}, {"Best source URL", 40},
		{"Other sources", 40}, {"Evidence", 80},
	}...)
}

// attackCells appends the cells of a on the period Attacks sheet to cells.
func (b *book) attackCells(a model.AttackRow, figs []attackFigure, cells []any) []any {
	cells = append(cells, b.dateCell(a.Day), b.str(a.Country), b.str(a.Oblast), b.str(a.City),
		b.str(strings.Join(a.Districts, ", ")), b.str(strings.Join(a.Weapons, ", ")))
	for _, fg := range figs {
		f := fg.get(a)
		var v any
		if f.Known() {
			v = f.Int()
		}
		cells = append(cells, v, b.str(qualifierText(f.Qualifier)), b.str(seenText(f)))
	}
	return append(cells, b.str(strings.Join(a.Damage, ", ")), b.str(yes(a.Provisional)), a.Sources,
		b.str(a.BestTitle), b.str(a.BestURL), b.str(strings.Join(a.OtherURLs, "\n")), b.str(a.Evidence))
}

// periodAttackOrder returns the indexes of rows in the period Attacks
// order: by day, then as the daily sheet orders a day's rows. Sorting
// indexes spares a copy of a year of rows.
func periodAttackOrder(rows []model.AttackRow) []int32 {
	idx := make([]int32, len(rows))
	for i := range idx {
		idx[i] = int32(i)
	}
	slices.SortStableFunc(idx, func(i, j int32) int {
		x, y := rows[i], rows[j]
		if c := calendarDay(x.Day).Compare(calendarDay(y.Day)); c != 0 {
			return c
		}
		return compareAttacks(x, y)
	})
	return idx
}

// periodDiplomacyColumns are the period Diplomacy sheet's columns.
func periodDiplomacyColumns() []column {
	return append(diplomacyColumns()[:7], column{"Source", 40}, column{"Source URL", 40})
}

// diplomacyCells appends the cells of d on the period Diplomacy sheet.
func (b *book) diplomacyCells(d model.DiplomacyRow, cells []any) []any {
	return append(cells, b.dateCell(d.Day), b.str(d.Actor), b.str(d.Action), b.str(d.Target), b.str(d.Amount),
		b.str(d.Status), b.str(d.Evidence), b.str(d.Title), b.str(d.URL))
}

// periodTerritoryColumns are the period Territory sheet's columns.
func periodTerritoryColumns() []column {
	return append(territoryColumns()[:7], column{"Source", 40}, column{"Source URL", 40})
}

// territoryCells appends the cells of t on the period Territory sheet.
func (b *book) territoryCells(t model.TerritoryRow, cells []any) []any {
	var settlements any
	if t.Settlements != nil {
		settlements = *t.Settlements
	}
	return append(cells, b.dateCell(t.Day), b.str(t.Claimant), settlements, b.str(strings.Join(t.Names, ", ")),
		b.str(t.Region), b.str(t.Status), b.str(t.Evidence), b.str(t.Title), b.str(t.URL))
}
