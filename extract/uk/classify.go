package uk

import (
	"regexp"
	"strings"
)

// Kind is what sort of post a text is. The values are the corpus README's
// kind labels, so a classification can be checked against the gold.
type Kind string

// The kinds of post, in the order Classify tests them. Only the summaries,
// corrections and local consequence posts carry facts; the others are
// classified so that their numbers never become a tally.
const (
	KindUnknown      Kind = ""               // nothing recognised: no facts
	KindInfographic  Kind = "infographic"    // an image caption: the figures are in the image
	KindRecap        Kind = "recap"          // weekly or monthly totals, never a day's tally
	KindRegional     Kind = "regional_tally" // a regional air command's sector: a separate scope
	KindCorrection   Kind = "correction"     // "Уточнена інформація": replaces a night's figures
	KindSummary      Kind = "summary"        // the Air Force overnight summary
	KindSummaryDay   Kind = "summary_day"    // the Air Force daytime summary
	KindAlert        Kind = "alert"          // live movement and threats: no facts
	KindWrapUp       Kind = "wrapup"         // a KCMA morning wrap-up
	KindCasualties   Kind = "casualties"     // a casualty update
	KindConsequences Kind = "consequences"   // KCMA, DSNS or oblast administration consequences
)

// HasFacts reports whether posts of this kind yield attack rows.
func (k Kind) HasFacts() bool {
	switch k {
	case KindCorrection, KindSummary, KindSummaryDay, KindWrapUp, KindCasualties, KindConsequences:
		return true
	}
	return false
}

// IsAirForce reports whether the kind is an Air Force national tally.
func (k Kind) IsAirForce() bool {
	return k == KindCorrection || k == KindSummary || k == KindSummaryDay
}

var (
	infographicRe  = regexp.MustCompile(`інфографі`)
	recapRe        = gated("", `за минулий тиждень|протягом минулого тижня|за тиждень|за місяць|протягом місяця|підсумки (?:тижня|місяця|`+monthNominative+`)|тиждень з \d+ по \d+|у цифрах`, "")
	regionalRe     = regexp.MustCompile(`повітрян\pL* командуванн`)
	correctionRe   = gated("", `уточнена інформація|за уточненими даними|уточнені дані`, "")
	airForceRe     = regexp.MustCompile(`збито|подавлено`)
	airLaunchRe    = gated("", `протиповітряною обороною|засоб\pL* повітряного нападу|противник (?:атакув|завда|застосува)|(?:атакув\pL*|зафіксовано) (?:[^.]* )?(?:\d|однією|двома|трьома|чотирма|п'ятьма|шістьма|вісьмома|десятьма)`, "")
	dayPeriodRe    = gated("", `протягом дня|вдень|з \d{1,2}:\d\d до \d{1,2}:\d\d`, "")
	alertRe        = gated("", `курсом на|курс на|у напрямку|в напрямку|у бік|загроза балісти|загроза балістичного|швидкісн\pL* ціл|пуски каб|зафіксовано пуски|🛵|в укриття|в укриттях|до відбою|працює ппо|рухається`, "")
	consequenceRe  = gated("", `наслідк|постражд|загин|загибл|поранен|травмован|врятув|деблок|без світла|без тепла|без теплопостачання|знеструмлен|`+damageCues, "")
	wrapUpRe       = gated("", `тривога (?:\pL+ )?тривала|тривала (?:\d+ годин|понад)`, "")
	casualtyLeadRe = gated("", `загин|загибл|постражд|поранен|травмован|помер`, "")
)

const monthNominative = `січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|січень|лютий|березень|квітень|травень|червень|липень|серпень|вересень|жовтень|листопад|грудень`

// Classify says what kind of post a Ukrainian text is, before any number
// is read (DOMAIN.md §2–3): infographic captions, weekly and monthly
// recaps and regional air-command tallies first, since they repeat the
// words of a summary; then Air Force corrections and summaries; then live
// alerts; then the local posts (wrap-up, casualty update, consequences).
func Classify(text string) Kind {
	f := fold(text)
	switch {
	case infographicRe.MatchString(f):
		return KindInfographic
	case recapRe.MatchString(f):
		return KindRecap
	case regionalRe.MatchString(f):
		return KindRegional
	case airForceRe.MatchString(f) && airLaunchRe.MatchString(f):
		return airForceKind(f)
	case alertRe.MatchString(f) && !consequenceRe.MatchString(f):
		return KindAlert
	case !consequenceRe.MatchString(f):
		return KindUnknown
	case wrapUpRe.MatchString(f):
		return KindWrapUp
	case casualtyLeadRe.MatchString(firstLine(f)) || !ukDamage.cue.MatchString(f):
		return KindCasualties
	}
	return KindConsequences
}

func airForceKind(f string) Kind {
	switch {
	case correctionRe.MatchString(f):
		return KindCorrection
	case nightRe.MatchString(f) || !dayPeriodRe.MatchString(f):
		return KindSummary
	}
	return KindSummaryDay
}

// firstLine is the first non-empty line of a text.
func firstLine(f string) string {
	for line := range strings.SplitSeq(f, "\n") {
		if strings.TrimSpace(line) != "" {
			return line
		}
	}
	return ""
}
