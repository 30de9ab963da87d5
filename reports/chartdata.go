package reports

import (
	"github.com/xuri/excelize/v2"

	"sitrep/model"
)

// chartDataSheet is the name of the daily workbook's last sheet, which holds
// the numbers the Summary sheet's charts draw.
const chartDataSheet = "Chart data"

// chartRefs are the rows of the chart data written: the trend in rows
// 2..trendLast of columns A..G, the damage categories in rows 2..catLast of
// columns I..J. A last row below 2 means no data.
type chartRefs struct {
	trendLast, catLast int
}

// chartDataColumns are the Chart data sheet's columns: the 30-day series, a
// blank column, and the places per damage category.
func chartDataColumns() []column {
	return append(seriesColumns(), column{"", 4}, column{"Damage category", 18}, column{"Places", 9})
}

// writeChartData writes the Chart data sheet: the trend of the last 30 days
// (a day without figures left blank, so the charts show a gap) and the
// places per damage category of the day.
func (b *book) writeChartData(r model.DayReport) (chartRefs, error) {
	s, err := b.newSheet(chartDataSheet)
	if err != nil {
		return chartRefs{}, err
	}
	days, cats := trend(r), r.DamageByCategory()
	var refs chartRefs
	header, _ := s.table(chartDataColumns(), max(len(days), len(cats)), func(i int) {
		if i < len(days) {
			s.date(days[i].day)
			b.seriesCells(s, days[i].totals)
			refs.trendLast = s.row
		} else {
			s.skipN(len(seriesColumns()))
		}
		s.skip()
		if i < len(cats) {
			s.text(cats[i].Category)
			s.number(int64(cats[i].Places))
			refs.catLast = s.row
		}
	})
	s.freezeBelow(header)
	s.widths(chartDataColumns())
	return refs, s.finished()
}

// seriesCells writes a day's figures, or leaves them blank when unknown.
func (b *book) seriesCells(s *sheet, t *model.DayTotals) {
	if t == nil {
		s.skipN(len(seriesColumns()) - 1)
		return
	}
	for _, v := range seriesValues(*t) {
		s.number(v)
	}
}

// summaryCharts adds the three charts of the Summary sheet, from column J:
// drones and missiles launched and shot down over 30 days, killed and
// injured over 30 days, and the places per damage category of the day.
func (b *book) summaryCharts(refs chartRefs) error {
	specs := []struct {
		cell string
		spec chartSpec
	}{
		{"J2", chartSpec{typ: excelize.Line, title: "Drones and missiles, last 30 days", sheet: chartDataSheet,
			header: 1, catCol: "A", valCols: []string{"B", "C", "D", "E"}, first: 2, last: refs.trendLast, dateFormat: "d mmm", tickSkip: 7}},
		{"J20", chartSpec{typ: excelize.Col, title: "Killed and injured, last 30 days", sheet: chartDataSheet,
			header: 1, catCol: "A", valCols: []string{"F", "G"}, first: 2, last: refs.trendLast, dateFormat: "d mmm", tickSkip: 7}},
		{"J38", chartSpec{typ: excelize.Bar, title: "Places damaged, by category", sheet: chartDataSheet,
			header: 1, catCol: "I", valCols: []string{"J"}, first: 2, last: refs.catLast, reverse: true}},
	}
	for _, c := range specs {
		if err := addChart(b.f, "Summary", c.cell, c.spec); err != nil {
			return err
		}
	}
	return nil
}
