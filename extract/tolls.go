package extract

// Toll updates and zero tolls: the casualty phrases that are not "number
// before a casualty word".

// tollUpdates reads "the death toll rose to 6" and "the number of injured
// has risen to 52": the latest figure, exact unless qualified again.
func tollUpdates(toks []token, used []bool) []obs {
	var out []obs
	for i, t := range toks {
		field := ""
		switch {
		case t.w == "toll":
			field = fieldKilled
			if wordBefore(toks, i) == "injury" {
				field = fieldInjured
			}
		case t.w == "number" && wordAfter(toks, i+1) != "" && toks[i+1].w == "of":
			field = numberOfField(toks, i+2)
		}
		if field == "" {
			continue
		}
		if o, ok := figureAfter(toks, i+1, field, used); ok {
			out = append(out, o)
		}
	}
	return out
}

func numberOfField(toks []token, i int) string {
	for k := i; k < len(toks) && k < i+5 && !toks[k].punct; k++ { // "the number of people who were injured"
		switch toks[k].w {
		case "dead", "killed", "deaths", "victims", "fatalities":
			return fieldKilled
		case "injured", "wounded", "injuries", "hurt":
			return fieldInjured
		case "rescued":
			return fieldRescued
		}
	}
	return ""
}

// tollLinks are the words right before the figure a toll reached.
var tollLinks = map[string]bool{
	"to": true, "at": true, "reached": true, "hit": true, "is": true, "was": true,
	"stands": true, "stood": true, "now": true, "reaches": true,
}

// figureAfter finds the number a toll phrase rose to, within 16 words.
func figureAfter(toks []token, from int, field string, used []bool) (obs, bool) {
	for k := from; k < len(toks) && k < from+16; k++ {
		if toks[k].w == ";" || (k > from && toks[k].w == "toll") {
			break
		}
		if !tollLinks[wordBefore(toks, k)] {
			continue
		}
		q, end, ok := readQuantity(toks, k)
		if !ok {
			continue
		}
		for u := k; u < end; u++ {
			used[u] = true
		}
		return obs{field: field, q: q, toll: true, pos: k, end: end}, true
	}
	return obs{}, false
}

// zeroCasualties reads "no one was killed", "nobody was hurt", "there were
// no casualties".
func zeroCasualties(toks []token, used []bool) []obs {
	var out []obs
	for i := range toks {
		if wordsAt(toks, i, "no", "one") || toks[i].w == "nobody" || toks[i].w == "none" {
			k := i + 1
			if toks[i].w == "no" {
				used[i+1] = true // "one" of "no one" is not a count
				k++
			}
			for k < len(toks) && (toks[k].w == "was" || toks[k].w == "were" || toks[k].w == "has" || toks[k].w == "been" || toks[k].w == "had") {
				k++
			}
			if k < len(toks) {
				if m, ok := casualtyLex.matchAt(toks, k); ok && (m.val == fieldKilled || m.val == fieldInjured) {
					out = append(out, obs{field: m.val, q: exact(0), pos: i, end: m.end})
				}
			}
			continue
		}
		if toks[i].w != "no" && toks[i].w != "without" {
			continue
		}
		if reportedAfter(toks, i+2) {
			continue // "no casualties were reported": nothing is known
		}
		switch wordAfter(toks, i+1) {
		case "casualties":
			out = append(out, obs{field: fieldKilled, q: exact(0), pos: i, end: i + 2},
				obs{field: fieldInjured, q: exact(0), pos: i, end: i + 2})
		case "injuries", "injured":
			out = append(out, obs{field: fieldInjured, q: exact(0), pos: i, end: i + 2})
		case "deaths", "fatalities", "dead":
			out = append(out, obs{field: fieldKilled, q: exact(0), pos: i, end: i + 2})
		}
	}
	return out
}

// reportedAfter reads "were reported" or "have been reported" at toks[i:]:
// the absence of reports, not a report of none.
func reportedAfter(toks []token, i int) bool {
	for k := i; k < len(toks) && k < i+3; k++ {
		switch toks[k].w {
		case "reported", "recorded":
			return true
		case "were", "was", "have", "has", "been", "yet", "so", "far":
		default:
			return false
		}
	}
	return false
}
