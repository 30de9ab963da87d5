package events

import (
	"sort"
	"time"

	"sitrep/model"
)

// Revisions lists the figures that changed across the reports of one attack:
// per (day, place, field), the first figure reported and the one finally
// shown. A final figure below the highest reported earlier is flagged Down:
// tolls rise as rubble is cleared, so a fall is a correction worth a look.
func Revisions(obs []Observation) []model.Revision {
	groups, order := group(obs)
	var out []model.Revision
	for _, k := range order {
		g := groups[k]
		row := consolidateGroup(g)
		for _, field := range Fields {
			if r, ok := revision(g, field, row); ok {
				out = append(out, r)
			}
		}
	}
	return out
}

func revision(obs []Observation, field string, row model.AttackRow) (model.Revision, bool) {
	type report struct {
		n   int64
		url string
		at  time.Time
	}
	var reps []report
	for _, o := range obs {
		if v, ok := o.Figures[field]; ok && v.N != nil {
			reps = append(reps, report{*v.N, o.URL, o.Published})
		}
	}
	final := fieldOf(&row, field)
	if len(reps) < 2 || final.Value == nil {
		return model.Revision{}, false
	}
	sort.SliceStable(reps, func(i, j int) bool { return reps[i].at.Before(reps[j].at) })
	first, to := reps[0], *final.Value
	if first.n == to {
		return model.Revision{}, false
	}
	r := model.Revision{Place: row.Place(), Field: field, From: first.n, To: to, FromURL: first.url,
		ToURL: row.BestURL}
	for _, rep := range reps {
		if rep.n > to {
			r.Down = true
		}
	}
	return r, true
}

// History returns the headline figures of every day in [from, to] from the
// observations of those days (days without any are zero).
func History(obs []Observation, from, to time.Time) []model.DayTotals {
	byDay := map[time.Time][]Observation{}
	for _, o := range obs {
		byDay[o.Day] = append(byDay[o.Day], o)
	}
	var out []model.DayTotals
	for d := from; !d.After(to); d = d.AddDate(0, 0, 1) {
		r := model.DayReport{Day: d, Attacks: Consolidate(byDay[d])}
		model.ComputeTotals(&r)
		out = append(out, r.Totals.DayTotals(d))
	}
	return out
}
