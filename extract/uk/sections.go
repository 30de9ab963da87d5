package uk

import (
	"regexp"
	"strings"
)

// section is the part of an Air Force summary a sentence belongs to
// (DOMAIN.md §2).
type section uint8

const (
	secNone    section = iota
	secLaunch          // what the enemy launched: the period line, the inventory and its bullets
	secResults         // "збито/подавлено": shot down or suppressed
	secLost            // "локаційно втрачено": lost on radar, never downed
	secMissed          // "не досягли цілей": neither launched again nor downed
	secHits            // hits and debris locations
)

var (
	missedRe  = regexp.MustCompile(`не досягл\pL* ціл`)
	resultsRe = regexp.MustCompile(`збито|подавлено|знешкоджено|знищено|збили|знищили|подавили`)
	launchRe  = regexp.MustCompile(`атакув|атакує|завда\pL* (?:\pL+ )*удар|застосува|випусти|зафіксовано|запусти|використа`)
)

// sectionOf says which part of a summary a folded sentence states, or
// secNone (the defenders' boilerplate, "Атака триває", slogans).
func sectionOf(f string) section {
	switch {
	case strings.Contains(f, "локаційно втрач"):
		return secLost
	case missedRe.MatchString(f):
		return secMissed
	case strings.Contains(f, "влучання") || strings.Contains(f, "падіння уламків"):
		return secHits
	case resultsRe.MatchString(f):
		return secResults
	case launchRe.MatchString(f):
		return secLaunch
	}
	return secNone
}

// sections assigns every sentence of a summary its section. A bullet line
// with no verb of its own belongs to the header above it ("…збито/подавлено
// 419 повітряних цілей:" then "– 14 балістичних ракет…"); a line ending in
// a colon ("Зокрема:") carries the header on; any other line ends it. The
// headline (a first line that only repeats the results) gets secNone.
func sections(ss []sentence) []section {
	out := make([]section, len(ss))
	current, headline := secNone, isHeadline(ss)
	for i, s := range ss {
		if headline && s.line == 0 {
			continue
		}
		sec := sectionOf(s.fold)
		if sec == secNone && s.bullet {
			sec = current
		}
		out[i] = sec
		switch {
		case sec != secNone && !s.bullet:
			current = sec
		case sec == secNone && !strings.HasSuffix(s.text, ":"):
			current = secNone
		}
	}
	return out
}

// isHeadline reports whether the first line of a summary is its headline:
// results without the period or the launch ("ЗБИТО/ПОДАВЛЕНО 84 ВОРОЖІ
// БпЛА"). It repeats the results line and is never read for figures.
func isHeadline(ss []sentence) bool {
	var first []string
	for _, s := range ss {
		if s.line != 0 {
			break
		}
		first = append(first, s.fold)
	}
	f := strings.Join(first, " ")
	return resultsRe.MatchString(f) && !strings.Contains(f, "атакув") && nightRe.FindStringIndex(f) == nil &&
		dayRe.FindStringIndex(f) == nil
}
