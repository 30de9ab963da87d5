package mail

import (
	"strconv"
	"strings"
	"unicode"

	"sitrep/model"
)

// maxListed caps the places and diplomatic actions listed in the body so it
// stays short on a phone; the rest is in the workbook.
const maxListed = 25

// view is what both body templates show. Its strings are raw: the text
// template prints them as they are and html/template escapes them.
type view struct {
	Date          string
	TimeZone      string
	HasPrevious   bool
	Figures       []figure
	Places        []string
	MorePlaces    int
	Diplomacy     []diplomacy
	MoreDiplomacy int
	Attachment    string
}

// figure is one headline row: a label, the day's value and, when the
// previous day is known, the change against it ("+3", "-2", "±0").
type figure struct {
	Label, Value, Change string
}

// diplomacy is one diplomatic action as actor — action — target.
type diplomacy struct {
	Actor, Action, Target, Amount string
}

// newView collects the figures and lists of r for the bodies.
func newView(r model.DayReport, attachment string) view {
	v := view{
		Date:        dayString(r.Day),
		TimeZone:    oneLine(r.TimeZone),
		HasPrevious: r.Previous != nil,
		Figures:     figures(r.Totals, r.Previous),
		Attachment:  oneLine(attachment),
	}
	places := r.PlacesHit()
	for i, p := range places {
		if i == maxListed {
			v.MorePlaces = len(places) - maxListed
			break
		}
		v.Places = append(v.Places, oneLine(p))
	}
	for i, d := range r.Diplomacy {
		if i == maxListed {
			v.MoreDiplomacy = len(r.Diplomacy) - maxListed
			break
		}
		v.Diplomacy = append(v.Diplomacy, diplomacy{
			Actor: oneLine(d.Actor), Action: oneLine(d.Action),
			Target: oneLine(d.Target), Amount: oneLine(d.Amount),
		})
	}
	return v
}

// figures lists the headline figures in the order of the Summary sheet.
func figures(t model.Totals, prev *model.Totals) []figure {
	var p model.Totals
	if prev != nil {
		p = *prev
	}
	rows := []struct {
		label     string
		cur, last int64
	}{
		{"Attacks", int64(t.Attacks), int64(p.Attacks)},
		{"Places hit", int64(t.Places), int64(p.Places)},
		{"Killed", t.Killed, p.Killed},
		{"Injured", t.Injured, p.Injured},
		{"Drones launched", t.DronesLaunched, p.DronesLaunched},
		{"Drones shot down", t.DronesDowned, p.DronesDowned},
		{"Missiles launched", t.MissilesLaunched, p.MissilesLaunched},
		{"Missiles shot down", t.MissilesDowned, p.MissilesDowned},
		{"Diplomatic actions", int64(t.Diplomatic), int64(p.Diplomatic)},
		{"Territorial claims", int64(t.Territorial), int64(p.Territorial)},
	}
	out := make([]figure, 0, len(rows))
	for _, r := range rows {
		f := figure{Label: r.label, Value: strconv.FormatInt(r.cur, 10)}
		if prev != nil {
			f.Change = change(r.cur - r.last)
		}
		out = append(out, f)
	}
	return out
}

// change formats a difference with its sign.
func change(d int64) string {
	switch {
	case d > 0:
		return "+" + strconv.FormatInt(d, 10)
	case d < 0:
		return strconv.FormatInt(d, 10)
	default:
		return "±0"
	}
}

// oneLine turns scraped text into one clean line: control characters
// (line breaks included) become spaces and runs of spaces collapse, so a
// name cannot break the layout of the plain-text body.
func oneLine(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}
