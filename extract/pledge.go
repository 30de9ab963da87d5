package extract

import "strings"

// pledgeVerbs announce money or goods for Ukraine.
var pledgeVerbs = newLexicon([][2]string{
	{"contribut*", "p"}, {"pledg*", "p"}, {"allocat*", "p"}, {"provid*", "p"}, {"announc*", "p"},
	{"donat*", "p"}, {"release*", "p"}, {"commit*", "p"}, {"earmark*", "p"}, {"approv*", "p"},
})

// aidKinds: words that say what a pledged sum pays for.
var aidKinds = newLexicon([][2]string{
	{"weapon*", actMilitaryAid}, {"arms", actMilitaryAid}, {"ammunition", actMilitaryAid},
	{"air defen*", actMilitaryAid}, {"missile*", actMilitaryAid}, {"interceptor*", actMilitaryAid},
	{"drone*", actMilitaryAid}, {"military", actMilitaryAid}, {"armoured", actMilitaryAid},
	{"artillery", actMilitaryAid}, {"munitions", actMilitaryAid}, {"shells", actMilitaryAid},
	{"humanitarian", actHumanitarian}, {"demining", actHumanitarian}, {"reconstruction", actHumanitarian},
	{"generators", actHumanitarian}, {"shelter*", actHumanitarian}, {"winter", actHumanitarian},
	{"relief", actHumanitarian}, {"food", actHumanitarian}, {"medical", actHumanitarian},
})

// pledgeAction reads an aid action from a pledge verb and a sum ("The
// Netherlands will contribute €250 million to a package of American
// weapons"): military or humanitarian by what it buys, else financial.
//
// Without a sum, a verb of giving followed by a package or the goods it
// names is still a pledge ("Germany will send two more IRIS-T systems and
// ammunition", "announced a new package of drones and artillery shells"),
// as aid announcements are phrased.
func pledgeAction(toks []token) []actionHit {
	if !hasMoney(toks) {
		return goodsPledge(toks)
	}
	at := pledgeVerbs.firstAt(toks)
	if at < 0 {
		return nil
	}
	kind := actFinancialAid
	if ms := aidKinds.scan(toks[at:]); len(ms) > 0 {
		kind = ms[0].val
	}
	return []actionHit{{pos: at, end: at + 1, action: kind}}
}

// sendVerbs give goods; with pledgeVerbs they open a pledge of goods.
var sendVerbs = newLexicon([][2]string{
	{"send*", "s"}, {"sent", "s"}, {"deliver*", "s"}, {"suppl*", "s"}, {"transfer*", "s"},
	{"hand over", "s"}, {"pledg*", "s"}, {"announc*", "s"}, {"provid*", "s"}, {"donat*", "s"},
	{"unveil*", "s"}, {"approv*", "s"},
})

// packageWords name what a pledge of goods announces.
var packageWords = map[string]bool{"package": true, "packages": true, "batch": true, "shipment": true, "consignment": true}

// goodsPledge reads a pledge of goods without a sum: a giving verb, then
// within ten words a package or an aid kind, in one clause.
func goodsPledge(toks []token) []actionHit {
	for _, m := range sendVerbs.scan(toks) {
		pkg := false
		for k := m.end; k < len(toks) && k < m.end+10; k++ {
			if toks[k].w == ";" || toks[k].w == "." {
				break
			}
			if packageWords[toks[k].w] {
				pkg = true
				continue
			}
			if a, ok := aidKinds.matchAt(toks, k); ok && (pkg || a.val == actMilitaryAid || a.val == actHumanitarian) {
				if a.val == actMilitaryAid && !pkg && !militaryGoods(toks, k) {
					continue
				}
				return []actionHit{{pos: m.start, end: m.end, action: a.val}}
			}
		}
	}
	return nil
}

// militaryGoods: outside a "package", an aid word counts when it names
// goods given ("ammunition", "IRIS-T systems"), not attacks ("drones hit").
func militaryGoods(toks []token, k int) bool {
	switch toks[k].w {
	case "ammunition", "munitions", "shells", "weapons", "arms", "interceptors", "artillery":
		return true
	}
	w := wordAfter(toks, k+1)
	return w == "systems" || w == "system" || w == "launchers"
}

// hasMoney reports a sum of money: a currency sign or code before digits,
// or million/billion after them.
func hasMoney(toks []token) bool {
	for i, t := range toks {
		switch t.w {
		case "million", "billion", "bn", "trillion":
			return i > 0 && isAllDigits(strings.ReplaceAll(strings.ReplaceAll(toks[i-1].w, ",", ""), ".", ""))
		}
	}
	return false
}
