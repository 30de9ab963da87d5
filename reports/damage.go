package reports

import "sitrep/model"

// damageColumns are the Damage sheet's columns, in order.
func damageColumns() []column {
	return []column{{"Date", 11}, {"Place", 20}, {"Category", 16}, {"Object / evidence", 80}, {"Source", 40}}
}

// writeDamage writes the Damage sheet, one row per damage row, in the
// report's order.
func (b *book) writeDamage(rows []model.DamageRow) error {
	return b.dataSheet("Damage", damageColumns(), len(rows), func(s *sheet, i int) {
		d := rows[i]
		s.date(d.Day)
		s.text(d.Place)
		s.text(d.Category)
		s.wrapped(d.Object)
		s.link(d.Title, d.URL)
	})
}
