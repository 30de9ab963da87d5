package reports

import (
	"strings"

	"sitrep/model"
)

// territoryColumns are the Territory sheet's columns, in order.
func territoryColumns() []column {
	return []column{
		{"Date", 11}, {"Claimant", 18}, {"Settlements", 11}, {"Names", 30}, {"Region", 18},
		{"Status", 12}, {"Evidence", 80}, {"Source", 40},
	}
}

// writeTerritory writes the Territory sheet, one row per claim, in the
// report's order.
func (b *book) writeTerritory(rows []model.TerritoryRow) error {
	return b.dataSheet("Territory", territoryColumns(), len(rows), func(s *sheet, i int) {
		t := rows[i]
		s.date(t.Day)
		s.text(t.Claimant)
		if t.Settlements != nil {
			s.number(*t.Settlements)
		} else {
			s.skip()
		}
		s.wrapped(strings.Join(t.Names, ", "))
		s.text(t.Region)
		s.text(t.Status)
		s.wrapped(t.Evidence)
		s.link(t.Title, t.URL)
	})
}
