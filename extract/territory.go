package extract

import (
	"sort"
	"strings"
)

// claimLex: verbs of taking control of settlements. The Russian defence
// ministry's "liberated" means captured.
var claimLex = newLexicon([][2]string{
	{"claimed control of", "c"}, {"claimed control over", "c"}, {"claimed the capture of", "c"},
	{"claimed to have captured", "c"}, {"claimed to have taken", "c"}, {"claims to have captured", "c"},
	{"claimed to have seized", "c"}, {"claimed the seizure of", "c"}, {"captured", "c"},
	{"took control of", "c"}, {"taken control of", "c"}, {"seized", "c"}, {"liberated", "c"},
	{"recaptured", "c"}, {"retook", "c"}, {"retaken", "c"}, {"de-occupied", "c"},
	{"gained control of", "c"}, {"established control over", "c"}, {"took full control of", "c"},
	{"to have taken", "c"}, {"to have taken control of", "c"}, {"to have gained control of", "c"},
	{"to have established control over", "c"}, {"to have seized control of", "c"}, {"to have captured", "c"}, {"to have seized", "c"}, {"to have liberated", "c"},
	{"the capture of", "c"}, {"retake", "c"}, {"retakes", "c"}, {"liberate", "c"}, {"liberates", "c"},
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

// findClaims reads the territorial claims of one sentence: who claims
// control of how many settlements and which, one claim per region ("the
// village of Kolisnykivka in the Kharkiv region and Dronivka in the Donetsk
// region" is two). The claimant is Russia or Ukraine as named before the
// cue, else anywhere in the sentence ("…, the General Staff of the Armed
// Forces of Ukraine announced"), else the Russian ministry's "group of
// forces", else the document's (claimant). A region not named with the
// settlements comes from this or the previous sentence. Nothing is returned
// without a claimant and a count or a name.
func findClaims(toks []token, text string, prev []token, claimant string) []TerritorialClaim {
	cue, cueEnd := -1, 0
	for _, m := range claimLex.scan(toks) {
		cue, cueEnd = m.start, m.end
		break
	}
	if cue < 0 {
		return nil
	}
	who := claimantIn(toks, cue, claimant)
	count, groups := settlementsAfter(toks, cueEnd)
	if who == "" || (count == nil && len(groups) == 0) {
		return nil
	}
	fallback := firstNonEmpty(regionIn(toks), regionIn(prev))
	if len(groups) == 0 {
		groups = []nameGroup{{}}
	}
	var out []TerritorialClaim
	for _, g := range groups {
		n := count
		if n == nil || len(groups) > 1 {
			k := len(g.names)
			n = &k
		}
		c := TerritorialClaim{Claimant: who, Settlements: n, Names: g.names, Evidence: text}
		c.Region = optString(firstNonEmpty(g.region, fallback))
		out = append(out, c)
	}
	return out
}

// claimantIn returns Russia or Ukraine as the sentence names the claimant.
func claimantIn(toks []token, cue int, claimant string) string {
	if name := claimantBefore(toks, cue); name != "" {
		return name
	}
	if name := claimantBefore(toks, len(toks)); name != "" {
		return name
	}
	if hasPhrase(toks, "group", "of", "forces") {
		return "Russia" // the Russian defence ministry's wording
	}
	return claimant
}

// nameGroup is settlements named together with their region.
type nameGroup struct {
	names  []string
	region string
}

// settlementsAfter reads "three (additional) villages" or "the village of
// X", "villages of X, Y and Z", or a bare place name after the cue, with
// "in the X region" after each group of names.
func settlementsAfter(toks []token, i int) (*int, []nameGroup) {
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
	var groups []nameGroup
	for len(groups) < 10 {
		names, end := namesAt(toks, i)
		if len(names) == 0 {
			break
		}
		g := nameGroup{names: names}
		g.region, end = regionAfter(toks, end)
		groups = append(groups, g)
		if wordAfter(toks, end) != "and" && wordAfter(toks, end) != "," {
			break
		}
		i = end + 1
		if wordAfter(toks, i) == "the" && settlementNouns[wordAfter(toks, i+1)] {
			i += 2
			if wordAfter(toks, i) == "of" {
				i++
			}
		}
	}
	return count, mergeRegions(groups)
}

// regionAfter reads "in the X region" or "in X region" at toks[i:].
func regionAfter(toks []token, i int) (string, int) {
	if wordAfter(toks, i) != "in" {
		return "", i
	}
	j := i + 1
	if wordAfter(toks, j) == "the" {
		j++
	}
	for _, m := range findPlaces(toks[j:min(len(toks), j+4)], false) {
		if m.start == 0 && m.p.country == countryUkraine && m.p.oblast != "" && m.p.city == "" {
			return m.p.oblast, j + m.end
		}
	}
	return "", i
}

// mergeRegions gives names without a region the region named after them
// ("Stepnoye and Andreyevka in Zaporozhye region") and merges groups of
// one region.
func mergeRegions(groups []nameGroup) []nameGroup {
	var out []nameGroup
	var pending []string
	for _, g := range groups {
		pending = append(pending, g.names...)
		if g.region == "" {
			continue
		}
		if n := len(out); n > 0 && out[n-1].region == g.region {
			out[n-1].names = append(out[n-1].names, pending...)
		} else {
			out = append(out, nameGroup{names: pending, region: g.region})
		}
		pending = nil
	}
	if len(pending) > 0 {
		if n := len(out); n > 0 {
			out[n-1].names = append(out[n-1].names, pending...)
		} else {
			out = append(out, nameGroup{names: pending})
		}
	}
	for i := range out {
		sort.Strings(out[i].names)
	}
	return out
}

// namesAt reads capitalised names joined by commas and "and", and returns
// where it stopped.
func namesAt(toks []token, i int) ([]string, int) {
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
	for i > 0 && (toks[i-1].w == "," || toks[i-1].w == "and") {
		i-- // a trailing "and" belongs to what follows
	}
	return names, i
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

// claimantBefore returns Russia or Ukraine as last named before toks[cue].
func claimantBefore(toks []token, cue int) string {
	name := ""
	for _, a := range findActors(toks[:cue]) {
		if a.name == "Russia" || a.name == "Ukraine" {
			name = a.name
		}
	}
	return name
}
