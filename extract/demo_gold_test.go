package extract_test

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"sitrep/extract"
	"sitrep/internal/score"
)

// The demo site (demo/site) holds wire articles and official posts as HTML
// pages with hand-made gold facts (demo/testdata/gold). Each page is
// extracted as `sitrep extract` reads a page, with its feed's publication
// time, and scored like the corpus; the day's consolidated Kyiv toll is
// checked against demo/testdata/expected.md.

var demoDir = filepath.Join("..", "demo")

// demoPage is one page of the demo site with its feed entry.
type demoPage struct {
	name, file, title string
	published         time.Time
}

type rssItem struct {
	Title   string `xml:"title"`
	Link    string `xml:"link"`
	PubDate string `xml:"pubDate"`
}

type rssFeed struct {
	Items []rssItem `xml:"channel>item"`
}

// demoPages reads the pages listed in the site's feeds.
func demoPages(t *testing.T) []demoPage {
	t.Helper()
	var pages []demoPage
	for _, feed := range []string{"feed.xml", "official.xml"} {
		raw, err := os.ReadFile(filepath.Join(demoDir, "site", feed))
		if err != nil {
			t.Fatalf("demo feed: %v", err)
		}
		var f rssFeed
		if err := xml.Unmarshal(raw, &f); err != nil {
			t.Fatalf("%s: %v", feed, err)
		}
		for _, it := range f.Items {
			pub, err := time.Parse(time.RFC1123Z, strings.TrimSpace(it.PubDate))
			if err != nil {
				t.Fatalf("%s: pubDate %q: %v", feed, it.PubDate, err)
			}
			rel := strings.TrimPrefix(strings.TrimSpace(it.Link), "{{BASE}}/")
			name := strings.TrimSuffix(path.Base(rel), ".html")
			pages = append(pages, demoPage{name: name, file: filepath.Join(demoDir, "site", filepath.FromSlash(rel)), title: it.Title, published: pub})
		}
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].published.Before(pages[j].published) })
	return pages
}

// extractDemoPage extracts one page as the CLI reads an HTML file.
func extractDemoPage(t *testing.T, p demoPage) extract.Facts {
	t.Helper()
	raw, err := os.ReadFile(p.file)
	if err != nil {
		t.Fatalf("%s: %v", p.name, err)
	}
	return extract.Extract(extract.Input{Text: string(raw), HTML: true, Published: p.published})
}

func readDemoGold(t *testing.T, name string) extract.Facts {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(demoDir, "testdata", "gold", name+".json"))
	if err != nil {
		t.Fatalf("gold %s: %v", name, err)
	}
	var g extract.Facts
	if err := json.Unmarshal(raw, &g); err != nil {
		t.Fatalf("gold %s: %v", name, err)
	}
	return g
}

// demoFloors are just under where the extractor stands on the demo pages.
// Diplomacy is lower because the demo gold keeps actors as named ("G7
// foreign ministers", "EU finance ministers", DOMAIN.md section 6) where the
// corpus README maps them to "G7" and "European Union"; the extractor
// follows the corpus.
var demoFloors = map[string]float64{
	"places": 0.97, "dates": 0.97, "figures": 0.97, "casualties": 0.97, "air_defence": 0.97,
	"weapons": 0.97, "damage": 0.95, "districts": 0.95, "diplomacy": 0.72, "territory": 0.95,
}

func TestDemoGold(t *testing.T) {
	pages := demoPages(t)
	if len(pages) < 18 {
		t.Fatalf("demo feeds list %d pages, want 18", len(pages))
	}
	total := score.Score{}
	for _, p := range pages {
		got, gold := extractDemoPage(t, p), readDemoGold(t, p.name)
		one := score.Score{}
		score.Compare(one, gold, got)
		score.Compare(total, gold, got)
		for g, c := range one {
			if c.FP+c.FN > 0 {
				t.Logf("%s: %s tp %d fp %d fn %d", p.name, g, c.TP, c.FP, c.FN)
			}
		}
	}
	score.Log(t, fmt.Sprintf("Demo site, %d pages, extractor %s", len(pages), extract.Version), total)
	score.CheckFloors(t, total, demoFloors)
}

// TestDemoKyivToll checks the consolidation of expected.md for Kyiv on 14
// November: nine documents report it, and the latest figures are 6 killed
// and 52 injured.
func TestDemoKyivToll(t *testing.T) {
	sources, killed, injured := 0, 0, 0
	for _, p := range demoPages(t) {
		for _, a := range extractDemoPage(t, p).Attacks {
			if str(a.City) != "Kyiv" || str(a.Date) != "2025-11-14" {
				continue
			}
			sources++
			if a.Killed != nil {
				killed = *a.Killed
			}
			if a.Injured != nil {
				injured = *a.Injured
			}
		}
	}
	if sources != 9 || killed != 6 || injured != 52 {
		t.Errorf("Kyiv 2025-11-14: %d sources, latest %d killed, %d injured; want 9, 6, 52", sources, killed, injured)
	}
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}
