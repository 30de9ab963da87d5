package reports

import (
	"fmt"
	"time"

	"github.com/xuri/excelize/v2"

	"sitrep/model"
)

// fillPeriodSummary writes the period Summary sheet, s: the period, its
// totals, the notes, and two charts of the Daily sheet's rows 2..chartLast.
// The sheet is written in the ordinary mode, after the streamed sheets, so
// charts and notes can be added in any order.
func (b *book) fillPeriodSummary(s *sheet, p model.PeriodReport, days []time.Time, chartLast int) error {
	if s.spacer() {
		s.text(fmt.Sprintf("sitrep period report — %s to %s", p.From.Format("2006-01-02"), p.To.Format("2006-01-02")))
		s.style(b.st.title)
	}
	b.field(s, "Generated", func() { s.dateTime(p.Generated, "unknown") })
	b.field(s, "Time zone", func() { s.text(b.loc.String()) })
	b.field(s, "Extractor version", func() { s.text(p.ExtractorVersion) })
	b.field(s, "From", func() { s.date(p.From) })
	b.field(s, "To", func() { s.date(p.To) })
	total, known := periodTotals(p, days)
	b.field(s, "Days with figures", func() { s.text(fmt.Sprintf("%d of %d", known, len(days))) })
	s.spacer()
	var rows []headline
	for _, h := range headlines(total) {
		if h.name != "Damage categories" { // a count per day, not a period figure
			rows = append(rows, h)
		}
	}
	s.table([]column{{"Figure", 22}, {"Period total", 14}}, len(rows), func(i int) {
		s.text(rows[i].name)
		s.number(rows[i].value)
	})
	s.spacer()
	s.line("How to read", "Each day's figures are chosen as in its daily report: the best figure of each "+
		"attack, never a sum across sources. The period totals add the days' figures; places hit counts "+
		"each place once over the period.")
	b.notesLines(s)
	s.widths(summaryColumns())
	if s.err != nil {
		return s.err
	}
	return b.periodCharts(chartLast)
}

// periodTotals adds the figures of the period's days From..To and counts
// its rows, returning them with the number of days that had figures.
func periodTotals(p model.PeriodReport, days []time.Time) (model.Totals, int) {
	byDay := totalsByDay(p.Days)
	var t model.Totals
	known := 0
	for _, d := range days {
		v, ok := byDay[d]
		if !ok {
			continue
		}
		known++
		t.DronesLaunched += v.DronesLaunched
		t.DronesDowned += v.DronesDowned
		t.MissilesLaunched += v.MissilesLaunched
		t.MissilesDowned += v.MissilesDowned
		t.Killed += v.Killed
		t.Injured += v.Injured
	}
	t.Attacks = len(p.Attacks)
	t.Places = len(model.DayReport{Attacks: p.Attacks}.PlacesHit())
	t.Diplomatic, t.Territorial = len(p.Diplomacy), len(p.Territory)
	return t, known
}

// periodCharts adds the Summary sheet's charts of the Daily sheet's series:
// drones and missiles launched and shot down, and killed and injured.
func (b *book) periodCharts(last int) error {
	specs := []struct {
		cell string
		spec chartSpec
	}{
		{"J2", chartSpec{typ: excelize.Line, title: "Drones and missiles per day", sheet: "Daily", header: 1,
			catCol: "A", valCols: []string{"B", "C", "D", "E"}, first: 2, last: last, dateFormat: dateFormat, tickSkip: max(1, (last-1)/12)}},
		{"J20", chartSpec{typ: excelize.Line, title: "Killed and injured per day", sheet: "Daily", header: 1,
			catCol: "A", valCols: []string{"F", "G"}, first: 2, last: last, dateFormat: dateFormat, tickSkip: max(1, (last-1)/12)}},
	}
	for _, c := range specs {
		if err := addChart(b.f, "Summary", c.cell, c.spec); err != nil {
			return err
		}
	}
	return nil
}
