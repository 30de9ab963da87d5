package reports

import "sitrep/model"

// diplomacyColumns are the Diplomacy sheet's columns, in order.
func diplomacyColumns() []column {
	return []column{
		{"Date", 11}, {"Actor", 20}, {"Action", 18}, {"Target", 20}, {"Amount", 16},
		{"Status", 12}, {"Evidence", 80}, {"Source", 40},
	}
}

// writeDiplomacy writes the Diplomacy sheet, one row per action, in the
// report's order.
func (b *book) writeDiplomacy(rows []model.DiplomacyRow) error {
	return b.dataSheet("Diplomacy", diplomacyColumns(), len(rows), func(s *sheet, i int) {
		d := rows[i]
		s.date(d.Day)
		s.text(d.Actor)
		s.text(d.Action)
		s.text(d.Target)
		s.text(d.Amount)
		s.text(d.Status)
		s.wrapped(d.Evidence)
		s.link(d.Title, d.URL)
	})
}
