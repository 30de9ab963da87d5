package uk_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"

	"sitrep/extract"
	"sitrep/extract/uk"
)

// demoRoot is the offline demo: its t.me previews of a fictional Air Force
// and KCMA channel, and the gold facts of their posts.
var demoRoot = filepath.Join("..", "..", "demo")

// telegramPost is one post of a saved t.me/s preview page.
type telegramPost struct {
	id        string // "demo_kcma/7104"
	text      string
	published time.Time
}

// readTelegramPage reads the posts of a saved preview: the text element that
// is a direct child of the bubble (not a quoted reply), <br> as a newline,
// and the UTC time of the permalink.
func readTelegramPage(t *testing.T, path string) []telegramPost {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := goquery.NewDocumentFromReader(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var posts []telegramPost
	doc.Find("div.tgme_widget_message[data-post]").Each(func(_ int, s *goquery.Selection) {
		body := s.Find(".tgme_widget_message_bubble > .tgme_widget_message_text").First()
		body.Find("br").ReplaceWithHtml("\n")
		when, _ := time.Parse(time.RFC3339, s.Find("a.tgme_widget_message_date time").AttrOr("datetime", ""))
		posts = append(posts, telegramPost{id: s.AttrOr("data-post", ""), text: body.Text(), published: when.UTC()})
	})
	return posts
}

func demoPosts(t *testing.T) []telegramPost {
	t.Helper()
	var posts []telegramPost
	for _, dir := range []string{"demo_airforce", "demo_kcma"} {
		pages, err := filepath.Glob(filepath.Join(demoRoot, "site", "s", dir, "*.html"))
		if err != nil || len(pages) == 0 {
			t.Fatalf("no saved pages for %s (%v)", dir, err)
		}
		for _, p := range pages {
			posts = append(posts, readTelegramPage(t, p)...)
		}
	}
	return posts
}

// TestDemoAirForceNight15November is the demo's headline figure: the Air
// Force summary of the night to 15 November gives the national row with 136
// drones launched and 118 downed, 7 missiles launched and 4 downed.
func TestDemoAirForceNight15November(t *testing.T) {
	for _, p := range demoPosts(t) {
		if p.id != "demo_airforce/7003" {
			continue
		}
		f := uk.Extract(extract.Input{Text: p.text, Published: p.published})
		if len(f.Attacks) != 1 {
			t.Fatalf("got %d rows, want the national row: %+v", len(f.Attacks), f.Attacks)
		}
		a := f.Attacks[0]
		if a.Oblast != nil || a.City != nil || deref(a.Date) != "2025-11-15" {
			t.Errorf("place or date: oblast %v city %v date %s", a.Oblast, a.City, deref(a.Date))
		}
		for name, c := range map[string][2]*int{
			"drones_launched": {a.DronesLaunched, ptr(136)}, "drones_downed": {a.DronesDowned, ptr(118)},
			"missiles_launched": {a.MissilesLaunched, ptr(7)}, "missiles_downed": {a.MissilesDowned, ptr(4)},
		} {
			if c[0] == nil || *c[0] != *c[1] {
				t.Errorf("%s = %v, want %d", name, c[0], *c[1])
			}
		}
		return
	}
	t.Fatal("demo_airforce/7003 not found in the saved pages")
}

// TestDemoTelegramGold extracts every demo post that has a gold file and
// compares every field but the evidence.
func TestDemoTelegramGold(t *testing.T) {
	checked := 0
	for _, p := range demoPosts(t) {
		gold := filepath.Join(demoRoot, "testdata", "gold", "tg-"+strings.ReplaceAll(p.id, "/", "-")+".json")
		raw, err := os.ReadFile(gold)
		if os.IsNotExist(err) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		var want extract.Facts
		if err := json.Unmarshal(raw, &want); err != nil {
			t.Fatalf("%s: %v", gold, err)
		}
		got := uk.Extract(extract.Input{Text: p.text, Published: p.published})
		if g, w := comparable(got), comparable(want); g != w {
			t.Errorf("%s:\n got %s\nwant %s", p.id, g, w)
		}
		checked++
	}
	if checked < 7 {
		t.Errorf("checked %d demo posts, want the 7 with gold files", checked)
	}
}

// comparable marshals facts without evidence and with sorted lists.
func comparable(f extract.Facts) string {
	for i := range f.Attacks {
		a := &f.Attacks[i]
		a.Evidence = nil
		slices.Sort(a.Weapons)
		slices.Sort(a.Damage)
		slices.Sort(a.Districts)
	}
	b, _ := json.Marshal(f)
	return string(b)
}

func deref(s *string) string {
	if s == nil {
		return "null"
	}
	return *s
}

func ptr[T any](v T) *T { return &v }
