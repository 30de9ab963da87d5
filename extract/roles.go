package extract

// Mention roles: a place named in a sentence is not always a place hit. It
// can be a launch area ("from the direction of Kursk"), a landmark locating
// another place ("Chuhuiv, south-east of Kharkiv"; "70 kilometres from the
// border"), an official's title ("Kyiv regional governor", "the Odesa
// Regional Military Administration"), or the oblast around a town named
// with it ("Burshtyn, in the Ivano-Frankivsk region").

// compassWords before "of" make the next place a landmark.
var compassWords = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "north-east": true,
	"north-west": true, "south-east": true, "south-west": true, "northeast": true,
	"northwest": true, "southeast": true, "southwest": true, "outskirts": true,
}

// distanceWords before "from" make the next place a landmark.
var distanceWords = map[string]bool{
	"km": true, "kilometres": true, "kilometers": true, "miles": true, "away": true,
}

// officialNouns after a place make it part of a title.
var officialNouns = map[string]bool{
	"governor": true, "mayor": true, "administration": true, "council": true,
	"police": true, "prosecutor": true, "prosecutors": true, "authorities": true,
	"officials": true, "head": true, "chief": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "emergency": true,
	"governor's": true, "mayor's": true, "ova": true, "kcma": true, "prosecutor's": true,
	"headquarters": true,
}

// titleLinks may stand between the place and the official noun.
var titleLinks = map[string]bool{"city": true, "regional": true, "oblast": true, "state": true}

// isLandmark reports a place that locates another: "south-east of X",
// "about 70 kilometres from X".
func isLandmark(toks []token, start int) bool {
	k := start - 1
	if k >= 0 && toks[k].w == "the" {
		k--
	}
	if k < 1 {
		return false
	}
	switch toks[k].w {
	case "of":
		return compassWords[toks[k-1].w]
	case "from":
		return distanceWords[toks[k-1].w]
	}
	return false
}

// isTitle reports a place that is part of an official's title or an
// institution's name: "Kyiv Mayor", "Kharkiv regional governor", "the Odesa
// Regional Military Administration", "Kyiv region's governor".
func isTitle(toks []token, m mention) bool {
	// "the operational headquarters of the Krasnodar region"
	b := m.start - 1
	if b >= 0 && toks[b].w == "the" {
		b--
	}
	if b >= 1 && toks[b].w == "of" && officialNouns[toks[b-1].w] {
		return true
	}
	k := m.end
	if toks[k-1].poss {
		return k < len(toks) && officialNouns[toks[k].w]
	}
	for k < len(toks) && titleLinks[toks[k].w] {
		k++
	}
	if wordAfter(toks, k) == "military" { // "Kyiv City Military Administration"
		k++
		return wordAfter(toks, k) == "administration"
	}
	return k < len(toks) && officialNouns[toks[k].w]
}

// markRoles sets each mention's role once all are found.
func markRoles(toks []token, ms []mention) {
	for i := range ms {
		m := &ms[i]
		switch {
		case m.district == "" && isLandmark(toks, m.start):
			m.role, m.launch = roleLandmark, false // "40 kilometres from Kharkiv" launches nothing
		case m.launch:
		case m.district == "" && isTitle(toks, *m):
			m.role = roleTitle
		case m.p.city == "Moscow" && !placeUse(toks, *m):
			m.role = roleTitle // "Moscow was targeting civilians": the government
		case m.district == "" && (governmentUse(toks, *m) || speakersIn(toks, *m)):
			m.role = roleTitle // "Kyiv says…", "Kyiv's allies", "officials in Kyiv said"
		}
	}
	for i := range ms {
		if ms[i].role == roleTarget && !ms[i].launch && aroundTown(ms, i) {
			ms[i].role = roleContext
		}
	}
}

// aroundTown reports an oblast-level mention whose oblast is that of a town
// or city named in the same sentence: the oblast locates the town.
func aroundTown(ms []mention, i int) bool {
	o := ms[i].p
	if o.city != "" || o.oblast == "" || ms[i].district != "" {
		return false
	}
	for j, m := range ms {
		// Kyiv city is a unit of its own: "Kyiv and the Kyiv region" are two.
		if j != i && !m.launch && m.role == roleTarget && m.p.city != "" && m.p != kyivCity &&
			m.p.country == o.country && m.p.oblast == o.oblast {
			return true
		}
	}
	return false
}

// Mention roles.
const (
	roleTarget   = iota // a place reported hit, or the place a fact is about
	roleLandmark        // locates another place
	roleTitle           // part of an official's title
	roleContext         // the oblast around a town named with it
)

// placeUse reports a capital named as a place ("in Moscow", "the Moscow
// region") rather than as its government ("Moscow rejected the plan").
func placeUse(toks []token, m mention) bool {
	if regionWords[wordAfter(toks, m.end)] || m.end-m.start > 1 {
		return true
	}
	switch wordBefore(toks, m.start) {
	case "in", "on", "at", "over", "near", "outside", "towards", "toward", "around", "across", "of", "from":
		return true
	}
	return false
}

// capitals whose name also stands for their government.
var capitals = map[string]bool{"Kyiv": true, "Moscow": true}

// governmentVerbs after a capital make it the government speaking or acting
// ("Kyiv says", "Kyiv accused Moscow", "Kyiv has asked for more air defence").
var governmentVerbs = map[string]bool{
	"says": true, "said": true, "say": true, "accused": true, "accuses": true, "urged": true,
	"urges": true, "wants": true, "wanted": true, "believes": true, "denied": true, "denies": true,
	"claims": true, "claimed": true, "warned": true, "warns": true, "called": true, "calls": true,
	"insists": true, "insisted": true, "rejected": true, "rejects": true, "demanded": true,
	"demands": true, "asked": true, "asks": true, "hopes": true, "argues": true, "argued": true,
	"announced": true, "confirmed": true, "blamed": true, "blames": true, "responded": true,
	"agreed": true, "signed": true, "received": true, "requested": true, "welcomed": true,
	"condemned": true, "plans": true, "sought": true, "seeks": true, "launched": true,
	"accept": true, "accepted": true, "refused": true, "refuses": true,
}

// governmentNouns after a capital's possessive name its government's
// people or things ("Kyiv's allies", "Moscow's forces"), not the city.
var governmentNouns = map[string]bool{
	"allies": true, "forces": true, "troops": true, "government": true, "military": true,
	"partners": true, "position": true, "request": true, "requests": true, "envoy": true,
	"delegation": true, "drones": true, "strikes": true, "army": true, "leadership": true,
	"backers": true, "demands": true, "proposal": true, "plan": true, "diplomats": true,
	"counteroffensive": true, "negotiators": true, "foreign": true, "defence": true, "defense": true,
}

// governmentUse reports a capital named as its government: the subject of
// a verb of saying or acting, or the owner of its forces or allies. "Kyiv
// was hit" and "Kyiv is under attack" still name the city.
func governmentUse(toks []token, m mention) bool {
	if !capitals[m.p.city] || placeUse(toks, m) {
		return false
	}
	next := wordAfter(toks, m.end)
	if toks[m.end-1].poss {
		return governmentNouns[next]
	}
	switch next {
	case "has", "had", "will", "would", "does", "did":
		// "Kyiv has asked", "Kyiv will not accept"; not "Kyiv has been hit".
		w := wordAfter(toks, m.end+1)
		if w == "not" {
			w = wordAfter(toks, m.end+2)
		}
		return governmentVerbs[w]
	case "and":
		// "Kyiv and Moscow accused each other"
		w := wordAfter(toks, m.end+1)
		return (w == "moscow" || w == "kyiv" || w == "washington") && governmentVerbs[wordAfter(toks, m.end+2)] && wordAfter(toks, m.end+2) != "and"
	}
	return governmentVerbs[next]
}

// speakersIn reports a place that locates who speaks, not what was hit:
// "officials in Kyiv said", "diplomats in Brussels".
func speakersIn(toks []token, m mention) bool {
	if wordBefore(toks, m.start) != "in" {
		return false
	}
	switch wordBefore(toks, m.start-1) {
	case "officials", "authorities", "sources", "diplomats", "government", "leaders", "talks", "meeting", "ministers":
		return true
	}
	return false
}
