package extract_test

import (
	"fmt"
	"path/filepath"
	"testing"

	"sitrep/extract"
	"sitrep/internal/score"
)

// TestHeldOutEnglish scores a set written by someone who never saw the
// extractor's rules or the tuning corpus (testdata/heldout/README.md): how
// well the rules carry over to unseen writing. Never tune rules on it; its
// floors only stop regressions.
func TestHeldOutEnglish(t *testing.T) {
	docs := score.Load(t, filepath.Join("testdata", "heldout"))
	if len(docs) < 30 {
		t.Fatalf("held-out set has %d documents, want 30", len(docs))
	}
	s, leaks := score.Corpus(docs, map[string]bool{"negative": true}, extractDoc)
	score.Log(t, fmt.Sprintf("Held-out English set, %d documents, extractor %s", len(docs), extract.Version), s)
	score.CheckFloors(t, s, heldOutFloors)
	t.Logf("negative documents with facts: %v", leaks)
}

// heldOutFloors sit just under the held-out score of extractor 0.2.0
// (figures 0.92, weapons 0.94, damage 0.91, diplomacy 0.89); 0.2.1 stands at
// figures 0.93, weapons 0.98, damage 0.92, diplomacy 0.89.
var heldOutFloors = map[string]float64{
	"places": 0.90, "dates": 0.95, "figures": 0.88, "casualties": 0.87, "air_defence": 0.90,
	"weapons": 0.90, "damage": 0.88, "districts": 0.90, "diplomacy": 0.85, "territory": 0.85,
}

// TestHeldOutEnglishSecond scores a second blind set, written after the
// first had guided a round of general fixes (extractor 0.2.1): the first set
// is no longer unseen by the rules' authors, this one is. Never tune on it.
func TestHeldOutEnglishSecond(t *testing.T) {
	docs := score.Load(t, filepath.Join("testdata", "heldout2"))
	if len(docs) < 30 {
		t.Fatalf("second held-out set has %d documents, want 30", len(docs))
	}
	s, leaks := score.Corpus(docs, map[string]bool{"negative": true}, extractDoc)
	score.Log(t, fmt.Sprintf("Second held-out English set, %d documents, extractor %s", len(docs), extract.Version), s)
	score.CheckFloors(t, s, heldOut2Floors)
	t.Logf("negative documents with facts: %v", leaks)
}

// heldOut2Floors sit just under where extractor 0.2.1 stands on the set
// (figures 0.888, air defence 0.814, weapons 0.891, damage 0.918,
// diplomacy 0.792).
var heldOut2Floors = map[string]float64{
	"places": 0.88, "dates": 0.97, "figures": 0.85, "casualties": 0.90, "air_defence": 0.78,
	"weapons": 0.86, "damage": 0.88, "districts": 0.97, "diplomacy": 0.75, "territory": 0.80,
}
