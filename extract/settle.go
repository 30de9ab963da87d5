package extract

// Settling rows once every sentence is read: summaries fill in details,
// oblast rows that only repeat a summary give way to the towns they cover,
// and strikes on Russia keep only what Ukraine fires.

func (r *rowAcc) addWeapon(v string, hint bool) {
	if hint {
		r.hints.weapons[v] = true
		return
	}
	r.weapons[v] = true
}

func (r *rowAcc) addDamage(v string, hint bool) {
	if hint {
		r.hints.damage[v] = true
		return
	}
	r.damage[v] = true
}

// settle finishes the rows: an oblast row with nothing but weapons, in a
// document that reports towns of that oblast, passes its weapons to them as
// hints and is dropped; hints are applied; a Russian place keeps a row only
// for reported damage or figures, and without Russia's own weapons.
func (b *attackBuilder) settle() {
	for _, p := range b.order {
		r := b.rows[p]
		if p.city != "" || p.oblast == "" || len(r.figures) > 0 || len(r.damage) > 0 {
			continue
		}
		towns := b.townsOf(p)
		if len(towns) == 0 {
			continue
		}
		for _, t := range towns {
			for w := range r.weapons {
				t.hints.weapons[w] = true
			}
			for w := range r.hints.weapons {
				t.hints.weapons[w] = true
			}
		}
		r.hasFacts = false
	}
	for _, p := range b.order {
		r := b.rows[p]
		r.applyHints()
		if p.country == countryRussia {
			r.dropRussianWeapons()
			if len(r.figures) == 0 && len(r.damage) == 0 {
				r.hasFacts = false
			}
		}
	}
}

// townsOf returns the rows of towns and cities in oblast p.
func (b *attackBuilder) townsOf(p place) []*rowAcc {
	var out []*rowAcc
	for _, q := range b.order {
		if q.city != "" && q.country == p.country && q.oblast == p.oblast && b.rows[q].hasFacts {
			out = append(out, b.rows[q])
		}
	}
	return out
}

// applyHints adds a summary's weapons to a row that names none of its own,
// or where they name the type of a generic word the row has ("a missile"
// in Lviv, "cruise missiles" in the summary); and a summary's damage to a
// row that reports none.
func (r *rowAcc) applyHints() {
	if len(r.damage) == 0 {
		for d := range r.hints.damage {
			r.damage[d] = true
		}
	}
	own := len(r.weapons) > 0
	for w := range r.hints.weapons {
		if !own || refines(w, r.weapons) {
			r.weapons[w] = true
		}
	}
}

// refines reports whether weapon w is the type of a generic word in own.
func refines(w string, own map[string]bool) bool {
	switch w {
	case WeaponShahed, WeaponDrone:
		return own[genericDrone]
	case WeaponCruise, WeaponBallistic, WeaponHypersonic:
		return own[genericMissile]
	}
	return false
}

// russianOnly are weapons only Russia fires; on a Russian row they come from
// sentences about Russia's own attacks ("the base launches Kh-101s").
var russianOnly = map[string]bool{
	WeaponShahed: true, WeaponCruise: true, WeaponBallistic: true,
	WeaponHypersonic: true, WeaponGlideBomb: true,
}

func (r *rowAcc) dropRussianWeapons() {
	for w := range r.weapons {
		if russianOnly[w] {
			delete(r.weapons, w)
		}
	}
}
