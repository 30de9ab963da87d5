package reports

import "sitrep/model"

// documentColumns are the columns of the Sources sheet's document table.
// Their widths suit the source health table below it too.
func documentColumns() []column {
	return []column{
		{"Published", 17}, {"Source", 22}, {"Publisher", 22}, {"Title", 60}, {"Language", 10},
		{"Facts", 10}, {"Link", 50}, {"Documents", 11},
	}
}

// healthColumns are the columns of the Sources sheet's source health table;
// the sheet's widths come from documentColumns.
func healthColumns() []column {
	return []column{
		{"Name", 0}, {"Kind", 0}, {"URL", 0}, {"Last OK", 0}, {"Last run", 0},
		{"Errors", 0}, {"Last error", 0}, {"Documents", 0},
	}
}

// writeSources writes the Sources sheet: the documents used, with a frozen
// header and an autofilter, then below a blank row the source health table.
func (b *book) writeSources(docs []model.SourceDoc, health []model.SourceHealth) error {
	cols := documentColumns()
	s, err := b.newSheet("Sources")
	if err != nil {
		return err
	}
	header, last := s.table(cols[:7], len(docs), func(i int) {
		d := docs[i]
		s.dateTime(d.Published, "")
		s.text(d.Source)
		s.text(d.Publisher)
		s.wrapped(d.Title)
		s.text(d.Lang)
		s.number(int64(d.Facts))
		s.link(d.URL, d.URL)
	})
	s.freezeBelow(header)
	s.filter(header, last, 7)
	s.widths(cols)
	s.spacer() // the blank row between the tables
	if s.spacer() {
		s.text("Source health")
		s.style(b.st.label)
	}
	s.table(healthColumns(), len(health), func(i int) {
		h := health[i]
		s.text(h.Name)
		s.text(h.Kind)
		s.link(h.URL, h.URL)
		s.dateTime(h.LastOK, "never")
		s.dateTime(h.LastRun, "never")
		s.number(int64(h.ErrorCount))
		s.wrapped(h.LastError)
		s.number(int64(h.Documents))
	})
	return s.finished()
}
