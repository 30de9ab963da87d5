package uk

import (
	"strings"
	"unicode"
)

// placeKind says what level a place is.
type placeKind uint8

const (
	placeKyiv   placeKind = iota + 1 // Kyiv city
	placeCity                        // any other city or town
	placeOblast                      // an oblast
	placeRaion                       // a raion: its row is the oblast's
)

// place is a gazetteer entry in its contract spelling.
type place struct {
	kind   placeKind
	oblast string
	city   string // "" for an oblast or raion
}

// placeHit is a place found in a folded sentence, with its byte span.
type placeHit struct {
	place
	start, end int
}

// gazetteer finds places in folded text by looking up runs of one to
// maxPlaceWords words in a table of every form: a map lookup per word is
// far cheaper than one regular expression of some thousand alternatives.
type gazetteer struct {
	forms map[string]place
}

// maxPlaceWords is the longest form in words ("автономної республіки
// крим").
const maxPlaceWords = 3

// ukGazetteer is built once from the data tables; it is never changed.
var ukGazetteer = buildGazetteer()

func buildGazetteer() gazetteer {
	g := gazetteer{forms: map[string]place{}}
	add := func(forms string, p place) {
		for _, f := range strings.Split(forms, "|") {
			g.forms[f] = p
		}
	}
	add(kyivForms, place{kind: placeKyiv, oblast: "Kyiv", city: "Kyiv"})
	for _, c := range cityForms {
		add(c.forms, place{kind: placeCity, oblast: c.oblast, city: c.city})
	}
	for oblast, forms := range oblastForms {
		add(forms, place{kind: placeOblast, oblast: oblast})
	}
	for _, o := range oblastStems {
		p := place{kind: placeOblast, oblast: o.oblast}
		for _, end := range strings.Split(oblastAdjectiveEndings, "|") {
			for _, word := range strings.Split(oblastWords, "|") {
				g.forms[o.adjective+end+" "+word] = p
			}
		}
		if o.region != "" {
			for _, end := range strings.Split(regionEndings, "|") {
				g.forms[o.region+end] = p
			}
		}
	}
	for _, r := range raionStems {
		for _, end := range strings.Split(adjectiveEndings, "|") {
			for _, word := range strings.Split(raionWords, "|") {
				g.forms[r.stem+end+" "+word] = place{kind: placeRaion, oblast: r.oblast}
			}
		}
	}
	return g
}

// The endings that make the oblast forms from the data table's stems.
const (
	oblastAdjectiveEndings = "а|ої|ій|у|ою"
	oblastWords            = "область|області|областю|обл.|обласна|обласної|обласній|обласну|ова|ода"
	regionEndings          = "а|и|і|у|ою"
)

// find returns the places of a folded sentence in text order, the longest
// form winning at each word (Київщина and Київська область before Київ).
func (g gazetteer) find(f string) []placeHit {
	words := wordSpans(f)
	var hits []placeHit
	for i := 0; i < len(words); i++ {
		for n := min(maxPlaceWords, len(words)-i); n >= 1; n-- {
			if !spaced(f, words[i:i+n]) {
				continue
			}
			start, end := words[i][0], words[i+n-1][1]
			key := f[start:end]
			if n > 1 {
				key = joinWords(f, words[i:i+n])
			}
			p, ok := g.forms[key]
			if !ok && end < len(f) && f[end] == '.' {
				p, ok = g.forms[key+"."] // "обл."
				if ok {
					end++
				}
			}
			if ok {
				hits = append(hits, placeHit{place: p, start: start, end: end})
				i += n - 1
				break
			}
		}
	}
	return hits
}

// wordSpans returns the byte spans of the words of f: letters, digits,
// apostrophes and inner hyphens.
func wordSpans(f string) [][2]int {
	var spans [][2]int
	start := -1
	for i, r := range f {
		inWord := unicode.IsLetter(r) || unicode.IsDigit(r) || (start >= 0 && (r == '\'' || r == '-'))
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			spans = append(spans, [2]int{start, i})
			start = -1
		}
	}
	if start >= 0 {
		spans = append(spans, [2]int{start, len(f)})
	}
	return spans
}

// spaced reports whether consecutive words are separated by spaces only,
// so that a form never spans a comma ("Київ, Київщина").
func spaced(f string, words [][2]int) bool {
	for k := 1; k < len(words); k++ {
		if strings.TrimLeft(f[words[k-1][1]:words[k][0]], " ") != "" {
			return false
		}
	}
	return true
}

func joinWords(f string, words [][2]int) string {
	parts := make([]string, len(words))
	for k, w := range words {
		parts[k] = f[w[0]:w[1]]
	}
	return strings.Join(parts, " ")
}
