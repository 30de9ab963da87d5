package uk

import (
	"regexp"
	"strings"
)

// The casualty fields of the contract.
const (
	fieldKilled   = "killed"
	fieldInjured  = "injured"
	fieldRescued  = "rescued"
	fieldMissing  = "missing"
	fieldChildren = "children_killed"
	fieldHospital = "hospitalised" // a subset of the injured: read so that it fills nothing
)

// Priorities of casualty candidates: a rise ("зросла до 9") names the new
// total and beats any other figure of the post; "ще 9" (9 more) and a
// zero ("без постраждалих") count only when nothing else is said.
const (
	prioLow = iota + 1
	prioNormal
	prioRise
)

// casualty is one casualty figure read from a sentence.
type casualty struct {
	field string
	fig   figure
	vague string // the vague word ("кілька") when the figure is null
	prio  int
	sent  int // the index of the sentence it came from
}

// casualtyStems name the field a word reports, by prefix (DOMAIN.md §4–5:
// постраждалі are usually the injured, "врятовано" and "деблоковано" are
// rescued, "евакуйовано" is neither).
var casualtyStems = []struct{ prefix, field string }{
	{"загин", fieldKilled}, {"загибл", fieldKilled}, {"помер", fieldKilled}, {"вбит", fieldKilled},
	{"убит", fieldKilled}, {"постражд", fieldInjured}, {"поранен", fieldInjured},
	{"травмован", fieldInjured}, {"травмувал", fieldInjured}, {"врятув", fieldRescued},
	{"врятован", fieldRescued}, {"деблок", fieldRescued}, {"зникл", fieldMissing},
	{"безвісти", fieldMissing}, {"госпіталіз", fieldHospital},
}

func casualtyField(w string) string {
	for _, s := range casualtyStems {
		if strings.HasPrefix(w, s.prefix) {
			return s.field
		}
	}
	return ""
}

// personNouns stand between a count and its verb ("11 людей постраждали")
// and are skipped when looking for the verb.
var personNouns = map[string]bool{
	"людей": true, "людини": true, "людина": true, "люди": true, "людину": true, "осіб": true,
	"особи": true, "особа": true, "киян": true, "киянин": true, "кияни": true, "мешканців": true,
	"мешканці": true, "чоловіків": true, "чоловіки": true, "чоловік": true, "жінок": true,
	"жінки": true, "жінка": true, "цивільних": true, "цивільні": true, "дорослих": true,
	"отримали": true, "дістали": true, "було": true, "були": true, "є": true,
}

func isChildNoun(w string) bool {
	return strings.HasPrefix(w, "дит") || strings.HasPrefix(w, "діт")
}

var (
	// zeroRe are the statements of none: injured 0 or killed 0 (the corpus
	// README: "без постраждалих" is injured 0, "Загиблих немає" killed 0).
	zeroInjuredRe = regexp.MustCompile(`без постраждалих|постраждалих немає|ніхто не постраждав|не було постраждалих`)
	zeroKilledRe  = regexp.MustCompile(`загиблих немає|без загиблих|обійшлося без жертв|жертв немає|ніхто не загинув`)
	// missingRe reads "під завалами можуть бути люди" and "можуть
	// перебувати до 4 людей": missing with a count, or null with the phrase.
	missingRe = regexp.MustCompile(`під завалами (?:можуть|може|ймовірно|імовірно)(?: \pL+)? (?:бути|перебувати|залишатися|знаходитися)(?: \pL+)?(?: (?:\pL+ )?\d+)?(?: \pL+)?|під завалами (?:можуть )?(?:залишаються|перебувають) люди`)
)

// readCasualties reads the casualty figures of a folded sentence.
func readCasualties(f string) []casualty {
	toks := tokenize(f)
	var out []casualty
	last, subset, subsetOfKilled := "", false, false
	for i, t := range toks {
		if t.kind == tokPunct && (t.text == "," || t.text == ";") {
			subset = false
			continue
		}
		if t.kind == tokWord && isSubsetOpener(toks, i) {
			subset, subsetOfKilled = true, last == fieldKilled || toks[i+1].text == "загиблих"
			continue
		}
		if t.kind == tokWord && isChildNoun(t.text) && subset && subsetOfKilled && (i == 0 || toks[i-1].kind != tokNum) {
			out = append(out, casualty{field: fieldChildren, fig: figure{val: 1, ok: true}, prio: prioNormal})
			continue
		}
		if t.kind != tokNum || isShare(toks, i) {
			continue
		}
		if subset {
			if subsetOfKilled && i+1 < len(toks) && isChildNoun(toks[i+1].text) {
				out = append(out, casualty{field: fieldChildren, fig: figure{val: t.val, ok: true}, prio: prioNormal})
			}
			continue
		}
		c, ok := casualtyAt(toks, i)
		if !ok {
			continue
		}
		last = c.field
		if c.field != fieldHospital {
			out = append(out, c)
		}
	}
	return append(out, zeroes(f)...)
}

// isSubsetOpener reports "серед них", "серед загиблих", "серед постраждалих":
// what follows is a subset of the figure before it.
func isSubsetOpener(toks []token, i int) bool {
	return toks[i].text == "серед" && i+1 < len(toks) && toks[i+1].kind == tokWord
}

// casualtyAt reads the count at toks[i]: the field comes from the verb or
// noun after it ("11 людей постраждали", "15 постраждалих"), else before it
// ("Загинули не менше двох людей", "поранено 7 людей"), else, after a rise,
// from anywhere before ("Кількість загиблих … зросла до 4").
func casualtyAt(toks []token, i int) (casualty, bool) {
	t := toks[i]
	c := casualty{prio: prioNormal}
	c.fig = figure{val: t.val, qual: qualifierBefore(toks, i), ok: !t.vague}
	if t.vague {
		c.vague = t.text
	}
	if i > 0 && toks[i-1].text == "ще" {
		c.prio = prioLow
	}
	rise := i > 1 && toks[i-1].text == "до" && isRise(toks, i-1)
	if rise {
		c.prio = prioRise
	}
	c.field = fieldAfter(toks, i)
	if c.field == "" {
		c.field = fieldBefore(toks, i, 3, false)
	}
	if c.field == "" && rise {
		c.field = fieldBefore(toks, i, i, true)
	}
	return c, c.field != ""
}

func fieldAfter(toks []token, i int) string {
	for j := i + 1; j < len(toks) && j <= i+3; j++ {
		t := toks[j]
		if t.kind != tokWord {
			return ""
		}
		if f := casualtyField(t.text); f != "" {
			return f
		}
		if !personNouns[t.text] {
			return ""
		}
	}
	return ""
}

// fieldBefore looks back up to n words, past dashes and colons, stopping
// at other punctuation or, unless across is set (after a rise, whose
// subject may stand before a date), at another count.
func fieldBefore(toks []token, i, n int, across bool) string {
	words := 0
	for j := i - 1; j >= 0 && words < n; j-- {
		t := toks[j]
		switch {
		case t.kind == tokNum && !across:
			return ""
		case t.kind == tokPunct && t.text != "–" && t.text != ":" && t.text != "-" && !across:
			return ""
		case t.kind == tokWord:
			if f := casualtyField(t.text); f != "" {
				return f
			}
			words++
		}
	}
	return ""
}

// zeroes reads the statements that nobody was hurt or killed.
func zeroes(f string) []casualty {
	var out []casualty
	if zeroInjuredRe.MatchString(f) {
		out = append(out, casualty{field: fieldInjured, fig: figure{ok: true}, prio: prioLow})
	}
	if zeroKilledRe.MatchString(f) {
		out = append(out, casualty{field: fieldKilled, fig: figure{ok: true}, prio: prioLow})
	}
	return out
}

// readMissing reads people feared under the rubble: a count ("можуть
// перебувати до 4 людей" → 4, up_to) or, without one, the phrase itself.
func readMissing(f string) (casualty, bool) {
	m := missingRe.FindString(f)
	if m == "" {
		return casualty{}, false
	}
	toks := tokenize(m)
	for i, t := range toks {
		if t.kind == tokNum && !t.vague {
			return casualty{field: fieldMissing, fig: figure{val: t.val, qual: qualifierBefore(toks, i), ok: true}, prio: prioNormal}, true
		}
	}
	return casualty{field: fieldMissing, vague: strings.TrimSpace(m), prio: prioNormal}, true
}
