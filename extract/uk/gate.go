package uk

import (
	"regexp"
	"strings"
)

// gatedRegexp is a regexp with a cheap pre-check. Go's regexp engine has
// no literal pre-filter for a set of alternatives, and most sentences name
// none of a pattern's words, so the literal start of every alternative is
// looked for with strings.Contains first and the regexp runs only when one
// is there. A pattern with an alternative that starts with no literal is
// always run.
type gatedRegexp struct {
	re   *regexp.Regexp
	gate []string // nil: no gate
}

// gated compiles prefix+`(?:`+alternatives+`)`+suffix, gated by the
// literal starts of the alternatives.
func gated(prefix, alternatives, suffix string) gatedRegexp {
	return gatedRegexp{
		re:   regexp.MustCompile(prefix + `(?:` + alternatives + `)` + suffix),
		gate: literalStarts(alternatives),
	}
}

// MatchString reports whether the regexp matches f.
func (g gatedRegexp) MatchString(f string) bool {
	if g.gate != nil && !containsAny(f, g.gate) {
		return false
	}
	return g.re.MatchString(f)
}

func containsAny(f string, subs []string) bool {
	for _, s := range subs {
		if strings.Contains(f, s) {
			return true
		}
	}
	return false
}

// literalStarts splits a pattern at its top-level "|" and returns the
// literal text each alternative starts with, or nil when one starts with
// none (a class, a group, an escape).
func literalStarts(pattern string) []string {
	var out []string
	for _, alt := range topLevelAlternatives(pattern) {
		end := strings.IndexAny(alt, `\()[]{}.*+?^$|`)
		if end < 0 {
			end = len(alt)
		}
		if end < len(alt) && strings.ContainsRune("*+?{", rune(alt[end])) && end > 0 {
			end-- // the quantifier applies to the last byte; drop it (never splits a rune: patterns quantify groups)
		}
		if end == 0 {
			return nil
		}
		out = append(out, alt[:end])
	}
	return out
}

func topLevelAlternatives(p string) []string {
	var alts []string
	depth, start := 0, 0
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case '\\':
			i++
		case '(', '[':
			depth++
		case ')', ']':
			depth--
		case '|':
			if depth == 0 {
				alts = append(alts, p[start:i])
				start = i + 1
			}
		}
	}
	return append(alts, p[start:])
}
