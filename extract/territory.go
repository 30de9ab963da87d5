package extract

import "strings"

// claimLex: verbs of taking control of settlements. The Russian defence
// ministry's "liberated" means captured.
var claimLex = newLexicon([][2]string{
	{"claimed control of", "c"}, {"claimed control over", "c"}, {"claimed the capture of", "c"},
	{"claimed to have captured", "c"}, {"claimed to have taken", "c"}, {"claims to have captured", "c"},
	{"claimed to have seized", "c"}, {"claimed the seizure of", "c"}, {"captured", "c"},
	{"took control of", "c"}, {"taken control of", "c"}, {"seized", "c"}, {"liberated", "c"},
	{"recaptured", "c"}, {"retook", "c"}, {"retaken", "c"}, {"de-occupied", "c"},
	{"gained control of", "c"}, {"established control over", "c"}, {"took full control of", "c"},
})

var settlementNouns = map[string]bool{
	"village": true, "villages": true, "settlement": true, "settlements": true,
	"town": true, "towns": true, "locality": true, "localities": true, "hamlet": true,
	"hamlets": true, "city": true, "cities": true,
}

var settlementAdjectives = map[string]bool{
	"additional": true, "more": true, "new": true, "other": true, "further": true,
	"small": true, "frontline": true, "front-line": true, "eastern": true, "nearby": true,
}

// findClaim reads one territorial claim: who claims control of how many
// settlements and which, with the region from this or the previous
// sentence. Nothing is returned without a claimant and a count or a name.
func findClaim(toks []token, text string, prev []token) (TerritorialClaim, bool) {
	cue := -1
	var cueEnd int
	for _, m := range claimLex.scan(toks) {
		cue, cueEnd = m.start, m.end
		break
	}
	if cue < 0 {
		return TerritorialClaim{}, false
	}
	claimant := claimantBefore(toks, cue)
	count, names := settlementsAfter(toks, cueEnd)
	if claimant == "" || (count == nil && len(names) == 0) {
		return TerritorialClaim{}, false
	}
	if count == nil {
		n := len(names)
		count = &n
	}
	c := TerritorialClaim{Claimant: claimant, Settlements: count, Names: names, Evidence: text}
	if r := regionIn(toks); r != "" {
		c.Region = &r
	} else if r := regionIn(prev); r != "" {
		c.Region = &r
	}
	return c, true
}

// claimantBefore returns Russia or Ukraine as named before the cue.
func claimantBefore(toks []token, cue int) string {
	name := ""
	for _, a := range findActors(toks[:cue]) {
		if a.name == "Russia" || a.name == "Ukraine" {
			name = a.name
		}
	}
	return name
}

// settlementsAfter reads "three (additional) villages" or "the village of
// X", "villages of X, Y and Z", or a bare place name after the cue.
func settlementsAfter(toks []token, i int) (*int, []string) {
	if wordAfter(toks, i) == "the" {
		i++
	}
	var count *int
	if q, end, ok := readQuantity(toks, i); ok && q.known {
		j := end
		for j < len(toks) && settlementAdjectives[toks[j].w] {
			j++
		}
		if j < len(toks) && settlementNouns[toks[j].w] {
			n := q.value
			count = &n
			i = j + 1
		}
	} else if i < len(toks) && settlementNouns[toks[i].w] {
		i++
	}
	if wordAfter(toks, i) == "of" {
		i++
	}
	return count, namesAt(toks, i)
}

// namesAt reads capitalised names joined by commas and "and".
func namesAt(toks []token, i int) []string {
	var names []string
	var cur []string
	for ; i < len(toks) && len(names) < 50; i++ {
		t := toks[i]
		if !t.punct && t.upper {
			cur = append(cur, t.raw)
			continue
		}
		if len(cur) > 0 {
			names = append(names, strings.Join(cur, " "))
			cur = nil
		}
		if t.w != "," && t.w != "and" {
			break
		}
	}
	if len(cur) > 0 {
		names = append(names, strings.Join(cur, " "))
	}
	return names
}

// regionIn returns the first Ukrainian oblast a sentence names. The contract
// has one region per claim, so "the Donetsk and Luhansk regions" gives
// Donetsk; the evidence sentence keeps the rest.
func regionIn(toks []token) string {
	for _, m := range findPlaces(toks, false) {
		if m.p.country == countryUkraine && m.p.oblast != "" && m.district == "" {
			return m.p.oblast
		}
	}
	return ""
}
