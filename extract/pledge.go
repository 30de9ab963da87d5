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
func pledgeAction(toks []token) []actionHit {
	if !hasMoney(toks) {
		return nil
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
