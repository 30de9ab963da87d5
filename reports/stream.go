package reports

import (
	"fmt"
	"time"

	"github.com/xuri/excelize/v2"
)

// streamTable writes a table of n rows with excelize's StreamWriter, which
// keeps a sheet's rows on disk rather than in memory. Each sheet gets the
// header row (styled, frozen), the columns' widths and an autofilter; when a
// sheet reaches b.streamRows rows the table continues on "name (2)", "name
// (3)", … It returns the names of the sheets written.
//
// row appends the cells of row i to cells and returns them; a nil cell is
// left empty. Strings must come from b.str, so they are cleaned like the
// daily workbook's.
func (b *book) streamTable(name string, cols []column, n int, row func(i int, cells []any) []any) ([]string, error) {
	perSheet := b.streamRows - 1
	if perSheet < 1 {
		return nil, fmt.Errorf("sheet %s: a row limit of %d leaves no room for data", name, b.streamRows)
	}
	var names []string
	cells := make([]any, 0, len(cols))
	for start := 0; start == 0 || start < n; start += perSheet {
		part := name
		if len(names) > 0 {
			part = fmt.Sprintf("%s (%d)", name, len(names)+1)
		}
		end := min(n, start+perSheet)
		err := b.streamSheet(part, cols, end-start, func(i int) []any {
			cells = row(start+i, cells[:0])
			return cells
		})
		if err != nil {
			return names, err
		}
		names = append(names, part)
	}
	if len(names) > 1 {
		b.note("%s: %d rows do not fit one sheet of %d rows; they continue on %d more sheets, up to %q.", name, n, b.streamRows, len(names)-1, names[len(names)-1])
	}
	return names, nil
}

// streamSheet writes one sheet of streamTable: the header and n rows.
func (b *book) streamSheet(name string, cols []column, n int, row func(i int) []any) error {
	if _, err := b.newSheet(name); err != nil {
		return err
	}
	sw, err := b.f.NewStreamWriter(name)
	if err != nil {
		return fmt.Errorf("stream sheet %s: %w", name, err)
	}
	if err := b.streamHeader(sw, cols); err != nil {
		return fmt.Errorf("stream sheet %s: %w", name, err)
	}
	for i := range n {
		cell, err := excelize.CoordinatesToCellName(1, i+2)
		if err == nil {
			err = sw.SetRow(cell, row(i))
		}
		if err != nil {
			return fmt.Errorf("stream sheet %s row %d: %w", name, i+2, err)
		}
	}
	last, err := excelize.CoordinatesToCellName(len(cols), n+1)
	if err == nil {
		// The autofilter goes into the sheet's XML at Flush, so it is set
		// before, like anything else the stream writer does not write itself.
		err = b.f.AutoFilter(name, "A1:"+last, nil)
	}
	if err == nil {
		err = sw.Flush()
	}
	if err != nil {
		return fmt.Errorf("stream sheet %s: %w", name, err)
	}
	return nil
}

// streamHeader sets the columns' widths, freezes the first row and writes
// the header, in that order: the stream writer takes widths and panes only
// before the first row.
func (b *book) streamHeader(sw *excelize.StreamWriter, cols []column) error {
	header := make([]any, len(cols))
	for i, c := range cols {
		if err := sw.SetColWidth(i+1, i+1, c.width); err != nil {
			return fmt.Errorf("column width: %w", err)
		}
		header[i] = excelize.Cell{StyleID: b.st.header, Value: b.str(c.title)}
	}
	panes := &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}
	if err := sw.SetPanes(panes); err != nil {
		return fmt.Errorf("freeze panes: %w", err)
	}
	return sw.SetRow("A1", header)
}

// str returns v cleaned by sanitizeCell as a cell value, counting a cut, or
// nil for an empty text so the cell stays empty. A string value is always
// written as a string cell: the stream writer only writes a formula given as
// excelize.Cell.Formula, which the period workbook never sets.
func (b *book) str(v string) any {
	v, cut := sanitizeCell(v)
	if cut {
		b.stats.Truncated++
	}
	if v == "" {
		return nil
	}
	return v
}

// dateCell returns t's calendar date as a date cell, or nil for a zero time.
func (b *book) dateCell(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return excelize.Cell{StyleID: b.st.date, Value: excelSerial(calendarDay(t))}
}
