package extract

import "strconv"

// Countries of attack rows.
const (
	countryUkraine = "Ukraine"
	countryRussia  = "Russia"
)

// place is an attack row's location; oblast and city are "" when unknown or
// not applicable (an oblast-level place has no city).
type place struct {
	country, oblast, city string
}

// national is the Air Force tally's row: the whole country.
var national = place{country: countryUkraine}

var kyivCity = place{country: countryUkraine, oblast: "Kyiv", city: "Kyiv"}

// mention is a place named in a sentence at tokens [start, end).
type mention struct {
	start, end int
	p          place
	district   string // a Kyiv-style city district; p is its city once resolved
	launch     bool   // a launch area ("from the direction of Kursk"), not a target
	area       bool   // a raion or hromada the gazetteer lacks; its oblast comes from context
	role       int    // roleTarget, or why the place is named without being hit
}

// placeLex finds every gazetteer name; the value says which table row.
var placeLex = buildPlaceLex()

// oblastByVariant gives the oblast a name means before "region"/"oblast";
// russiaRegionByVariant does the same for Russian regions.
var (
	oblastByVariant       = buildOblastByVariant()
	russiaRegionByVariant = buildRussiaRegions()
)

func buildPlaceLex() *lexicon {
	var pairs [][2]string
	for i, c := range cityTable {
		for _, v := range c.variants {
			pairs = append(pairs, [2]string{v, "c" + strconv.Itoa(i)})
		}
	}
	for i, o := range oblastTable {
		if o.alone {
			for _, v := range o.variants {
				pairs = append(pairs, [2]string{v, "o" + strconv.Itoa(i)})
			}
		}
	}
	for i, r := range russiaTable {
		for _, v := range r.variants {
			pairs = append(pairs, [2]string{v, "r" + strconv.Itoa(i)})
		}
	}
	for i, d := range kyivDistricts {
		for _, v := range d.variants {
			pairs = append(pairs, [2]string{v, "d" + strconv.Itoa(i)})
		}
	}
	return newLexicon(pairs)
}

func buildOblastByVariant() map[string]string {
	m := map[string]string{}
	for _, o := range oblastTable {
		for _, v := range o.variants {
			m[v] = o.name
		}
	}
	return m
}

func buildRussiaRegions() map[string]string {
	m := map[string]string{}
	for _, r := range russiaTable {
		for _, v := range r.variants {
			m[v] = r.region
		}
	}
	return m
}

var regionWords = map[string]bool{
	"region": true, "regions": true, "oblast": true, "oblasts": true,
	"province": true, "provinces": true,
}

var districtWords = map[string]bool{"district": true, "districts": true, "raion": true}

// sportsClubs precede a city name that is a football club, not a place.
var sportsClubs = map[string]bool{
	"dynamo": true, "shakhtar": true, "zorya": true, "metalist": true,
	"karpaty": true, "chornomorets": true, "vorskla": true, "kryvbas": true,
	"rukh": true, "polissya": true,
}

// findPlaces returns the places a sentence names. kyivCtx says whether the
// document is about Kyiv, so that "the capital" means Kyiv.
func findPlaces(toks []token, kyivCtx bool) []mention {
	var out []mention
	for i := 0; i < len(toks); {
		if m, ok := capitalAt(toks, i, kyivCtx); ok {
			out = append(out, m)
			i = m.end
			continue
		}
		lm, ok := placeLex.matchAt(toks, i)
		if !ok {
			if m, ok := areaAt(toks, i); ok {
				out = append(out, m)
				i = m.end
				continue
			}
			i++
			continue
		}
		if m, ok := toMention(toks, lm); ok {
			m.launch = isLaunchArea(toks, m.start, out)
			out = append(out, m)
			i = m.end
			continue
		}
		i = lm.end
	}
	widenRegionLists(toks, out)
	widenAreaLists(toks, out)
	out = surroundingRegion(toks, out)
	markRoles(toks, out)
	return out
}

// areaAt reads a raion or hromada named at toks[i] that the gazetteer
// lacks (raions.go).
func areaAt(toks []token, i int) (mention, bool) {
	if !toks[i].upper || i+1 >= len(toks) {
		return mention{}, false
	}
	if m, ok := adjectivalRaion(toks, i); ok {
		return m, true
	}
	return unknownArea(toks, i)
}

// capitalAt reads "the capital" or "Ukraine's capital" as Kyiv.
func capitalAt(toks []token, i int, kyivCtx bool) (mention, bool) {
	if toks[i].w != "capital" || i == 0 {
		return mention{}, false
	}
	prev := toks[i-1]
	ukr := prev.w == "ukrainian" || (prev.w == "ukraine" && prev.poss)
	the := prev.w == "the" && kyivCtx && !(i+1 < len(toks) && toks[i+1].w == "of")
	if !ukr && !the {
		return mention{}, false
	}
	return mention{start: i - 1, end: i + 1, p: kyivCity}, true
}

// toMention turns a lexicon match into a mention, applying the traps: a
// river, a football club, a nuclear plant, "X region".
func toMention(toks []token, lm lexMatch) (mention, bool) {
	name := joinWords(toks, lm.start, lm.end)
	prev, next := wordBefore(toks, lm.start), wordAfter(toks, lm.end)
	if sportsClubs[prev] || next == "nuclear" || next == "river" || next == "fc" {
		return mention{}, false
	}
	if (name == "dnipro" || name == "dnepr") && (prev == "along" || prev == "across") {
		return mention{}, false
	}
	m := mention{start: lm.start, end: lm.end}
	idx, _ := strconv.Atoi(lm.val[1:])
	switch lm.val[0] {
	case 'c':
		c := cityTable[idx]
		m.p = place{country: countryUkraine, oblast: c.oblast, city: c.name}
	case 'o':
		o := oblastTable[idx]
		m.p = place{country: countryUkraine, oblast: o.name}
		if (o.name == "Donetsk" || o.name == "Luhansk") && (next == "city" || prev == "of" && wordBefore(toks, lm.start-1) == "city") {
			m.p.city = o.name
		}
	case 'r':
		r := russiaTable[idx]
		m.p = place{country: countryRussia, oblast: r.region, city: r.name}
	case 'd':
		m.district = kyivDistricts[idx].name
		if districtWords[next] {
			m.end++
		}
		return m, true
	}
	if isAreaWord(next) && m.p.city != "" && m.p != kyivCity {
		// A raion named after its centre ("the Kupiansk district") is an
		// area of the oblast, not the town.
		m.p.city = ""
		m.end++
		return m, true
	}
	if regionWords[next] {
		if o, ok := oblastByVariant[name]; ok && m.p.country == countryUkraine {
			m.p = place{country: countryUkraine, oblast: o}
			m.end++
		} else if r, ok := russiaRegionByVariant[name]; ok {
			m.p = place{country: countryRussia, oblast: r}
			m.end++
		}
	}
	return m, true
}

func wordBefore(toks []token, i int) string {
	if i <= 0 || i > len(toks) {
		return ""
	}
	return toks[i-1].w
}

func wordAfter(toks []token, i int) string {
	if i < 0 || i >= len(toks) {
		return ""
	}
	return toks[i].w
}

var launchSkip = map[string]bool{
	"the": true, "occupied": true, "temporarily": true, "russia": true,
	"russian": true, "annexed": true,
}

// isLaunchArea: "from Kursk", "from the direction of Bryansk", "from the
// directions of Kursk, Oryol and Millerovo" name launch sites.
func isLaunchArea(toks []token, start int, prev []mention) bool {
	if n := len(prev); n > 0 && prev[n-1].launch && launchListGap(toks[prev[n-1].end:start]) {
		return true // "from the directions of Bryansk, Kursk and Hvardiiske in occupied Crimea"
	}
	k := start - 1
	for k >= 0 && launchSkip[toks[k].w] {
		k--
	}
	if k < 0 {
		return false
	}
	switch toks[k].w {
	case "from":
		return true
	case "of":
		switch wordBefore(toks, k) {
		case "direction", "directions":
			return true
		case "area", "areas": // "from the area of Bryansk", not "an area of Kharkiv"
			return wordBefore(toks, k-1) == "the" && wordBefore(toks, k-2) == "from"
		}
		return false
	case ",", "and":
		if len(prev) > 0 {
			last := prev[len(prev)-1]
			return last.end == k && last.launch
		}
	}
	return false
}

// launchListGap reports whether the words between two places continue one
// list of launch areas: names, "and", commas, "in (occupied)".
func launchListGap(gap []token) bool {
	if len(gap) == 0 || len(gap) > 4 {
		return false
	}
	for _, t := range gap {
		if !(t.upper || t.w == "and" || t.w == "," || t.w == "in" || launchSkip[t.w]) {
			return false
		}
	}
	return true
}

// widenRegionLists reads "the Donetsk and Luhansk regions": every place in a
// list closed by a plural region word is an oblast.
func widenRegionLists(toks []token, ms []mention) {
	for i := len(ms) - 1; i > 0; i-- {
		cur := ms[i]
		if cur.p.city != "" || cur.district != "" || cur.end == 0 {
			continue
		}
		if w := toks[cur.end-1].w; w != "regions" && w != "oblasts" && w != "provinces" {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			gap := toks[ms[j].end:ms[j+1].start]
			if len(gap) != 1 || (gap[0].w != "and" && gap[0].w != ",") {
				break
			}
			if o, ok := oblastByVariant[joinWords(toks, ms[j].start, ms[j].end)]; ok && ms[j].p.country == countryUkraine {
				ms[j].p = place{country: countryUkraine, oblast: o}
			}
		}
	}
}

// surroundingRegion reads "Kyiv and the surrounding region" (or "and the
// region", "and its region") as the city and its oblast.
func surroundingRegion(toks []token, ms []mention) []mention {
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if m.p.city == "" || m.district != "" || m.launch || wordAfter(toks, m.end) != "and" {
			continue
		}
		k := m.end + 1
		if w := wordAfter(toks, k); w == "the" || w == "its" {
			k++
		}
		if w := wordAfter(toks, k); w == "surrounding" || w == "wider" {
			k++
		}
		if w := wordAfter(toks, k); w != "region" && w != "oblast" {
			continue
		}
		if i+1 < len(ms) && ms[i+1].start <= k {
			continue
		}
		r := mention{start: m.end + 1, end: k + 1, p: place{country: m.p.country, oblast: m.p.oblast}}
		ms = append(ms[:i+1], append([]mention{r}, ms[i+1:]...)...)
		i++
	}
	return ms
}
