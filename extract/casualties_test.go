package extract

import "testing"

func TestFindCasualties(t *testing.T) {
	const vague = -1 // the figure is a phrase, not a number
	tests := []struct {
		name, text, field string
		value             int
		qual              string // qualifier, or the phrase of a vague figure
	}{
		{"at least one killed", "At least one person was killed.", fieldKilled, 1, qualAtLeast},
		{"left one dead", "The assault left at least one person dead.", fieldKilled, 1, qualAtLeast},
		{"words killed", "Three people were killed.", fieldKilled, 3, ""},
		{"died", "Two people died.", fieldKilled, 2, ""},
		{"lost their lives", "Four residents lost their lives.", fieldKilled, 4, ""},
		{"killing three", "A missile struck the city, killing three people.", fieldKilled, 3, ""},
		{"strike killed five", "The strike killed five civilians.", fieldKilled, 5, ""},
		{"a man was killed", "A 52-year-old man was killed.", fieldKilled, 1, ""},
		{"place between number and verb", "Two people in Kharkiv were killed.", fieldKilled, 2, ""},
		{"death toll rose", "The death toll rose to 6.", fieldKilled, 6, ""},
		{"toll rose with a qualifier", "The death toll has risen to at least 9.", fieldKilled, 9, qualAtLeast},
		{"no one killed", "No one was killed.", fieldKilled, 0, ""},
		{"no casualties", "There were no casualties.", fieldKilled, 0, ""},
		{"injured", "Twelve people were injured.", fieldInjured, 12, ""},
		{"wounded", "More than 40 were wounded.", fieldInjured, 40, qualMoreThan},
		{"hurt", "Nine people were hurt.", fieldInjured, 9, ""},
		{"injuring", "The attack injured 17 people.", fieldInjured, 17, ""},
		{"a dozen wounded is vague", "More than a dozen were wounded.", fieldInjured, vague, "more than a dozen"},
		{"dozens injured is vague", "Dozens of people were injured.", fieldInjured, vague, "dozens"},
		{"number of injured rose", "The number of injured has risen to 52.", fieldInjured, 52, ""},
		{"hospitalised counts as injured", "Five people were hospitalised.", fieldInjured, 5, ""},
		{"nobody hurt", "Nobody was hurt.", fieldInjured, 0, ""},
		{"rescued", "More than 40 people were rescued.", fieldRescued, 40, qualMoreThan},
		{"pulled from rubble", "Rescuers pulled 12 people from the rubble.", fieldRescued, 12, ""},
		{"missing", "Three people are missing.", fieldMissing, 3, ""},
		{"under the rubble without a number", "People may be under the rubble.", fieldMissing, vague, "may be under the rubble"},
		{"children among the killed", "Five people were killed, including two children.", fieldChildrenKilled, 2, ""},
		{"a child among the dead", "Among the dead was a child.", fieldChildrenKilled, 1, ""},
		{"children killed", "Two children were killed.", fieldChildrenKilled, 2, ""},
		{"pulled alive from the rubble", "Rescuers pulled 12 people alive from the rubble.", fieldRescued, 12, ""},
		{"bodies recovered", "The bodies of three people were recovered.", fieldKilled, 3, ""},
		{"a modifier before the people", "Two truck drivers were injured.", fieldInjured, 2, ""},
		{"a place phrase after the people", "One worker at the energy facility was injured.", fieldInjured, 1, ""},
		{"crew members of a ship", "Three crew members of the tanker were injured.", fieldInjured, 3, ""},
		{"killing the driver", "A drone struck a car, killing the driver and injuring his passenger.", fieldKilled, 1, ""},
		{"injuring his passenger", "A drone struck a car, killing the driver and injuring his passenger.", fieldInjured, 1, ""},
		{"killing one port worker", "Drones struck the port, killing one port worker.", fieldKilled, 1, ""},
		{"others after the count", "The strike injured 27 others, officials said.", fieldInjured, 27, ""},
		{"a range is vague", "Between 15 and 20 people were injured.", fieldInjured, vague, "between 15 and 20"},
		{"five to seven is vague", "Five to seven people were injured.", fieldInjured, vague, "five to seven"},
		{"burns are injuries", "One man suffered burns.", fieldInjured, 1, ""},
		{"receiving medical care", "Eight people are now receiving medical care.", fieldInjured, 8, ""},
		{"a child who died", "Residents laid flowers for a 14-year-old boy who died in the attack.", fieldChildrenKilled, 1, ""},
		{"among the dead is a girl", "Among the dead is an 11-year-old girl.", fieldChildrenKilled, 1, ""},
		{"remain missing", "Three people remain missing.", fieldMissing, 3, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got *obs
			for _, o := range findCasualties(tokenize(tc.text)) {
				if o.field == tc.field && (got == nil || better(figure{o: o, seq: 1}, figure{o: *got})) {
					o := o
					got = &o
				}
			}
			if got == nil {
				t.Fatalf("findCasualties(%q): no %s figure", tc.text, tc.field)
			}
			if tc.value == vague {
				if got.q.known || got.q.phrase != tc.qual {
					t.Errorf("findCasualties(%q) %s = %+v, want phrase %q", tc.text, tc.field, got.q, tc.qual)
				}
				return
			}
			if !got.q.known || got.q.value != tc.value || got.q.qual != tc.qual {
				t.Errorf("findCasualties(%q) %s = %+v, want %d %q", tc.text, tc.field, got.q, tc.value, tc.qual)
			}
		})
	}
}

func TestFindCasualtiesIgnoresOtherNumbers(t *testing.T) {
	tests := []struct{ name, text string }{
		{"districts damaged", "Eight of Kyiv's ten districts were damaged."},
		{"evacuated is not rescued", "Some 200 residents were evacuated."},
		{"weapon names", "Kh-101 and S-300 missiles were used."},
		{"times and dates", "At 04:00 on 14 November sirens sounded."},
		{"among the injured was a woman", "Among the injured was a pregnant woman."},
		{"no casualties were reported is no zero", "No casualties were reported."},
		{"killing days later is no count", "The strike, killing 2 days later, was condemned."},
		{"casualties are killed and injured together", "The attack caused 12 casualties."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := findCasualties(tokenize(tc.text)); len(got) != 0 {
				t.Errorf("findCasualties(%q) = %+v, want none", tc.text, got)
			}
		})
	}
}

func TestLatestFigureWins(t *testing.T) {
	r := newAttackBuilder().row(kyivCity)
	for i, text := range []string{
		"At least four people were killed.",
		"The death toll rose to 6.",
		"Earlier reports said 9 people were killed.",
	} {
		for _, o := range findCasualties(tokenize(text)) {
			r.addFigure(o, i)
		}
	}
	got := r.figures[fieldKilled].o.q
	if got.value != 6 || got.qual != "" {
		t.Errorf("killed = %+v, want the update: exactly 6", got)
	}
}

func TestWeakFiguresYield(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		field string
		want  int
	}{
		{"a later toll replaces an earlier one", []string{"Two people were killed.", "Three people have now been killed."}, fieldKilled, 3},
		{"a recalled earlier report does not", []string{"The death toll rose to nine.", "Earlier, officials had put the toll at seven."}, fieldKilled, 9},
		{"hospitalised is a subset", []string{"27 people were injured.", "Fourteen people were taken to hospital."}, fieldInjured, 27},
		{"of them is a subset", []string{"In total, 52 people were injured, 29 of them remain in hospital."}, fieldInjured, 52},
		{"an increment is not the toll", []string{"The toll rose to six after rescuers found two more bodies."}, fieldKilled, 6},
		{"a weak figure alone is used", []string{"Fourteen people were taken to hospital."}, fieldInjured, 14},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := newAttackBuilder().row(kyivCity)
			for i, text := range tc.texts {
				for _, o := range findCasualties(tokenize(text)) {
					r.addFigure(o, i)
				}
			}
			if got := r.figures[tc.field].o.q; !got.known || got.value != tc.want {
				t.Errorf("%s = %+v, want %d", tc.field, got, tc.want)
			}
		})
	}
}
