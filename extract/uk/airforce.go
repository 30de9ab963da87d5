package uk

import (
	"time"

	"sitrep/extract"
)

// airForceRow reads an Air Force summary or correction into the one
// national row (country Ukraine, oblast and city null). drones_launched is
// the strike drones and decoys together; the downed figures are the
// "збито/подавлено" ones; lost on radar, "did not reach their targets" and
// the hit and debris locations are evidence only. A correction is read the
// same way: its figures are the corrected ones and replace the morning's.
func airForceRow(ss []sentence, pub time.Time) extract.Attack {
	day := statedPeriod(ss, pub)
	if !day.ok {
		day = publicationDay(pub)
	}
	row := newRow(place{}, day)
	var launch, results sectionCounts
	var weapons []string
	for i, sec := range sections(ss) {
		s := ss[i]
		its := items(s.fold)
		switch sec {
		case secNone:
			continue
		case secLaunch:
			for _, it := range its {
				launch.add(it, s.bullet)
			}
		case secResults:
			for _, it := range its {
				results.add(it, s.bullet)
			}
		}
		ws := findWeapons(s.fold)
		weapons = append(weapons, ws...)
		if sec != secLaunch || len(its) > 0 {
			addEvidence(&row, s.text)
		}
	}
	t := tally{dronesLaunched: launch.droneTotal(), dronesDowned: results.droneTotal()}
	var n1, n2 string
	t.missilesLaunched, n1 = launch.missileTotal("missiles launched")
	t.missilesDowned, n2 = results.missileTotal("missiles downed")
	t.notes = appendNonEmpty(t.notes, day.note, n1, n2)
	t.checkArithmetic()
	setFigure(&row, "drones_launched", t.dronesLaunched)
	setFigure(&row, "drones_downed", t.dronesDowned)
	setFigure(&row, "missiles_launched", t.missilesLaunched)
	setFigure(&row, "missiles_downed", t.missilesDowned)
	if n := t.note(); n != "" {
		row.Qualifiers[checkKey] = n
	}
	row.Weapons = finalWeapons(weapons)
	return row
}

// checkKey is the qualifiers key under which a row carries the note of a
// failed check (a sum that does not add up, downed above launched, a year
// typo). The contract allows only strings in qualifiers, so the note is
// one sentence naming the stated figures.
const checkKey = "check"

func appendNonEmpty(xs []string, ys ...string) []string {
	for _, y := range ys {
		if y != "" {
			xs = append(xs, y)
		}
	}
	return xs
}
