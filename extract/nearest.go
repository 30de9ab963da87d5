package extract

import "slices"

// Choosing the place a fact belongs to within its sentence.

// clauseBreaks separate clauses about different places ("…in Kharkiv, while
// in Odesa two people died").
var clauseBreaks = map[string]bool{";": true, "while": true, "whereas": true, "meanwhile": true, "but": true}

// placePrepositions introduce the place right after a fact ("killed three
// people in Kharkiv").
var placePrepositions = map[string]bool{
	"in": true, "on": true, "at": true, "near": true, "across": true, "outside": true, "over": true,
}

// choosePlace picks the place a fact at toks[pos:end] is about: a place
// introduced by "in/on/at" right after it in the same clause, else the
// nearest place before it in the clause, after it in the clause, before it
// in the sentence, after it in the sentence.
func choosePlace(toks []token, ms []mention, pos, end int) (place, bool) {
	if len(ms) == 0 {
		return place{}, false
	}
	lo, hi := clauseBounds(toks, pos)
	for _, m := range ms {
		if m.start >= end && m.start <= end+4 && m.start < hi && introducedByPreposition(toks, m.start) {
			return m.p, true
		}
	}
	for _, within := range []bool{true, false} {
		var before, after *mention
		for i := range ms {
			m := &ms[i]
			if within && (m.start < lo || m.start >= hi) {
				continue
			}
			if m.start < pos {
				before = m
			} else if after == nil {
				after = m
			}
		}
		if before != nil {
			return before.p, true
		}
		if after != nil {
			return after.p, true
		}
	}
	return place{}, false
}

func introducedByPreposition(toks []token, start int) bool {
	prev := wordBefore(toks, start)
	if prev == "the" {
		prev = wordBefore(toks, start-1)
	}
	return placePrepositions[prev]
}

// clauseBounds returns the clause around pos.
func clauseBounds(toks []token, pos int) (int, int) {
	lo, hi := 0, len(toks)
	for k := pos - 1; k >= 0; k-- {
		if clauseBreaks[toks[k].w] {
			lo = k + 1
			break
		}
	}
	for k := pos; k < len(toks); k++ {
		if clauseBreaks[toks[k].w] {
			hi = k
			break
		}
	}
	return lo, hi
}

// listMates returns p with the places listed together with it ("attacked
// Kyiv and the Kyiv region"): a weapon aimed at a list hit each of them.
func listMates(toks []token, ms []mention, p place) []place {
	at := -1
	for i, m := range ms {
		if m.p == p {
			at = i
			break
		}
	}
	out := []place{p}
	if at < 0 {
		return out
	}
	add := func(q place) {
		if !slices.Contains(out, q) { // "the Desnianskyi and Darnytskyi districts" are one city
			out = append(out, q)
		}
	}
	for i := at - 1; i >= 0 && listed(toks, ms[i].end, ms[i+1].start); i-- {
		add(ms[i].p)
	}
	for i := at + 1; i < len(ms) && listed(toks, ms[i-1].end, ms[i].start); i++ {
		add(ms[i].p)
	}
	return out
}

// listed reports whether only "and", commas and "the" separate two places.
func listed(toks []token, from, to int) bool {
	if to <= from || to-from > 3 {
		return false
	}
	for k := from; k < to; k++ {
		if w := toks[k].w; w != "and" && w != "," && w != "the" {
			return false
		}
	}
	return true
}
