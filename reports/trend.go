package reports

import (
	"time"

	"sitrep/model"
)

// trendDays is the length of the daily workbook's trend charts.
const trendDays = 30

// calendarDay returns t's calendar date, read in t's own location, as
// midnight UTC, so dates from different sources compare equal.
func calendarDay(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// trendDay is one day of the trend: its date and its figures, nil when the
// caller gave none.
type trendDay struct {
	day    time.Time
	totals *model.DayTotals
}

// trend returns the trendDays days ending on r.Day, oldest first. The
// figures of r.Day are r.Totals, so the charts agree with the figure table;
// those of the other days come from r.History, the last entry winning when a
// day is given twice. Entries outside the window are ignored.
func trend(r model.DayReport) []trendDay {
	end := calendarDay(r.Day)
	byDay := map[time.Time]model.DayTotals{}
	for _, h := range r.History {
		byDay[calendarDay(h.Day)] = h
	}
	byDay[end] = r.Totals.DayTotals(end)
	days := make([]trendDay, 0, trendDays)
	for i := trendDays - 1; i >= 0; i-- {
		d := end.AddDate(0, 0, -i)
		td := trendDay{day: d}
		if t, ok := byDay[d]; ok {
			td.totals = &t
		}
		days = append(days, td)
	}
	return days
}

// seriesValues are a day's figures in the order of seriesColumns.
func seriesValues(t model.DayTotals) []int64 {
	return []int64{t.DronesLaunched, t.DronesDowned, t.MissilesLaunched, t.MissilesDowned, t.Killed, t.Injured}
}

// seriesColumns are the columns of a daily series: the date, then the
// figures of seriesValues.
func seriesColumns() []column {
	return []column{
		{"Date", 11}, {"Drones launched", 10}, {"Drones shot down", 10}, {"Missiles launched", 10},
		{"Missiles shot down", 10}, {"Killed", 9}, {"Injured", 9},
	}
}
