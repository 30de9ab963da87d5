package reports

import (
	"fmt"
	"strings"

	"sitrep/model"
)

// methodNotes explain how the workbook's figures are chosen, as label and
// text pairs.
func methodNotes() [][2]string {
	return [][2]string{
		{"Best figure", "Each attack row is one place on one attack day, across every document that reports it. " +
			"Its figure is the latest report from the most authoritative source for that field: for drones and " +
			"missiles launched and shot down the Air Force command, then regional commands, then administrations, " +
			"then media; for casualties and damage the local officials (military administration, emergency " +
			"service, police, prosecutors), then national officials, then wires relaying them, then other media."},
		{"Never a sum", "Figures are never added across sources, across successive updates of one source " +
			"(\"rose to 13\" replaces 9), a city's toll with its oblast's, or regional air tallies with the national " +
			"one. The day's drones and missiles are the Air Force's national tally when there is one; killed and " +
			"injured are added over places, each place counted once."},
		{"Range seen", "Low and high are the smallest and largest figures any report gave for the field. The " +
			"Attacks sheet shows them in the \"… seen\" columns (for example 3–6) when they differ, and Sources " +
			"counts the documents behind the row."},
		{"Provisional", "A row marked provisional comes from a report that called its figures preliminary or still " +
			"being clarified: they may still change."},
		{"Reported figures", "sitrep records figures as reported. Verified counts, such as the UN's, come later " +
			"and run lower."},
	}
}

// qualifierNotes explain the qualifier columns, as label and text pairs.
func qualifierNotes() [][2]string {
	return [][2]string{
		{"(empty)", "An exact figure."},
		{qualifierText(model.QualAtLeast), "\"At least\", \"no fewer than\" N: the true figure may be higher."},
		{qualifierText(model.QualMoreThan), "\"More than\", \"over\" N: the true figure is above N."},
		{qualifierText(model.QualAbout), "\"About\", \"around\", \"nearly\" N: an estimate."},
		{qualifierText(model.QualUpTo), "\"Up to\", \"as many as\" N: N is a ceiling."},
		{"a phrase", "A vague phrase (\"a dozen\", \"dozens\", \"several\") gives no number: the figure's cell is " +
			"empty, the phrase is shown as the qualifier, and it counts as nothing in the totals."},
	}
}

// healthNotes summarise the sources' health: one line with the counts, then
// one line per failing source.
func healthNotes(sources []model.SourceHealth) [][2]string {
	if len(sources) == 0 {
		return [][2]string{{"", "No source health was given."}}
	}
	var failing [][2]string
	var names []string
	for _, h := range sources {
		if !h.Failing() {
			continue
		}
		names = append(names, h.Name)
		failing = append(failing, [2]string{"Failing: " + h.Name, failingText(h)})
	}
	summary := fmt.Sprintf("%d sources configured, all ran without error.", len(sources))
	if len(failing) > 0 {
		summary = fmt.Sprintf("%d sources configured, %d failing: %s.", len(sources), len(failing), strings.Join(names, ", "))
	}
	return append([][2]string{{"Summary", summary}}, failing...)
}

// failingText describes a failing source: kind, errors, last success and
// last error.
func failingText(h model.SourceHealth) string {
	lastOK := "never"
	if !h.LastOK.IsZero() {
		lastOK = h.LastOK.UTC().Format("2006-01-02 15:04 UTC")
	}
	return fmt.Sprintf("%s source, %d errors since its last success (%s). Last error: %s",
		orText(h.Kind, "unknown"), h.ErrorCount, lastOK, orText(h.LastError, "none recorded"))
}

// moreText points from the Summary sheet to the Notes sheet, naming what
// needs a look: revisions that went down, failing sources, the run's notes.
func moreText(r model.DayReport) string {
	parts := []string{"how the figures are chosen"}
	if n := len(r.Revisions); n > 0 {
		fell := 0
		for _, v := range r.Revisions {
			if v.Fell() {
				fell++
			}
		}
		parts = append(parts, fmt.Sprintf("%d revised figures (%d went down)", n, fell))
	}
	var failing []string
	for _, h := range r.Sources {
		if h.Failing() {
			failing = append(failing, h.Name)
		}
	}
	if len(failing) > 0 {
		parts = append(parts, "failing sources: "+strings.Join(failing, ", "))
	}
	if n := len(r.Notes); n > 0 {
		parts = append(parts, fmt.Sprintf("%d notes from the run", n))
	}
	return "See the Notes sheet: " + strings.Join(parts, "; ") + "."
}
