package mail

import (
	htmltemplate "html/template"
	"strings"
	"text/template"
)

// textTemplate is the plain-text body: aligned figures, then the lists.
const textTemplate = `sitrep daily report — {{.Date}}{{if .TimeZone}} ({{.TimeZone}}){{end}}

{{range .Figures}}{{printf "%-20s %8s" .Label .Value}}{{if $.HasPrevious}}  ({{.Change}} vs previous day){{end}}
{{end}}
Places hit:{{if not .Places}} none{{end}}
{{range .Places}}- {{.}}
{{end}}{{if .MorePlaces}}… and {{.MorePlaces}} more (see the workbook)
{{end}}
Diplomatic actions:{{if not .Diplomacy}} none{{end}}
{{range .Diplomacy}}- {{.Actor}} — {{.Action}} — {{.Target}}{{if .Amount}} ({{.Amount}}){{end}}
{{end}}{{if .MoreDiplomacy}}… and {{.MoreDiplomacy}} more (see the workbook)
{{end}}
Attached: {{.Attachment}} (the full workbook with sources and evidence).
`

// htmlTemplate is the HTML body: one narrow table and two lists, inline
// styles only (no external CSS or images), so it reads well on a phone.
// html/template escapes every field by context.
const htmlTemplate = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>sitrep {{.Date}}</title></head>
<body style="font-family:sans-serif;font-size:15px;line-height:1.4;max-width:36em;margin:0 auto;padding:8px">
<h2 style="font-size:18px;margin:0 0 8px">sitrep daily report — {{.Date}}{{if .TimeZone}} ({{.TimeZone}}){{end}}</h2>
<table style="border-collapse:collapse;width:100%">
{{if .HasPrevious}}<tr><th style="text-align:left;padding:2px 6px"></th><th style="text-align:right;padding:2px 6px">Today</th><th style="text-align:right;padding:2px 6px">vs previous day</th></tr>
{{end}}{{range .Figures}}<tr style="border-top:1px solid #ddd"><td style="padding:2px 6px">{{.Label}}</td><td style="text-align:right;padding:2px 6px"><b>{{.Value}}</b></td>{{if $.HasPrevious}}<td style="text-align:right;padding:2px 6px">{{.Change}}</td>{{end}}</tr>
{{end}}</table>
<h3 style="font-size:16px;margin:12px 0 4px">Places hit</h3>
{{if .Places}}<ul style="margin:0;padding-left:20px">{{range .Places}}<li>{{.}}</li>{{end}}</ul>{{else}}<p style="margin:0">None.</p>{{end}}
{{if .MorePlaces}}<p style="margin:4px 0">… and {{.MorePlaces}} more (see the workbook).</p>{{end}}
<h3 style="font-size:16px;margin:12px 0 4px">Diplomatic actions</h3>
{{if .Diplomacy}}<ul style="margin:0;padding-left:20px">{{range .Diplomacy}}<li>{{.Actor}} — {{.Action}} — {{.Target}}{{if .Amount}} ({{.Amount}}){{end}}</li>{{end}}</ul>{{else}}<p style="margin:0">None.</p>{{end}}
{{if .MoreDiplomacy}}<p style="margin:4px 0">… and {{.MoreDiplomacy}} more (see the workbook).</p>{{end}}
<p style="margin:12px 0 0">Attached: <b>{{.Attachment}}</b> (the full workbook with sources and evidence).</p>
</body></html>
`

// renderText executes the plain-text template. The templates are parsed per
// call: they are small and this keeps the package free of globals.
func renderText(v view) (string, error) {
	t, err := template.New("text").Option("missingkey=error").Parse(textTemplate)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	if err := t.Execute(&b, v); err != nil {
		return "", err
	}
	return b.String(), nil
}

// renderHTML executes the HTML template with html/template's escaping.
func renderHTML(v view) (string, error) {
	t, err := htmltemplate.New("html").Option("missingkey=error").Parse(htmlTemplate)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	if err := t.Execute(&b, v); err != nil {
		return "", err
	}
	return b.String(), nil
}
