package extract

// Outages: a utility cut off by an attack is damage to that utility ("cutting
// power to much of the town", "heating has been disrupted", "power is off").

// utilityCategory maps utility words to damage categories.
var utilityCategory = map[string]string{
	"power": "energy", "electricity": "energy", "light": "energy", "lights": "energy",
	"heat": "heating", "heating": "heating", "water": "water", "gas": "gas",
}

// cutWords say a utility stopped.
var cutWords = map[string]bool{
	"cut": true, "cuts": true, "cutting": true, "disrupted": true, "off": true,
	"lost": true, "interrupted": true, "knocked": true, "knocking": true, "suspended": true,
	"outage": true, "outages": true, "disruption": true, "disruptions": true, "restored": true,
}

// outageFillers may stand between the utility and its cut ("heating has
// been temporarily cut off").
var outageFillers = map[string]bool{
	"supply": true, "supplies": true, "has": true, "have": true, "had": true, "been": true,
	"was": true, "were": true, "is": true, "are": true, "temporarily": true, "partly": true,
	"partially": true, "completely": true, "also": true, "briefly": true, "the": true,
}

// findOutages lists the utilities a sentence reports cut, before limit (the
// first warning word: "power could be cut" is no damage).
func findOutages(toks []token, limit int) []damageHit {
	var out []damageHit
	for i := 0; i < limit; i++ {
		cat, ok := utilityCategory[toks[i].w]
		if !ok {
			continue
		}
		if cutBefore(toks, i) || cutAfter(toks, i, limit) {
			out = append(out, damageHit{pos: i, end: i + 1, val: cat})
		}
	}
	return out
}

// cutBefore reads "cutting power", "knocked out the power", "cut heat".
func cutBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		w := toks[k].w
		if cutWords[w] && w != "off" && w != "lost" {
			return true
		}
		if w != "the" && w != "out" && w != "off" {
			return false
		}
	}
	return false
}

// cutAfter reads "power is off", "heating has been disrupted".
func cutAfter(toks []token, i, limit int) bool {
	for k := i + 1; k < limit && k <= i+5; k++ {
		w := toks[k].w
		if cutWords[w] {
			return true
		}
		if !outageFillers[w] {
			return false
		}
	}
	return false
}
