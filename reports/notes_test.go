package reports

import (
	"strings"
	"testing"

	"sitrep/model"
)

func TestWriteDailyNotesSheet(t *testing.T) {
	_, _, f := writeSample(t)
	tests := map[string]struct {
		cell, want string
	}{
		"title":               {"A1", "Notes on the sitrep daily report — 2025-11-14"},
		"method":              {"A3", "How the figures are chosen"},
		"never a sum":         {"A5", "Never a sum"},
		"qualifier at least":  {"A12", "at least"},
		"vague phrase":        {"A16", "a phrase"},
		"extractor version":   {"B19", "extract/1.4.0"},
		"health summary":      {"B22", "2 sources configured, 1 failing: broken."},
		"failing source":      {"A23", "Failing: broken"},
		"failing error":       {"B23", "telegram source, 3 errors since its last success (never). Last error: fetch: status 503"},
		"revisions summary":   {"B26", "2 figures revised: 1 went down (a correction to check), 1 rose."},
		"went down flagged":   {"A27", "Went down — check"},
		"went down figure":    {"B27", "Kharkiv: injured 20 → 17"},
		"rose":                {"A28", "Rose"},
		"rose figure":         {"B28", "Kyiv: killed 1 → 3"},
		"run note":            {"B31", "Source broken failed today: fetch: status 503."},
		"second run note":     {"B32", "Kyiv: killed (3) is more than killed and injured together."},
		"cuts section":        {"A34", "What this workbook had to cut or assume"},
		"truncation recorded": {"B35", "Cells cut at Excel's limit of 32767 characters: 1. They end with \"…[truncated]\"; the full text is in the database."},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := raw(t, f, "Notes", tc.cell); got != tc.want {
				t.Errorf("Notes!%s = %q, want %q", tc.cell, got, tc.want)
			}
		})
	}
	t.Run("revision links", func(t *testing.T) {
		for cell, want := range map[string]string{"C27": "https://news.example.com/kharkiv", "D27": "https://kharkiv.example.org/news/1"} {
			if ok, url, err := f.GetCellHyperLink("Notes", cell); err != nil || !ok || url != want {
				t.Errorf("Notes!%s link = %v %q (err %v), want %q", cell, ok, url, err, want)
			}
		}
	})
	t.Run("summary points to the notes", func(t *testing.T) {
		want := "See the Notes sheet: how the figures are chosen; 2 revised figures (1 went down); failing sources: broken; 2 notes from the run."
		if got := raw(t, f, "Summary", "B28"); got != want {
			t.Errorf("Summary!B28 = %q, want %q", got, want)
		}
	})
}

func TestWriteDailyNotesWhenAllIsWell(t *testing.T) {
	r := sampleReport()
	r.Revisions, r.Notes, r.ExtractorVersion = nil, nil, ""
	r.Sources = r.Sources[:1]
	r.Attacks[1].Evidence = "short"
	tests := map[string]string{
		"no extractor version": "unknown",
		"healthy sources":      "1 sources configured, all ran without error.",
		"no revisions":         "No figure changed across the reports of an attack.",
		"no run notes":         "None.",
		"nothing cut":          "Nothing: every cell, link and row was written in full.",
	}
	path, err := WriteDaily(r, t.TempDir())
	if err != nil {
		t.Fatalf("WriteDaily: %v", err)
	}
	f := openBook(t, path)
	rows, err := f.GetRows("Notes")
	if err != nil {
		t.Fatalf("rows: %v", err)
	}
	var texts []string
	for _, row := range rows {
		if len(row) > 1 {
			texts = append(texts, row[1])
		}
	}
	for name, want := range tests {
		t.Run(name, func(t *testing.T) {
			found := false
			for _, s := range texts {
				found = found || s == want
			}
			if !found {
				t.Errorf("Notes column B lacks %q:\n%s", want, strings.Join(texts, "\n"))
			}
		})
	}
}

func TestSeenText(t *testing.T) {
	tests := map[string]struct {
		f    model.Figure
		want string
	}{
		"range":       {model.Figure{Value: i64(3), Low: i64(3), High: i64(6)}, "3–6"},
		"one figure":  {fig(4, ""), ""},
		"no figure":   {model.Figure{Qualifier: "dozens"}, ""},
		"only a high": {model.Figure{High: i64(6)}, ""},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := seenText(tc.f); got != tc.want {
				t.Errorf("seenText = %q, want %q", got, tc.want)
			}
		})
	}
}
