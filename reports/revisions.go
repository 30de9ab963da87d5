package reports

import (
	"fmt"

	"sitrep/model"
)

// writeRevisions writes the Notes sheet's revisions: the figures that went
// down first, flagged, then those that rose, each with the earlier and the
// later report's links.
func (b *book) writeRevisions(s *sheet, revs []model.Revision) {
	b.section(s, "Revisions")
	if len(revs) == 0 {
		b.noteRow(s, "", "No figure changed across the reports of an attack.")
		return
	}
	var fell, rose []model.Revision
	for _, v := range revs {
		if v.Fell() {
			fell = append(fell, v)
		} else {
			rose = append(rose, v)
		}
	}
	b.noteRow(s, "Summary", fmt.Sprintf("%d figures revised: %d went down (a correction to check), %d rose.", len(revs), len(fell), len(rose)))
	for _, v := range fell {
		b.revisionRow(s, "Went down — check", v)
	}
	for _, v := range rose {
		b.revisionRow(s, "Rose", v)
	}
}

// revisionRow writes one revision: "Kyiv: killed 13 → 9", then the links
// to the earlier and the later report.
func (b *book) revisionRow(s *sheet, label string, v model.Revision) {
	text := fmt.Sprintf("%s: %s %d → %d", orText(v.Place, "unknown place"), orText(v.Field, "figure"), v.From, v.To)
	if !b.noteRow(s, label, text) {
		return
	}
	for _, l := range []struct{ title, url string }{{"earlier report", v.FromURL}, {"later report", v.ToURL}} {
		if l.url == "" {
			s.skip()
			continue
		}
		s.link(l.title, l.url)
	}
}
