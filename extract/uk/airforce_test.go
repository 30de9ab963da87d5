package uk_test

import (
	"slices"
	"strings"
	"testing"
)

// airForcePost builds a summary from its launch and results lines.
func airForcePost(lines ...string) string {
	return "У ніч на 14 листопада (з 18:00 13 листопада) " + strings.Join(lines, "\n")
}

func TestAirForceSummaryFigures(t *testing.T) {
	tests := []struct {
		name                                   string
		text                                   string
		dronesL, dronesD, missilesL, missilesD string
	}{
		{"strike drones and decoys are one count",
			airForcePost("противник атакував 109 ударними БпЛА типу Shahed, Гербера та дронами-імітаторами різних типів.", "Збито/подавлено 84 ворожі БпЛА."),
			"109", "84", "null", "null"},
		{"a share in brackets never counts",
			airForcePost("противник атакував 476 ударними БпЛА типу Shahed (з них 60 — реактивні).", "Збито/подавлено 442 ворожі БпЛА (з них близько 70 – «шахеди»)."),
			"476", "442", "null", "null"},
		{"a share after the count never counts",
			airForcePost("противник атакував 109 ударними БпЛА.", "Близько 65 з них – «шахеди».", "Збито/подавлено 84 БпЛА."),
			"109", "84", "null", "null"},
		{"lost on radar is not downed",
			airForcePost("противник атакував 138 ударними БпЛА.", "Збито/подавлено 102 ворожі БпЛА.", "Локаційно втрачено 21 ворожий БпЛА (без негативних наслідків)."),
			"138", "102", "null", "null"},
		{"missiles in words, one per type",
			airForcePost("противник атакував двома балістичними ракетами Іскандер-М, трьома крилатими ракетами «Калібр» та 81 ударним БпЛА.", "Збито/подавлено три «Калібри» та 60 ворожих БпЛА."),
			"81", "60", "5", "3"},
		{"per-missile lines sum to the stated total",
			airForcePost("противник завдав комбінованого удару.", "Всього зафіксовано 705 засобів повітряного нападу: 52 ракети різних типів та 653 ударні БпЛА, зокрема:",
				"– 2 аеробалістичні ракети Х-47М2 «Кинджал»;", "– 9 балістичних ракет Іскандер-М/KN-23;", "– 38 крилатих ракет Х-101 (з літаків Ту-95МС);",
				"– 3 крилаті ракети «Калібр»;", "– 653 ударні БпЛА типу Shahed, Гербера та дронів-імітаторів.",
				"Протиповітряною обороною збито/подавлено 662 повітряні цілі:", "– 44 ракети (2 «Кинджали», 5 Іскандер-М/KN-23, 35 Х-101, 2 «Калібри»);", "– 618 ворожих БпЛА."),
			"653", "618", "52", "44"},
		{"without a stated total the lines are summed",
			airForcePost("противник завдав комбінованого удару. Всього зафіксовано 503 засоби повітряного нападу:", "– 4 балістичні ракети Іскандер-М;", "– 32 крилаті ракети Х-101;",
				"– 6 крилатих ракет «Калібр»;", "– 3 керовані авіаційні ракети Х-59/69;", "– 458 ударних БпЛА.", "Збито/подавлено 41 ракету та 420 ворожих БпЛА.", "Ще 2 крилаті ракети локаційно втрачено."),
			"458", "420", "45", "41"},
		{"thousands with a non-breaking space",
			airForcePost("Всього зафіксовано 1\u00a0102 засоби повітряного нападу: 49 ракет і 1\u00a0053 ударні БпЛА.", "Збито/подавлено 1 032 цілі: 43 ракети та 989 ворожих БпЛА."),
			"1053", "989", "49", "43"},
		{"the results listed after a colon",
			airForcePost("противник атакував 3 балістичними ракетами Іскандер-М та 126 ударними БпЛА.", "Збито/подавлено 99 повітряних цілей: 1 балістичну ракету Іскандер-М та 98 ворожих БпЛА.",
				"Зафіксовано влучання 2 ракет та 24 ударних БпЛА на16 локаціях."),
			"126", "98", "3", "1"},
		{"a missile kind never said downed stays null",
			airForcePost("противник атакував двома балістичними ракетами Іскандер-М та 145 ударними БпЛА.", "Збито/подавлено 117 ворожих БпЛА.", "Зафіксовано влучання двох балістичних ракет."),
			"145", "117", "2", "null"},
		{"the headline repeats the results and is skipped",
			"🔻ЗБИТО/ПОДАВЛЕНО 3 РАКЕТИ ТА 60 БпЛА\n\n" + airForcePost("противник атакував 81 ударним БпЛА та п'ятьма ракетами.", "Збито/подавлено 60 ворожих БпЛА та три ракети."),
			"81", "60", "5", "3"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := oneRow(t, tc.text, morning)
			got := []string{show(a.DronesLaunched), show(a.DronesDowned), show(a.MissilesLaunched), show(a.MissilesDowned)}
			want := []string{tc.dronesL, tc.dronesD, tc.missilesL, tc.missilesD}
			if !slices.Equal(got, want) {
				t.Errorf("drones %s/%s missiles %s/%s, want %s/%s %s/%s (qualifiers %v)", got[0], got[1], got[2], got[3],
					want[0], want[1], want[2], want[3], a.Qualifiers)
			}
			if a.Oblast != nil || a.City != nil || a.Country != "Ukraine" {
				t.Errorf("national row has oblast %v city %v country %q", a.Oblast, a.City, a.Country)
			}
		})
	}
}

func TestAirForceQualifiers(t *testing.T) {
	a := oneRow(t, "Протягом дня 15 грудня противник продовжує атакувати Україну ударними БпЛА.\nСтаном на 16:30 зафіксовано понад 60 ударних БпЛА типу Shahed.\nЗбито/подавлено 44 ворожі БпЛА.", morning)
	if show(a.DronesLaunched) != "60" || a.Qualifiers["drones_launched"] != "more_than" {
		t.Errorf("понад 60 gave %s %v", show(a.DronesLaunched), a.Qualifiers)
	}
	if _, ok := a.Qualifiers["drones_downed"]; ok {
		t.Errorf("an exact downed figure has a qualifier: %v", a.Qualifiers)
	}
}

// TestAirForceChecksFlagTheRow: a failed arithmetic check never guesses;
// the stated figures stay (or, for downed above launched, go into the
// note) and qualifiers["check"] says what failed.
func TestAirForceChecksFlagTheRow(t *testing.T) {
	tests := []struct {
		name, text, note   string
		missilesL, dronesD string
	}{
		{"per-missile lines that do not add up",
			airForcePost("Всього зафіксовано 50 ракет різних типів:", "– 9 балістичних ракет Іскандер-М;", "– 38 крилатих ракет Х-101.", "Збито/подавлено 44 ракети."),
			"per-type lines sum to 47, stated total 50", "50", "null"},
		{"more downed than launched",
			airForcePost("противник атакував 430 ударними БпЛА.", "Збито/подавлено 500 ворожих БпЛА."),
			"drones downed 500 > launched 430", "null", "null"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := oneRow(t, tc.text, morning)
			if !strings.Contains(a.Qualifiers["check"], tc.note) {
				t.Errorf("check = %q, want it to contain %q", a.Qualifiers["check"], tc.note)
			}
			if show(a.MissilesLaunched) != tc.missilesL || show(a.DronesDowned) != tc.dronesD {
				t.Errorf("missiles launched %s drones downed %s, want %s %s", show(a.MissilesLaunched), show(a.DronesDowned), tc.missilesL, tc.dronesD)
			}
		})
	}
}

// TestCorrectionGivesTheCorrectedFigures: "Уточнена інформація" replaces the
// morning's figures; the earlier ones in brackets are ignored.
func TestCorrectionGivesTheCorrectedFigures(t *testing.T) {
	a := oneRow(t, "❗️Уточнена інформація щодо нічної атаки\n\nУ ніч на 14 листопада противник атакував 19 балістичними ракетами Іскандер-М/KN-23 та 449 ударними БпЛА (раніше повідомлялося про 430).\n\nЗа уточненими даними збито/подавлено 14 балістичних ракет та 421 ворожий БпЛА (раніше – 405).", morning)
	if show(a.DronesLaunched) != "449" || show(a.DronesDowned) != "421" || show(a.MissilesLaunched) != "19" || show(a.MissilesDowned) != "14" {
		t.Errorf("got %s/%s %s/%s, want 449/421 19/14", show(a.DronesLaunched), show(a.DronesDowned), show(a.MissilesLaunched), show(a.MissilesDowned))
	}
}

func TestAirForceWeapons(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"Shahed, Gerbera and decoys", "противник атакував 109 ударними БпЛА типу Shahed, Гербера та дронами-імітаторами.", []string{"drone", "shahed_drone"}},
		{"Kinzhal and Kh-101", "противник атакував двома аеробалістичними ракетами Х-47М2 «Кинджал» та 22 крилатими ракетами Х-101.", []string{"cruise_missile", "hypersonic_missile"}},
		{"Kh-59/69 guided missiles are cruise", "противник атакував двома керованими авіаційними ракетами Х-59/69.", []string{"cruise_missile"}},
		{"Iskander-K is cruise, Iskander-M ballistic", "противник атакував шістьма крилатими ракетами Іскандер-К та 2 ракетами Іскандер-М.", []string{"ballistic_missile", "cruise_missile"}},
		{"untyped missiles", "противник атакував 49 ракетами.", []string{"missile_unspecified"}},
		{"the defenders' boilerplate names no weapon", "противник атакував 10 БпЛА.\nПовітряний напад відбивали авіація, зенітні ракетні війська, підрозділи безпілотних систем.", []string{"drone"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := oneRow(t, airForcePost(tc.text, "Збито/подавлено 1 ціль."), morning)
			if !slices.Equal(a.Weapons, tc.want) {
				t.Errorf("weapons %v, want %v", a.Weapons, tc.want)
			}
		})
	}
}
