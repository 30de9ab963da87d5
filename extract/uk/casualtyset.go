package uk

import "sitrep/extract"

// casualtySet keeps the best figure per casualty field of one row: the
// highest priority wins (a rise over a plain figure over "ще N" and
// zeroes); among equals, the largest. Figures of one post are never
// summed: "загинула 1 людина" and "загинули 3 людини" are two statements
// of one toll.
type casualtySet struct {
	best map[string]casualty
}

// add merges the casualties of sentence i.
func (c *casualtySet) add(cs []casualty, i int) {
	if c.best == nil {
		c.best = map[string]casualty{}
	}
	for _, x := range cs {
		x.sent = i
		cur, ok := c.best[x.field]
		if !ok || x.prio > cur.prio || x.prio == cur.prio && better(x, cur) {
			c.best[x.field] = x
		}
	}
}

// sentences are the indices of the sentences the chosen figures came from:
// a figure that lost ("Ще одна людина померла" beside "зросла до 4") is no
// evidence.
func (c casualtySet) sentences() []int {
	var out []int
	for _, x := range c.best {
		out = append(out, x.sent)
	}
	return out
}

// better prefers a number over a vague word, then the larger number.
func better(x, cur casualty) bool {
	if x.fig.ok != cur.fig.ok {
		return x.fig.ok
	}
	return x.fig.val > cur.fig.val
}

// fill writes the chosen figures into the row; a vague one ("кілька",
// "під завалами можуть бути люди") leaves the figure null and keeps the
// phrase as the field's qualifier.
func (c casualtySet) fill(a *extract.Attack) {
	for field, x := range c.best {
		if x.fig.ok {
			setFigure(a, field, x.fig)
		} else if x.vague != "" {
			a.Qualifiers[field] = x.vague
		}
	}
}
