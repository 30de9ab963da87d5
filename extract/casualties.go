package extract

// Observation fields: the contract's count keys.
const (
	fieldKilled           = "killed"
	fieldInjured          = "injured"
	fieldRescued          = "rescued"
	fieldMissing          = "missing"
	fieldChildrenKilled   = "children_killed"
	fieldDronesLaunched   = "drones_launched"
	fieldDronesDowned     = "drones_downed"
	fieldMissilesLaunched = "missiles_launched"
	fieldMissilesDowned   = "missiles_downed"
)

// obs is one figure read from a sentence. An update ("the toll rose to 6")
// replaces earlier figures; a weak figure (hospitalised, a count of children
// alone) is used only when nothing stronger is reported.
type obs struct {
	field    string
	q        quantity
	update   bool
	weak     bool
	pos, end int // tokens the figure spans, for choosing its place
}

// casualtyLex: words after a number that say what it counts ("three people
// were killed", "more than 40 rescued"). "injured~" is a weak injured figure.
var casualtyLex = newLexicon([][2]string{
	{"killed", fieldKilled}, {"dead", fieldKilled}, {"died", fieldKilled}, {"perished", fieldKilled},
	{"lost their lives", fieldKilled}, {"lost his life", fieldKilled}, {"lost her life", fieldKilled},
	{"deaths", fieldKilled}, {"fatalities", fieldKilled}, {"death", fieldKilled},
	{"injured", fieldInjured}, {"wounded", fieldInjured}, {"hurt", fieldInjured},
	{"injuries", fieldInjured}, {"injury", fieldInjured}, {"hospitali*", fieldInjured + "~"},
	{"rescued", fieldRescued}, {"saved", fieldRescued}, {"pulled from", fieldRescued},
	{"pulled out", fieldRescued}, {"freed from", fieldRescued},
	{"missing", fieldMissing}, {"unaccounted", fieldMissing}, {"trapped", fieldMissing},
})

// activeLex: verbs followed by the number they count ("killing three").
var activeLex = newLexicon([][2]string{
	{"killing", fieldKilled}, {"killed", fieldKilled}, {"kills", fieldKilled},
	{"claimed the lives of", fieldKilled}, {"claiming the lives of", fieldKilled},
	{"injuring", fieldInjured}, {"injured", fieldInjured}, {"injures", fieldInjured},
	{"wounding", fieldInjured}, {"wounded", fieldInjured}, {"hurting", fieldInjured},
	{"rescued", fieldRescued}, {"pulled", fieldRescued}, {"saved", fieldRescued},
})

// casualtyFillers may stand between a number and its casualty word.
var casualtyFillers = map[string]bool{
	"people": true, "person": true, "persons": true, "civilians": true, "civilian": true,
	"residents": true, "others": true, "other": true, "more": true, "men": true,
	"women": true, "children": true, "kids": true, "teenagers": true, "boys": true,
	"girls": true, "adults": true, "individuals": true, "elderly": true, "young": true,
	"additional": true, "further": true, "local": true, "were": true, "was": true,
	"have": true, "has": true, "had": true, "been": true, "are": true, "is": true,
	"being": true, "reportedly": true, "also": true, "later": true, "subsequently": true,
	"sustained": true, "suffered": true, "received": true, "got": true, "of": true,
	"them": true, "among": true, "the": true, "confirmed": true, "still": true,
	"may": true, "be": true, "could": true, "remain": true, "remained": true,
	"believed": true, "to": true, "seriously": true, "severely": true, "critically": true,
	"lightly": true, "slightly": true, "fatally": true, "workers": true,
	"employees": true, "passengers": true, "rescuers": true, "firefighters": true,
	"medics": true, "journalists": true, "pensioners": true, "volunteers": true,
}

var childNouns = map[string]bool{
	"child": true, "children": true, "kids": true, "boy": true, "girl": true,
	"boys": true, "girls": true, "teenager": true, "teenagers": true, "minors": true,
	"infant": true, "baby": true, "toddler": true,
}

// activeFollowers may follow "killing three …" for the figure to count.
var activeFollowers = map[string]bool{
	"and": true, "in": true, "at": true, "on": true, "including": true, "while": true,
	"as": true, "when": true, "after": true, "during": true, "overnight": true,
	"from": true, "out": true,
}

// findCasualties reads the casualty figures of one sentence: tolls and
// their updates, "no one was killed", numbers before or after a casualty
// word, and children among the dead.
func findCasualties(toks []token) []obs {
	used := make([]bool, len(toks))
	out := tollUpdates(toks, used)
	out = append(out, zeroCasualties(toks, used)...)
	active := map[int]string{}
	for _, m := range activeLex.scan(toks) {
		active[m.end] = m.val
	}
	for i := 0; i < len(toks); i++ {
		if used[i] {
			continue
		}
		q, end, ok := readQuantity(toks, i)
		if !ok {
			continue
		}
		if o, ok := casualtyAt(toks, q, i, end, active); ok {
			out = append(out, o...)
		}
		i = end - 1
	}
	out = append(out, childrenAmong(toks)...)
	if o, ok := missingUnderRubble(toks, out); ok {
		out = append(out, o)
	}
	return out
}

// casualtyAt assigns the quantity at toks[i:end] to a casualty field.
func casualtyAt(toks []token, q quantity, i, end int, active map[int]string) ([]obs, bool) {
	if f, ok := active[i]; ok && activeFollows(toks, end) {
		return []obs{{field: f, q: q, pos: i, end: end}}, true
	}
	j, child := skipFillers(toks, end)
	m, ok := casualtyLex.matchAt(toks, j)
	if !ok {
		return nil, false
	}
	o := obs{field: m.val, q: q, pos: i, end: m.end}
	if o.field == fieldInjured+"~" {
		o.field, o.weak = fieldInjured, true
	}
	if o.field == fieldMissing && m.val == fieldMissing && toks[m.start].w == "trapped" && !hasWord(toks, "rubble", "debris") {
		return nil, false
	}
	if child && o.field == fieldKilled {
		return []obs{{field: fieldChildrenKilled, q: q, pos: i, end: m.end}, {field: fieldKilled, q: q, weak: true, pos: i, end: m.end}}, true
	}
	if child {
		o.weak = true
	}
	return []obs{o}, true
}

// activeFollows: after "killing three", only a person, a conjunction or the
// end of the clause may follow (not "killing 2 days later").
func activeFollows(toks []token, end int) bool {
	for k := end; k < len(toks) && k < end+3; k++ {
		t := toks[k]
		if t.punct || activeFollowers[t.w] {
			return true
		}
		if !casualtyFillers[t.w] && !personNouns[t.w] {
			return false
		}
	}
	return true
}

// skipFillers skips the words between a number and its casualty word,
// including a short place phrase ("three people in Kharkiv were killed").
// It reports whether the people counted are children.
func skipFillers(toks []token, j int) (int, bool) {
	child := false
	for steps := 0; j < len(toks) && steps < 8; steps++ {
		t := toks[j]
		switch {
		case t.punct:
			return j, child
		case childNouns[t.w]:
			child = true
			j++
		case casualtyFillers[t.w] || personNouns[t.w]:
			j++
		case t.w == "in" || t.w == "at" || t.w == "near":
			k := j + 1
			for k < len(toks) && k < j+4 && !toks[k].punct && (toks[k].upper || toks[k].w == "the" || toks[k].w == "city" || toks[k].w == "region") {
				k++
			}
			if k == j+1 {
				return j, child
			}
			j = k
		default:
			return j, child
		}
	}
	return j, child
}

// childrenAmong reads "including two children" or "among them a child"
// after a killed figure: the children killed.
func childrenAmong(toks []token) []obs {
	var out []obs
	for i, t := range toks {
		start := 0
		switch {
		case t.w == "including":
			start = i + 1
		case t.w == "among" && (wordAfter(toks, i+1) == "them" || wordAfter(toks, i+1) == "whom"):
			start = i + 2
		case t.w == "among" && wordAfter(toks, i+1) == "the" && (wordAfter(toks, i+2) == "dead" || wordAfter(toks, i+2) == "killed"):
			start = i + 3
			for start < len(toks) && (toks[start].w == "were" || toks[start].w == "was" || toks[start].w == "are") {
				start++
			}
		default:
			continue
		}
		q, end, ok := readQuantity(toks, start)
		if !ok || !(childNouns[wordBefore(toks, end)] || childNouns[wordAfter(toks, end)]) {
			continue
		}
		if lastCasualtyBefore(toks, i+3) == fieldKilled {
			out = append(out, obs{field: fieldChildrenKilled, q: q, pos: start, end: end})
		}
	}
	return out
}

// lastCasualtyBefore returns the field of the last casualty word before i.
func lastCasualtyBefore(toks []token, i int) string {
	field := ""
	for _, m := range casualtyLex.scan(toks[:min(i, len(toks))]) {
		field = m.val
	}
	return field
}

var rubbleModals = map[string]bool{
	"may": true, "might": true, "could": true, "remain": true, "remains": true,
	"trapped": true, "believed": true, "still": true,
}

// missingUnderRubble reads "people may be under the rubble" without a
// number: missing is unknown, the phrase is kept.
func missingUnderRubble(toks []token, found []obs) (obs, bool) {
	for _, o := range found {
		if o.field == fieldMissing {
			return obs{}, false
		}
	}
	for i, t := range toks {
		if t.w != "rubble" && t.w != "debris" {
			continue
		}
		for k := max(0, i-6); k < i; k++ {
			if rubbleModals[toks[k].w] {
				return obs{field: fieldMissing, q: quantity{phrase: joinWords(toks, k, i+1)}, pos: k, end: i + 1}, true
			}
		}
	}
	return obs{}, false
}
