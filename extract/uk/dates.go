package uk

import (
	"regexp"
	"strconv"
	"time"
	_ "time/tzdata" // Europe/Kyiv must load on hosts without a zoneinfo database
)

// kyiv is the zone attack days are counted in (DOMAIN.md §5).
var kyiv = mustLoad("Europe/Kyiv")

func mustLoad(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic("uk: load time zone: " + err.Error())
	}
	return loc
}

const dayLayout = "2006-01-02"

// months maps the genitive month names that follow a day number.
var months = map[string]time.Month{
	"січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6,
	"липня": 7, "серпня": 8, "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12,
}

const monthAlt = `(січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня)`

var (
	// nightRe is the overnight period: "у ніч на 14 листопада (2025 року)".
	nightRe = regexp.MustCompile(`(?:^|[^\pL])(?:у|в) ніч на (\d{1,2}) ` + monthAlt + `(?: (\d{4}))?`)
	// dayRe is a daytime period: "протягом дня 6 листопада", "вдень 19
	// листопада", "з 08:00 до 18:00 4 грудня".
	dayRe = regexp.MustCompile(`(?:протягом дня|вдень|до \d{1,2}:\d\d) (\d{1,2}) ` + monthAlt + `(?: (\d{4}))?`)
	// clockRe finds a clock time and what precedes it, for the evening rule.
	clockRe = regexp.MustCompile(`(\pL+ )?(\d{1,2}):(\d\d)`)
)

// period is the attack day of a post.
type period struct {
	day  time.Time // midnight UTC of the Kyiv calendar date
	note string    // why the date needs a second look ("" when it does not)
	ok   bool
}

func (p period) date() *string {
	if !p.ok {
		return nil
	}
	s := p.day.Format(dayLayout)
	return &s
}

// statedPeriod finds the night or day a post names. The year comes from
// publication: the date nearest to it, so a December night posted in
// January is the previous year's. A year written in the text that differs
// from the nearest one is a typo (DOMAIN.md §4): the nearest date is kept
// and the row flagged.
func statedPeriod(ss []sentence, pub time.Time) period {
	for _, re := range []*regexp.Regexp{nightRe, dayRe} {
		for _, s := range ss {
			if m := re.FindStringSubmatch(s.fold); m != nil {
				return dayMonth(m[1], m[2], m[3], pub)
			}
		}
	}
	return period{}
}

func dayMonth(dayStr, monthStr, yearStr string, pub time.Time) period {
	d, _ := strconv.Atoi(dayStr)
	m := months[monthStr]
	ref := publicationDay(pub)
	if d < 1 || d > 31 || m == 0 {
		return period{}
	}
	best, ok := time.Time{}, false
	for _, y := range []int{ref.day.Year() - 1, ref.day.Year(), ref.day.Year() + 1} {
		t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		if t.Day() != d {
			continue // 31 листопада
		}
		if !ok || absDays(t, ref.day) < absDays(best, ref.day) {
			best, ok = t, true
		}
	}
	if !ok || !ref.ok {
		return period{}
	}
	p := period{day: best, ok: true}
	if y, err := strconv.Atoi(yearStr); err == nil && y != best.Year() {
		p.note = "year " + yearStr + " in the text; took " + strconv.Itoa(best.Year()) + ", nearest to publication"
	}
	return p
}

func absDays(a, b time.Time) time.Duration {
	d := a.Sub(b)
	if d < 0 {
		return -d
	}
	return d
}

// publicationDay is the Kyiv calendar date of publication: Telegram times
// arrive in UTC and are converted before the date is taken.
func publicationDay(pub time.Time) period {
	if pub.IsZero() {
		return period{}
	}
	k := pub.In(kyiv)
	return period{day: time.Date(k.Year(), k.Month(), k.Day(), 0, 0, 0, 0, time.UTC), ok: true}
}

// eveningStart is when the Air Force's night window opens: a post from
// then on about an attack in progress belongs to the night that ends the
// next day (the corpus README, "evening posts").
const eveningStart = 18

// localPeriod is the attack day of a local post: the night it names, else
// the publication day in Kyiv, moved to the next day for an evening post
// that names no daytime hour ("Близько 15:40" keeps its day).
func localPeriod(ss []sentence, pub time.Time) period {
	if p := statedPeriod(ss, pub); p.ok {
		return p
	}
	p := publicationDay(pub)
	if !p.ok || pub.In(kyiv).Hour() < eveningStart || namesDaytime(ss) {
		return p
	}
	p.day = p.day.AddDate(0, 0, 1)
	return p
}

// namesDaytime reports whether a post dates its strike in the day: a clock
// time between 06:00 and 18:00 that is not a "станом на" status time.
func namesDaytime(ss []sentence) bool {
	for _, s := range ss {
		for _, m := range clockRe.FindAllStringSubmatch(s.fold, -1) {
			h, _ := strconv.Atoi(m[2])
			if h >= 6 && h < eveningStart && m[1] != "на " {
				return true
			}
		}
	}
	return false
}
