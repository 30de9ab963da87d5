package extract

import (
	"sort"
	"strconv"
)

// figure is the best observation of one field so far, with its order in the
// text (sentence index, then position).
type figure struct {
	o   obs
	seq int
}

// rowAcc accumulates one attack row: a place's figures, weapons, damage,
// districts and evidence sentences.
type rowAcc struct {
	p         place
	date      dayRef
	hasFacts  bool
	districts map[string]bool
	weapons   map[string]bool
	damage    map[string]bool
	figures   map[string]figure
	evidence  map[int]bool
	hints     rowHints
}

// rowHints are weapons and damage a summary sentence gives several places
// at once ("hitting the Lviv and Ivano-Frankivsk regions with cruise
// missiles and drones"); they fill in only what the row's own sentences
// leave open.
type rowHints struct {
	weapons, damage map[string]bool
}

// attackBuilder collects rows in the order places first appear.
type attackBuilder struct {
	rows       map[place]*rowAcc
	order      []place
	lastLaunch launchRef
}

func newAttackBuilder() *attackBuilder {
	return &attackBuilder{rows: map[place]*rowAcc{}}
}

func (b *attackBuilder) row(p place) *rowAcc {
	r, ok := b.rows[p]
	if !ok {
		r = &rowAcc{
			p: p, districts: map[string]bool{}, weapons: map[string]bool{},
			damage: map[string]bool{}, figures: map[string]figure{}, evidence: map[int]bool{},
			hints: rowHints{weapons: map[string]bool{}, damage: map[string]bool{}},
		}
		b.rows[p] = r
		b.order = append(b.order, p)
	}
	return r
}

// addFigure keeps the better of the new and the stored observation.
func (r *rowAcc) addFigure(o obs, sent int) {
	f := figure{o: o, seq: sent*maxTokens + o.pos}
	if old, ok := r.figures[o.field]; !ok || better(f, old) {
		r.figures[o.field] = f
	}
	r.hasFacts = true
}

// better decides between two observations of one field. The latest strong
// figure wins: tolls are updated as rubble is cleared and a live blog's last
// entry is its best (README: the latest figure in the document wins). A weak
// figure — a subset (hospitalised, "of them", children alone, one district's
// share), an increment ("two more bodies") or an earlier report ("officials
// had put the toll at seven") — is used only when nothing stronger is
// reported, the largest then. A known number beats a vague phrase. Air
// tallies keep the largest count (isTallyField).
func better(n, old figure) bool {
	if n.o.weak != old.o.weak {
		return !n.o.weak
	}
	if n.o.q.known != old.o.q.known {
		return n.o.q.known
	}
	if (n.o.weak || isTallyField(n.o.field)) && n.o.q.known {
		return n.o.q.value > old.o.q.value
	}
	return n.seq > old.seq
}

// isTallyField reports a drone or missile count. Tallies list a total
// before its parts ("32 missiles: 24 Kh-101, 6 Iskander-M…"), so the largest
// count wins; corrections come as "updated information" and earlier figures
// are marked weak.
func isTallyField(f string) bool {
	return f == fieldDronesLaunched || f == fieldDronesDowned || f == fieldMissilesLaunched || f == fieldMissilesDowned
}

// attack renders a finished row; docDate is the fallback attack day.
func (r *rowAcc) attack(sents []sentence, docDate string) Attack {
	a := Attack{Country: r.p.country, Qualifiers: map[string]string{}}
	a.Oblast, a.City = optString(r.p.oblast), optString(r.p.city)
	if d := firstNonEmpty(r.date.day, docDate); d != "" {
		a.Date = &d
	}
	a.Districts = sortedKeys(r.districts)
	a.Damage = sortedKeys(r.damage)
	a.Weapons = finalWeapons(r.weapons)
	for field, f := range r.figures {
		setFigure(&a, field, f.o.q)
	}
	checkTally(&a)
	idx := make([]int, 0, len(r.evidence))
	for i := range r.evidence {
		idx = append(idx, i)
	}
	sort.Ints(idx)
	for _, i := range idx {
		a.Evidence = append(a.Evidence, sents[i].text)
	}
	return a
}

// setFigure stores a quantity in its field: a known value with its
// qualifier, or null with the vague phrase kept in qualifiers.
func setFigure(a *Attack, field string, q quantity) {
	var dst **int
	switch field {
	case fieldKilled:
		dst = &a.Killed
	case fieldInjured:
		dst = &a.Injured
	case fieldRescued:
		dst = &a.Rescued
	case fieldMissing:
		dst = &a.Missing
	case fieldChildrenKilled:
		dst = &a.ChildrenKilled
	case fieldDronesLaunched:
		dst = &a.DronesLaunched
	case fieldDronesDowned:
		dst = &a.DronesDowned
	case fieldMissilesLaunched:
		dst = &a.MissilesLaunched
	case fieldMissilesDowned:
		dst = &a.MissilesDowned
	default:
		return
	}
	if !q.known {
		*dst = nil
		if q.phrase != "" {
			a.Qualifiers[field] = q.phrase
		}
		return
	}
	v := q.value
	*dst = &v
	if q.qual != "" {
		a.Qualifiers[field] = q.qual
	}
}

// checkTally drops a downed figure above its launched figure: the text or
// the reading is wrong, and guessing which would invent a number.
func checkTally(a *Attack) {
	if a.DronesDowned != nil && a.DronesLaunched != nil && *a.DronesDowned > *a.DronesLaunched {
		a.DronesDowned = nil
		a.Qualifiers["drones_downed"] = "inconsistent: above launched (" + strconv.Itoa(*a.DronesLaunched) + ")"
	}
	if a.MissilesDowned != nil && a.MissilesLaunched != nil && *a.MissilesDowned > *a.MissilesLaunched {
		a.MissilesDowned = nil
		a.Qualifiers["missiles_downed"] = "inconsistent: above launched (" + strconv.Itoa(*a.MissilesLaunched) + ")"
	}
}

// finalWeapons resolves generic words: "drones" adds drone only when the
// row names no drone type, "missiles" adds missile_unspecified only when it
// names no missile type (README: a generic word is absorbed by a specific
// type named for the same row).
func finalWeapons(set map[string]bool) []string {
	out := map[string]bool{}
	for w := range set {
		if w != genericDrone && w != genericMissile {
			out[w] = true
		}
	}
	if set[genericDrone] && !out[WeaponShahed] {
		out[WeaponDrone] = true
	}
	if set[genericMissile] && !out[WeaponCruise] && !out[WeaponBallistic] && !out[WeaponHypersonic] {
		out[WeaponMissileAny] = true
	}
	return sortedKeys(out)
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func optString(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
