package lang

import (
	"strings"
	"testing"
)

func TestDetect(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"Air Force summary", "У ніч на 14 листопада (з 18:00 13 листопада) противник атакував 430 ударними БпЛА типу Shahed, Гербера та дронами-імітаторами.", Ukrainian},
		{"KCMA consequences", "Наслідки ворожої атаки на столицю. Попередньо: Дарницький район – падіння уламків.", Ukrainian},
		{"short alert with і", "Київ! Загроза балістики!", Ukrainian},
		{"Ukrainian by words only", "Ворог атакує столицю та область, що триває зараз", Ukrainian},
		{"Russian report", "В результате атаки на столицу погибли три человека, ещё пятеро ранены.", Russian},
		{"Russian by ы and э", "Это был массированный удар по энергетике, сбиты ракеты.", Russian},
		{"English wire copy", "Russia launched 430 drones and 19 missiles at Kyiv overnight, the air force said.", English},
		{"English with Ukrainian names", "Air defence shot down 405 drones over Київ and the region.", English},
		{"short Ukrainian casualty post", "Загинули 3 людини", Ukrainian},
		{"short Russian casualty post", "Погибли 3 человека", Russian},
		{"Cyrillic without markers", "БпЛА курсом на Суми", Unknown},
		{"Latin without English words", "Shahed Gerbera", Unknown},
		{"digits and emoji only", "🛵 12 / 09:00 – 5", Unknown},
		{"empty", "", Unknown},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Detect(tc.text); got != tc.want {
				t.Errorf("Detect(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestDetectReadsOnlyTheStartOfHugeInput(t *testing.T) {
	text := strings.Repeat("Збито/подавлено 84 ворожі БпЛА. ", 5000) + strings.Repeat("the and of ", 100000)
	if got := Detect(text); got != Ukrainian {
		t.Errorf("Detect(huge) = %q, want uk", got)
	}
}

func BenchmarkDetect(b *testing.B) {
	text := "У ніч на 14 листопада (з 18:00 13 листопада) противник атакував 19 балістичними ракетами Іскандер-М/KN-23 та 430 ударними БпЛА типу Shahed, Гербера та дронами-імітаторами."
	for b.Loop() {
		Detect(text)
	}
}
