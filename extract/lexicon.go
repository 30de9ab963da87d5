package extract

import "strings"

// lexicon finds phrases of a vocabulary in a token list. A pattern is a
// space-separated list of lower-case words; a word ending in "*" matches any
// token starting with it ("drone*" matches drones). Lookups go through a map
// keyed by the first word (or the first three bytes of a prefix), so a scan is
// linear in the number of tokens.
type lexicon struct {
	exact map[string][]*lexEntry
	pre   map[string][]*lexEntry
	first [1024]uint64 // first two bytes of first words: most tokens skip the maps
}

// pairKey is the bit of a word's first two bytes in lexicon.first.
func pairKey(w string) uint16 {
	if len(w) == 1 {
		return uint16(w[0]) << 8
	}
	return uint16(w[0])<<8 | uint16(w[1])
}

func (l *lexicon) mayStart(w string) bool {
	k := pairKey(w)
	return l.first[k>>6]&(1<<(k&63)) != 0
}

type lexEntry struct {
	words  []string
	prefix []bool
	val    string
}

// lexMatch is one phrase found at tokens [start, end).
type lexMatch struct {
	start, end int
	val        string
}

const prefixKey = 3

// newLexicon builds a lexicon from pattern → value pairs. It panics on a
// prefix stem shorter than three bytes: the tables are static data, and the
// tests build every one of them.
func newLexicon(pairs [][2]string) *lexicon {
	l := &lexicon{exact: map[string][]*lexEntry{}, pre: map[string][]*lexEntry{}}
	for _, p := range pairs {
		e := &lexEntry{val: p[1]}
		for _, w := range strings.Fields(p[0]) {
			pre := strings.HasSuffix(w, "*")
			w = strings.TrimSuffix(w, "*")
			if pre && len(w) < prefixKey {
				panic("extract: lexicon prefix too short: " + p[0])
			}
			e.words = append(e.words, w)
			e.prefix = append(e.prefix, pre)
		}
		k := pairKey(e.words[0])
		l.first[k>>6] |= 1 << (k & 63)
		if e.prefix[0] {
			k := e.words[0][:prefixKey]
			l.pre[k] = append(l.pre[k], e)
		} else {
			l.exact[e.words[0]] = append(l.exact[e.words[0]], e)
		}
	}
	return l
}

// matchAt returns the longest phrase starting at toks[i].
func (l *lexicon) matchAt(toks []token, i int) (lexMatch, bool) {
	if i < 0 || i >= len(toks) {
		return lexMatch{}, false
	}
	t := toks[i]
	if t.punct || t.w == "" || !l.mayStart(t.w) {
		return lexMatch{}, false
	}
	best := lexMatch{start: i, end: i}
	try := func(es []*lexEntry) {
		for _, e := range es {
			if n := e.match(toks, i); n > 0 && i+n > best.end {
				best = lexMatch{start: i, end: i + n, val: e.val}
			}
		}
	}
	try(l.exact[t.w])
	if len(l.pre) > 0 && len(t.w) >= prefixKey {
		try(l.pre[t.w[:prefixKey]])
	}
	return best, best.end > i
}

// match returns the number of tokens e covers at toks[i], or 0.
func (e *lexEntry) match(toks []token, i int) int {
	if i+len(e.words) > len(toks) {
		return 0
	}
	for k, w := range e.words {
		t := toks[i+k]
		if t.punct {
			return 0
		}
		if e.prefix[k] {
			if !strings.HasPrefix(t.w, w) {
				return 0
			}
		} else if t.w != w {
			return 0
		}
		// Only the last word may carry a possessive ("Kyiv region's").
		if t.poss && k < len(e.words)-1 {
			return 0
		}
	}
	return len(e.words)
}

// scan returns the non-overlapping longest matches, left to right.
func (l *lexicon) scan(toks []token) []lexMatch {
	var out []lexMatch
	for i := 0; i < len(toks); {
		if m, ok := l.matchAt(toks, i); ok {
			out = append(out, m)
			i = m.end
			continue
		}
		i++
	}
	return out
}

// has reports whether the lexicon matches anywhere in toks. A phrase whose
// value is "-" is an exception that matches nothing: {"air raid alert*",
// "-"} keeps "raid" in an alert from counting as a raid.
func (l *lexicon) has(toks []token) bool {
	for i := 0; i < len(toks); {
		m, ok := l.matchAt(toks, i)
		if !ok {
			i++
			continue
		}
		if m.val != "-" {
			return true
		}
		i = m.end
	}
	return false
}

// firstAt returns the position of the first match, or -1.
func (l *lexicon) firstAt(toks []token) int {
	for i := range toks {
		if _, ok := l.matchAt(toks, i); ok {
			return i
		}
	}
	return -1
}
