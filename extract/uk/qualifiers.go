package uk

// The qualifier values of the contract (DOMAIN.md §6).
const (
	qualAbout    = "about"
	qualMoreThan = "more_than"
	qualAtLeast  = "at_least"
	qualUpTo     = "up_to"
)

// qualifierBefore reads the qualifier standing before the count at toks[i]:
// близько/приблизно/майже/орієнтовно → about, понад/більше (ніж) →
// more_than, щонайменше/не менше (ніж)/мінімум/принаймні → at_least, до →
// up_to. "зросла до 12" is an exact 12: a rise names the new figure.
func qualifierBefore(toks []token, i int) string {
	j := i - 1
	if j >= 0 && (toks[j].text == "ніж" || toks[j].text == "як") {
		j--
	}
	if j < 0 || toks[j].kind != tokWord {
		return ""
	}
	switch w := toks[j].text; w {
	case "близько", "приблизно", "майже", "орієнтовно", "біля":
		return qualAbout
	case "понад", "більше", "більш":
		return qualMoreThan
	case "щонайменше", "мінімум", "принаймні":
		return qualAtLeast
	case "менше", "менш":
		if j > 0 && toks[j-1].text == "не" {
			return qualAtLeast
		}
	case "до":
		if !isRise(toks, j) {
			return qualUpTo
		}
	}
	return ""
}

// isRise reports whether the "до" at toks[j] follows a verb of rising
// ("зросла до", "збільшилася до").
func isRise(toks []token, j int) bool {
	if j == 0 || toks[j-1].kind != tokWord {
		return false
	}
	return riseVerbs[toks[j-1].text]
}

var riseVerbs = map[string]bool{
	"зросла": true, "зріс": true, "зросло": true, "зросли": true, "збільшилася": true,
	"збільшилась": true, "збільшився": true, "збільшилося": true, "сягнула": true,
	"сягнув": true, "сягнуло": true, "зросте": true,
}
