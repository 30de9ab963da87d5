package uk_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"sitrep/extract"
	"sitrep/extract/uk"
)

// FuzzExtract checks what every output keeps, whatever the input: no
// panic, no negative count, downed never above launched, every contract key
// present in JSON.
func FuzzExtract(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		_, body, _ := strings.Cut(string(b), "\n\n")
		f.Add(body, int64(1763107200), false)
	}
	f.Add("У ніч на 31 лютого противник атакував 10 БпЛА.\nЗбито/подавлено 500 ворожих БпЛА.", int64(0), false)
	f.Add("Кількість постраждалих зросла до -5. 99999999999999999999 загинули", int64(-1), false)
	f.Add("<div>Київ!<br>Загинули 3 людини</div>", int64(1763107200), true)
	f.Add("на1 на2 на99999999999999999999 1,9999999 тис. 1 000 000 000 000", int64(1), false)
	f.Fuzz(func(t *testing.T, text string, unix int64, isHTML bool) {
		var pub time.Time
		if unix > 0 {
			pub = time.Unix(unix%(1<<34), 0)
		}
		checkInvariants(t, uk.Extract(extract.Input{Text: text, HTML: isHTML, Published: pub}))
	})
}

func checkInvariants(t *testing.T, f extract.Facts) {
	t.Helper()
	if f.Attacks == nil || f.DiplomaticActions == nil || f.TerritorialClaims == nil {
		t.Fatalf("nil list in %+v", f)
	}
	for _, a := range f.Attacks {
		for name, v := range map[string]*int{"killed": a.Killed, "injured": a.Injured, "rescued": a.Rescued,
			"missing": a.Missing, "children_killed": a.ChildrenKilled, "drones_launched": a.DronesLaunched,
			"drones_downed": a.DronesDowned, "missiles_launched": a.MissilesLaunched, "missiles_downed": a.MissilesDowned} {
			if v != nil && *v < 0 {
				t.Errorf("%s = %d < 0", name, *v)
			}
		}
		if a.DronesDowned != nil && a.DronesLaunched != nil && *a.DronesDowned > *a.DronesLaunched {
			t.Errorf("drones downed %d > launched %d", *a.DronesDowned, *a.DronesLaunched)
		}
		if a.MissilesDowned != nil && a.MissilesLaunched != nil && *a.MissilesDowned > *a.MissilesLaunched {
			t.Errorf("missiles downed %d > launched %d", *a.MissilesDowned, *a.MissilesLaunched)
		}
	}
	b, err := json.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(b, &top); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"attacks", "diplomatic_actions", "territorial_claims"} {
		if v, ok := top[k]; !ok || string(v) == "null" {
			t.Errorf("key %q is %s", k, v)
		}
	}
	var rows []map[string]json.RawMessage
	if err := json.Unmarshal(top["attacks"], &rows); err != nil {
		t.Fatal(err)
	}
	keys := []string{"date", "country", "oblast", "city", "districts", "killed", "injured", "rescued", "missing",
		"children_killed", "drones_launched", "drones_downed", "missiles_launched", "missiles_downed", "weapons",
		"damage", "qualifiers", "evidence"}
	lists := map[string]bool{"districts": true, "weapons": true, "damage": true, "qualifiers": true, "evidence": true}
	for _, r := range rows {
		for _, k := range keys {
			v, ok := r[k]
			if !ok {
				t.Errorf("attack key %q missing", k)
			}
			if lists[k] && string(v) == "null" {
				t.Errorf("attack list %q is null", k)
			}
		}
	}
}
