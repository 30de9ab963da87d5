package uk

import (
	"slices"
	"time"

	"sitrep/extract"
)

// kyivCity is the place of a KCMA row: Kyiv city carries oblast "Kyiv".
var kyivCity = place{kind: placeKyiv, oblast: "Kyiv", city: "Kyiv"}

// segment is the run of sentences about one place.
type segment struct {
	place place
	idx   []int
}

// localRows reads a KCMA, DSNS or oblast administration post into one row
// per place. A line that opens with a town or raion ("Біла Церква – …",
// "Бучанський район – …") starts that place's part; the sentences before
// the first such line lend their weapons to every part ("Ворог атакував
// Київщину ударними БпЛА"). A post with no such line is one row about the
// first city it names, else Kyiv when it names Kyiv, the capital, a Kyiv
// district or no place at all, else the oblast it names.
func localRows(ss []sentence, pub time.Time) []extract.Attack {
	day := localPeriod(ss, pub)
	hits := make([][]placeHit, len(ss))
	for i, s := range ss {
		hits[i] = ukGazetteer.find(s.fold)
	}
	intro, segs := segments(ss, hits)
	if len(segs) == 0 {
		segs = []segment{{place: postPlace(hits), idx: intro}}
		intro = nil
	}
	rows := make([]extract.Attack, 0, len(segs))
	for _, sg := range mergeSegments(segs) {
		if row, ok := localRow(ss, hits, sg, intro, day); ok {
			rows = append(rows, row)
		}
	}
	return rows
}

// segments splits a post at the lines that open with a town or raion.
func segments(ss []sentence, hits [][]placeHit) ([]int, []segment) {
	var intro []int
	var segs []segment
	for i, s := range ss {
		if s.first && len(hits[i]) > 0 && hits[i][0].start == 0 &&
			(hits[i][0].kind == placeCity || hits[i][0].kind == placeRaion) {
			segs = append(segs, segment{place: hits[i][0].place})
		}
		if len(segs) == 0 {
			intro = append(intro, i)
		} else {
			segs[len(segs)-1].idx = append(segs[len(segs)-1].idx, i)
		}
	}
	return intro, segs
}

// postPlace is the place of a post that is about one place.
func postPlace(hits [][]placeHit) place {
	var oblast *place
	for _, hs := range hits {
		for _, h := range hs {
			switch h.kind {
			case placeKyiv, placeCity:
				return h.place
			default:
				if oblast == nil {
					oblast = &place{kind: placeOblast, oblast: h.oblast}
				}
			}
		}
	}
	if oblast != nil {
		return *oblast
	}
	return kyivCity
}

// mergeSegments joins the parts about the same place, keeping the order
// in which the places first appear; a raion's part is its oblast's row.
func mergeSegments(segs []segment) []segment {
	var out []segment
	for _, sg := range segs {
		if sg.place.kind == placeRaion {
			sg.place = place{kind: placeOblast, oblast: sg.place.oblast}
		}
		merged := false
		for k := range out {
			if out[k].place.oblast == sg.place.oblast && out[k].place.city == sg.place.city {
				out[k].idx = append(out[k].idx, sg.idx...)
				merged = true
			}
		}
		if !merged {
			out = append(out, sg)
		}
	}
	return out
}

// localRow reads one place's sentences. It reports false when they say
// nothing of an attack on the place (no casualty, damage, district or
// weapon of their own: the intro's weapons alone make no row). The evidence is every sentence that gave a district, a damage
// category, a chosen casualty figure or a weapon that stays in the row.
func localRow(ss []sentence, hits [][]placeHit, sg segment, intro []int, day period) (extract.Attack, bool) {
	row := newRow(sg.place, day)
	var cs casualtySet
	var evidence []int
	weapons := map[int][]string{}
	for _, i := range sg.idx {
		f := ss[i].fold
		got := 0
		if sg.place.kind == placeKyiv {
			ds := kyivDistrictMatcher.find(f)
			row.Districts = append(row.Districts, ds...)
			got += len(ds)
		}
		dm := ukDamage.find(maskPlaces(f, hits[i]))
		row.Damage = append(row.Damage, dm...)
		got += len(dm)
		cs.add(readCasualties(f), i)
		if m, ok := readMissing(f); ok {
			cs.add([]casualty{m}, i)
		}
		weapons[i] = findWeapons(f)
		if got > 0 {
			evidence = append(evidence, i)
		}
	}
	for _, i := range intro {
		weapons[i] = findWeapons(ss[i].fold)
	}
	evidence = append(evidence, cs.sentences()...)
	cs.fill(&row)
	var all []string
	for _, ws := range weapons {
		all = append(all, ws...)
	}
	row.Weapons = finalWeapons(all)
	own := false
	for i, ws := range weapons {
		if slices.ContainsFunc(ws, func(w string) bool { return slices.Contains(row.Weapons, w) }) {
			evidence = append(evidence, i)
		}
	}
	for _, i := range evidence {
		own = own || !slices.Contains(intro, i)
	}
	row.Districts = sortedSet(row.Districts)
	row.Damage = sortedSet(row.Damage)
	slices.Sort(evidence)
	for _, i := range evidence {
		addEvidence(&row, ss[i].text)
	}
	return row, own
}

// maskPlaces blanks the place names of a folded sentence, so that a name
// is never read as an object: Біла Церква is no church.
func maskPlaces(f string, hits []placeHit) string {
	if len(hits) == 0 {
		return f
	}
	b := []byte(f)
	for _, h := range hits {
		for k := h.start; k < h.end; k++ {
			b[k] = ' '
		}
	}
	return string(b)
}
