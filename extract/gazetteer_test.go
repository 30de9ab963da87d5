package extract

import "testing"

func TestFindPlaces(t *testing.T) {
	tests := []struct {
		name, text            string
		country, oblast, city string
		district              string
		launch                bool
	}{
		{"capital city", "Drones hit Kyiv.", "Ukraine", "Kyiv", "Kyiv", "", false},
		{"old spelling", "Drones hit Kiev.", "Ukraine", "Kyiv", "Kyiv", "", false},
		{"Kyiv region", "Drones hit the Kyiv region.", "Ukraine", "Kyiv", "", "", false},
		{"Kyiv Oblast", "Drones hit Kyiv Oblast.", "Ukraine", "Kyiv", "", "", false},
		{"Kharkov variant", "Shelling of Kharkov continued.", "Ukraine", "Kharkiv", "Kharkiv", "", false},
		{"Odessa variant", "A strike on Odessa.", "Ukraine", "Odesa", "Odesa", "", false},
		{"Zaporozhye region", "Shelling in the Zaporozhye region.", "Ukraine", "Zaporizhzhia", "", "", false},
		{"Dnipropetrovsk is the oblast", "Attacks in Dnipropetrovsk.", "Ukraine", "Dnipropetrovsk", "", "", false},
		{"Dnipro is the city", "A missile hit Dnipro.", "Ukraine", "Dnipropetrovsk", "Dnipro", "", false},
		{"Kryvyi Rih in its oblast", "A missile hit Kryvyi Rih.", "Ukraine", "Dnipropetrovsk", "Kryvyi Rih", "", false},
		{"Kremenchuk in Poltava", "Drones hit Kremenchuk.", "Ukraine", "Poltava", "Kremenchuk", "", false},
		{"Bila Tserkva in Kyiv oblast", "Drones hit Bila Tserkva.", "Ukraine", "Kyiv", "Bila Tserkva", "", false},
		{"Izmail in Odesa oblast", "Drones hit Izmail port.", "Ukraine", "Odesa", "Izmail", "", false},
		{"Kramatorsk in Donetsk oblast", "Bombs hit Kramatorsk.", "Ukraine", "Donetsk", "Kramatorsk", "", false},
		{"Shostka in Sumy oblast", "Drones hit Shostka.", "Ukraine", "Sumy", "Shostka", "", false},
		{"Lutsk is Volyn's centre", "Drones hit Lutsk.", "Ukraine", "Volyn", "Lutsk", "", false},
		{"Kropyvnytskyi in Kirovohrad", "Drones hit Kropyvnytskyi.", "Ukraine", "Kirovohrad", "Kropyvnytskyi", "", false},
		{"Desnyansky district", "Debris fell in the Desnyansky district.", "", "", "", "Desnianskyi", false},
		{"Solomyanskyi district", "A fire in Solomyanskyi district.", "", "", "", "Solomianskyi", false},
		{"Obolon neighbourhood", "Debris fell in Obolon.", "", "", "", "Obolonskyi", false},
		{"Troieshchyna neighbourhood", "Debris fell in Troieshchyna.", "", "", "", "Desnianskyi", false},
		{"the capital means Kyiv", "Explosions rocked the capital.", "Ukraine", "Kyiv", "Kyiv", "", false},
		{"Ukraine's capital", "Explosions rocked Ukraine's capital.", "Ukraine", "Kyiv", "Kyiv", "", false},
		{"Russian city struck", "Drones hit Belgorod.", "Russia", "Belgorod", "Belgorod", "", false},
		{"Russian region", "Drones hit the Kursk region.", "Russia", "Kursk", "", "", false},
		{"Novorossiysk in Krasnodar", "Drones hit Novorossiysk.", "Russia", "Krasnodar", "Novorossiysk", "", false},
		{"launch area", "Drones came from the direction of Kursk.", "Russia", "Kursk", "Kursk", "", true},
		{"launch from occupied Crimea", "Missiles were fired from occupied Crimea.", "Ukraine", "Crimea", "", "", true},
		{"a raion is an area of its oblast", "Shelling hit the Kupiansk district.", "Ukraine", "Kharkiv", "", "", false},
		{"front-line town", "Drones hit Marhanets.", "Ukraine", "Dnipropetrovsk", "Marhanets", "", false},
		{"Russian border town", "Rockets hit Shebekino.", "Russia", "Belgorod", "Shebekino", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms := findPlaces(tokenize(tc.text), true)
			if len(ms) != 1 {
				t.Fatalf("findPlaces(%q) found %d places, want 1: %+v", tc.text, len(ms), ms)
			}
			m := ms[0]
			want := place{tc.country, tc.oblast, tc.city}
			if m.district != tc.district || m.launch != tc.launch || (tc.district == "" && m.p != want) {
				t.Errorf("findPlaces(%q) = %+v, want %+v district %q launch %v", tc.text, m, want, tc.district, tc.launch)
			}
		})
	}
}

func TestFindPlacesIgnoresNonPlaces(t *testing.T) {
	tests := []struct{ name, text string }{
		{"the river", "Troops dug in along the Dnipro river."},
		{"football club", "Dynamo Kyiv won the cup."},
		{"nuclear plant", "Zaporizhzhia nuclear plant lost power."},
		{"capital of another country", "The capital of Poland hosted talks."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if ms := findPlaces(tokenize(tc.text), true); len(ms) != 0 {
				t.Errorf("findPlaces(%q) = %+v, want none", tc.text, ms)
			}
		})
	}
}

func TestRegionListsAreOblasts(t *testing.T) {
	ms := findPlaces(tokenize("Fighting in the Donetsk and Lugansk regions."), false)
	if len(ms) != 2 || ms[0].p.oblast != "Donetsk" || ms[1].p.oblast != "Luhansk" || ms[1].p.city != "" {
		t.Errorf("got %+v, want the Donetsk and Luhansk oblasts", ms)
	}
}

func TestGazetteerCoversEveryOblastCentre(t *testing.T) {
	centres := map[string]bool{}
	for _, c := range cityTable {
		centres[c.oblast] = true
	}
	for _, o := range oblastTable {
		if o.name == "Donetsk" || o.name == "Luhansk" {
			continue // occupied centres, named as the oblast
		}
		if !centres[o.name] {
			t.Errorf("oblast %s has no city in cityTable", o.name)
		}
	}
	if len(kyivDistricts) != 10 {
		t.Errorf("Kyiv has 10 districts, table has %d", len(kyivDistricts))
	}
}

func TestPlaceRoles(t *testing.T) {
	tests := []struct {
		name, text, place string
		role              int
	}{
		{"a landmark south-east of a city", "In Chuhuiv, south-east of Kharkiv, a drone hit a house.", "Kharkiv", roleLandmark},
		{"a landmark at a distance", "Belgorod, about 40 kilometres from Kharkiv, was hit.", "Kharkiv", roleLandmark},
		{"a regional governor's title", "Kyiv regional governor Mykola Kalashnyk said a drone hit Vyshhorod.", "Kyiv", roleTitle},
		{"a military administration's name", "Oleh Kiper, head of the Odesa Regional Military Administration.", "Odesa", roleTitle},
		{"headquarters of a region", "Three were injured, the operational headquarters of the Krasnodar region said.", "Krasnodar", roleTitle},
		{"the oblast around a named town", "In Burshtyn, in the Ivano-Frankivsk region, drones hit the plant.", "Ivano-Frankivsk", roleContext},
		{"Moscow as its government", "Moscow was deliberately targeting civilians.", "Moscow", roleTitle},
		{"Moscow as a place", "Drones were shot down near Moscow.", "Moscow", roleTarget},
		{"Kyiv city and the Kyiv region are two places", "Drones attacked Kyiv and the Kyiv region.", "Kyiv", roleTarget},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, m := range findPlaces(tokenize(tc.text), true) {
				if m.p.city == tc.place || (m.p.city == "" && m.p.oblast == tc.place) {
					if m.role != tc.role {
						t.Errorf("%q: %s has role %d, want %d", tc.text, tc.place, m.role, tc.role)
					}
					return
				}
			}
			t.Errorf("%q: %s not found", tc.text, tc.place)
		})
	}
}

func TestOtherCitiesDistrictsAreNotKyivs(t *testing.T) {
	for _, text := range []string{
		"A glide bomb hit a school in Kharkiv's Shevchenkivskyi district.",
		"Drones hit a house in the Dniprovskyi district of Kherson.",
	} {
		toks := tokenize(text)
		for _, m := range resolveTargets(toks, findPlaces(toks, false), nil) {
			if m.district != "" || m.p == kyivCity {
				t.Errorf("%q: got Kyiv district %q in %+v", text, m.district, m.p)
			}
		}
	}
}

func TestLaunchListEndsInOccupiedCrimea(t *testing.T) {
	text := "Drones came from the directions of Kursk and Hvardiiske in occupied Crimea."
	for _, m := range findPlaces(tokenize(text), false) {
		if !m.launch {
			t.Errorf("%q: %+v is not a launch area", text, m.p)
		}
	}
}
