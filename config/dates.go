package config

import (
	"fmt"
	"regexp"
	"strings"
	"time"
)

// UkrainianMonthToken is the word a date layout uses in place of Go's
// "January" for Ukrainian month names in the genitive ("14 листопада 2025"
// is layout "2 січня 2006").
const UkrainianMonthToken = "січня"

// ukMonths are the genitive month names, in calendar order.
var ukMonths = []string{"січня", "лютого", "березня", "квітня", "травня", "червня",
	"липня", "серпня", "вересня", "жовтня", "листопада", "грудня"}

var ukMonthRE = regexp.MustCompile(`(?i)(` + strings.Join(ukMonths, "|") + `)`)

// ParseDate reads value with a date_layout in loc. The layout is a Go time
// layout, "" for RFC 3339, and may use UkrainianMonthToken for Ukrainian
// month names. White space (including no-break spaces) in value is
// collapsed first, so "14\u00a0листопада 2025" parses. The result is in UTC.
func ParseDate(layout, value string, loc *time.Location) (time.Time, error) {
	value = strings.Join(strings.Fields(value), " ")
	if layout == "" {
		t, err := time.Parse(time.RFC3339, value)
		if err != nil {
			return time.Time{}, fmt.Errorf("parse date %q: %w", value, err)
		}
		return t.UTC(), nil
	}
	if loc == nil {
		loc = time.UTC
	}
	if strings.Contains(strings.ToLower(layout), UkrainianMonthToken) {
		layout = ukMonthRE.ReplaceAllString(layout, "January")
		value = ukMonthRE.ReplaceAllStringFunc(value, englishMonth)
	}
	t, err := time.ParseInLocation(layout, value, loc)
	if err != nil {
		return time.Time{}, fmt.Errorf("parse date %q with layout %q: %w", value, layout, err)
	}
	return t.UTC(), nil
}

// englishMonth maps a Ukrainian genitive month name to Go's English name.
func englishMonth(uk string) string {
	lower := strings.ToLower(uk)
	for i, m := range ukMonths {
		if m == lower {
			return time.Month(i + 1).String()
		}
	}
	return uk
}

// FormatDate writes t (in loc) with a date_layout, the inverse of ParseDate.
func FormatDate(layout string, t time.Time, loc *time.Location) string {
	if layout == "" {
		return t.Format(time.RFC3339)
	}
	if loc != nil {
		t = t.In(loc)
	}
	if !strings.Contains(strings.ToLower(layout), UkrainianMonthToken) {
		return t.Format(layout)
	}
	out := t.Format(ukMonthRE.ReplaceAllString(layout, "January"))
	return strings.Replace(out, t.Month().String(), ukMonths[t.Month()-1], 1)
}

// DateOnly reports whether a date_layout carries no time of day, so that a
// parsed value means the whole local day rather than its midnight.
func DateOnly(layout string) bool {
	if layout == "" {
		return false
	}
	sample := time.Date(2025, time.November, 14, 13, 47, 0, 0, time.UTC)
	t, err := ParseDate(layout, FormatDate(layout, sample, time.UTC), time.UTC)
	return err == nil && t.Hour() == 0 && t.Minute() == 0
}

// dateLayoutProblem returns "" when layout formats and parses back a sample
// date with its day, month and year, else the problem.
func dateLayoutProblem(layout string) string {
	sample := time.Date(2025, time.November, 14, 13, 47, 0, 0, time.UTC)
	text := FormatDate(layout, sample, time.UTC)
	t, err := ParseDate(layout, text, time.UTC)
	switch {
	case err != nil:
		return fmt.Sprintf("%q cannot read its own sample %q: %v", layout, text, err)
	case t.Year() != 2025 || t.Month() != time.November || t.Day() != 14:
		return fmt.Sprintf("%q does not carry a full date (day, month and year; e.g. 02.01.2006, January 2, 2006 or 2 січня 2006)", layout)
	}
	return ""
}
