package reports

import (
	"fmt"
	"time"

	"github.com/xuri/excelize/v2"
)

// book is one workbook being written: the file, its styles, the limits kept
// and what keeping them cost.
type book struct {
	f   *excelize.File
	st  styles
	lim limits
	// streamRows is the rows a streamed sheet holds, header included,
	// before its table continues on the next sheet (streamTable).
	streamRows int
	loc        *time.Location // time zone of date-time cells
	stats      WriteStats
	notes      []string // shown on the Summary sheet
}

// newSheet adds a sheet named name after the existing ones; the first call
// renames the default sheet, so the workbook has no stray "Sheet1".
func (b *book) newSheet(name string) (*sheet, error) {
	list := b.f.GetSheetList()
	if len(list) == 1 && list[0] == "Sheet1" {
		if err := b.f.SetSheetName("Sheet1", name); err != nil {
			return nil, fmt.Errorf("rename first sheet to %s: %w", name, err)
		}
	} else if _, err := b.f.NewSheet(name); err != nil {
		return nil, fmt.Errorf("new sheet %s: %w", name, err)
	}
	return &sheet{b: b, name: name}, nil
}

// note adds a line to the Summary sheet's notes.
func (b *book) note(format string, args ...any) {
	b.notes = append(b.notes, fmt.Sprintf(format, args...))
}
