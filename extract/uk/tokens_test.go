package uk

import (
	"slices"
	"testing"
)

// counts returns the values of the count tokens of a text.
func counts(text string) []int {
	var out []int
	for _, t := range tokenize(fold(text)) {
		if t.kind == tokNum && !t.vague {
			out = append(out, t.val)
		}
	}
	return out
}

func TestTokenizeCounts(t *testing.T) {
	tests := []struct {
		name, text string
		want       []int
	}{
		{"digits with a case ending after", "216 ударними, 141 ударним, 524 ударних", []int{216, 141, 524}},
		{"thousands with a space", "1 102 засоби повітряного нападу", []int{1102}},
		{"thousands with a non-breaking space", "1\u00a0053 ударні БпЛА", []int{1053}},
		{"decimal thousands", "понад 1,2 тис. дронів", []int{1200}},
		{"whole thousands", "5 тис. ракет", []int{5000}},
		{"count glued to a preposition", "на16 локаціях", []int{16}},
		{"words: one in every gender", "однією ракетою, одна людина, одного БпЛА", []int{1, 1, 1}},
		{"words: two", "дві ракети, двох людей, двома ракетами, обидва", []int{2, 2, 2, 2}},
		{"words: collective", "троє людей, двоє дітей, п'ятьох із них", []int{3, 2, 5}},
		{"words with the typographic apostrophe", "п’ять ракет, дев’ятьма дронами", []int{5, 9}},
		{"words: eight and ten", "вісім крилатих ракет, десятьох людей", []int{8, 10}},
		{"Cyrillic Kh-101 is a name", "32 крилаті ракети Х-101", []int{32}},
		{"Latin X-101 is a name", "32 крилаті ракети X-101", []int{32}},
		{"Zircon 3M22 is a name", "2 ракети 3М22 «Циркон»", []int{2}},
		{"KN-23 and Iskander-M are names", "9 ракет Іскандер-М/KN-23", []int{9}},
		{"aircraft are names", "з літаків Ту-95МС та Су-34", nil},
		{"S-400 in Latin and Cyrillic", "ракети C-400 і С-400", nil},
		{"Kh-59/69 is a name", "3 керовані авіаційні ракети Х-59/69", []int{3}},
		{"times are no counts", "станом на 09:00, з 18:00", nil},
		{"floors and ages are no counts", "16-поверховий будинок, 14-річна дівчина, 67-ма бригада", nil},
		{"minutes glued to the number", "через 20хв", nil},
		{"a decimal without thousands is no count", "1,5 гектара", nil},
		{"an overlong number is no count", "99999999999999999999 загинули", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := counts(tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("counts(%q) = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

func TestTokenizeMarksBracketsAndVagueWords(t *testing.T) {
	toks := tokenize(fold("476 ударних БпЛА (з них 60 — реактивні), кілька груп"))
	for _, tok := range toks {
		switch tok.text {
		case "476":
			if tok.paren {
				t.Error("476 is outside the brackets")
			}
		case "60":
			if !tok.paren {
				t.Error("60 is inside the brackets")
			}
		case "кілька":
			if tok.kind != tokNum || !tok.vague {
				t.Errorf("кілька = %+v, want a vague count", tok)
			}
		}
	}
}

func TestFoldHomoglyphsAndApostrophes(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"Latin C in a Cyrillic word", "Cолом'янський", "солом'янський"},
		{"Latin X before a model number", "X-101", "х-101"},
		{"Latin A and O inside Cyrillic", "ХAРКOВІ", "харкові"},
		{"Latin words stay Latin", "Shahed KN-23", "shahed kn-23"},
		{"right single quote", "Солом’янський", "солом'янський"},
		{"modifier apostrophe", "Соломʼянський", "солом'янський"},
		{"non-breaking space", "1\u00a0200", "1 200"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := fold(tc.in); got != tc.want {
				t.Errorf("fold(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestQualifierBefore(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"about", "близько 20 поранено", qualAbout},
		{"approximately", "приблизно 30 дронів", qualAbout},
		{"almost", "майже 1 360 авіабомб", qualAbout},
		{"tentatively", "орієнтовно 12 ракет", qualAbout},
		{"more than", "понад 60 ударних БпЛА", qualMoreThan},
		{"more than with ніж", "більше ніж 40 дронів", qualMoreThan},
		{"at least", "щонайменше 5 постраждалих", qualAtLeast},
		{"no fewer than", "не менше двох людей", qualAtLeast},
		{"up to", "до 4 людей", qualUpTo},
		{"a rise is exact", "зросла до 12", ""},
		{"exact", "загинули 3 людини", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			toks := tokenize(fold(tc.text))
			i := slices.IndexFunc(toks, func(t token) bool { return t.kind == tokNum })
			if got := qualifierBefore(toks, i); got != tc.want {
				t.Errorf("qualifierBefore(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
