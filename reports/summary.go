package reports

import (
	"fmt"
	"strings"

	"sitrep/model"
)

// The Summary sheet's long lines (lists, diplomatic actions, notes) span
// columns B to lastSummaryColumn; the columns to the right stay free for the
// trend charts.
const (
	lastSummaryColumn = "H"
	summaryLineChars  = 89 // characters of B..H at the widths of summaryColumns
	lineHeight        = 15 // points per line of text
	maxRowHeight      = 409
)

// summaryColumns are the Summary sheet's columns: the figure table's header
// and the widths of A..H.
func summaryColumns() []column {
	return []column{
		{"Figure", 22}, {"Today", 17}, {"Previous day", 14}, {"Change", 10},
		{"", 12}, {"", 12}, {"", 12}, {"", 12},
	}
}

// fillSummary writes the Summary sheet, s, after the data sheets, so its
// notes cover what they had to cut, and adds the charts of the data in refs.
func (b *book) fillSummary(s *sheet, r model.DayReport, refs chartRefs) error {
	day := r.Day.Format("2006-01-02")
	if s.spacer() {
		s.text("sitrep daily report — " + day)
		s.style(b.st.title)
	}
	b.field(s, "Generated", func() { s.dateTime(r.Generated, "unknown") })
	b.field(s, "Time zone", func() { s.text(b.loc.String()) })
	b.field(s, "Extractor version", func() { s.text(r.ExtractorVersion) })
	s.spacer()
	b.figureTable(s, r.Totals, r.Previous)
	s.spacer()
	s.line("Places hit", strings.Join(r.PlacesHit(), ", "))
	s.line("Damage categories", strings.Join(r.DamageCategories(), ", "))
	b.diplomacyLines(s, r.Diplomacy)
	b.notesLines(s)
	s.line("More", moreText(r))
	s.widths(summaryColumns())
	if s.err != nil {
		return s.err
	}
	return b.summaryCharts(refs)
}

// field writes a row with a bold label and the value written by value.
func (b *book) field(s *sheet, label string, value func()) {
	if s.newRow() {
		s.text(label)
		s.style(b.st.label)
		value()
	}
}

// figureTable writes the headline figures: today's, and the previous day's
// with the change when the previous day is known.
func (b *book) figureTable(s *sheet, today model.Totals, previous *model.Totals) {
	now := headlines(today)
	var before []headline
	if previous != nil {
		before = headlines(*previous)
	}
	s.table(summaryColumns()[:4], len(now), func(i int) {
		s.text(now[i].name)
		s.number(now[i].value)
		if before == nil {
			return
		}
		s.number(before[i].value)
		s.number(now[i].value - before[i].value)
		s.style(b.st.change)
	})
}

// diplomacyLines writes one line per diplomatic action: actor — action — target.
func (b *book) diplomacyLines(s *sheet, rows []model.DiplomacyRow) {
	if len(rows) == 0 {
		s.line("Diplomatic actions", "none")
		return
	}
	for i, d := range rows {
		label := ""
		if i == 0 {
			label = "Diplomatic actions"
		}
		parts := []string{}
		for _, p := range []string{d.Actor, d.Action, d.Target} {
			if p = strings.TrimSpace(p); p != "" {
				parts = append(parts, p)
			}
		}
		s.line(label, strings.Join(parts, " — "))
	}
}

// notesLines writes the notes on what the workbook had to cut or assume.
func (b *book) notesLines(s *sheet) {
	notes := b.notes
	if n := b.stats.Truncated; n > 0 {
		notes = append(notes, fmt.Sprintf("Cells cut at Excel's limit of %d characters: %d. They end with %q; the full text is in the database.", maxCellChars, n, truncatedMarker))
	}
	if len(notes) == 0 {
		return
	}
	s.spacer()
	for i, n := range notes {
		label := ""
		if i == 0 {
			label = "Notes"
		}
		s.line(label, n)
		s.style(b.st.note)
	}
}

// line writes a row with a bold label in column A and text across B..H,
// wrapped, with the row tall enough for it.
func (s *sheet) line(label, text string) {
	if !s.newRow() {
		return
	}
	s.text(label)
	s.style(s.b.st.label)
	s.wrapped(text)
	if s.err != nil {
		return
	}
	from := fmt.Sprintf("B%d", s.row)
	s.fail("merge cells", s.b.f.MergeCell(s.name, from, fmt.Sprintf("%s%d", lastSummaryColumn, s.row)))
	if lines := textLines(cellText(text), summaryLineChars); lines > 1 && s.err == nil {
		s.fail("row height", s.b.f.SetRowHeight(s.name, s.row, min(float64(lines*lineHeight), maxRowHeight)))
	}
}

// textLines estimates how many lines text takes wrapped at width characters.
func textLines(text string, width int) int {
	lines := 0
	for _, l := range strings.Split(text, "\n") {
		lines += max(1, (utf16Len(l)+width-1)/width)
	}
	return lines
}
