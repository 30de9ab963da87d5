package reports

import (
	"time"

	"github.com/xuri/excelize/v2"

	"sitrep/model"
)

// text writes v, cleaned by sanitizeCell, as a string cell; an empty text
// leaves the cell empty. SetCellStr always makes a string cell, so a text
// starting with "=", "+", "-" or "@" is shown as typed and never evaluated.
func (s *sheet) text(v string) {
	cell, ok := s.next()
	if !ok {
		return
	}
	v, cut := sanitizeCell(v)
	if cut {
		s.b.stats.Truncated++
	}
	if v == "" {
		return
	}
	s.fail("set text", s.b.f.SetCellStr(s.name, cell, v))
}

// wrapped writes v as text wrapped in its cell.
func (s *sheet) wrapped(v string) {
	s.text(v)
	s.style(s.b.st.wrap)
}

// number writes v as a numeric cell.
func (s *sheet) number(v int64) {
	if cell, ok := s.next(); ok {
		s.fail("set number", s.b.f.SetCellInt(s.name, cell, v))
	}
}

// figure writes the figure's best value as a number, or leaves the cell
// empty when no document gave one.
func (s *sheet) figure(f model.Figure) {
	if !f.Known() {
		s.skip()
		return
	}
	s.number(f.Int())
}

// date writes t's calendar date (in t's own location) as a date cell; a zero
// time leaves the cell empty.
func (s *sheet) date(t time.Time) {
	if t.IsZero() {
		s.skip()
		return
	}
	day := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	s.serial(excelSerial(day), s.b.st.date)
}

// dateTime writes t, as read in the report's time zone, as a date-time cell;
// a zero time writes ifZero as text instead.
func (s *sheet) dateTime(t time.Time, ifZero string) {
	if t.IsZero() {
		s.text(ifZero)
		return
	}
	s.serial(excelSerial(t.In(s.b.loc)), s.b.st.dateTime)
}

// serial writes an Excel date serial with the date style id. It does not use
// SetCellValue with a time.Time, which would replace the style's number
// format with excelize's default one.
func (s *sheet) serial(v float64, styleID int) {
	if cell, ok := s.next(); ok {
		s.fail("set date", s.b.f.SetCellFloat(s.name, cell, v, -1, 64))
		s.style(styleID)
	}
}

// link writes a hyperlink cell showing title and pointing to raw. Only
// http(s) URLs become links, and only while the sheet is under the
// hyperlink limit; otherwise title and address are written as plain text.
func (s *sheet) link(title, raw string) {
	target, ok := linkTarget(raw)
	if ok && s.links >= s.b.lim.maxLinks {
		ok = false
		s.linksSkipped++
		s.b.stats.LinksSkipped++
	}
	if !ok {
		s.text(plainLink(title, raw))
		return
	}
	s.text(linkLabel(title, target))
	cell, err := excelize.CoordinatesToCellName(s.col, s.row)
	if err != nil || s.err != nil {
		s.fail("cell name", err)
		return
	}
	s.fail("set hyperlink", s.b.f.SetCellHyperLink(s.name, cell, target, "External"))
	s.links++
	s.style(s.b.st.link)
}
