package uk_test

import (
	"fmt"
	"path/filepath"
	"testing"

	"sitrep/extract"
	"sitrep/extract/uk"
	"sitrep/internal/score"
)

// TestHeldOutUkrainian scores posts written blind to the rules and the
// tuning corpus (testdata/heldout_uk/README.md): how the rules carry over to
// unseen writing. Never tune rules on it; the floors only stop regressions.
func TestHeldOutUkrainian(t *testing.T) {
	docs := score.Load(t, filepath.Join("..", "testdata", "heldout_uk"))
	if len(docs) < 24 {
		t.Fatalf("held-out set has %d posts, want 24", len(docs))
	}
	s, leaks := score.Corpus(docs, negativeKinds, func(d score.Doc) extract.Facts {
		return uk.Extract(extract.Input{Title: d.Title, Text: d.Text, Published: d.Published, Lang: d.Lang})
	})
	score.Log(t, fmt.Sprintf("Held-out Ukrainian set, %d posts", len(docs)), s)
	score.CheckFloors(t, s, heldOutFloors)
	t.Logf("posts that must give no facts but gave some: %v", leaks)
}

// heldOutFloors sit just under where the reader stands on the held-out set
// (air defence 1.000, figures 0.938, casualties 0.857, damage 0.852).
var heldOutFloors = map[string]float64{
	"places": 0.92, "dates": 0.97, "figures": 0.90, "casualties": 0.82, "air_defence": 0.97,
	"weapons": 0.90, "damage": 0.82, "districts": 0.97,
}
