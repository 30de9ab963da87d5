package reports

import (
	"slices"
	"time"

	"sitrep/model"
)

// dayCount is what the Daily sheet counts of one day's rows.
type dayCount struct {
	attacks, diplomatic, territorial int
	places                           map[[3]string]bool
}

// periodCounts counts each day's attack rows, distinct places hit (national
// tallies left out, as in model.DayReport.PlacesHit), diplomatic actions and
// territorial claims, by calendar day.
func periodCounts(p model.PeriodReport) map[time.Time]*dayCount {
	counts := map[time.Time]*dayCount{}
	get := func(t time.Time) *dayCount {
		d := calendarDay(t)
		if counts[d] == nil {
			counts[d] = &dayCount{places: map[[3]string]bool{}}
		}
		return counts[d]
	}
	for _, a := range p.Attacks {
		c := get(a.Day)
		c.attacks++
		if !a.NationalTally() {
			c.places[[3]string{a.Country, a.Oblast, a.City}] = true
		}
	}
	for _, d := range p.Diplomacy {
		get(d.Day).diplomatic++
	}
	for _, t := range p.Territory {
		get(t.Day).territorial++
	}
	return counts
}

// periodDays returns the calendar days From..To, both included.
func periodDays(p model.PeriodReport) []time.Time {
	var days []time.Time
	for d, end := calendarDay(p.From), calendarDay(p.To); !d.After(end); d = d.AddDate(0, 0, 1) {
		days = append(days, d)
	}
	return days
}

// dailyColumns are the Daily sheet's columns: the series, then the counts.
func dailyColumns() []column {
	return append(seriesColumns(), column{"Attacks", 9}, column{"Places hit", 9},
		column{"Diplomatic actions", 11}, column{"Territorial claims", 11})
}

// dailyCells appends the Daily sheet's cells of day: its totals when the
// caller gave them (blank otherwise, so a chart shows a gap) and its counts.
func (b *book) dailyCells(day time.Time, t *model.DayTotals, c *dayCount, cells []any) []any {
	cells = append(cells, b.dateCell(day))
	if t == nil {
		cells = append(cells, nil, nil, nil, nil, nil, nil)
	} else {
		for _, v := range seriesValues(*t) {
			cells = append(cells, v)
		}
	}
	if c == nil {
		c = &dayCount{}
	}
	return append(cells, c.attacks, len(c.places), c.diplomatic, c.territorial)
}

// totalsByDay indexes the period's day totals by calendar day; a day given
// twice keeps the last entry.
func totalsByDay(days []model.DayTotals) map[time.Time]model.DayTotals {
	m := make(map[time.Time]model.DayTotals, len(days))
	for _, d := range days {
		m[calendarDay(d.Day)] = d
	}
	return m
}

// dayOrder returns the indexes 0..n-1 sorted stably by day(i).
func dayOrder(n int, day func(i int) time.Time) []int32 {
	idx := make([]int32, n)
	for i := range idx {
		idx[i] = int32(i)
	}
	slices.SortStableFunc(idx, func(i, j int32) int {
		return calendarDay(day(int(i))).Compare(calendarDay(day(int(j))))
	})
	return idx
}
