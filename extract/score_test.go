package extract

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
)

// The corpus scorer: every labelled document of testdata/corpus* is
// extracted and compared with its gold facts field by field, as information
// extraction is scored — precision, recall and F1 per field group. The table
// prints with -v. Thresholds are floors that stop regressions; the targets the
// extractor works towards are in the issue tracker.

// corpusDoc is one labelled document.
type corpusDoc struct {
	name      string
	kind      string
	lang      string
	title     string
	published time.Time
	text      string
	gold      Facts
}

func loadCorpus(t *testing.T, dir string) []corpusDoc {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("corpus %s: no documents (%v)", dir, err)
	}
	docs := make([]corpusDoc, 0, len(paths))
	for _, p := range paths {
		d, err := readCorpusDoc(p)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		docs = append(docs, d)
	}
	return docs
}

func readCorpusDoc(path string) (corpusDoc, error) {
	d := corpusDoc{name: strings.TrimSuffix(filepath.Base(path), ".txt"), lang: "en"}
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
			d.title = v
		case "kind":
			d.kind = v
		case "lang":
			d.lang = v
		case "published":
			if d.published, err = time.Parse(time.RFC3339, v); err != nil {
				return d, fmt.Errorf("published: %w", err)
			}
		}
	}
	d.text = body
	g, err := os.ReadFile(strings.TrimSuffix(path, ".txt") + ".json")
	if err != nil {
		return d, err
	}
	if err := json.Unmarshal(g, &d.gold); err != nil {
		return d, fmt.Errorf("gold: %w", err)
	}
	return d, nil
}

// prf counts true positives, false positives and false negatives.
type prf struct{ tp, fp, fn int }

func (c *prf) add(o prf) { c.tp, c.fp, c.fn = c.tp+o.tp, c.fp+o.fp, c.fn+o.fn }

func (c prf) precision() float64 { return ratio(c.tp, c.tp+c.fp) }
func (c prf) recall() float64    { return ratio(c.tp, c.tp+c.fn) }
func (c prf) f1() float64 {
	p, r := c.precision(), c.recall()
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

// score holds the counts of every field group.
type score map[string]*prf

func (s score) add(group string, c prf) {
	if s[group] == nil {
		s[group] = &prf{}
	}
	s[group].add(c)
}

func placeKey(a Attack) string {
	return a.Country + "|" + deref(a.Oblast) + "|" + deref(a.City)
}

// compareCounts scores two optional numbers: equal values are a true
// positive, a value where gold has none a false positive, and so on.
func compareCounts(gold, got *int) prf {
	switch {
	case gold == nil && got == nil:
		return prf{}
	case gold == nil:
		return prf{fp: 1}
	case got == nil:
		return prf{fn: 1}
	case *gold == *got:
		return prf{tp: 1}
	default:
		return prf{fp: 1, fn: 1}
	}
}

func compareSets(gold, got []string) prf {
	g := map[string]bool{}
	for _, s := range gold {
		g[s] = true
	}
	var c prf
	seen := map[string]bool{}
	for _, s := range got {
		if seen[s] {
			continue
		}
		seen[s] = true
		if g[s] {
			c.tp++
		} else {
			c.fp++
		}
	}
	for s := range g {
		if !seen[s] {
			c.fn++
		}
	}
	return c
}

// scoreDoc compares one document's facts with its gold.
func scoreDoc(s score, gold, got Facts) {
	goldRows := map[string]Attack{}
	for _, a := range gold.Attacks {
		goldRows[placeKey(a)] = a
	}
	gotRows := map[string]Attack{}
	for _, a := range got.Attacks {
		gotRows[placeKey(a)] = a
	}
	empty := Attack{}
	for key, g := range goldRows {
		a, ok := gotRows[key]
		if !ok {
			s.add("places", prf{fn: 1})
			a = empty
		} else {
			s.add("places", prf{tp: 1})
			s.add("dates", compareSets([]string{deref(g.Date)}, []string{deref(a.Date)}))
		}
		scoreRow(s, g, a)
	}
	for key, a := range gotRows {
		if _, ok := goldRows[key]; !ok {
			s.add("places", prf{fp: 1})
			scoreRow(s, empty, a)
		}
	}
	s.add("diplomacy", compareSets(actionKeys(gold.DiplomaticActions), actionKeys(got.DiplomaticActions)))
	s.add("territory", compareSets(claimKeys(gold.TerritorialClaims), claimKeys(got.TerritorialClaims)))
}

func scoreRow(s score, gold, got Attack) {
	for _, f := range countFields {
		group := "casualties"
		if strings.HasPrefix(f, "drones") || strings.HasPrefix(f, "missiles") {
			group = "air_defence"
		}
		c := compareCounts(figureOf(&gold, f), figureOf(&got, f))
		s.add(group, c)
		s.add("figures", c)
	}
	s.add("weapons", compareSets(gold.Weapons, got.Weapons))
	s.add("damage", compareSets(gold.Damage, got.Damage))
	s.add("districts", compareSets(gold.Districts, got.Districts))
}

func actionKeys(as []DiplomaticAction) []string {
	out := make([]string, 0, len(as))
	for _, a := range as {
		out = append(out, a.Actor+"|"+a.Action)
	}
	return out
}

func claimKeys(cs []TerritorialClaim) []string {
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

// scoreCorpus extracts every document and returns the scores and the
// documents labelled negative that produced a fact.
func scoreCorpus(docs []corpusDoc, negativeKinds map[string]bool) (score, []string) {
	s := score{}
	var leaks []string
	for _, d := range docs {
		got := Extract(Input{Title: d.title, Text: d.text, Published: d.published, Lang: d.lang})
		scoreDoc(s, d.gold, got)
		if negativeKinds[d.kind] && len(got.Attacks)+len(got.DiplomaticActions)+len(got.TerritorialClaims) > 0 {
			leaks = append(leaks, d.name)
		}
	}
	return s, leaks
}

func logScore(t *testing.T, name string, s score) {
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
		fmt.Fprintf(&b, "%-12s %5d %5d %5d %9.3f %7.3f %5.3f\n", g, c.tp, c.fp, c.fn, c.precision(), c.recall(), c.f1())
	}
	t.Log(b.String())
}

func checkFloors(t *testing.T, s score, floors map[string]float64) {
	t.Helper()
	for g, floor := range floors {
		c, ok := s[g]
		if !ok {
			t.Errorf("field group %s was never scored", g)
			continue
		}
		if c.tp == 0 {
			t.Errorf("%s: no true positive at all", g)
		}
		if f := c.f1(); f < floor {
			t.Errorf("%s: F1 %.3f below the floor %.2f (tp %d, fp %d, fn %d)", g, f, floor, c.tp, c.fp, c.fn)
		}
	}
}

// TestCorpusEnglish scores the labelled English corpus. The floors are just
// under where extractor 0.2.0 stands, so any regression fails; they are
// above issue 3's targets (figures 0.95, weapons and damage 0.90, diplomacy
// 0.90), and no negative document may yield a fact.
func TestCorpusEnglish(t *testing.T) {
	docs := loadCorpus(t, filepath.Join("testdata", "corpus"))
	if len(docs) < 100 {
		t.Fatalf("corpus has %d documents, want at least 100", len(docs))
	}
	s, leaks := scoreCorpus(docs, map[string]bool{"negative": true})
	logScore(t, fmt.Sprintf("English corpus, %d documents, extractor %s", len(docs), Version), s)
	checkFloors(t, s, englishFloors)
	if len(leaks) > 0 {
		t.Errorf("negative documents produced facts: %v", leaks)
	}
}

// englishFloors are the regression floors of TestCorpusEnglish.
var englishFloors = map[string]float64{
	"places": 0.97, "dates": 0.97, "figures": 0.97, "casualties": 0.97, "air_defence": 0.97,
	"weapons": 0.96, "damage": 0.96, "districts": 0.97, "diplomacy": 0.95, "territory": 0.95,
}

func TestScorerCountsFieldByField(t *testing.T) {
	one, two := 1, 2
	kyiv, oblast := "Kyiv", "Kyiv"
	gold := Facts{Attacks: []Attack{{Country: "Ukraine", Oblast: &oblast, City: &kyiv, Killed: &one, Injured: &two,
		Weapons: []string{"drone"}, Damage: []string{"energy", "rail"}}},
		DiplomaticActions: []DiplomaticAction{{Actor: "Canada", Action: "sanctions"}}}
	got := Facts{Attacks: []Attack{{Country: "Ukraine", Oblast: &oblast, City: &kyiv, Killed: &one, Injured: &one,
		Weapons: []string{"drone", "cruise_missile"}, Damage: []string{"energy"}}},
		DiplomaticActions: []DiplomaticAction{{Actor: "Canada", Action: "sanctions"}, {Actor: "G7", Action: "other"}}}
	s := score{}
	scoreDoc(s, gold, got)
	want := map[string]prf{
		"places":     {tp: 1},
		"casualties": {tp: 1, fp: 1, fn: 1},
		"weapons":    {tp: 1, fp: 1},
		"damage":     {tp: 1, fn: 1},
		"diplomacy":  {tp: 1, fp: 1},
	}
	for g, w := range want {
		if *s[g] != w {
			t.Errorf("%s = %+v, want %+v", g, *s[g], w)
		}
	}
	if f := s["casualties"].f1(); f < 0.49 || f > 0.51 {
		t.Errorf("casualties F1 = %.3f, want 0.5", f)
	}
}
