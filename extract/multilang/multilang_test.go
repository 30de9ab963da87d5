package multilang

import (
	"encoding/json"
	"testing"
	"time"

	"sitrep/extract"
)

var published = time.Date(2025, 11, 14, 7, 15, 0, 0, time.UTC)

const (
	ukrainianSummary = "У ніч на 14 листопада (з 18:00 13 листопада) противник атакував 430 ударними БпЛА типу Shahed.\nЗа попередніми даними, протиповітряною обороною збито/подавлено 405 ворожих БпЛА."
	englishReport    = "Russia launched 430 drones and 19 ballistic missiles at Ukraine overnight, the air force said. Air defence shot down 405 drones and 14 missiles."
	russianReport    = "В результате атаки на столицу погибли три человека, ещё пятеро ранены. Это был массированный удар."
)

func TestLanguage(t *testing.T) {
	tests := []struct {
		name string
		in   extract.Input
		want string
	}{
		{"detected Ukrainian", extract.Input{Text: ukrainianSummary}, "uk"},
		{"auto means detect", extract.Input{Text: englishReport, Lang: "auto"}, "en"},
		{"detected Russian", extract.Input{Text: russianReport}, "ru"},
		{"a stated region subtag", extract.Input{Text: englishReport, Lang: "uk-UA"}, "uk"},
		{"the country code for the language", extract.Input{Text: ukrainianSummary, Lang: "UA"}, "uk"},
		{"HTML is read for its text, not its tags", extract.Input{Text: "<html><body><div class=\"tgme_widget_message_text\">Київ! Загинули троє людей, серед них дитина.</div></body></html>", HTML: true}, "uk"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Language(tc.in); got != tc.want {
				t.Errorf("Language = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestExtractDispatches(t *testing.T) {
	t.Run("Ukrainian goes to the Ukrainian rules", func(t *testing.T) {
		f := Extract(extract.Input{Text: ukrainianSummary, Published: published})
		if len(f.Attacks) != 1 || f.Attacks[0].DronesLaunched == nil || *f.Attacks[0].DronesLaunched != 430 {
			t.Errorf("got %+v, want the national row with 430 drones", f.Attacks)
		}
	})
	t.Run("English goes to the English extractor", func(t *testing.T) {
		in := extract.Input{Text: englishReport, Published: published}
		if got, want := marshal(t, Extract(in)), marshal(t, extract.Extract(extract.Input{Text: englishReport, Published: published, Lang: "en"})); got != want {
			t.Errorf("multilang gave %s, extract.Extract gives %s", got, want)
		}
	})
	t.Run("Russian gives empty facts for now", func(t *testing.T) {
		if got := marshal(t, Extract(extract.Input{Text: russianReport, Published: published})); got != `{"attacks":[],"diplomatic_actions":[],"territorial_claims":[]}` {
			t.Errorf("Russian gave %s", got)
		}
	})
	t.Run("an undetectable text gives empty facts", func(t *testing.T) {
		if got := marshal(t, Extract(extract.Input{Text: "🛵 12"})); got != `{"attacks":[],"diplomatic_actions":[],"territorial_claims":[]}` {
			t.Errorf("got %s", got)
		}
	})
}

func TestDetect(t *testing.T) {
	if got := Detect(ukrainianSummary); got != "uk" {
		t.Errorf("Detect = %q, want uk", got)
	}
}

func marshal(t *testing.T, f extract.Facts) string {
	t.Helper()
	b, err := json.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
