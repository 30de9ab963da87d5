package reports

import (
	"fmt"
	"strings"

	"sitrep/model"
)

// notesSheet is the name of the sheet explaining the workbook's figures.
const notesSheet = "Notes"

// notesLineChars is how many characters of text fit on a line of column B.
const notesLineChars = 95

// notesColumns are the Notes sheet's columns: a label, the text, and the
// two links of a revision.
func notesColumns() []column {
	return []column{{"", 26}, {"", 100}, {"", 40}, {"", 40}}
}

// writeNotesBody writes the Notes sheet, s, up to what the writer had to cut,
// which writeNotesCuts adds once every other sheet is written.
func (b *book) writeNotesBody(s *sheet, r model.DayReport) {
	if s.spacer() {
		s.text("Notes on the sitrep daily report — " + r.Day.Format("2006-01-02"))
		s.style(b.st.title)
	}
	b.section(s, "How the figures are chosen")
	for _, p := range methodNotes() {
		b.noteRow(s, p[0], p[1])
	}
	b.section(s, "Qualifiers")
	for _, p := range qualifierNotes() {
		b.noteRow(s, p[0], p[1])
	}
	b.section(s, "Extractor")
	b.noteRow(s, "Extractor version", orText(r.ExtractorVersion, "unknown"))
	b.section(s, "Sources' health")
	for _, p := range healthNotes(r.Sources) {
		b.noteRow(s, p[0], p[1])
	}
	b.writeRevisions(s, r.Revisions)
	b.section(s, "Notes from the run")
	if len(r.Notes) == 0 {
		b.noteRow(s, "", "None.")
	}
	for _, n := range r.Notes {
		b.noteRow(s, "", n)
	}
	s.widths(notesColumns())
}

// writeNotesCuts ends the Notes sheet with what the writer had to cut or
// assume, counted over every sheet written before it.
func (b *book) writeNotesCuts(s *sheet) error {
	b.section(s, "What this workbook had to cut or assume")
	notes := b.cutNotes()
	if len(notes) == 0 {
		b.noteRow(s, "", "Nothing: every cell, link and row was written in full.")
	}
	for _, n := range notes {
		b.noteRow(s, "", n)
	}
	return s.finished()
}

// cutNotes are the writer's own notes followed by the WriteStats counts.
func (b *book) cutNotes() []string {
	notes := append([]string(nil), b.notes...)
	st := b.stats
	if st.Truncated > 0 {
		notes = append(notes, fmt.Sprintf("Cells cut at Excel's limit of %d characters: %d. They end with %q; the full text is in the database.", maxCellChars, st.Truncated, truncatedMarker))
	}
	if st.LinksSkipped > 0 {
		notes = append(notes, fmt.Sprintf("Links written as plain text at the limit of hyperlinks per sheet: %d.", st.LinksSkipped))
	}
	if st.RowsDropped > 0 {
		notes = append(notes, fmt.Sprintf("Rows not written at Excel's limit of rows per sheet: %d. They are in the database.", st.RowsDropped))
	}
	return notes
}

// section writes a blank row and a section title.
func (b *book) section(s *sheet, title string) {
	s.spacer()
	if s.spacer() {
		s.text(title)
		s.style(b.st.label)
	}
}

// noteRow writes a row with a bold label in column A and wrapped text in B,
// tall enough for the text. It returns false when the sheet is full.
func (b *book) noteRow(s *sheet, label, text string) bool {
	if !s.newRow() {
		return false
	}
	s.text(label)
	s.style(b.st.label)
	s.wrapped(text)
	if lines := textLines(cellText(text), notesLineChars); lines > 1 && s.err == nil {
		s.fail("row height", b.f.SetRowHeight(s.name, s.row, min(float64(lines*lineHeight), maxRowHeight)))
	}
	return s.err == nil
}

// orText returns s, or ifEmpty when s is blank.
func orText(s, ifEmpty string) string {
	if strings.TrimSpace(s) == "" {
		return ifEmpty
	}
	return s
}
