package extract

// Giving one sentence's facts to rows: its places, its summaries, its air
// tallies and its districts.

// sentenceAttribution carries one sentence's targets while its facts are
// given to rows.
type sentenceAttribution struct {
	b        *attackBuilder
	si       int
	toks     []token
	targets  []mention
	fallback *place
	date     dayRef
	touched  map[place]bool
	spread   bool // the sentence speaks of several places it does not name
}

func (a *sentenceAttribution) add(p place) *rowAcc {
	r := a.b.row(p)
	r.evidence[a.si] = true
	r.hasFacts = true
	if a.date.over(r.date) {
		r.date = a.date
	}
	a.touched[p] = true
	return r
}

func (a *sentenceAttribution) pick(pos, end int) (place, bool) {
	if p, ok := choosePlace(a.toks, a.targets, pos, end); ok {
		return p, true
	}
	if a.fallback != nil {
		return *a.fallback, true
	}
	return place{}, false
}

// summary reports a figure that spans several places: listed together
// ("Kyiv and the Kyiv region") or unnamed ("three southern cities").
func (a *sentenceAttribution) summary(p place, pos int) bool {
	if a.spread {
		return true
	}
	return len(listMates(a.toks, a.targets, p)) > 1 && !placeRightAfter(a.toks, a.targets, pos)
}

// placeRightAfter reports a place introduced by a preposition just after
// the figure at pos ("killing three in Kharkiv and two in Odesa").
func placeRightAfter(toks []token, ms []mention, pos int) bool {
	for _, m := range ms {
		if m.start > pos && m.start <= pos+6 && introducedByPreposition(toks, m.start) {
			return true
		}
	}
	return false
}

// each calls f for the row of the fact at toks[pos:end]: the place it is
// about, or each place of a list it names, as a hint.
func (a *sentenceAttribution) each(pos, end int, f func(r *rowAcc, hint bool)) {
	p, ok := a.pick(pos, end)
	if !ok {
		return
	}
	mates := listMates(a.toks, a.targets, p)
	hint := len(mates) > 1 || a.spread
	for _, q := range mates {
		f(a.add(q), hint)
	}
}

// tallies gives the sentence's drone and missile counts to their row: the
// place the launches were aimed at ("dozens of drones at Kyiv"), Russia for
// Russia's claims of Ukrainian drones downed, else the national row. It
// returns the weapons left for the places of the sentence.
func (a *sentenceAttribution) tallies(airForce bool, weapons []weaponHit, impact bool) []weaponHit {
	if foreignTally.has(a.toks) {
		counts := readTally(a.toks)
		if len(counts) > 0 {
			r := a.add(russianArea(a.toks, a.targets))
			for _, o := range counts {
				r.addFigure(o, a.si)
			}
			r.addWeapon(WeaponDrone, false)
		}
		if !impact {
			return nil // claims of drones downed over Russia are no strike there
		}
		return weapons
	}
	counts := findTally(a.toks, airForce)
	if len(counts) == 0 {
		a.allDowned(counts)
		return weapons
	}
	p := tallyTarget(a.toks, a.targets)
	r := a.add(p)
	for _, o := range counts {
		r.addFigure(o, a.si)
		if !o.weak && o.q.known && categoryOf(o.field)+"_launched" == o.field {
			a.b.lastLaunch = launchRef{p: p, field: o.field, q: o.q, si: a.si, ok: true}
		}
	}
	a.allDowned(counts)
	for _, w := range weapons {
		r.addWeapon(w.val, false)
	}
	return nil
}

// launchRef is the last launch count read: the count that "both" and "all
// of them" refer back to.
type launchRef struct {
	p     place
	field string
	q     quantity
	si    int
	ok    bool
}

// allDowned reads "both were shot down" and "all of them were destroyed"
// after a launch count in this or the two sentences before: the downed
// count is the launched one. A downed count the sentence states wins.
func (a *sentenceAttribution) allDowned(counts []obs) {
	l := a.b.lastLaunch
	if !l.ok || a.si-l.si > 2 || !l.q.known {
		return
	}
	downed := categoryOf(l.field) + "_downed"
	for _, o := range counts {
		if o.field == downed {
			return
		}
	}
	if pos, ok := allWordDowned(a.toks); ok {
		a.add(l.p).addFigure(obs{field: downed, q: exact(l.q.value), pos: pos, end: pos + 1}, a.si)
		return
	}
	if len(counts) > 0 || len(a.targets) > 0 {
		return
	}
	if q, pos, end, ok := bareDowned(a.toks); ok && q.value <= l.q.value {
		a.add(l.p).addFigure(obs{field: downed, q: q, pos: pos, end: end}, a.si)
	}
}

// bareDowned reads a downed count without a weapon noun: "One was shot
// down", "Air defence destroyed 98 of them". The count takes the category
// of the launch before it.
func bareDowned(toks []token) (quantity, int, int, bool) {
	for i := 0; i < len(toks); i++ {
		q, end, ok := readQuantity(toks, i)
		if !ok || !q.known {
			continue
		}
		switch {
		case i == 0 && (wordAfter(toks, end) == "was" || wordAfter(toks, end) == "were"):
			k := end + 1
			if wordAfter(toks, k) == "been" {
				k++
			}
			if downedAt(toks, k) {
				return q, i, end, true
			}
		case wordAfter(toks, end) == "of" && wordAfter(toks, end+1) == "them":
			if i > 0 && downedAt(toks, i-1) || i > 1 && downedAt(toks, i-2) || downedAt(toks, end+3) || downedAt(toks, end+2) {
				return q, i, end + 2, true
			}
		}
		i = end - 1
	}
	return quantity{}, 0, 0, false
}

func downedAt(toks []token, i int) bool {
	if i < 0 || i >= len(toks) {
		return false
	}
	m, ok := tallyCueLex.matchAt(toks, i)
	return ok && m.val == "downed"
}

// allWordDowned finds "both", "all" or "all of them" as the subject of a
// downed verb within four words ("Both were shot down", "all of the drones
// were destroyed").
func allWordDowned(toks []token) (int, bool) {
	for i, t := range toks {
		if t.w != "both" && t.w != "all" {
			continue
		}
		if t.w == "both" && wordAfter(toks, i+1) != "were" && wordAfter(toks, i+1) != "of" && wordAfter(toks, i+1) != "missiles" && wordAfter(toks, i+1) != "drones" {
			continue // "both Shaheds and missiles", "both sides"
		}
		for k := i + 1; k < len(toks) && k <= i+6; k++ {
			if toks[k].punct || toks[k].w == "and" || toks[k].w == "but" {
				break
			}
			if m, ok := tallyCueLex.matchAt(toks, k); ok {
				if m.val == "downed" && !hasWord(toks[k:min(len(toks), k+3)], "not") {
					return i, true
				}
				break
			}
		}
	}
	return 0, false
}

// tallyTarget is the place launches were aimed at: a city or oblast right
// after "at", "on", "over" or "against"; else the whole country.
func tallyTarget(toks []token, ms []mention) place {
	for _, m := range ms {
		before := wordBefore(toks, m.start)
		if before == "the" {
			before = wordBefore(toks, m.start-1) // "at the Lviv region"
		}
		switch before {
		case "at", "on", "over", "against", "towards", "toward":
			if m.p.country == countryUkraine {
				return m.p
			}
		}
	}
	return national
}

// russianArea is the Russian region a claim of downed drones names, else
// Russia as a whole ("over nine regions").
func russianArea(toks []token, ms []mention) place {
	var regions []place
	for _, m := range ms {
		if m.p.country == countryRussia && m.p.city == "" {
			regions = append(regions, m.p)
		}
	}
	if len(regions) == 1 && !hasWord(toks, "regions") {
		return regions[0]
	}
	return place{country: countryRussia}
}

// districts adds the Kyiv districts named to the city's row.
func (a *sentenceAttribution) districts(attackish bool) {
	for _, m := range a.targets {
		if m.district == "" {
			continue
		}
		if a.touched[m.p] {
			a.b.rows[m.p].districts[m.district] = true
		} else if attackish {
			r := a.b.row(m.p)
			r.districts[m.district] = true
			r.evidence[a.si] = true
		}
	}
}

// districtInClause reports a Kyiv district named in the clause of the
// figure at pos: the figure is likely that district's share of the toll.
func districtInClause(toks []token, ms []mention, pos int) bool {
	lo, hi := clauseBounds(toks, pos)
	for _, m := range ms {
		if m.district != "" && m.start >= lo && m.start < hi {
			return true
		}
	}
	return false
}

// multiPlaceLex marks a sentence about several places it does not name.
var multiPlaceLex = newLexicon([][2]string{
	{"cities", "m"}, {"towns", "m"}, {"regions", "m"}, {"oblasts", "m"}, {"settlements", "m"},
	{"communities", "m"}, {"villages", "m"}, {"across the country", "m"}, {"across ukraine", "m"},
	{"nationwide", "m"}, {"several regions", "m"},
})
