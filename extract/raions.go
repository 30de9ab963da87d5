package extract

import "strings"

// Raions and hromadas: the areas an oblast divides into. English news names
// them after their centre ("the Kupiansk district", officials' "Kupianskyi
// raion", "the Nikopol community") or by a name the gazetteer lacks ("the
// Velykyi Burluk hromada"). Either way the area is part of the oblast, not
// the town: its figures make an oblast-level row (city null), and never
// join the toll of the oblast's main city.

// areaWords name a raion or hromada after its name. "District" is among
// them only for names the gazetteer knows as towns: an unknown "X district"
// is as likely a city district ("the Saltivskyi district" of Kharkiv).
var areaWords = map[string]bool{
	"raion": true, "raions": true, "rayon": true, "hromada": true, "hromadas": true,
	"community": true, "communities": true,
}

// isAreaWord reports a word that, after a place name, makes it a raion or
// hromada: "district", "raion", "hromada", "community".
func isAreaWord(w string) bool { return districtWords[w] || areaWords[w] }

// adjectivalRaion reads an official raion name formed from its centre's
// name ("Kupianskyi", "Chuhuivskyi", "Buchanskyi") before an area word, as
// that town's raion: an oblast-level place. Kyiv is left out: "Kyivskyi" is
// a city district of Kharkiv, Odesa and Poltava.
func adjectivalRaion(toks []token, i int) (mention, bool) {
	if i+1 >= len(toks) || !isAreaWord(toks[i+1].w) || !toks[i].upper {
		return mention{}, false
	}
	w := toks[i].w
	for _, suf := range []string{"nskyi", "skyi", "skyy", "skiy", "sky", "yi", "kyi", "iy"} {
		stem, ok := strings.CutSuffix(w, suf)
		if !ok || len(stem) < 4 {
			continue
		}
		for _, cand := range []string{stem, stem + "y", stem + "e", stem + "a"} {
			lm, ok := placeLex.matchAt([]token{{w: cand}}, 0)
			if !ok || lm.val[0] != 'c' {
				continue
			}
			m, ok := toMention([]token{{w: cand}}, lm)
			if ok && m.p.city != "" && m.p.city != "Kyiv" && m.p.country == countryUkraine {
				return mention{start: i, end: i + 2, p: place{country: countryUkraine, oblast: m.p.oblast}}, true
			}
		}
	}
	return mention{}, false
}

// unknownArea reads a raion or hromada the gazetteer does not know ("the
// Velykyi Burluk hromada"): one or two capitalised words before "raion",
// "hromada" or "community". Its oblast is that of the place in context,
// set by resolveTargets. "Community" counts only after a town the
// gazetteer knows ("the Nikopol community").
func unknownArea(toks []token, i int) (mention, bool) {
	if toks[i].punct {
		return mention{}, false
	}
	end := i + 1
	if end < len(toks) && toks[end].upper && !toks[end].punct && !areaWords[toks[end].w] {
		end++
	}
	switch wordAfter(toks, end) {
	case "raion", "rayon", "hromada", "raions", "hromadas":
	default:
		return mention{}, false // "the Euro-Atlantic community" is no place
	}
	return mention{start: i, end: end + 1, area: true}, true
}

// widenAreaLists reads "the Kupiansk and Izium districts": every town in a
// list closed by a plural area word is its raion.
func widenAreaLists(toks []token, ms []mention) {
	for i := len(ms) - 1; i > 0; i-- {
		cur := ms[i]
		if cur.p.city != "" || cur.district != "" || cur.end == 0 || cur.area {
			continue
		}
		if w := toks[cur.end-1].w; w != "districts" && w != "raions" && w != "hromadas" && w != "communities" {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			gap := toks[ms[j].end:ms[j+1].start]
			if len(gap) != 1 || (gap[0].w != "and" && gap[0].w != ",") {
				break
			}
			if p := ms[j].p; p.city != "" && p != kyivCity && ms[j].district == "" {
				ms[j].p.city = ""
			}
		}
	}
}
