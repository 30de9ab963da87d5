package reports

import (
	"slices"
	"strings"

	"sitrep/model"
)

// attackColumns are the Attacks sheet's columns, in order.
func attackColumns() []column {
	return []column{
		{"Date", 11}, {"Country", 11}, {"Oblast", 16}, {"City", 16}, {"Districts", 22}, {"Weapons", 22},
		{"Drones launched", 10}, {"Drones shot down", 10}, {"Missiles launched", 10}, {"Missiles shot down", 10},
		{"Killed", 8}, {"Killed qualifier", 12}, {"Injured", 8}, {"Injured qualifier", 12},
		{"Rescued", 8}, {"Rescued qualifier", 12}, {"Missing", 8}, {"Children killed", 9},
		{"Damage", 24}, {"Sources", 8}, {"Best source", 40}, {"Other sources", 40}, {"Evidence", 80},
	}
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
		s.figure(a.DronesLaunched)
		s.figure(a.DronesDowned)
		s.figure(a.MissilesLaunched)
		s.figure(a.MissilesDowned)
		s.figure(a.Killed)
		s.text(qualifierText(a.Killed.Qualifier))
		s.figure(a.Injured)
		s.text(qualifierText(a.Injured.Qualifier))
		s.figure(a.Rescued)
		s.text(qualifierText(a.Rescued.Qualifier))
		s.figure(a.Missing)
		s.figure(a.ChildrenKilled)
		s.text(strings.Join(a.Damage, ", "))
		s.number(int64(a.Sources))
		s.link(a.BestTitle, a.BestURL)
		s.wrapped(strings.Join(a.OtherURLs, "\n"))
		s.wrapped(a.Evidence)
	})
}

// sortedAttacks returns a sorted copy of rows: Ukraine's national tallies,
// then other country-only rows, then places by oblast, city and day.
func sortedAttacks(rows []model.AttackRow) []model.AttackRow {
	rank := func(a model.AttackRow) int {
		switch {
		case a.NationalTally():
			return 0
		case a.National():
			return 1
		default:
			return 2
		}
	}
	out := slices.Clone(rows)
	slices.SortStableFunc(out, func(x, y model.AttackRow) int {
		if c := rank(x) - rank(y); c != 0 {
			return c
		}
		if c := strings.Compare(x.Country, y.Country); c != 0 && rank(x) == 1 {
			return c
		}
		if c := strings.Compare(x.Oblast, y.Oblast); c != 0 {
			return c
		}
		if c := strings.Compare(x.City, y.City); c != 0 {
			return c
		}
		return x.Day.Compare(y.Day)
	})
	return out
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
