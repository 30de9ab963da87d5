package uk_test

import (
	"testing"

	"sitrep/extract/uk"
	"sitrep/internal/score"
)

func TestClassify(t *testing.T) {
	tests := []struct {
		name, text string
		want       uk.Kind
	}{
		{"overnight summary", "У ніч на 14 листопада (з 18:00 13 листопада) противник атакував 430 ударними БпЛА.\nЗбито/подавлено 405 ворожих БпЛА.", uk.KindSummary},
		{"daytime summary", "Протягом дня 6 листопада противник атакував 47 ударними БпЛА.\nЗбито/подавлено 35 ворожих БпЛА.", uk.KindSummaryDay},
		{"correction", "❗️Уточнена інформація щодо нічної атаки\nЗа уточненими даними, протиповітряною обороною збито/подавлено 14 балістичних ракет та 421 ворожий БпЛА.", uk.KindCorrection},
		{"drones heading for a town", "Група ударних БпЛА з півдня курсом на Білу Церкву.", uk.KindAlert},
		{"towards a town", "Ще 3 БпЛА – у напрямку Фастова з заходу.", uk.KindAlert},
		{"ballistic threat", "🚀Загроза балістики з північного сходу! Київ, Київщина – негайно в укриття!", uk.KindAlert},
		{"high-speed target", "⚠️Швидкісна ціль на Одесу!", uk.KindAlert},
		{"moped emoji", "🛵 5 ударних БпЛА з Сумщини на Чернігів.", uk.KindAlert},
		{"KCMA: the enemy attacks the capital", "Київ! Ворог атакує столицю ударними БпЛА. Працює ППО. Залишайтеся в укриттях!", uk.KindAlert},
		{"weekly recap", "📌За минулий тиждень ворог застосував проти України понад 1 200 ударних БпЛА. Збито/подавлено понад 1 000.", uk.KindRecap},
		{"monthly recap", "Протягом місяця противник випустив по Україні 5 438 ударних БпЛА. Збито/подавлено 4 911.", uk.KindRecap},
		{"infographic caption", "📊 Результати відбиття нічної атаки: 125 з 162 ворожих БпЛА збито/подавлено. Детальніше – на інфографіці 👇", uk.KindInfographic},
		{"regional air command", "Повітряне командування «Захід» інформує: у ніч на 20 листопада знищено 9 крилатих ракет.", uk.KindRegional},
		{"KCMA consequences", "Наслідки ворожої атаки на столицю.\nДарницький район – падіння уламків БпЛА.", uk.KindConsequences},
		{"casualty update", "Кількість постраждалих внаслідок нічної атаки на столицю зросла до 17.", uk.KindCasualties},
		{"morning wrap-up", "Ворог атакував Київ ударними БпЛА. Повітряна тривога у столиці тривала 5 годин.\nДеснянський – влучання в багатоповерхівку.", uk.KindWrapUp},
		{"nothing to read", "Channel photo updated", uk.KindUnknown},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := uk.Classify(tc.text); got != tc.want {
				t.Errorf("Classify = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestClassifyCorpus checks Classify against the corpus's kind labels.
func TestClassifyCorpus(t *testing.T) {
	for _, d := range score.Load(t, corpusDir) {
		if got := uk.Classify(d.Text); string(got) != d.Kind {
			t.Errorf("%s: Classify = %q, want %q", d.Name, got, d.Kind)
		}
	}
}
