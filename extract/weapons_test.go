package extract

import (
	"slices"
	"testing"
)

func TestFindWeapons(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"generic drones", "Drones attacked the city.", []string{WeaponDrone}},
		{"UAV", "A UAV hit a house.", []string{WeaponDrone}},
		{"Shahed drones are one weapon", "Shahed drones attacked the city.", []string{WeaponShahed}},
		{"Shahed-type strike drones", "Shahed-type strike drones attacked.", []string{WeaponShahed}},
		{"Geran", "Geran-2 drones attacked.", []string{WeaponShahed}},
		{"Shaheds and decoys", "Shaheds and Gerbera decoys attacked.", []string{WeaponShahed, WeaponDrone, WeaponDrone}},
		{"Kh-101", "Kh-101 missiles were fired.", []string{WeaponCruise, WeaponMissileAny}},
		{"Kh-101 cruise missiles", "Kh-101 cruise missiles were fired.", []string{WeaponCruise, WeaponCruise}},
		{"Kalibr", "Kalibr missiles were fired from the sea.", []string{WeaponCruise, WeaponMissileAny}},
		{"Iskander-M", "An Iskander-M struck the port.", []string{WeaponBallistic}},
		{"KN-23", "A KN-23 struck the port.", []string{WeaponBallistic}},
		{"ballistic missile", "A ballistic missile struck the port.", []string{WeaponBallistic}},
		{"Kinzhal", "A Kinzhal struck the airfield.", []string{WeaponHypersonic}},
		{"Zircon", "A Zircon missile struck.", []string{WeaponHypersonic, WeaponMissileAny}},
		{"hypersonic", "A hypersonic missile struck.", []string{WeaponHypersonic}},
		{"KAB", "KAB bombs struck the town.", []string{WeaponGlideBomb}},
		{"glide bomb", "A glide bomb struck the town.", []string{WeaponGlideBomb}},
		{"guided aerial bombs", "Guided aerial bombs struck the town.", []string{WeaponGlideBomb}},
		{"artillery", "Artillery shelling hit the village.", []string{WeaponArtillery}},
		{"Grad", "Grad rockets hit the village.", []string{WeaponMLRS}},
		{"MLRS", "MLRS fire hit the village.", []string{WeaponMLRS}},
		{"untyped missiles", "Missiles hit the city.", []string{WeaponMissileAny}},
		{"anti-aircraft missile troops are no weapon", "The attack was repelled by anti-aircraft missile troops.", nil},
		{"an anti-radar missile is an unspecified missile", "Two Kh-31P anti-radar missiles were fired.", []string{WeaponMissileAny, WeaponMissileAny}},
		{"weapon production is no weapon use", "Sanctions target drone production.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, w := range findWeapons(tokenize(tc.text)) {
				got = append(got, baseWeapon(w.val))
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("findWeapons(%q) = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

func TestFinalWeaponsDropsUntypedMissileBesideATypedOne(t *testing.T) {
	got := finalWeapons(map[string]bool{genericMissile: true, WeaponCruise: true, genericDrone: true, WeaponShahed: true})
	if want := []string{WeaponCruise, WeaponShahed}; !slices.Equal(got, want) {
		t.Errorf("finalWeapons = %v, want %v", got, want)
	}
}

func TestFindTally(t *testing.T) {
	type counts map[string]int
	tests := []struct {
		name, text string
		want       counts
	}{
		{"launched and downed", "Russia launched 430 drones and 18 missiles overnight; air defence shot down 405 drones and 14 missiles.",
			counts{fieldDronesLaunched: 430, fieldMissilesLaunched: 18, fieldDronesDowned: 405, fieldMissilesDowned: 14}},
		{"eight of ten", "Air defence shot down eight of ten drones launched by Russia.",
			counts{fieldDronesDowned: 8, fieldDronesLaunched: 10}},
		{"shot down or suppressed counts as downed", "Air defence shot down/suppressed 405 drones.",
			counts{fieldDronesDowned: 405}},
		{"lost on radar is not downed", "12 enemy drones were lost on radar.", counts{}},
		{"electronic warfare alone is not downed", "20 enemy drones were suppressed by electronic warfare.", counts{}},
		{"weapon names are not counts", "The enemy fired 4 Iskander-M ballistic missiles and 14 Kh-101 cruise missiles.",
			counts{fieldMissilesLaunched: 14}},
		{"shares in parentheses are skipped", "The enemy attacked with 430 drones (250 of them Shaheds).",
			counts{fieldDronesLaunched: 430}},
		{"sub-counts do not replace the total", "Air defence shot down 405 drones, including 250 Shaheds.",
			counts{fieldDronesDowned: 405}},
		{"Ukrainian drones over Russia are not Ukraine's tally", "Russia's defence ministry said it destroyed 95 Ukrainian drones.", counts{}},
		{"hits are not launches", "Hits by 3 missiles and 13 drones were recorded by the Russian army.", counts{}},
		{"eight of the ten", "Air defence shot down eight of the ten ballistic missiles and 62 drones.",
			counts{fieldMissilesDowned: 8, fieldMissilesLaunched: 10, fieldDronesDowned: 62}},
		{"of which were shot down", "The Air Force said Russia launched 142 drones, of which 121 were shot down or suppressed.",
			counts{fieldDronesLaunched: 142, fieldDronesDowned: 121}},
		{"not shot down is not downed", "Russia fired 6 missiles; 6 missiles were not shot down.", counts{fieldMissilesLaunched: 6}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := counts{}
			for _, o := range findTally(tokenize(tc.text), false) {
				if o.q.known && o.q.value > got[o.field] {
					got[o.field] = o.q.value
				}
			}
			if len(got) != len(tc.want) {
				t.Fatalf("findTally(%q) = %v, want %v", tc.text, got, tc.want)
			}
			for f, v := range tc.want {
				if got[f] != v {
					t.Errorf("findTally(%q)[%s] = %d, want %d", tc.text, f, got[f], v)
				}
			}
		})
	}
}
