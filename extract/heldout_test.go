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
// (figures 0.92, weapons 0.94, damage 0.91, diplomacy 0.89).
var heldOutFloors = map[string]float64{
	"places": 0.90, "dates": 0.95, "figures": 0.88, "casualties": 0.87, "air_defence": 0.90,
	"weapons": 0.90, "damage": 0.88, "districts": 0.90, "diplomacy": 0.85, "territory": 0.85,
}
