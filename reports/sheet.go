package reports

import (
	"fmt"

	"github.com/xuri/excelize/v2"
)

// sheet writes one worksheet row by row, left to right. The first error is
// kept and every later call does nothing, so a sheet's writer checks err
// once at the end, as with bufio.Writer.
type sheet struct {
	b            *book
	name         string
	row          int // current row, 0 before the first
	col          int // last column written or skipped in the current row
	links        int // hyperlinks on the sheet
	dropped      int // rows left out at the row limit
	linksSkipped int // links written as text at the link limit
	err          error
}

// newRow moves to the next row. It returns false when the sheet is full: the
// row is then counted as dropped, and the caller goes on to the next record
// so every dropped row is counted.
func (s *sheet) newRow() bool {
	if s.err != nil {
		return false
	}
	if s.row >= s.b.lim.maxRows {
		s.dropped++
		s.b.stats.RowsDropped++
		return false
	}
	s.row++
	s.col = 0
	return true
}

// spacer moves to the next row for a header, a label or a blank row. Unlike
// newRow, a spacer row that does not fit is not counted as dropped data.
func (s *sheet) spacer() bool {
	if s.err != nil || s.row >= s.b.lim.maxRows {
		return false
	}
	s.row++
	s.col = 0
	return true
}

// next advances to the next cell of the row and returns its name.
func (s *sheet) next() (string, bool) {
	if s.err != nil || s.row == 0 {
		return "", false
	}
	s.col++
	cell, err := excelize.CoordinatesToCellName(s.col, s.row)
	if err != nil {
		s.fail("cell name", err)
		return "", false
	}
	return cell, true
}

// fail keeps the first error, with the sheet and position for context.
func (s *sheet) fail(what string, err error) {
	if s.err == nil && err != nil {
		s.err = fmt.Errorf("sheet %s row %d column %d: %s: %w", s.name, s.row, s.col, what, err)
	}
}

// skip leaves the next cell empty.
func (s *sheet) skip() {
	if s.err == nil {
		s.col++
	}
}

// skipN leaves the next n cells empty.
func (s *sheet) skipN(n int) {
	if s.err == nil {
		s.col += n
	}
}

// style sets the style of the cell last written.
func (s *sheet) style(id int) {
	if s.err != nil || s.col == 0 {
		return
	}
	cell, err := excelize.CoordinatesToCellName(s.col, s.row)
	if err != nil {
		s.fail("cell name", err)
		return
	}
	s.fail("set style", s.b.f.SetCellStyle(s.name, cell, cell, id))
}

// finished returns the sheet's error and adds notes for what the limits cost.
func (s *sheet) finished() error {
	if s.dropped > 0 {
		s.b.note("%s: %d rows not written: the sheet reached Excel's limit of %d rows.", s.name, s.dropped, s.b.lim.maxRows)
	}
	if s.linksSkipped > 0 {
		s.b.note("%s: %d links written as plain text: the sheet reached the limit of %d hyperlinks.", s.name, s.linksSkipped, s.b.lim.maxLinks)
	}
	return s.err
}
