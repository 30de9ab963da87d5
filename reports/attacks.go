package reports

import (
	"slices"
	"strings"

	"sitrep/model"
)

// attackColumns are the daily Attacks sheet's columns, in order: the place,
// each figure with its qualifier and the range seen, then the sources.
func attackColumns() []column {
	cols := []column{{"Date", 11}, {"Country", 11}, {"Oblast", 16}, {"City", 16}, {"Districts", 22}, {"Weapons", 22}}
	cols = append(cols, figureColumns()...)
	return append(cols, []column{
		{"Damage", 24}, {"Provisional", 11}, {"Sources", 8}, {"Best source", 40}, {"Other sources", 40}, {"Evidence", 80},
	}...)
}

// writeAttacks writes the Attacks sheet: national tallies first, then the
// places sorted by oblast and city.
func (b *book) writeAttacks(rows []model.AttackRow) error {
	rows = sortedAttacks(rows)
	return b.dataSheet("Attacks", attackColumns(), len(rows), func(s *sheet, i int) {
		a := rows[i]
		s.date(a.Day)
		s.text(a.Country)
		s.text(a.Oblast)
		s.text(a.City)
		s.text(strings.Join(a.Districts, ", "))
		s.text(strings.Join(a.Weapons, ", "))
		for _, fg := range attackFigures() {
			f := fg.get(a)
			s.figure(f)
			s.text(qualifierText(f.Qualifier))
			s.text(seenText(f))
		}
		s.text(strings.Join(a.Damage, ", "))
		s.text(yes(a.Provisional))
		s.number(int64(a.Sources))
		s.link(a.BestTitle, a.BestURL)
		s.wrapped(strings.Join(a.OtherURLs, "\n"))
		s.wrapped(a.Evidence)
	})
}

// sortedAttacks returns a sorted copy of rows: Ukraine's national tallies,
// then other country-only rows, then places by oblast, city and day.
func sortedAttacks(rows []model.AttackRow) []model.AttackRow {
	out := slices.Clone(rows)
	slices.SortStableFunc(out, compareAttacks)
	return out
}

// compareAttacks orders attack rows as the Attacks sheet lists them:
// Ukraine's national tallies, then other country-only rows by country, then
// places by oblast, city and day.
func compareAttacks(x, y model.AttackRow) int {
	if c := attackRank(x) - attackRank(y); c != 0 {
		return c
	}
	if c := strings.Compare(x.Country, y.Country); c != 0 && attackRank(x) == 1 {
		return c
	}
	if c := strings.Compare(x.Oblast, y.Oblast); c != 0 {
		return c
	}
	if c := strings.Compare(x.City, y.City); c != 0 {
		return c
	}
	return x.Day.Compare(y.Day)
}

// attackRank puts Ukraine's national tallies first (0), other country-only
// rows next (1) and places last (2).
func attackRank(a model.AttackRow) int {
	switch {
	case a.NationalTally():
		return 0
	case a.National():
		return 1
	default:
		return 2
	}
}

// qualifierText is how a figure's qualifier reads in the sheet: the words
// for the contract's values, the vague phrase itself ("a dozen") otherwise.
func qualifierText(q string) string {
	switch q {
	case model.QualAtLeast:
		return "at least"
	case model.QualMoreThan:
		return "more than"
	case model.QualAbout:
		return "about"
	case model.QualUpTo:
		return "up to"
	default:
		return q
	}
}
