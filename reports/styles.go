package reports

import (
	"fmt"

	"github.com/xuri/excelize/v2"
)

// Number formats of the date columns.
const (
	dateFormat     = "yyyy-mm-dd"
	dateTimeFormat = "yyyy-mm-dd hh:mm"
)

// styles holds the workbook's style ids, created once per file.
type styles struct {
	header   int // bold on a light fill, bottom border, wrapped
	title    int // the Summary title
	label    int // bold labels on the Summary sheet
	date     int
	dateTime int
	wrap     int // long text: wrapped, top-aligned
	link     int // hyperlink blue, underlined
	note     int // italic notes, wrapped
	change   int // signed number: +3, -2, 0
}

// newStyles registers the styles in f.
func newStyles(f *excelize.File) (styles, error) {
	dateFmt, dateTimeFmt, changeFmt := dateFormat, dateTimeFormat, "+#,##0;-#,##0;0"
	top := &excelize.Alignment{Vertical: "top"}
	var s styles
	defs := []struct {
		name  string
		id    *int
		style excelize.Style
	}{
		{"header", &s.header, excelize.Style{
			Font:      &excelize.Font{Bold: true},
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}},
			Border:    []excelize.Border{{Type: "bottom", Color: "8EA9DB", Style: 1}},
			Alignment: &excelize.Alignment{Vertical: "top", WrapText: true},
		}},
		{"title", &s.title, excelize.Style{Font: &excelize.Font{Bold: true, Size: 14}}},
		{"label", &s.label, excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: top}},
		{"date", &s.date, excelize.Style{CustomNumFmt: &dateFmt, Alignment: top}},
		{"date-time", &s.dateTime, excelize.Style{CustomNumFmt: &dateTimeFmt, Alignment: top}},
		{"wrap", &s.wrap, excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}},
		{"link", &s.link, excelize.Style{Font: &excelize.Font{Color: "1265BE", Underline: "single"}, Alignment: top}},
		{"note", &s.note, excelize.Style{Font: &excelize.Font{Italic: true}, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}},
		{"change", &s.change, excelize.Style{CustomNumFmt: &changeFmt}},
	}
	for _, d := range defs {
		id, err := f.NewStyle(&d.style)
		if err != nil {
			return styles{}, fmt.Errorf("new %s style: %w", d.name, err)
		}
		*d.id = id
	}
	return s, nil
}
