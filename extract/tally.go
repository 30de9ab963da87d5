package extract

// tallyCue classifies the verb nearest to a count: launched, downed, or a
// count that is neither (lost on radar, suppressed by electronic warfare,
// did not reach the target, hits and debris).
var tallyCueLex = newLexicon([][2]string{
	{"launched", "launched"}, {"launch", "launched"}, {"fired", "launched"},
	{"attacked", "launched"}, {"used", "launched"}, {"deployed", "launched"},
	{"sent", "launched"}, {"recorded", "launched"}, {"registered", "launched"},
	{"detected", "launched"}, {"struck with", "launched"},
	{"shot down", "downed"}, {"downed", "downed"}, {"destroyed", "downed"},
	{"intercepted", "downed"}, {"neutralised", "downed"}, {"neutralized", "downed"},
	{"shot", "downed"}, {"shoot down", "downed"},
	{"lost", "none"}, {"electronic warfare", "none"}, {"did not reach", "none"},
	{"not shot down", "none"}, {"were not shot", "none"}, {"was not shot", "none"},
	{"failed to reach", "none"}, {"hits", "none"}, {"impacts", "none"}, {"debris", "none"},
	{"suppressed", "none"}, {"jammed", "none"},
})

// foreignTally marks sentences about Russia's own air defence or Ukrainian
// drones, which are not Ukraine's national tally.
var foreignTally = newLexicon([][2]string{
	{"ukrainian drone*", "x"}, {"ukrainian uav*", "x"}, {"ukrainian missile*", "x"},
	{"over russian", "x"}, {"russian region*", "x"}, {"russian territory", "x"},
	{"russian air defen*", "x"}, {"russia's defence ministry", "x"},
	{"russian defence ministry", "x"}, {"russian defense ministry", "x"},
	{"ukraine launched", "x"}, {"kyiv launched", "x"},
})

var tallySubjects = []string{
	"russia", "russian", "russians", "enemy", "moscow", "occupiers", "ukraine",
	"ukrainian", "force", "defence", "defense", "defences", "defenses",
}

type tallyCue struct {
	pos  int
	kind string
}

// findTally reads drone and missile counts: "Russia launched 430 drones and
// 18 missiles; air defence shot down 405 drones and 14 missiles", "eight of
// ten drones were downed". Counts in parentheses are shares and skipped;
// sub-counts after "including" do not replace the total.
//
// A sentence without a subject ("465 strike UAVs … were detected") is read
// only in an Air Force summary or its relay (airForce), where the subject is
// the summary's.
func findTally(toks []token, airForce bool) []obs {
	if (!airForce && !hasWord(toks, tallySubjects...)) || foreignTally.has(toks) {
		return nil
	}
	return readTally(toks)
}

// readTally reads the counts of a tally sentence, whoever shot down what.
func readTally(toks []token) []obs {
	var out []obs
	st := tallyState{}
	for _, seg := range tallySegments(toks) {
		out = append(out, tallySegment(toks, seg[0], seg[1], &st)...)
	}
	return out
}

// tallyState carries a segment's verb and weapon class to the next:
// "attacked with 430 drones, as well as with 18 missiles"; "launched 142
// drones, of which 121 were shot down".
type tallyState struct {
	carry, lastCat string
}

// airForceLex marks the wording of Air Force summaries and their relays.
var airForceLex = newLexicon([][2]string{
	{"means of air attack", "a"}, {"air targets", "a"},
	{"shot down or suppressed", "a"}, {"lost on radar", "a"}, {"lost locally", "a"},
	{"air attack was repelled", "a"},
})

// tallySegments splits at ";", "while" and a comma not followed by a count.
func tallySegments(toks []token) [][2]int {
	var segs [][2]int
	start := 0
	for i, t := range toks {
		split := t.w == ";" || t.w == "while" || t.w == "whereas"
		if t.w == "," {
			_, _, ok := readQuantity(toks, i+1)
			split = !ok
		}
		if split {
			segs = append(segs, [2]int{start, i})
			start = i + 1
		}
	}
	return append(segs, [2]int{start, len(toks)})
}

func tallySegment(toks []token, from, to int, st *tallyState) []obs {
	seg := toks[from:to]
	var cues []tallyCue
	for _, m := range tallyCueLex.scan(seg) {
		kind := m.val
		// "shot down/suppressed" and "shot down or suppressed" are the Air
		// Force's downed figure; "suppressed" alone is not.
		if toks[from+m.start].w == "suppressed" && len(cues) > 0 {
			if last := cues[len(cues)-1]; last.kind == "downed" && from+m.start-last.pos <= 3 {
				kind = "downed"
			}
		}
		// "hits by 3 missiles were recorded" records impacts, not launches.
		if w := toks[from+m.start].w; (w == "recorded" || w == "registered") && len(cues) > 0 && cues[len(cues)-1].kind == "none" {
			kind = "none"
		}
		cues = append(cues, tallyCue{pos: from + m.start, kind: kind})
	}
	if len(cues) == 0 {
		if st.carry == "" {
			return nil
		}
		// "attacked with 430 drones, as well as with 18 missiles": a
		// segment without a verb continues the previous one.
		cues = []tallyCue{{pos: from, kind: st.carry}}
	}
	var out []obs
	depth, sub := 0, false
	for i := from; i < to; i++ {
		switch toks[i].w {
		case "(":
			depth++
		case ")":
			depth = max(0, depth-1)
		case "including", "among", ":":
			sub = true
		}
		if depth > 0 {
			continue
		}
		q, end, ok := readQuantity(toks, i)
		if !ok {
			continue
		}
		kind := nearestCue(cues, i)
		got, consumed := tallyPair(toks, q, i, end, to, kind, st.lastCat)
		for _, o := range got {
			o.weak = sub // "including 250 Shaheds" is a share of the total
			st.lastCat = categoryOf(o.field)
			out = append(out, o)
		}
		i = max(i, consumed-1)
	}
	st.carry = cues[len(cues)-1].kind
	return out
}

// tallyPair reads one count and its weapon noun, or "eight of ten drones",
// and returns where the reading stopped.
func tallyPair(toks []token, q quantity, i, end, to int, kind, lastCat string) ([]obs, int) {
	if kind == "none" {
		return nil, end
	}
	if wordAfter(toks, end) == "of" {
		from := end + 1
		if wordAfter(toks, from) == "the" { // "eight of the ten missiles"
			from++
		}
		if total, e2, ok := readQuantity(toks, from); ok {
			if cat := weaponNounAfter(toks, e2, to); cat != "" && kind == "downed" {
				return []obs{
					{field: cat + "_downed", q: q, pos: i, end: e2},
					{field: cat + "_launched", q: total, pos: i, end: e2},
				}, e2
			}
			return nil, e2
		}
	}
	cat := weaponNounAfter(toks, end, to)
	if cat == "" && kind == "downed" && lastCat != "" && wordAfter(toks, end) != "of" {
		if w := wordAfter(toks, end); w == "were" || w == "was" || w == "have" || w == "had" {
			cat = lastCat
		}
	}
	if cat == "" {
		return nil, end
	}
	return []obs{{field: cat + "_" + kind, q: q, pos: i, end: end}}, end
}

// weaponNounAfter returns "drones" or "missiles" when a weapon word follows
// the count within four words.
func weaponNounAfter(toks []token, end, to int) string {
	for k := end; k < to && k < end+4; k++ {
		if toks[k].punct || toks[k].w == "and" {
			return ""
		}
		if m, ok := weaponLex.matchAt(toks, k); ok {
			switch baseWeapon(m.val) {
			case WeaponShahed, WeaponDrone:
				return "drones"
			case WeaponCruise, WeaponBallistic, WeaponHypersonic, WeaponMissileAny:
				return "missiles"
			}
			return ""
		}
	}
	return ""
}

func categoryOf(field string) string {
	if len(field) > 6 && field[:6] == "drones" {
		return "drones"
	}
	return "missiles"
}

// nearestCue returns the kind of the cue nearest to pos (earlier on a tie).
func nearestCue(cues []tallyCue, pos int) string {
	best, dist := "", 1<<30
	for _, c := range cues {
		d := c.pos - pos
		if d < 0 {
			d = -d
		}
		if d < dist {
			best, dist = c.kind, d
		}
	}
	return best
}
