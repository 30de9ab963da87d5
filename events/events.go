// Package events consolidates attack observations into events: one row per
// (attack day, place) across all documents that report it. It is pure: the
// store reads the observations, the reports show the events.
//
// The rules follow DOMAIN.md section 5 (the UCDP best/low/high convention):
// the figure shown for a field is the latest report from the most
// authoritative source that gave a number, never a sum across sources; the
// lowest and highest figures seen and the number of reports are kept.
package events

import (
	"sort"
	"time"

	"sitrep/model"
)

// Fields are the numeric fields of an attack, in contract order.
var Fields = []string{
	"killed", "injured", "rescued", "missing", "children_killed",
	"drones_launched", "drones_downed", "missiles_launched", "missiles_downed",
}

// Value is one figure as one document states it.
type Value struct {
	N         *int64 // nil when the text gave only a phrase ("dozens")
	Qualifier string // at_least, more_than, about, up_to, a vague phrase, or ""
}

// Observation is one document's report of an attack on a place on a day.
type Observation struct {
	Day       time.Time
	Country   string
	Oblast    string
	City      string
	Districts []string
	Weapons   []string
	Damage    []string
	Figures   map[string]Value // keyed by the names in Fields; absent when not stated
	Evidence  string

	DocID     int64
	URL       string
	Title     string
	Authority string    // air_force, official or media
	Published time.Time // when the document was published (the as-of time)
}

type key struct {
	day                   time.Time
	country, oblast, city string
}

// Consolidate groups observations by (day, country, oblast, city) and returns
// one row per group: national tallies first, then places by oblast and city.
func Consolidate(obs []Observation) []model.AttackRow {
	groups, order := group(obs)
	rows := make([]model.AttackRow, 0, len(order))
	for _, k := range order {
		rows = append(rows, consolidateGroup(groups[k]))
	}
	sort.SliceStable(rows, func(i, j int) bool { return less(rows[i], rows[j]) })
	return rows
}

// group splits observations by (day, country, oblast, city), keeping the
// order in which the groups first appear.
func group(obs []Observation) (map[key][]Observation, []key) {
	groups := map[key][]Observation{}
	var order []key
	for _, o := range obs {
		k := key{o.Day, o.Country, o.Oblast, o.City}
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], o)
	}
	return groups, order
}

func less(a, b model.AttackRow) bool {
	if !a.Day.Equal(b.Day) {
		return a.Day.Before(b.Day)
	}
	if a.National() != b.National() {
		return a.National()
	}
	if (a.Country == "Ukraine") != (b.Country == "Ukraine") {
		return a.Country == "Ukraine"
	}
	if a.Country != b.Country {
		return a.Country < b.Country
	}
	if a.Oblast != b.Oblast {
		return a.Oblast < b.Oblast
	}
	return a.City < b.City
}

func consolidateGroup(obs []Observation) model.AttackRow {
	first := obs[0]
	row := model.AttackRow{Day: first.Day, Country: first.Country, Oblast: first.Oblast, City: first.City}
	var districts, weapons, damage []string
	docs := map[int64]bool{}
	for _, o := range obs {
		districts = append(districts, o.Districts...)
		weapons = append(weapons, o.Weapons...)
		damage = append(damage, o.Damage...)
		docs[o.DocID] = true
	}
	row.Districts, row.Weapons, row.Damage = uniqueSorted(districts), uniqueSorted(weapons), uniqueSorted(damage)
	row.Sources = len(docs)
	for _, f := range Fields {
		*fieldOf(&row, f) = bestFigure(obs, f)
	}
	best := bestObservation(obs, "")
	row.BestURL, row.BestTitle, row.Evidence = best.URL, best.Title, best.Evidence
	seen := map[string]bool{best.URL: true}
	for _, o := range obs {
		if !seen[o.URL] {
			seen[o.URL] = true
			row.OtherURLs = append(row.OtherURLs, o.URL)
		}
	}
	sort.Strings(row.OtherURLs)
	return row
}

func fieldOf(r *model.AttackRow, field string) *model.Figure {
	switch field {
	case "killed":
		return &r.Killed
	case "injured":
		return &r.Injured
	case "rescued":
		return &r.Rescued
	case "missing":
		return &r.Missing
	case "children_killed":
		return &r.ChildrenKilled
	case "drones_launched":
		return &r.DronesLaunched
	case "drones_downed":
		return &r.DronesDowned
	case "missiles_launched":
		return &r.MissilesLaunched
	default:
		return &r.MissilesDowned
	}
}

// bestFigure picks the field's figure: among observations with a number, the
// most authoritative and then the latest; a vague phrase only when no
// observation gave a number.
func bestFigure(obs []Observation, field string) model.Figure {
	var fig model.Figure
	var numeric, phrased []Observation
	for _, o := range obs {
		v, ok := o.Figures[field]
		if !ok {
			continue
		}
		fig.Reports++
		if v.N == nil {
			phrased = append(phrased, o)
			continue
		}
		numeric = append(numeric, o)
		n := *v.N
		if fig.Low == nil || n < *fig.Low {
			fig.Low = &n
		}
		if fig.High == nil || n > *fig.High {
			fig.High = &n
		}
	}
	candidates := numeric
	if len(candidates) == 0 {
		candidates = phrased
	}
	if len(candidates) == 0 {
		return fig
	}
	best := bestObservation(candidates, field).Figures[field]
	if best.N != nil {
		n := *best.N
		fig.Value = &n
	}
	fig.Qualifier = best.Qualifier
	return fig
}

// bestObservation returns the most authoritative, then latest, observation
// (ties broken by document id, so the choice is deterministic).
func bestObservation(obs []Observation, field string) Observation {
	best := obs[0]
	for _, o := range obs[1:] {
		ro, rb := Rank(o.Authority, field), Rank(best.Authority, field)
		switch {
		case ro != rb:
			if ro > rb {
				best = o
			}
		case !o.Published.Equal(best.Published):
			if o.Published.After(best.Published) {
				best = o
			}
		case o.DocID > best.DocID:
			best = o
		}
	}
	return best
}

// Rank orders authorities for a field: the Air Force for drone and missile
// counts, local officials for casualties and damage, media last.
func Rank(authority, field string) int {
	airField := field == "drones_launched" || field == "drones_downed" ||
		field == "missiles_launched" || field == "missiles_downed"
	switch authority {
	case "air_force":
		if airField {
			return 3
		}
		return 2
	case "official":
		if airField {
			return 2
		}
		return 3
	default:
		return 1
	}
}

func uniqueSorted(in []string) []string {
	seen := map[string]bool{}
	out := []string{}
	for _, s := range in {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}
