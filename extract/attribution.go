package extract

// attackGateLex: a document yields attack rows only if it names a weapon or
// an unmistakable attack; a storm or a road accident in Kyiv is no attack.
var attackGateLex = newLexicon([][2]string{
	{"shelling", "g"}, {"shelled", "g"}, {"airstrike*", "g"}, {"air strike*", "g"},
	{"air raid alert*", "-"}, {"air-raid alert*", "-"}, {"raid alert*", "-"}, {"air raid siren*", "-"},
	{"air raid*", "g"}, {"air attack*", "g"}, {"enemy attack*", "g"}, {"russian attack*", "g"},
	{"russian strike*", "g"}, {"debris", "g"}, {"air defence", "g"}, {"air defense", "g"},
	{"air defences", "g"}, {"air defenses", "g"}, {"combined attack", "g"}, {"massive attack", "g"},
	{"enemy strike*", "g"}, {"drone strike*", "g"}, {"drone attack*", "g"}, {"missile strike*", "g"},
	{"missile attack*", "g"}, {"rocket attack*", "g"}, {"artillery fire", "g"}, {"night attack*", "g"},
	// A military administration reports only the war's casualties.
	{"military administration", "g"}, {"kcma", "g"},
})

// attacks builds one row per place reported attacked. A figure, weapon or
// damage goes to the place named next to it in its sentence; a sentence
// naming no place is about the place of the nearest preceding sentence of
// its paragraph, or else the document's primary place (the first place
// reported attacked). A district adds to its city's row. The attack day is
// the most specific day named in the row's sentences or their paragraphs,
// else the most specific day of the document's attack sentences, else the
// publication day: an article that reports an attack without date words is
// taken to report that day's news.
//
// Details beat summaries: a figure that spans several places ("attacked
// Kyiv and the surrounding region, injuring three") belongs to none of
// them; the weapons and damage of a summary only fill in what a place's own
// sentences leave open (rowAcc.hints).
func (d *document) attacks() []Attack {
	if !d.hasAttack() {
		return nil
	}
	b := newAttackBuilder()
	primary, hasPrimary := d.primaryPlace()
	curPara, paraDate := -1, dayRef{}
	var ctx, docCtx *place
	for si := range d.sents {
		s := &d.sents[si]
		if s.para != curPara {
			curPara, paraDate, ctx = s.para, dayRef{}, docCtx
		}
		if s.date.rank > 0 {
			paraDate = s.date
		}
		fallback := ctx
		if (fallback == nil || primary == national) && hasPrimary {
			fallback = &primary // an Air Force summary's facts are national
		}
		targets := resolveTargets(s.toks, s.places, fallback)
		if len(targets) == 0 && fallback != nil {
			targets = regionReference(s.toks, *fallback)
		}
		if !s.skip() && !s.heading && s.para > 0 {
			d.attribute(b, si, targets, fallback, paraDate)
		}
		if len(targets) > 0 && !s.diplomatic && !s.background && !s.heading {
			p := nextContext(s.places, targets)
			ctx = &p
			if s.attackish && s.para > 0 {
				docCtx = &p // later paragraphs without a place continue the story
			}
		}
	}
	b.settle()
	docDate := firstNonEmpty(d.attackDate().day, d.pub.String())
	var out []Attack
	for _, p := range b.order {
		if r := b.rows[p]; r.hasFacts {
			out = append(out, r.attack(d.sents, docDate))
		}
	}
	return out
}

// nextContext is the place a following sentence without a place is about:
// the first place hit, or the oblast named around several of its towns ("In
// the Kyiv region, drones hit Bila Tserkva and Boryspil. No one was killed").
func nextContext(ms, targets []mention) place {
	first := targets[0].p
	for _, m := range ms {
		if m.role != roleContext {
			continue
		}
		n := 0
		for _, t := range targets {
			if t.p.oblast == m.p.oblast && t.p.country == m.p.country && t.p != first || t.p == first {
				n++
			}
		}
		if n > 1 && first.oblast == m.p.oblast {
			return m.p
		}
	}
	return first
}

// regionReference reads "in the region" as the oblast of the place in
// context ("In total, two people were injured in the region").
func regionReference(toks []token, ctx place) []mention {
	if ctx.oblast == "" {
		return nil
	}
	for i := 1; i < len(toks); i++ {
		if (toks[i].w == "region" || toks[i].w == "oblast") && toks[i-1].w == "the" && wordAfter(toks, i+1) != "of" {
			return []mention{{start: i - 1, end: i + 1, p: place{country: ctx.country, oblast: ctx.oblast}}}
		}
	}
	return nil
}

func (d *document) hasAttack() bool {
	if d.nonEvent() {
		return false
	}
	if d.warPublisher {
		return true
	}
	for i := range d.sents {
		s := &d.sents[i]
		if s.skip() {
			continue
		}
		if len(s.weapons) > 0 || attackGateLex.has(s.toks) {
			return true
		}
	}
	return false
}

// primaryPlace is the first place of an attack-reporting sentence of the
// body, else of the headline. In an Air Force summary that reports no
// Ukrainian place hit, facts without a place are the national tally's.
func (d *document) primaryPlace() (place, bool) {
	p, ok := d.firstAttacked()
	if d.airForce && (!ok || p.country != countryUkraine) {
		return national, true
	}
	return p, ok
}

func (d *document) firstAttacked() (place, bool) {
	title, hasTitle := place{}, false
	for i := range d.sents {
		s := &d.sents[i]
		if s.skip() || !s.attackish || s.heading {
			continue
		}
		if t := resolveTargets(s.toks, s.places, nil); len(t) > 0 {
			if s.para > 0 {
				return t[0].p, true
			}
			if !hasTitle {
				title, hasTitle = t[0].p, true
			}
		}
	}
	return title, hasTitle
}

// attackDate is the most specific day named by an attack sentence.
func (d *document) attackDate() dayRef {
	var best dayRef
	for i := range d.sents {
		if s := &d.sents[i]; !s.skip() && s.attackish && s.date.over(best) {
			best = s.date
		}
	}
	return best
}

// attribute adds one sentence's facts to the rows.
func (d *document) attribute(b *attackBuilder, si int, targets []mention, fallback *place, date dayRef) {
	s := &d.sents[si]
	a := sentenceAttribution{b: b, si: si, toks: s.toks, targets: targets, fallback: fallback, date: date,
		touched: map[place]bool{}, spread: len(targets) == 0 && multiPlaceLex.has(s.toks)}
	var prev []token
	if si > 0 && d.sents[si-1].para == s.para {
		prev = d.sents[si-1].toks
	}
	figures := casualtiesAfter(s.toks, prev)
	for _, o := range figures {
		o.weak = o.weak || (!o.toll && districtInClause(s.toks, targets, o.pos)) // one district's share
		if p, ok := a.pick(o.pos, o.end); ok && !a.summary(p, o.pos) {
			a.add(p).addFigure(o, si)
		}
	}
	var weapons []weaponHit
	var damage []damageHit
	if s.attackish {
		weapons, damage = s.weapons, findDamage(s.toks)
	} else if d.airForce {
		weapons = findWeapons(s.toks) // a summary's list lines: "– 2 Kh-31P missiles;"
	}
	weapons = a.tallies(d.airForce, weapons, len(figures)+len(damage) > 0)
	if len(targets) == 0 && b.rows[national] != nil && tallyCueLex.has(s.toks) {
		a.fallback = &national // "None of the ballistic missiles was intercepted"
	}
	for _, w := range weapons {
		a.each(w.pos, w.end, func(r *rowAcc, hint bool) {
			if r.p.country == countryRussia && russianOnly[baseWeapon(w.val)] && a.fallback != nil && a.fallback.country != countryRussia {
				r = a.add(*a.fallback) // "Kh-101s from Tu-95s (Saratov region)": a launch area
			}
			r.addWeapon(w.val, hint)
		})
	}
	for _, h := range damage {
		a.each(h.pos, h.end, func(r *rowAcc, hint bool) { r.addDamage(h.val, hint) })
	}
	a.districts(s.attackish)
}

// resolveTargets keeps the places a sentence reports hit: launch areas,
// landmarks and the oblast around a named town are dropped, and an
// official's title ("Kyiv regional governor") counts only when nothing
// else is named and no place is in context. Each district gets its city: the city named right after it
// ("of Zaporizhzhia"), else the nearest city before it, else the context
// city, else Kyiv; only Kyiv's districts stay districts.
func resolveTargets(toks []token, ms []mention, ctx *place) []mention {
	out := make([]mention, 0, len(ms))
	titles := 0
	for i, m := range ms {
		switch {
		case m.launch || m.role == roleLandmark || m.role == roleContext:
			continue
		case m.role == roleTitle:
			titles++
			continue
		case m.area && (ctx == nil || ctx.oblast == ""):
			continue // a raion of an oblast not known
		case m.area:
			m.p = place{country: ctx.country, oblast: ctx.oblast}
		}
		if m.district != "" {
			m.p = districtCity(toks, ms, i, ctx)
			if m.p != kyivCity {
				m.district = ""
			}
		}
		out = append(out, m)
	}
	if len(out) == 0 && titles > 0 && ctx == nil {
		for _, m := range ms {
			if m.role == roleTitle && !m.launch {
				out = append(out, m)
			}
		}
	}
	return out
}

func districtCity(toks []token, ms []mention, i int, ctx *place) place {
	if i+1 < len(ms) && wordBefore(toks, ms[i+1].start) == "of" && ms[i+1].start <= ms[i].end+2 {
		if p := ms[i+1].p; p.city != "" {
			return p
		}
	}
	for k := i - 1; k >= 0; k-- {
		if p := ms[k].p; !ms[k].launch && p.city != "" {
			return p
		}
	}
	if ctx != nil && ctx.city != "" {
		return *ctx
	}
	return kyivCity
}
