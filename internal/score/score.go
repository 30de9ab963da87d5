// Package score scores extracted facts against gold labels field by field,
// as information extraction is scored: precision, recall and F1 per field
// group. The corpus tests of the extractors use it.
package score

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"sitrep/extract"
)

// Fields are the numeric fields of an attack row.
var Fields = []string{"killed", "injured", "rescued", "missing", "children_killed",
	"drones_launched", "drones_downed", "missiles_launched", "missiles_downed"}

func figure(a extract.Attack, field string) *int {
	switch field {
	case "killed":
		return a.Killed
	case "injured":
		return a.Injured
	case "rescued":
		return a.Rescued
	case "missing":
		return a.Missing
	case "children_killed":
		return a.ChildrenKilled
	case "drones_launched":
		return a.DronesLaunched
	case "drones_downed":
		return a.DronesDowned
	case "missiles_launched":
		return a.MissilesLaunched
	default:
		return a.MissilesDowned
	}
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// Doc is one labelled document.
type Doc struct {
	Name      string
	Kind      string
	Lang      string
	Title     string
	Published time.Time
	Text      string
	Gold      extract.Facts
}

// Load reads every labelled document (*.txt with its *.json gold) of dir.
func Load(t testing.TB, dir string) []Doc {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("corpus %s: no documents (%v)", dir, err)
	}
	docs := make([]Doc, 0, len(paths))
	for _, p := range paths {
		d, err := ReadDoc(p)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		docs = append(docs, d)
	}
	return docs
}

// ReadDoc reads one labelled document: a header of "key: value" lines, a
// blank line, the body; the gold facts are in the .json beside it.
func ReadDoc(path string) (Doc, error) {
	d := Doc{Name: strings.TrimSuffix(filepath.Base(path), ".txt"), Lang: "en"}
	raw, err := os.ReadFile(path)
	if err != nil {
		return d, err
	}
	head, body, ok := strings.Cut(string(raw), "\n\n")
	if !ok {
		return d, fmt.Errorf("no blank line after the header")
	}
	sc := bufio.NewScanner(strings.NewReader(head))
	for sc.Scan() {
		k, v, _ := strings.Cut(sc.Text(), ":")
		v = strings.TrimSpace(v)
		switch k {
		case "title":
			d.Title = v
		case "kind":
			d.Kind = v
		case "lang":
			d.Lang = v
		case "published":
			if d.Published, err = time.Parse(time.RFC3339, v); err != nil {
				return d, fmt.Errorf("published: %w", err)
			}
		}
	}
	d.Text = body
	g, err := os.ReadFile(strings.TrimSuffix(path, ".txt") + ".json")
	if err != nil {
		return d, err
	}
	if err := json.Unmarshal(g, &d.Gold); err != nil {
		return d, fmt.Errorf("gold: %w", err)
	}
	return d, nil
}

// PRF counts true positives, false positives and false negatives.
type PRF struct{ TP, FP, FN int }

func (c *PRF) add(o PRF) { c.TP, c.FP, c.FN = c.TP+o.TP, c.FP+o.FP, c.FN+o.FN }

// Precision is TP/(TP+FP), 1 when nothing was predicted.
func (c PRF) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP/(TP+FN), 1 when nothing was to be found.
func (c PRF) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of precision and recall.
func (c PRF) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// Score holds the counts of every field group.
type Score map[string]*PRF

// Add adds counts to a field group.
func (s Score) Add(group string, c PRF) {
	if s[group] == nil {
		s[group] = &PRF{}
	}
	s[group].add(c)
}

func placeKey(a extract.Attack) string {
	return a.Country + "|" + str(a.Oblast) + "|" + str(a.City)
}

// compareCounts scores two optional numbers: equal values are a true
// positive, a value where gold has none a false positive, and so on.
func compareCounts(gold, got *int) PRF {
	switch {
	case gold == nil && got == nil:
		return PRF{}
	case gold == nil:
		return PRF{FP: 1}
	case got == nil:
		return PRF{FN: 1}
	case *gold == *got:
		return PRF{TP: 1}
	default:
		return PRF{FP: 1, FN: 1}
	}
}

func compareSets(gold, got []string) PRF {
	g := map[string]bool{}
	for _, s := range gold {
		g[s] = true
	}
	var c PRF
	seen := map[string]bool{}
	for _, s := range got {
		if seen[s] {
			continue
		}
		seen[s] = true
		if g[s] {
			c.TP++
		} else {
			c.FP++
		}
	}
	for s := range g {
		if !seen[s] {
			c.FN++
		}
	}
	return c
}

// Compare scores one document's facts with its gold.
func Compare(s Score, gold, got extract.Facts) {
	goldRows := map[string]extract.Attack{}
	for _, a := range gold.Attacks {
		goldRows[placeKey(a)] = a
	}
	gotRows := map[string]extract.Attack{}
	for _, a := range got.Attacks {
		gotRows[placeKey(a)] = a
	}
	empty := extract.Attack{}
	for key, g := range goldRows {
		a, ok := gotRows[key]
		if !ok {
			s.Add("places", PRF{FN: 1})
			a = empty
		} else {
			s.Add("places", PRF{TP: 1})
			s.Add("dates", compareSets([]string{str(g.Date)}, []string{str(a.Date)}))
		}
		scoreRow(s, g, a)
	}
	for key, a := range gotRows {
		if _, ok := goldRows[key]; !ok {
			s.Add("places", PRF{FP: 1})
			scoreRow(s, empty, a)
		}
	}
	s.Add("diplomacy", compareSets(actionKeys(gold.DiplomaticActions), actionKeys(got.DiplomaticActions)))
	s.Add("territory", compareSets(claimKeys(gold.TerritorialClaims), claimKeys(got.TerritorialClaims)))
}

func scoreRow(s Score, gold, got extract.Attack) {
	for _, f := range Fields {
		group := "casualties"
		if strings.HasPrefix(f, "drones") || strings.HasPrefix(f, "missiles") {
			group = "air_defence"
		}
		c := compareCounts(figure(gold, f), figure(got, f))
		s.Add(group, c)
		s.Add("figures", c)
	}
	s.Add("weapons", compareSets(gold.Weapons, got.Weapons))
	s.Add("damage", compareSets(gold.Damage, got.Damage))
	s.Add("districts", compareSets(gold.Districts, got.Districts))
}

func actionKeys(as []extract.DiplomaticAction) []string {
	out := make([]string, 0, len(as))
	for _, a := range as {
		out = append(out, a.Actor+"|"+a.Action)
	}
	return out
}

func claimKeys(cs []extract.TerritorialClaim) []string {
	out := make([]string, 0, len(cs))
	for _, c := range cs {
		n := "?"
		if c.Settlements != nil {
			n = fmt.Sprint(*c.Settlements)
		}
		out = append(out, c.Claimant+"|"+n)
	}
	return out
}

// Corpus extracts every document with run and returns the scores and the
// documents labelled negative that produced a fact.
func Corpus(docs []Doc, negativeKinds map[string]bool, run func(Doc) extract.Facts) (Score, []string) {
	s := Score{}
	var leaks []string
	for _, d := range docs {
		got := run(d)
		Compare(s, d.Gold, got)
		if negativeKinds[d.Kind] && len(got.Attacks)+len(got.DiplomaticActions)+len(got.TerritorialClaims) > 0 {
			leaks = append(leaks, d.Name)
		}
	}
	return s, leaks
}

// Log prints the score table (visible with go test -v).
func Log(t testing.TB, name string, s Score) {
	t.Helper()
	groups := make([]string, 0, len(s))
	for g := range s {
		groups = append(groups, g)
	}
	sort.Strings(groups)
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n%-12s %5s %5s %5s %9s %7s %5s\n", name, "field", "tp", "fp", "fn", "precision", "recall", "F1")
	for _, g := range groups {
		c := s[g]
		fmt.Fprintf(&b, "%-12s %5d %5d %5d %9.3f %7.3f %5.3f\n", g, c.TP, c.FP, c.FN, c.Precision(), c.Recall(), c.F1())
	}
	t.Log(b.String())
}

// CheckFloors fails the test for every field group below its F1 floor or
// without a single true positive.
func CheckFloors(t testing.TB, s Score, floors map[string]float64) {
	t.Helper()
	for g, floor := range floors {
		c, ok := s[g]
		if !ok {
			t.Errorf("field group %s was never scored", g)
			continue
		}
		if c.TP == 0 {
			t.Errorf("%s: no true positive at all", g)
		}
		if f := c.F1(); f < floor {
			t.Errorf("%s: F1 %.3f below the floor %.2f (tp %d, fp %d, fn %d)", g, f, floor, c.TP, c.FP, c.FN)
		}
	}
}
