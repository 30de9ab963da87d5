package reports

import (
	"encoding/xml"
	"path"
	"slices"
	"strings"
	"testing"
)

// relationships is an OOXML .rels part.
type relationships struct {
	Rels []struct {
		ID     string `xml:"Id,attr"`
		Type   string `xml:"Type,attr"`
		Target string `xml:"Target,attr"`
	} `xml:"Relationship"`
}

// relTargets returns the parts that the part named name relates to with a
// relationship type ending in typ, resolved against name's folder.
func relTargets(t *testing.T, parts map[string][]byte, name, typ string) []string {
	t.Helper()
	relsName := path.Join(path.Dir(name), "_rels", path.Base(name)+".rels")
	var rels relationships
	if err := xml.Unmarshal(parts[relsName], &rels); err != nil {
		t.Fatalf("parse %s: %v", relsName, err)
	}
	var out []string
	for _, r := range rels.Rels {
		if strings.HasSuffix(r.Type, "/"+typ) {
			out = append(out, path.Clean(path.Join(path.Dir(name), r.Target)))
		}
	}
	return out
}

// sheetPart returns the worksheet part of the sheet named sheet.
func sheetPart(t *testing.T, parts map[string][]byte, sheet string) string {
	t.Helper()
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			RID  string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	if err := xml.Unmarshal(parts["xl/workbook.xml"], &wb); err != nil {
		t.Fatalf("parse workbook.xml: %v", err)
	}
	var rels relationships
	if err := xml.Unmarshal(parts["xl/_rels/workbook.xml.rels"], &rels); err != nil {
		t.Fatalf("parse workbook rels: %v", err)
	}
	for _, s := range wb.Sheets {
		if s.Name != sheet {
			continue
		}
		for _, r := range rels.Rels {
			if r.ID == s.RID {
				return path.Clean(path.Join("xl", strings.TrimPrefix(r.Target, "/xl/")))
			}
		}
	}
	t.Fatalf("sheet %s not in workbook.xml", sheet)
	return ""
}

// sheetCharts returns the XML of the charts drawn on sheet, in the order of
// the drawing's relationships, following workbook → sheet → drawing → chart.
func sheetCharts(t *testing.T, filePath, sheet string) []string {
	t.Helper()
	parts := xmlParts(t, filePath)
	var charts []string
	for _, drawing := range relTargets(t, parts, sheetPart(t, parts, sheet), "drawing") {
		for _, c := range relTargets(t, parts, drawing, "chart") {
			part, ok := parts[c]
			if !ok {
				t.Fatalf("chart part %s missing", c)
			}
			charts = append(charts, string(part))
		}
	}
	return charts
}

// chartInfo is what a test reads of a chart part.
type chartInfo struct {
	types  []string // plot elements: lineChart, barChart, …
	barDir string   // "bar" or "col" for a bar chart
	title  string
	refs   []string // the <f> references, in order
}

// parseChart reads a chart part's plot types, bar direction, title and
// cell references.
func parseChart(t *testing.T, part string) chartInfo {
	t.Helper()
	var info chartInfo
	d := xml.NewDecoder(strings.NewReader(part))
	var stack []string
	for {
		tok, err := d.Token()
		if err != nil {
			break
		}
		switch el := tok.(type) {
		case xml.StartElement:
			name := el.Name.Local
			if len(stack) > 0 && stack[len(stack)-1] == "plotArea" && strings.HasSuffix(name, "Chart") {
				info.types = append(info.types, name)
			}
			if name == "barDir" && len(el.Attr) > 0 {
				info.barDir = el.Attr[0].Value
			}
			stack = append(stack, name)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) == 0 {
				continue
			}
			switch top := stack[len(stack)-1]; {
			case top == "f":
				info.refs = append(info.refs, string(el))
			case top == "t" && slices.Contains(stack, "title") && info.title == "":
				info.title = string(el)
			}
		}
	}
	return info
}
