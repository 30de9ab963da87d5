package reports

import (
	"fmt"

	"github.com/xuri/excelize/v2"
)

// column is one column of a table: its header and width in characters.
type column struct {
	title string
	width float64
}

// table writes a header row for cols, then n rows filled by row(i). It
// returns the header row and the last row written.
func (s *sheet) table(cols []column, n int, row func(i int)) (header, last int) {
	if !s.spacer() {
		for range n {
			s.newRow() // counts the rows left out
		}
		return 0, 0
	}
	header = s.row
	for _, c := range cols {
		s.text(c.title)
		s.style(s.b.st.header)
	}
	for i := range n {
		if s.newRow() {
			row(i)
		}
	}
	return header, s.row
}

// dataSheet writes a sheet holding one table: a header row frozen at the
// top, an autofilter over the data and the columns' widths.
func (b *book) dataSheet(name string, cols []column, n int, row func(s *sheet, i int)) error {
	s, err := b.newSheet(name)
	if err != nil {
		return err
	}
	header, last := s.table(cols, n, func(i int) { row(s, i) })
	s.freezeBelow(header)
	s.filter(header, last, len(cols))
	s.widths(cols)
	return s.finished()
}

// freezeBelow freezes the rows down to row, so they stay in view.
func (s *sheet) freezeBelow(row int) {
	if s.err != nil || row == 0 {
		return
	}
	s.fail("freeze panes", s.b.f.SetPanes(s.name, &excelize.Panes{
		Freeze:      true,
		YSplit:      row,
		TopLeftCell: fmt.Sprintf("A%d", row+1),
		ActivePane:  "bottomLeft",
	}))
}

// filter sets the sheet's autofilter over rows header..last of ncols columns.
func (s *sheet) filter(header, last, ncols int) {
	if s.err != nil || header == 0 {
		return
	}
	end, err := excelize.CoordinatesToCellName(ncols, last)
	if err != nil {
		s.fail("filter range", err)
		return
	}
	s.fail("autofilter", s.b.f.AutoFilter(s.name, fmt.Sprintf("A%d:%s", header, end), nil))
}

// widths sets the columns' widths.
func (s *sheet) widths(cols []column) {
	for i, c := range cols {
		if s.err != nil {
			return
		}
		name, err := excelize.ColumnNumberToName(i + 1)
		if err != nil {
			s.fail("column name", err)
			return
		}
		s.fail("column width", s.b.f.SetColWidth(s.name, name, name, c.width))
	}
}
