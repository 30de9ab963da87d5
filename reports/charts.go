package reports

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"
)

// chartSpec is a chart drawn from a table on a data sheet: the categories in
// one column, one series per value column, the series names in the header
// row and the data in rows first..last.
type chartSpec struct {
	typ         excelize.ChartType
	title       string
	sheet       string   // the data sheet
	header      int      // the header row, holding the series names
	catCol      string   // column of the categories (the x axis)
	valCols     []string // one column per series
	first, last int      // the data rows
	dateFormat  string   // number format of date categories; "" for text
	reverse     bool     // categories top to bottom, as in the table (bar charts)
	tickSkip    int      // label every tickSkip-th category; 0 lets the application choose
}

// Size of every chart, in pixels.
const (
	chartWidth  = 640
	chartHeight = 300
)

// quoteSheet quotes a sheet name for a cell reference: 'Chart data'!A1.
func quoteSheet(name string) string {
	return "'" + strings.ReplaceAll(name, "'", "''") + "'"
}

// colRange is the absolute reference of rows first..last of col on sheet.
func colRange(sheet, col string, first, last int) string {
	return fmt.Sprintf("%s!$%s$%d:$%s$%d", quoteSheet(sheet), col, first, col, last)
}

// chart returns the excelize chart of c.
func (c chartSpec) chart() *excelize.Chart {
	ch := &excelize.Chart{
		Type:         c.typ,
		Title:        excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: c.title}}},
		Legend:       excelize.ChartLegend{Position: "bottom"},
		Dimension:    excelize.ChartDimension{Width: chartWidth, Height: chartHeight},
		ShowBlanksAs: "gap",
		YAxis:        excelize.ChartAxis{MajorGridLines: true},
	}
	ch.XAxis.ReverseOrder = c.reverse
	ch.XAxis.TickLabelSkip = c.tickSkip
	if c.dateFormat != "" {
		ch.XAxis.NumFmt = excelize.ChartNumFmt{CustomNumFmt: c.dateFormat}
	}
	for _, col := range c.valCols {
		series := excelize.ChartSeries{
			Name:       fmt.Sprintf("%s!$%s$%d", quoteSheet(c.sheet), col, c.header),
			Categories: colRange(c.sheet, c.catCol, c.first, c.last),
			Values:     colRange(c.sheet, col, c.first, c.last),
		}
		if c.typ == excelize.Line {
			series.Marker.Symbol = "none" // markers clutter a line of many days
		}
		ch.Series = append(ch.Series, series)
	}
	return ch
}

// addChart places the chart of c with its top left corner at cell of sheet.
// A chart without data rows is left out: excelize would write a reference
// Excel rejects.
func addChart(f *excelize.File, sheet, cell string, c chartSpec) error {
	if c.last < c.first {
		return nil
	}
	if err := f.AddChart(sheet, cell, c.chart()); err != nil {
		return fmt.Errorf("add chart %q to %s: %w", c.title, sheet, err)
	}
	return nil
}
