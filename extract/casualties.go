package extract

import "strings"

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

// obs is one figure read from a sentence. A weak figure (hospitalised, a
// count of children alone, an earlier report) is used only when nothing
// stronger is reported.
type obs struct {
	field    string
	q        quantity
	weak     bool
	toll     bool // a toll or its update ("the death toll rose to 6")
	pos, end int  // tokens the figure spans, for choosing its place
}

// casualtyLex: words after a number that say what it counts ("three people
// were killed", "more than 40 rescued"). "injured~" is a weak injured figure.
var casualtyLex = newLexicon([][2]string{
	{"killed", fieldKilled}, {"dead", fieldKilled}, {"died", fieldKilled}, {"perished", fieldKilled},
	{"lost their lives", fieldKilled}, {"lost his life", fieldKilled}, {"lost her life", fieldKilled},
	{"deaths", fieldKilled}, {"fatalities", fieldKilled}, {"death", fieldKilled},
	{"injured", fieldInjured}, {"wounded", fieldInjured}, {"hurt", fieldInjured},
	{"injuries", fieldInjured}, {"injury", fieldInjured}, {"hospitali*", fieldInjured + "~"},
	{"taken to hospital", fieldInjured + "~"}, {"in hospital", fieldInjured + "~"},
	{"in serious condition", fieldInjured + "~"}, {"in critical condition", fieldInjured + "~"},
	{"burns", fieldInjured}, {"receiving medical care", fieldInjured},
	{"receiving treatment", fieldInjured}, {"receiving medical treatment", fieldInjured},
	{"sought medical help", fieldInjured},
	{"rescued", fieldRescued}, {"saved", fieldRescued}, {"pulled from", fieldRescued},
	{"pulled out", fieldRescued}, {"freed from", fieldRescued}, {"pulled alive", fieldRescued},
	{"bodies", fieldKilled}, {"body", fieldKilled},
	{"missing", fieldMissing}, {"unaccounted", fieldMissing}, {"trapped", fieldMissing},
})

// activeLex: verbs followed by the number they count ("killing three").
var activeLex = newLexicon([][2]string{
	{"killing", fieldKilled}, {"killed", fieldKilled}, {"kills", fieldKilled},
	{"claimed the lives of", fieldKilled}, {"claiming the lives of", fieldKilled},
	{"injuring", fieldInjured}, {"injured", fieldInjured}, {"injures", fieldInjured},
	{"wounding", fieldInjured}, {"wounded", fieldInjured}, {"hurting", fieldInjured},
	{"rescued", fieldRescued}, {"pulled", fieldRescued}, {"saved", fieldRescued},
	{"recovered the bodies of", fieldKilled}, {"bodies of", fieldKilled},
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
	"sustained": true, "suffered": true, "received": true, "got": true,
	"them": true, "among": true, "the": true, "confirmed": true, "still": true,
	"may": true, "be": true, "could": true, "remain": true, "remained": true,
	"believed": true, "to": true, "seriously": true, "severely": true, "critically": true,
	"lightly": true, "slightly": true, "fatally": true, "workers": true,
	"employees": true, "passengers": true, "rescuers": true, "firefighters": true,
	"medics": true, "journalists": true, "pensioners": true, "volunteers": true,
	"now": true, "currently": true, "all": true, "reported": true,
}

var childNouns = map[string]bool{
	"child": true, "children": true, "kids": true, "boy": true, "girl": true,
	"boys": true, "girls": true, "teenager": true, "teenagers": true, "minors": true,
	"infant": true, "baby": true, "toddler": true, "schoolboy": true, "schoolgirl": true,
	"schoolchildren": true, "newborn": true, "teen": true, "teens": true, "minor": true, "kid": true,
}

// activeFollowers may follow "killing three …" for the figure to count.
var activeFollowers = map[string]bool{
	"and": true, "in": true, "at": true, "on": true, "including": true, "while": true, "over": true,
	"as": true, "when": true, "after": true, "during": true, "overnight": true,
	"from": true, "out": true, "alive": true, "who": true, "by": true,
}

// findCasualties reads the casualty figures of one sentence: tolls and
// their updates, "no one was killed", numbers before or after a casualty
// word, and children among the dead. A sentence that reports what was said
// earlier ("officials had put the toll at seven") gives weak figures.
func findCasualties(toks []token) []obs { return casualtiesAfter(toks, nil) }

// casualtiesAfter is findCasualties for a sentence that follows prev in its
// paragraph: a sentence opening "Among them" refers to prev's toll ("Nine
// people were killed. Among them were two children.").
func casualtiesAfter(toks []token, prev []token) []obs {
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
		if f, ok := active[i]; ok {
			if o, ok := definitePerson(toks, i, f); ok {
				out = append(out, o)
				continue
			}
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
	if hasChildWord(toks) {
		out = append(out, childrenAmong(toks, prev)...)
		out = append(out, childrenOfDead(toks)...)
	}
	if o, ok := missingUnderRubble(toks, out); ok {
		out = append(out, o)
	}
	updated := map[string]bool{}
	for _, o := range out {
		updated[o.field] = updated[o.field] || o.toll
	}
	earlier := earlierReport(toks)
	for i := range out {
		// "the toll rose to six after a woman died in hospital": the other
		// figure explains the update.
		if earlier || (updated[out[i].field] && !out[i].toll) {
			out[i].weak = true
		}
	}
	return out
}

// earlierLex marks a sentence recalling a superseded report.
var earlierLex = newLexicon([][2]string{
	{"earlier", "e"}, {"previously", "e"}, {"initially", "e"}, {"had reported", "e"},
	{"had put", "e"}, {"had said", "e"}, {"had been reported", "e"}, {"first reported", "e"},
})

// laterUpdateLex marks a sentence that brings a later figure ("By evening, 15
// people had been reported injured"; "Later, the governor said…"): its
// pluperfect reports the update, not a superseded figure.
var laterUpdateLex = newLexicon([][2]string{
	{"later", "u"}, {"by evening", "u"}, {"by the evening", "u"}, {"by nightfall", "u"},
	{"by morning", "u"}, {"by the morning", "u"}, {"by midday", "u"}, {"by noon", "u"},
	{"by afternoon", "u"}, {"by the afternoon", "u"}, {"since risen", "u"}, {"since climbed", "u"},
	{"since increased", "u"}, {"in an update", "u"}, {"updated", "u"}, {"as of", "u"},
	{"by thursday evening", "u"}, {"by friday evening", "u"}, {"by monday evening", "u"},
	{"by tuesday evening", "u"}, {"by wednesday evening", "u"}, {"by saturday evening", "u"},
	{"by sunday evening", "u"}, {"latest figures", "u"}, {"latest update", "u"}, {"now stands", "u"},
})

// earlierReport reports a sentence recalling a superseded figure, unless it
// also says the figure is an update.
func earlierReport(toks []token) bool {
	return earlierLex.has(toks) && !(laterUpdateLex.has(toks) && !startsEarlier(toks))
}

// startsEarlier: "Earlier, …" opens a recall whatever follows.
func startsEarlier(toks []token) bool {
	return len(toks) > 0 && (toks[0].w == "earlier" || toks[0].w == "initially" || toks[0].w == "previously")
}

// definitePerson reads "killing the driver", "injuring his passenger": one
// person after an active casualty verb.
func definitePerson(toks []token, i int, field string) (obs, bool) {
	switch wordAfter(toks, i) {
	case "the", "his", "her", "its", "their":
	default:
		return obs{}, false
	}
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		if toks[k].punct {
			break
		}
		if personNouns[toks[k].w] {
			return obs{field: field, q: exact(1), pos: i, end: k + 1}, true
		}
	}
	return obs{}, false
}

// casualtyAt assigns the quantity at toks[i:end] to a casualty field.
func casualtyAt(toks []token, q quantity, i, end int, active map[int]string) ([]obs, bool) {
	if f, ok := active[i]; ok && activeFollows(toks, end) {
		return []obs{{field: f, q: q, pos: i, end: end}}, true
	}
	j, mod := skipFillers(toks, end)
	m, ok := casualtyLex.matchAt(toks, j)
	if !ok {
		return nil, false
	}
	mod.child = mod.child || isChildWord(wordBefore(toks, end)) // "a 12-year-old boy", "one child"
	o := obs{field: m.val, q: q, pos: i, end: m.end, weak: mod.subset || mod.increment}
	if o.field == fieldInjured+"~" {
		o.field, o.weak = fieldInjured, true
	}
	if o.field == fieldMissing && toks[m.start].w == "trapped" && !hasWord(toks, "rubble", "debris") {
		return nil, false
	}
	if mod.child && o.field == fieldKilled {
		return []obs{{field: fieldChildrenKilled, q: q, pos: i, end: m.end, weak: o.weak}, {field: fieldKilled, q: q, weak: true, pos: i, end: m.end}}, true
	}
	if mod.child {
		o.weak = true
	}
	return []obs{o}, true
}

// activeFollows: after "killing three", the count must be of people: a
// person noun within a few words ("killing one port worker"), or nothing
// but a conjunction or the end of the clause (not "killing 2 days later").
func activeFollows(toks []token, end int) bool {
	if end >= len(toks) || toks[end].punct || activeFollowers[toks[end].w] {
		return true
	}
	for k := end; k < len(toks) && k < end+4; k++ {
		t := toks[k]
		if isPersonWord(t.w) || t.punct || activeFollowers[t.w] {
			return true // "injuring 27 others, officials said"
		}
		if !(casualtyFillers[t.w] || modifierOfPerson(toks, k)) {
			return false
		}
	}
	return true
}

// countMods says what skipFillers saw between a number and its casualty
// word: children, a subset ("eleven of the injured"), an increment ("two
// more bodies").
type countMods struct{ child, subset, increment bool }

// skipFillers skips the words between a number and its casualty word,
// including a short place phrase ("three people in Kharkiv were killed")
// and up to two modifiers of a person noun ("two truck drivers", "one
// Naftogaz worker", "three crew members of the tanker").
func skipFillers(toks []token, j int) (int, countMods) {
	var mod countMods
	unknown := 0
	for steps := 0; j < len(toks) && steps < 9; steps++ {
		t := toks[j]
		switch {
		case t.punct:
			return j, mod
		case isChildWord(t.w):
			mod.child = true
			j++
		case t.w == "of" && subsetAfter(toks, j+1), t.w == "among":
			// "eleven of the injured", "a woman was among the dead": a share.
			mod.subset = true
			j++
		case t.w == "of" && isPersonWord(wordAfter(toks, j+1)): // "dozens of people"
			j++
		case t.w == "more" || t.w == "another" || t.w == "additional" || t.w == "further":
			mod.increment = true
			j++
		case casualtyFillers[t.w] || isPersonWord(t.w):
			j++
		case t.w == "in" || t.w == "at" || t.w == "near" || t.w == "of" || t.w == "on":
			// "in Kharkiv", "at the energy facility", "of the tanker"
			k := j + 1
			for k < len(toks) && k < j+5 && !toks[k].punct && (!casualtyFillers[toks[k].w] || toks[k].w == "the") {
				if _, ok := casualtyLex.matchAt(toks, k); ok {
					break
				}
				k++
			}
			if k == j+1 || (k < len(toks) && toks[k].punct) {
				return j, mod
			}
			j = k
		case unknown < 2 && modifierOfPerson(toks, j):
			unknown++
			j++
		default:
			return j, mod
		}
	}
	return j, mod
}

// subsetAfter reads what follows "of" in "eleven of the injured", "two of
// them", "three of whom": the count is a share of another.
func subsetAfter(toks []token, i int) bool {
	switch wordAfter(toks, i) {
	case "them", "whom", "those":
		return true
	case "the":
		_, ok := casualtyLex.matchAt(toks, i+1)
		return ok || isPersonWord(wordAfter(toks, i+1))
	}
	return false
}

// modifierOfPerson: toks[j] is a word before a person noun within two words
// ("truck" in "truck drivers"), and not itself a count noun or a weapon.
func modifierOfPerson(toks []token, j int) bool {
	if _, ok := weaponLex.matchAt(toks, j); ok {
		return false
	}
	if _, ok := casualtyLex.matchAt(toks, j); ok {
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+2; k++ {
		if toks[k].punct {
			return false
		}
		if isPersonWord(toks[k].w) {
			return true
		}
	}
	return false
}

// childrenAmong reads "including two children", "among them a child" or
// "among the dead is a girl" after a killed figure, and "a child who
// died": the children killed.
func childrenAmong(toks []token, prev []token) []obs {
	var out []obs
	for i, t := range toks {
		start := 0
		switch {
		case (t.w == "a" || t.w == "an") && diedAfterChild(toks, i):
			start = i // "a 14-year-old boy who died in the attack"
		case t.w == "including":
			start = i + 1
		case t.w == "among" && (wordAfter(toks, i+1) == "them" || wordAfter(toks, i+1) == "whom"):
			start = i + 2
			for start < len(toks) && (toks[start].w == "were" || toks[start].w == "was" || toks[start].w == "are" || toks[start].w == "is") {
				start++
			}
		case (t.w == "included" || t.w == "include") && i <= 2:
			start = i + 1 // "They included three children"
		case t.w == "among" && wordAfter(toks, i+1) == "the" && (wordAfter(toks, i+2) == "dead" || wordAfter(toks, i+2) == "killed"):
			start = i + 3
			for start < len(toks) && (toks[start].w == "were" || toks[start].w == "was" || toks[start].w == "are" || toks[start].w == "is") {
				start++
			}
		default:
			continue
		}
		q, end, ok := readQuantity(toks, start)
		if !ok || !(isChildWord(wordBefore(toks, end)) || isChildWord(wordAfter(toks, end))) {
			continue
		}
		field := lastCasualtyBefore(toks, i+3)
		if field == "" && i < 2 && prev != nil {
			field = lastCasualtyBefore(prev, len(prev)) // "Among them were two children" after the toll
		}
		if field == fieldKilled || diedAfter(toks, end) {
			out = append(out, obs{field: fieldChildrenKilled, q: q, pos: start, end: end})
		}
	}
	return out
}

// diedAfterChild reads "a 14-year-old boy who died" at toks[i:].
func diedAfterChild(toks []token, i int) bool {
	q, end, ok := readQuantity(toks, i)
	return ok && q.known && isChildWord(wordBefore(toks, end)) && diedAfter(toks, end)
}

// diedAfter reads "who died", "who was killed" right after a child count.
func diedAfter(toks []token, end int) bool {
	if wordAfter(toks, end) == "children" {
		end++
	}
	if wordAfter(toks, end) != "who" {
		return false
	}
	for k := end + 1; k < len(toks) && k <= end+3; k++ {
		switch toks[k].w {
		case "died", "killed", "perished":
			return true
		}
	}
	return false
}

// lastCasualtyBefore returns the field of the last casualty word before i,
// a noun ("were killed") or an active verb ("killing nine people").
func lastCasualtyBefore(toks []token, i int) string {
	field, at := "", -1
	head := toks[:min(i, len(toks))]
	for _, m := range casualtyLex.scan(head) {
		field, at = m.val, m.start
	}
	for _, m := range activeLex.scan(head) {
		if m.start > at {
			field, at = m.val, m.start
		}
	}
	return field
}

// isChildWord reports a noun or an age that makes a count one of children:
// "boy", "schoolgirl", "a 12-year-old".
func isChildWord(w string) bool {
	return childNouns[w] || minorAge(w)
}

// hasChildWord reports whether a sentence names a child at all: only then
// can it count children among the dead.
func hasChildWord(toks []token) bool {
	for _, t := range toks {
		if isChildWord(t.w) {
			return true
		}
	}
	return false
}

// minorAge reads "12-year-old" or "three-year-old" as an age under 18.
func minorAge(w string) bool {
	n, ok := ageOf(w)
	return ok && n < 18
}

// ageOf reads the age of "42-year-old" or "twelve-year-old".
func ageOf(w string) (int, bool) {
	head, ok := strings.CutSuffix(w, "-year-old")
	if !ok || head == "" {
		return 0, false
	}
	if n, ok := parseDigits(head); ok {
		return n, true
	}
	if n, ok := unitWords[head]; ok {
		return n, true
	}
	return 0, false
}

// childrenOfDead reads "three of the dead were children" and "two of those
// killed were minors": the children among a toll stated before.
func childrenOfDead(toks []token) []obs {
	var out []obs
	for i := 0; i < len(toks); i++ {
		q, end, ok := readQuantity(toks, i)
		if !ok || wordAfter(toks, end) != "of" {
			continue
		}
		k := end + 1
		if w := wordAfter(toks, k); w == "the" || w == "those" {
			k++
		}
		if m, ok := casualtyLex.matchAt(toks, k); !ok || m.val != fieldKilled {
			continue
		} else {
			k = m.end
		}
		if w := wordAfter(toks, k); w == "were" || w == "was" {
			k++
		}
		if isChildWord(wordAfter(toks, k)) || wordAfter(toks, k) == "a" && isChildWord(wordAfter(toks, k+1)) {
			out = append(out, obs{field: fieldChildrenKilled, q: q, pos: i, end: k + 1})
		}
	}
	return out
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
