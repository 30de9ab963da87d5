package uk

import (
	"strings"
	"testing"
)

func TestGazetteerFindsTheLongerForm(t *testing.T) {
	tests := []struct {
		name, text   string
		oblast, city string
		kind         placeKind
	}{
		{"Kyiv city", "атака на Київ", "Kyiv", "Kyiv", placeKyiv},
		{"Kyiv in the locative", "у Києві", "Kyiv", "Kyiv", placeKyiv},
		{"the capital", "удар по столиці", "Kyiv", "Kyiv", placeKyiv},
		{"Київщина is not Київ", "на Київщині", "Kyiv", "", placeOblast},
		{"Київщину", "атакував Київщину", "Kyiv", "", placeOblast},
		{"Київської області", "у Київської області", "Kyiv", "", placeOblast},
		{"Київській області", "у Київській області", "Kyiv", "", placeOblast},
		{"an oblast administration's signature", "Харківська обласна військова адміністрація", "Kharkiv", "", placeOblast},
		{"Kryvyi Rih in the locative", "у Кривому Розі", "Dnipropetrovsk", "Kryvyi Rih", placeCity},
		{"Bila Tserkva in the accusative", "курсом на Білу Церкву", "Kyiv", "Bila Tserkva", placeCity},
		{"Ternopil in the genitive", "до Тернополя", "Ternopil", "Ternopil", placeCity},
		{"Kharkiv with a Latin look-alike", "у Хaркові", "Kharkiv", "Kharkiv", placeCity},
		{"a raion of Kyiv oblast", "Бучанському районі", "Kyiv", "", placeRaion},
		{"Volyn", "над Волинню", "Volyn", "", placeOblast},
		{"Zakarpattia", "на Закарпатті", "Zakarpattia", "", placeOblast},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			hits := ukGazetteer.find(fold(tc.text))
			if len(hits) != 1 {
				t.Fatalf("find(%q) = %+v, want one place", tc.text, hits)
			}
			if h := hits[0]; h.oblast != tc.oblast || h.city != tc.city || h.kind != tc.kind {
				t.Errorf("find(%q) = %+v, want %s/%s kind %d", tc.text, h.place, tc.oblast, tc.city, tc.kind)
			}
		})
	}
}

func TestGazetteerIgnoresNonPlaces(t *testing.T) {
	for _, text := range []string{
		"у Деснянському районі", "дніпровський район", "південного напрямку", "київського торту",
		"Київ, Київщина", // two places, checked below
	} {
		hits := ukGazetteer.find(fold(text))
		if text == "Київ, Київщина" {
			if len(hits) != 2 {
				t.Errorf("find(%q) = %+v, want Kyiv city and oblast", text, hits)
			}
			continue
		}
		if len(hits) != 0 {
			t.Errorf("find(%q) = %+v, want none", text, hits)
		}
	}
}

// TestGazetteerCoversEveryOblast checks every oblast of DOMAIN.md's table
// in its "-щина" and "область" forms, and every city in every form.
func TestGazetteerCoversEveryOblast(t *testing.T) {
	for _, o := range oblastStems {
		forms := []string{o.adjective + "ої області", o.adjective + "а область"}
		if o.region != "" {
			forms = append(forms, o.region+"а", o.region+"і")
		}
		for _, f := range forms {
			if hits := ukGazetteer.find(f); len(hits) != 1 || hits[0].oblast != o.oblast {
				t.Errorf("find(%q) = %+v, want %s", f, hits, o.oblast)
			}
		}
	}
	for _, c := range cityForms {
		for _, f := range strings.Split(c.forms, "|") {
			if hits := ukGazetteer.find(f); len(hits) != 1 || hits[0].city != c.city {
				t.Errorf("find(%q) = %+v, want %s", f, hits, c.city)
			}
		}
	}
}
