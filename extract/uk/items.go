package uk

import (
	"strings"

	"sitrep/extract"
)

// The classes of a counted air-attack item besides the typed missiles
// (extract.WeaponBallistic, extract.WeaponCruise, extract.WeaponHypersonic).
const (
	itemDrone   = "drone"
	itemMissile = "missile" // a missile count with no type: a stated total
)

// item is one count of drones or missiles in an Air Force sentence: "430
// ударними БпЛА", "19 балістичними ракетами Іскандер-М", "три «Калібри»".
type item struct {
	count int
	qual  string
	class string
}

// items reads the counts of a folded Air Force sentence. Counts inside
// brackets ("(з них 60 – реактивні)", "(раніше – 44)"), shares ("65 з
// них"), grand totals ("419 цілей", "503 засоби повітряного нападу") and
// digits inside names (Х-101, KN-23, Ту-95МС) are no items.
func items(f string) []item {
	toks := tokenize(f)
	var out []item
	for i, t := range toks {
		if t.kind != tokNum || t.vague || t.paren || isShare(toks, i) {
			continue
		}
		if class := headAfter(toks, i); class != "" {
			out = append(out, item{count: t.val, qual: qualifierBefore(toks, i), class: class})
		}
	}
	return out
}

// isShare reports whether the count at toks[i] is followed by "з них" or
// "із них": a share of a count already given.
func isShare(toks []token, i int) bool {
	return i+2 < len(toks) && (toks[i+1].text == "з" || toks[i+1].text == "із") && toks[i+2].text == "них"
}

// headAfter finds what the count at toks[i] counts: the noun after it,
// past adjectives and quotes ("двома балістичними ракетами Іскандер-М",
// "81 ударним БпЛА", "три «Калібри»"). It returns "" for anything else.
func headAfter(toks []token, i int) string {
	adjective := ""
	for j := i + 1; j < len(toks) && j <= i+5; j++ {
		t := toks[j]
		if t.paren || t.kind == tokNum {
			return ""
		}
		if t.kind == tokPunct {
			if t.text == "«" || t.text == "»" || t.text == "\"" {
				continue
			}
			return ""
		}
		w := t.text
		switch {
		case isDroneNoun(w):
			return itemDrone
		case isMissileNoun(w):
			return missileClass(adjective, namedAfter(toks, j))
		case namedMissile(w) != "":
			return namedMissile(w)
		}
		c, ok := missileAdjective(w)
		if !ok {
			return ""
		}
		if c != "" {
			adjective = c
		}
	}
	return ""
}

// missileClass is a missile's class from its adjective, else its name, else
// none ("52 ракети різних типів" is a stated total).
func missileClass(adjective, name string) string {
	switch {
	case adjective != "":
		return adjective
	case name != "":
		return name
	default:
		return itemMissile
	}
}

// namedAfter reads the model name after a missile noun: "ракети Х-59/69",
// "ракет Іскандер-М/KN-23", "ракети «Калібр»".
func namedAfter(toks []token, j int) string {
	for k := j + 1; k < len(toks) && k <= j+2; k++ {
		if toks[k].text == "«" || toks[k].text == "\"" {
			continue
		}
		return namedMissile(toks[k].text)
	}
	return ""
}

func isDroneNoun(w string) bool {
	for _, p := range []string{"бпла", "дрон", "безпілотник", "шахед", "shahed", "гербер", "мопед"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

func isMissileNoun(w string) bool {
	return strings.HasPrefix(w, "ракет") && !strings.HasPrefix(w, "ракетн")
}

// namedMissile is the class of a missile model name.
func namedMissile(w string) string {
	for _, n := range missileNames {
		if strings.HasPrefix(w, n.prefix) {
			return n.class
		}
	}
	return ""
}

var missileNames = []struct{ prefix, class string }{
	{"калібр", extract.WeaponCruise}, {"х-101", extract.WeaponCruise}, {"х-555", extract.WeaponCruise}, {"х-55", extract.WeaponCruise},
	{"х-59", extract.WeaponCruise}, {"х-69", extract.WeaponCruise}, {"х-22", extract.WeaponCruise}, {"х-32", extract.WeaponCruise},
	{"х-35", extract.WeaponCruise}, {"іскандер-к", extract.WeaponCruise}, {"онікс", extract.WeaponCruise},
	{"іскандер-м", extract.WeaponBallistic}, {"іскандер", extract.WeaponBallistic}, {"kn-23", extract.WeaponBallistic},
	{"кн-23", extract.WeaponBallistic}, {"с-300", extract.WeaponBallistic}, {"с-400", extract.WeaponBallistic},
	{"кинджал", extract.WeaponHypersonic}, {"х-47", extract.WeaponHypersonic}, {"циркон", extract.WeaponHypersonic},
}

// missileAdjective reads an adjective between a count and its noun: ok is
// false for any other word; the class is "" when the adjective tells none
// ("ударними", "ворожих").
func missileAdjective(w string) (string, bool) {
	switch {
	case strings.HasPrefix(w, "аеробалістичн"), strings.HasPrefix(w, "гіперзвуков"):
		return extract.WeaponHypersonic, true
	case strings.HasPrefix(w, "балістичн"):
		return extract.WeaponBallistic, true
	case strings.HasPrefix(w, "крилат"), strings.HasPrefix(w, "керован"):
		return extract.WeaponCruise, true
	}
	for _, p := range []string{"ударн", "ворож", "авіаційн", "реактивн", "протикорабельн", "зенітн", "російськ"} {
		if strings.HasPrefix(w, p) {
			return "", true
		}
	}
	return "", false
}
