package mail

import (
	"errors"
	"io/fs"
	"regexp"
	"strings"
	"testing"

	"sitrep/model"
)

func TestComposeSubject(t *testing.T) {
	tests := []struct {
		name, template, want string
	}{
		{"default template", "", "sitrep — 2025-11-14: 5 attacks, 4 killed, 2 diplomatic actions"},
		{"configured template", "Report {{.Date}}: killed={{.Killed}} attacks={{.Attacks}}", "Report 2025-11-14: killed=4 attacks=5"},
		{"line breaks folded", "a\n{{.Diplomatic}}\r\nb", "a 2 b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := plainConfig(25)
			cfg.Subject = tt.template
			path, _ := writeWorkbook(t, 10)
			m, err := Compose(cfg, sampleReport(), path)
			if err != nil {
				t.Fatalf("Compose: %v", err)
			}
			if m.Subject != tt.want {
				t.Errorf("subject = %q, want %q", m.Subject, tt.want)
			}
		})
	}
}

func TestComposeBodies(t *testing.T) {
	tests := []struct {
		name             string
		edit             func(r *model.DayReport)
		wantText         []string // regular expressions
		wantHTML         []string // substrings
		notText, notHTML []string // substrings
	}{
		{
			name: "headline figures with change",
			edit: func(*model.DayReport) {},
			wantText: []string{
				`Attacks\s+5  \(\+2 vs previous day\)`, `Killed\s+4  \(-2 vs previous day\)`,
				`Injured\s+17  \(±0 vs previous day\)`, `Drones launched\s+120`, `Drones shot down\s+98`,
				`Missiles launched\s+6`, `Missiles shot down\s+3`, `Diplomatic actions\s+2`,
				`Territorial claims\s+1`, `(?m)^- Kharkiv$`, `(?m)^- Odesa$`,
				`(?m)^- Germany — pledged air defence — Ukraine \(EUR 500 million\)$`,
				`(?m)^- EU — adopted sanctions — Russia$`, `Attached: sitrep-2025-11-14\.xlsx`,
			},
			wantHTML: []string{
				"<td style=\"padding:2px 6px\">Killed</td><td style=\"text-align:right;padding:2px 6px\"><b>4</b></td><td style=\"text-align:right;padding:2px 6px\">-2</td>",
				"<b>17</b>", "<li>Kharkiv</li>", "<li>Germany — pledged air defence — Ukraine (EUR 500 million)</li>",
				"vs previous day", "sitrep-2025-11-14.xlsx",
			},
			notText: []string{"Ukraine (national)"},
		},
		{
			name:     "no previous day",
			edit:     func(r *model.DayReport) { r.Previous = nil },
			wantText: []string{`(?m)^Killed\s+4$`},
			notText:  []string{"vs previous day"},
			notHTML:  []string{"vs previous day"},
		},
		{
			name: "scraped markup is escaped in html",
			edit: func(r *model.DayReport) {
				r.Attacks[0].City = "<script>alert(1)</script>"
				r.Diplomacy[0].Actor = `"><img src=x onerror=alert(1)>`
			},
			wantText: []string{`<script>alert\(1\)</script>`},
			wantHTML: []string{
				"<li>&lt;script&gt;alert(1)&lt;/script&gt;</li>",
				"<li>&#34;&gt;&lt;img src=x onerror=alert(1)&gt; — pledged air defence",
			},
			notHTML: []string{"<script", "<img", "onerror=alert(1)>"},
		},
		{
			name:     "control characters become spaces",
			edit:     func(r *model.DayReport) { r.Diplomacy[1].Actor = "E\nU\x00" },
			wantText: []string{`(?m)^- E U — adopted sanctions — Russia$`},
		},
		{
			name: "long place list is capped",
			edit: func(r *model.DayReport) {
				r.Attacks = nil
				for i := range 30 {
					r.Attacks = append(r.Attacks, model.AttackRow{Oblast: "O", City: "City " + string(rune('A'+i))})
				}
			},
			wantText: []string{`… and 5 more \(see the workbook\)`},
			wantHTML: []string{"… and 5 more (see the workbook)."},
		},
		{
			name:     "quiet day",
			edit:     func(r *model.DayReport) { r.Attacks, r.Diplomacy = nil, nil },
			wantText: []string{`Places hit: none`, `Diplomatic actions: none`},
			wantHTML: []string{"<p style=\"margin:0\">None.</p>"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := sampleReport()
			tt.edit(&r)
			path, _ := writeWorkbook(t, 10)
			m, err := Compose(plainConfig(25), r, path)
			if err != nil {
				t.Fatalf("Compose: %v", err)
			}
			for _, re := range tt.wantText {
				if !regexp.MustCompile(re).MatchString(m.Text) {
					t.Errorf("text does not match %q:\n%s", re, m.Text)
				}
			}
			checkContains(t, "text", m.Text, nil, tt.notText)
			checkContains(t, "html", m.HTML, tt.wantHTML, tt.notHTML)
		})
	}
}

// checkContains reports substrings of s missing from want or present from not.
func checkContains(t *testing.T, what, s string, want, not []string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(s, w) {
			t.Errorf("%s lacks %q:\n%s", what, w, s)
		}
	}
	for _, n := range not {
		if strings.Contains(s, n) {
			t.Errorf("%s contains %q:\n%s", what, n, s)
		}
	}
}

func TestComposeErrors(t *testing.T) {
	tests := []struct {
		name       string
		workbook   func(t *testing.T) string
		subject    string
		wantErr    error  // checked with errors.Is when set
		wantSubstr string // in the message
	}{
		{"missing workbook", func(t *testing.T) string { return t.TempDir() + "/nope.xlsx" }, "", fs.ErrNotExist, "attachment"},
		{"workbook is a directory", func(t *testing.T) string { return t.TempDir() }, "", nil, "not a regular file"},
		{"unknown subject field", func(t *testing.T) string { p, _ := writeWorkbook(t, 1); return p }, "{{.Nope}}", nil, "subject template"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := plainConfig(25)
			cfg.Subject = tt.subject
			_, err := Compose(cfg, sampleReport(), tt.workbook(t))
			if err == nil {
				t.Fatal("Compose succeeded, want an error")
			}
			if tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
				t.Errorf("error %v is not %v", err, tt.wantErr)
			}
			if !strings.Contains(err.Error(), tt.wantSubstr) {
				t.Errorf("error %q lacks %q", err, tt.wantSubstr)
			}
		})
	}
}
