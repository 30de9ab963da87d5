package reports

import (
	"archive/zip"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// writeSample writes sampleReport into a temporary directory and returns the
// path, the stats and the reopened workbook.
func writeSample(t *testing.T) (string, WriteStats, *excelize.File) {
	t.Helper()
	path, stats, err := WriteDailyStats(sampleReport(), t.TempDir())
	if err != nil {
		t.Fatalf("WriteDailyStats: %v", err)
	}
	return path, stats, openBook(t, path)
}

// openBook opens the workbook at path, closed at the end of the test.
func openBook(t *testing.T, path string) *excelize.File {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	t.Cleanup(func() {
		if err := f.Close(); err != nil {
			t.Errorf("close workbook: %v", err)
		}
	})
	return f
}

// raw returns the cell's stored value, unformatted.
func raw(t *testing.T, f *excelize.File, sheet, cell string) string {
	t.Helper()
	v, err := f.GetCellValue(sheet, cell, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatalf("%s!%s: %v", sheet, cell, err)
	}
	return v
}

// shown returns the cell's value as Excel shows it, number format applied.
func shown(t *testing.T, f *excelize.File, sheet, cell string) string {
	t.Helper()
	v, err := f.GetCellValue(sheet, cell)
	if err != nil {
		t.Fatalf("%s!%s: %v", sheet, cell, err)
	}
	return v
}

// kind classifies a cell as "string", "number" or "empty" from its stored
// type: excelize writes numbers without a type attribute and strings to the
// shared string table.
func kind(t *testing.T, f *excelize.File, sheet, cell string) string {
	t.Helper()
	typ, err := f.GetCellType(sheet, cell)
	if err != nil {
		t.Fatalf("%s!%s type: %v", sheet, cell, err)
	}
	switch {
	case typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString:
		return "string"
	case typ == excelize.CellTypeUnset && raw(t, f, sheet, cell) != "":
		return "number"
	case typ == excelize.CellTypeUnset:
		return "empty"
	default:
		return "other"
	}
}

// numFmt returns the custom number format of the cell's style.
func numFmt(t *testing.T, f *excelize.File, sheet, cell string) string {
	t.Helper()
	id, err := f.GetCellStyle(sheet, cell)
	if err != nil {
		t.Fatalf("%s!%s style: %v", sheet, cell, err)
	}
	st, err := f.GetStyle(id)
	if err != nil {
		t.Fatalf("%s!%s style %d: %v", sheet, cell, id, err)
	}
	if st.CustomNumFmt == nil {
		return ""
	}
	return *st.CustomNumFmt
}

// xmlParts returns the XML parts of the xlsx zip at path by name.
func xmlParts(t *testing.T, path string) map[string][]byte {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatalf("open zip %s: %v", path, err)
	}
	defer zr.Close()
	parts := map[string][]byte{}
	for _, zf := range zr.File {
		if !strings.HasSuffix(zf.Name, ".xml") && !strings.HasSuffix(zf.Name, ".rels") {
			continue
		}
		rc, err := zf.Open()
		if err != nil {
			t.Fatalf("open part %s: %v", zf.Name, err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatalf("read part %s: %v", zf.Name, err)
		}
		parts[zf.Name] = b
	}
	return parts
}

// elements parses an XML part completely, returning an error on any
// malformed content, and counts its elements by local name.
func elements(part []byte) (map[string]int, error) {
	counts := map[string]int{}
	d := xml.NewDecoder(strings.NewReader(string(part)))
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return counts, nil
		}
		if err != nil {
			return nil, err
		}
		if se, ok := tok.(xml.StartElement); ok {
			counts[se.Name.Local]++
		}
	}
}
