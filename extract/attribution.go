package extract

// attackGateLex: a document yields attack rows only if it names a weapon or
// an unmistakable attack; a storm or a road accident in Kyiv is no attack.
var attackGateLex = newLexicon([][2]string{
	{"shelling", "g"}, {"shelled", "g"}, {"airstrike*", "g"}, {"air strike*", "g"},
	{"air raid*", "g"}, {"air attack*", "g"}, {"enemy attack*", "g"}, {"russian attack*", "g"},
	{"russian strike*", "g"}, {"debris", "g"}, {"air defence", "g"}, {"air defense", "g"},
	{"air defences", "g"}, {"air defenses", "g"}, {"combined attack", "g"}, {"massive attack", "g"},
})

// attacks builds one row per place reported attacked. A figure, weapon or
// damage goes to the place named next to it in its sentence; a sentence
// naming no place is about the place of the nearest preceding sentence of
// its paragraph, or else the document's primary place (the first place
// reported attacked). A district adds to its city's row. The attack day is
// the most specific day named in the row's sentences or their paragraphs,
// else the most specific day of the document's attack sentences, else the
// publication day: an article that
// reports an attack without date words is taken to report that day's news.
func (d *document) attacks() []Attack {
	if !d.hasAttack() {
		return nil
	}
	b := newAttackBuilder()
	primary, hasPrimary := d.primaryPlace()
	curPara, paraDate := -1, dayRef{}
	var ctx *place
	for si := range d.sents {
		s := &d.sents[si]
		if s.para != curPara {
			curPara, paraDate, ctx = s.para, dayRef{}, nil
		}
		if s.date.rank > 0 {
			paraDate = s.date
		}
		fallback := ctx
		if fallback == nil && hasPrimary {
			fallback = &primary
		}
		targets := resolveTargets(s.places, fallback)
		if !s.skip() {
			d.attribute(b, si, targets, fallback, paraDate)
		}
		if len(targets) > 0 && !s.diplomatic && !s.background {
			p := targets[0].p
			ctx = &p
		}
	}
	docDate := firstNonEmpty(d.attackDate().day, d.pub.String())
	var out []Attack
	for _, p := range b.order {
		if r := b.rows[p]; r.hasFacts {
			out = append(out, r.attack(d.sents, docDate))
		}
	}
	return out
}

func (d *document) hasAttack() bool {
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

// primaryPlace is the first place of an attack-reporting sentence.
func (d *document) primaryPlace() (place, bool) {
	for i := range d.sents {
		s := &d.sents[i]
		if s.skip() || !s.attackish {
			continue
		}
		if t := resolveTargets(s.places, nil); len(t) > 0 {
			return t[0].p, true
		}
	}
	return place{}, false
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
	touched := map[place]bool{}
	add := func(p place) *rowAcc {
		r := b.row(p)
		r.evidence[si] = true
		r.hasFacts = true
		if date.over(r.date) {
			r.date = date
		}
		touched[p] = true
		return r
	}
	pick := func(pos, end int) (place, bool) {
		if p, ok := choosePlace(s.toks, targets, pos, end); ok {
			return p, true
		}
		if fallback != nil {
			return *fallback, true
		}
		return place{}, false
	}
	figures := findCasualties(s.toks)
	for _, o := range figures {
		if p, ok := pick(o.pos, o.end); ok {
			add(p).addFigure(o, si)
		}
	}
	var weapons []weaponHit
	var damage []damageHit
	if s.attackish {
		weapons, damage = s.weapons, findDamage(s.toks)
	}
	// Russia's claims of Ukrainian drones downed over its regions are no
	// strike on those regions unless the sentence reports an impact.
	if len(figures) == 0 && len(damage) == 0 && foreignTally.has(s.toks) {
		weapons = nil
	}
	if tally := findTally(s.toks); len(tally) > 0 {
		r := add(national)
		for _, o := range tally {
			r.addFigure(o, si)
		}
		for _, w := range weapons {
			r.weapons[w.val] = true
		}
		weapons = nil
	}
	for _, w := range weapons {
		if p, ok := pick(w.pos, w.end); ok {
			for _, q := range listMates(s.toks, targets, p) {
				add(q).weapons[w.val] = true
			}
		}
	}
	for _, h := range damage {
		if p, ok := pick(h.pos, h.end); ok {
			add(p).damage[h.val] = true
		}
	}
	for _, m := range targets {
		if m.district == "" {
			continue
		}
		if touched[m.p] {
			b.rows[m.p].districts[m.district] = true
		} else if s.attackish {
			r := b.row(m.p)
			r.districts[m.district] = true
			r.evidence[si] = true
		}
	}
}

// resolveTargets drops launch areas and gives each district its city: the
// nearest city named before it in the sentence, else the context city,
// else Kyiv.
func resolveTargets(ms []mention, ctx *place) []mention {
	out := make([]mention, 0, len(ms))
	for i, m := range ms {
		if m.launch {
			continue
		}
		if m.district != "" {
			m.p = districtCity(ms[:i], ctx)
		}
		out = append(out, m)
	}
	return out
}

func districtCity(before []mention, ctx *place) place {
	for k := len(before) - 1; k >= 0; k-- {
		if p := before[k].p; !before[k].launch && p.country == countryUkraine && p.city != "" {
			return p
		}
	}
	if ctx != nil && ctx.country == countryUkraine && ctx.city != "" {
		return *ctx
	}
	return kyivCity
}
