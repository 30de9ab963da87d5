package uk

import (
	"fmt"
	"strings"
)

// figure is one number with its qualifier; ok says it was stated.
type figure struct {
	val  int
	qual string
	ok   bool
}

// sectionCounts gathers the items of one section (launch or results).
type sectionCounts struct {
	drones       figure // the largest drone count of a sentence that is not a bullet
	droneBullets figure // the drone counts of the bullets, summed
	generic      figure // the largest stated missile total ("52 ракети різних типів")
	typed        figure // the per-model missile counts, summed
}

func (c *sectionCounts) add(it item, bullet bool) {
	switch {
	case it.class == itemDrone && bullet:
		c.droneBullets = sum(c.droneBullets, it)
	case it.class == itemDrone:
		c.drones = larger(c.drones, it)
	case it.class == itemMissile:
		c.generic = larger(c.generic, it)
	default:
		c.typed = sum(c.typed, it)
	}
}

func sum(f figure, it item) figure {
	if !f.ok {
		return figure{val: it.count, qual: it.qual, ok: true}
	}
	f.val += it.count
	if f.qual == "" {
		f.qual = it.qual
	}
	return f
}

func larger(f figure, it item) figure {
	if !f.ok || it.count > f.val {
		return figure{val: it.count, qual: it.qual, ok: true}
	}
	return f
}

// droneTotal is the section's drone count: the inventory line or the sum
// of its per-type bullets, whichever is larger (they agree on every post
// seen; the bullets sum when a post splits strike drones from decoys).
func (c sectionCounts) droneTotal() figure {
	if c.droneBullets.ok && (!c.drones.ok || c.droneBullets.val > c.drones.val) {
		return c.droneBullets
	}
	return c.drones
}

// missileTotal is the stated missile total, else the sum of the per-model
// lines. When both are given and disagree, the stated total is kept and
// the disagreement is returned as a note for the row's "check" qualifier.
func (c sectionCounts) missileTotal(what string) (figure, string) {
	switch {
	case c.generic.ok && c.typed.ok && c.generic.val != c.typed.val:
		return c.generic, fmt.Sprintf("%s: per-type lines sum to %d, stated total %d", what, c.typed.val, c.generic.val)
	case c.generic.ok:
		return c.generic, ""
	default:
		return c.typed, ""
	}
}

// tally is the national air-defence row of one summary.
type tally struct {
	dronesLaunched, dronesDowned, missilesLaunched, missilesDowned figure
	notes                                                          []string
}

// checkArithmetic enforces downed ≤ launched (DOMAIN.md §2). A downed count
// above its launched count is a misreading or a typo; rather than guess
// which figure is wrong, both stated figures go into the note and the
// downed one is left null, so no row ever says more were shot down than
// launched.
func (t *tally) checkArithmetic() {
	check := func(what string, launched figure, downed *figure) {
		if launched.ok && downed.ok && downed.val > launched.val {
			t.notes = append(t.notes, fmt.Sprintf("%s downed %d > launched %d; downed left null", what, downed.val, launched.val))
			*downed = figure{}
		}
	}
	check("drones", t.dronesLaunched, &t.dronesDowned)
	check("missiles", t.missilesLaunched, &t.missilesDowned)
}

func (t tally) note() string { return strings.Join(t.notes, "; ") }
