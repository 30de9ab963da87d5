package extract

import (
	"strings"
	"time"
	_ "time/tzdata" // Europe/Kyiv must resolve on hosts without a zoneinfo database
)

// kyiv is the zone attack days are counted in. Loading fails only without
// tzdata, which the blank import above embeds.
var kyiv = mustLoad("Europe/Kyiv")

func mustLoad(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic("extract: load time zone: " + err.Error())
	}
	return loc
}

const dayLayout = "2006-01-02"

// monthNumbers maps month names and abbreviations to their number.
var monthNumbers = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10,
	"oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

var weekdays = map[string]time.Weekday{
	"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
	"sunday": time.Sunday,
}

// pubDay is the publication day in Kyiv, or the zero time when unknown.
type pubDay struct {
	day   time.Time // midnight UTC of the Kyiv calendar date
	known bool
}

func newPubDay(published time.Time) pubDay {
	if published.IsZero() {
		return pubDay{}
	}
	y, m, d := published.In(kyiv).Date()
	return pubDay{day: time.Date(y, m, d, 0, 0, 0, 0, time.UTC), known: true}
}

func (p pubDay) String() string {
	if !p.known {
		return ""
	}
	return p.day.Format(dayLayout)
}

// dayRef is a day named in a text with how specific the naming was: an
// explicit date outranks a weekday or "yesterday", which outrank words
// meaning the publication day. The zero value names no day.
type dayRef struct {
	day  string // YYYY-MM-DD
	rank int
}

const (
	rankToday    = 1
	rankRelative = 2
	rankExplicit = 3
)

// over reports whether r should replace old: it is more specific.
func (r dayRef) over(old dayRef) bool { return r.rank > old.rank }

// findDate returns the day a sentence names (YYYY-MM-DD), resolved against
// the publication day: an explicit date first ("on Nov. 14", "the night of
// 13 to 14 November" → the 14th), then a weekday (the most recent one on or
// before publication), "yesterday", and words meaning the publication day
// ("overnight", "last night", "this morning", "today"). Relative words give
// nothing when the publication day is unknown.
func findDate(toks []token, pub pubDay) dayRef {
	if d, ok := explicitDate(toks, pub); ok {
		return dayRef{d, rankExplicit}
	}
	if !pub.known {
		return dayRef{}
	}
	if wd, ok := weekdayIn(toks); ok {
		back := (int(pub.day.Weekday()) - int(wd) + 7) % 7
		return dayRef{pub.day.AddDate(0, 0, -back).Format(dayLayout), rankRelative}
	}
	if hasWord(toks, "yesterday") {
		return dayRef{pub.day.AddDate(0, 0, -1).Format(dayLayout), rankRelative}
	}
	if hasWord(toks, "overnight", "today", "tonight") || hasPhrase(toks, "last", "night") ||
		hasPhrase(toks, "this", "morning") || hasPhrase(toks, "this", "evening") {
		return dayRef{pub.String(), rankToday}
	}
	return dayRef{}
}

func prevIs(toks []token, i int, words ...string) bool {
	if i == 0 {
		return false
	}
	for _, w := range words {
		if toks[i-1].w == w {
			return true
		}
	}
	return false
}

func hasPhrase(toks []token, words ...string) bool {
	for i := range toks {
		if wordsAt(toks, i, words...) {
			return true
		}
	}
	return false
}

// explicitDate finds "14 November", "Nov. 14", "November 13-14", "13 to 14
// November", with an optional year.
func explicitDate(toks []token, pub pubDay) (string, bool) {
	for i, t := range toks {
		m, ok := monthNumbers[t.w]
		if !ok {
			continue
		}
		day, after := dayAround(toks, i)
		if day == 0 {
			continue
		}
		year, hasYear := yearAt(toks, after)
		if !hasYear {
			if !pub.known {
				continue
			}
			year = pub.day.Year()
		}
		d := time.Date(year, m, day, 0, 0, 0, 0, time.UTC)
		if d.Day() != day {
			continue // 31 November
		}
		if hasYear && pub.known {
			d = fixYearTypo(d, pub)
		}
		if !hasYear && d.After(pub.day.AddDate(0, 0, 60)) {
			d = d.AddDate(-1, 0, 0) // a December night reported in January
		}
		return d.Format(dayLayout), true
	}
	return "", false
}

// dayAround reads the day next to the month at i and returns it with the
// position where a year could follow. A range gives its last day, the day
// an overnight attack belongs to.
func dayAround(toks []token, i int) (int, int) {
	j := i + 1
	if j < len(toks) && toks[j].w == "." { // "Nov. 14"
		j++
	}
	if j < len(toks) {
		if d := dayValue(toks[j].w); d > 0 {
			if j+2 < len(toks) && (toks[j+1].w == "to" || toks[j+1].w == "into" || toks[j+1].w == "–") {
				if d2 := dayValue(toks[j+2].w); d2 > 0 {
					return d2, j + 3
				}
			}
			return d, j + 1
		}
	}
	if i > 0 {
		if d := dayValue(toks[i-1].w); d > 0 {
			return d, i + 1
		}
	}
	return 0, i
}

// dayValue reads "14", "14th" or the end of a range "13-14"; 0 if none.
func dayValue(w string) int {
	if _, last, ok := strings.Cut(w, "-"); ok {
		w = last
	}
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		w = strings.TrimSuffix(w, suf)
	}
	if len(w) > 2 || !isAllDigits(w) {
		return 0
	}
	d := atoiSafe(w)
	if d < 1 || d > 31 {
		return 0
	}
	return d
}

func yearAt(toks []token, i int) (int, bool) {
	if i < len(toks) && toks[i].w == "," {
		i++
	}
	if i >= len(toks) || len(toks[i].w) != 4 || !isAllDigits(toks[i].w) {
		return 0, false
	}
	y := atoiSafe(toks[i].w)
	return y, y >= 1990 && y <= 2100
}

// pastYear reports a year before the publication year named on its own
// ("in 2023", "the spring of 2024", "the winter of 2022–23"), not in a full
// date: the sentence recalls history rather than reporting the news. A full
// date with a wrong year ("5 December 2024" in a December 2025 summary) is a
// typo, not history.
func pastYear(toks []token, pub pubDay) bool {
	if !pub.known {
		return false
	}
	for i, t := range toks {
		w := t.w
		if len(w) > 4 && (w[4] == '-' || strings.HasPrefix(w[4:], "–")) {
			w = w[:4]
		}
		if len(w) != 4 || !isAllDigits(w) {
			continue
		}
		y := atoiSafe(w)
		if y < 1900 || y >= pub.day.Year() {
			continue
		}
		if i >= 2 && monthNumbers[toks[i-1].w] > 0 && dayValue(toks[i-2].w) > 0 {
			continue // "5 December 2024"
		}
		if i >= 3 && toks[i-1].w == "," && dayValue(toks[i-2].w) > 0 && monthNumbers[toks[i-3].w] > 0 {
			continue // "December 5, 2024"
		}
		return true
	}
	return false
}

// updateLex marks a sentence reporting a revised toll: its weekday is when
// the figure was given ("rose to nine on Sunday"), not the attack day.
var updateLex = newLexicon([][2]string{
	{"rose", "u"}, {"risen", "u"}, {"climbed", "u"}, {"increased", "u"}, {"reached", "u"},
	{"has grown", "u"}, {"updated", "u"},
})

// reportDay reports a sentence whose weekday dates a toll update, unless the
// weekday names the attack ("Friday's attack").
func reportDay(toks []token) bool {
	if !updateLex.has(toks) {
		return false
	}
	for _, t := range toks {
		if _, ok := weekdays[t.w]; ok && t.poss {
			return false
		}
	}
	return true
}

// fixYearTypo corrects a summary's year typo ("the night of 5 December
// 2024" posted on 5 December 2025): a date one year off that, with the year
// of the publication or the one before, falls in the 60 days up to
// publication is taken to mean that recent night. Older dates stand.
func fixYearTypo(d time.Time, pub pubDay) time.Time {
	for _, y := range []int{pub.day.Year(), pub.day.Year() - 1} {
		if y == d.Year() || abs(y-d.Year()) != 1 {
			continue
		}
		c := time.Date(y, d.Month(), d.Day(), 0, 0, 0, 0, time.UTC)
		if !c.After(pub.day) && c.After(pub.day.AddDate(0, 0, -60)) {
			return c
		}
	}
	return d
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// weekdayIn returns the weekday a sentence names: a possessive one first
// ("mourning on Saturday for those killed in Friday's strike" is about
// Friday), else the first, never "next Monday".
func weekdayIn(toks []token) (time.Weekday, bool) {
	found, ok := time.Sunday, false
	for i, t := range toks {
		wd, is := weekdays[t.w]
		if !is || prevIs(toks, i, "next", "coming") {
			continue
		}
		if t.poss {
			return wd, true
		}
		if !ok {
			found, ok = wd, true
		}
	}
	return found, ok
}
