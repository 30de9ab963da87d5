package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// FuzzExtract checks the invariants every output keeps, whatever the input:
// no panic, no negative count, downed never above launched, and every
// contract key present in JSON.
func FuzzExtract(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("testdata", "docs", "*"))
	seeds = append(seeds, filepath.Join("testdata", "example-paraphrase.txt"))
	for _, s := range seeds {
		b, err := os.ReadFile(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b), filepath.Ext(s) == ".html", int64(1763107200))
	}
	f.Add("Air defence shot down 500 of 430 drones; Russia launched 430 drones.", false, int64(0))
	f.Add("<div><p>Kyiv: the death toll rose to -5. 99999999999 killed</p></div>", true, int64(-1))
	f.Add("On the night of 31 to 32 February 2025, No one one one was killed in Kyiv's", false, int64(1))
	f.Fuzz(func(t *testing.T, text string, isHTML bool, unix int64) {
		var pub time.Time
		if unix > 0 {
			pub = time.Unix(unix%(1<<34), 0)
		}
		got := Extract(Input{Title: text[:min(len(text), 120)], Text: text, HTML: isHTML, Published: pub})
		checkInvariants(t, got)
	})
}

func checkInvariants(t *testing.T, f Facts) {
	t.Helper()
	if f.Attacks == nil || f.DiplomaticActions == nil || f.TerritorialClaims == nil {
		t.Fatalf("nil list in %+v", f)
	}
	for _, a := range f.Attacks {
		for _, field := range countFields {
			if v := figureOf(&a, field); v != nil && *v < 0 {
				t.Errorf("%s = %d < 0", field, *v)
			}
		}
		if a.DronesDowned != nil && a.DronesLaunched != nil && *a.DronesDowned > *a.DronesLaunched {
			t.Errorf("drones downed %d > launched %d", *a.DronesDowned, *a.DronesLaunched)
		}
		if a.MissilesDowned != nil && a.MissilesLaunched != nil && *a.MissilesDowned > *a.MissilesLaunched {
			t.Errorf("missiles downed %d > launched %d", *a.MissilesDowned, *a.MissilesLaunched)
		}
		if a.Districts == nil || a.Weapons == nil || a.Damage == nil || a.Evidence == nil || a.Qualifiers == nil {
			t.Errorf("nil list or map in attack %+v", a)
		}
	}
	for _, c := range f.TerritorialClaims {
		if c.Settlements != nil && *c.Settlements < 0 {
			t.Errorf("settlements = %d < 0", *c.Settlements)
		}
	}
	b, err := json.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	var keys map[string]json.RawMessage
	if err := json.Unmarshal(b, &keys); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"attacks", "diplomatic_actions", "territorial_claims"} {
		if string(keys[k]) == "null" || keys[k] == nil {
			t.Errorf("key %q is %s", k, keys[k])
		}
	}
	var attacks []map[string]json.RawMessage
	if err := json.Unmarshal(keys["attacks"], &attacks); err != nil {
		t.Fatal(err)
	}
	for _, a := range attacks {
		if len(a) != 18 {
			t.Errorf("attack has %d keys, want all 18: %v", len(a), a)
		}
	}
}

func TestInconsistentTallyDropsDowned(t *testing.T) {
	got := Extract(Input{Text: "Russia launched 430 drones overnight. Air defence shot down 450 drones.", Published: docPublished})
	checkInvariants(t, got)
	if len(got.Attacks) != 1 || got.Attacks[0].DronesDowned != nil || *got.Attacks[0].DronesLaunched != 430 {
		t.Fatalf("got %+v, want launched 430 and downed null", got.Attacks)
	}
	if q := got.Attacks[0].Qualifiers[fieldDronesDowned]; q == "" {
		t.Errorf("qualifiers = %v, want a note on drones_downed", got.Attacks[0].Qualifiers)
	}
}
