package demo_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"html"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"sitrep/demo"
	"sitrep/extract"
	"sitrep/scrapers/telegram"
)

// The `sitrep extract` contract (ARCHITECTURE.md): every key, in order.
var (
	topKeys       = []string{"attacks", "diplomatic_actions", "territorial_claims"}
	attackKeys    = []string{"date", "country", "oblast", "city", "districts", "killed", "injured", "rescued", "missing", "children_killed", "drones_launched", "drones_downed", "missiles_launched", "missiles_downed", "weapons", "damage", "qualifiers", "evidence"}
	diplomacyKeys = []string{"date", "actor", "action", "target", "amount", "evidence"}
	territoryKeys = []string{"date", "claimant", "settlements", "names", "region", "evidence"}

	weaponValues  = []string{"shahed_drone", "drone", "cruise_missile", "ballistic_missile", "hypersonic_missile", "glide_bomb", "artillery", "mlrs", "missile_unspecified"}
	damageValues  = []string{"residential", "energy", "heating", "water", "gas", "rail", "transport", "healthcare", "education", "industrial", "commercial", "government", "cultural_religious", "agriculture", "port", "telecom", "vehicles", "military"}
	actionValues  = []string{"sanctions", "ceasefire_call", "peace_talks", "peace_proposal", "rejection", "frozen_assets", "military_aid", "financial_aid", "humanitarian_aid", "statement_condemnation", "summit_meeting", "other"}
	kyivDistricts = []string{"Holosiivskyi", "Darnytskyi", "Desnianskyi", "Dniprovskyi", "Obolonskyi", "Pecherskyi", "Podilskyi", "Shevchenkivskyi", "Solomianskyi", "Sviatoshynskyi"}
	countFields   = []string{"killed", "injured", "rescued", "missing", "children_killed", "drones_launched", "drones_downed", "missiles_launched", "missiles_downed"}
)

// The gold files are read into the extract contract's own types, so they
// cannot drift from it.
type (
	goldAttack    = extract.Attack
	goldDiplomacy = extract.DiplomaticAction
	goldClaim     = extract.TerritorialClaim
	goldFacts     = extract.Facts
)

type goldDoc struct {
	name     string    // file name without .json
	page     string    // key of the document in sampleDocs: its page, or "s/<channel>/<id>" for a post
	official bool      // from an official source (the KCMA feed, the demo channels, the press pages)
	pub      time.Time // publication time from its feed, post or page
	raw      []byte
	facts    goldFacts
}

// goldPage maps a gold file name to its document's key in sampleDocs:
// "kcma-<id>" an official feed page, "tg-<channel>-<id>" a channel post,
// "press-<slug>" a press release, anything else a wire article.
func goldPage(name string) (page string, official bool) {
	switch {
	case strings.HasPrefix(name, "kcma-"):
		return "official/" + name + ".html", true
	case strings.HasPrefix(name, "tg-"):
		rest := strings.TrimPrefix(name, "tg-")
		cut := strings.LastIndexByte(rest, '-')
		return "s/" + rest[:cut] + "/" + rest[cut+1:], true
	case strings.HasPrefix(name, "press-"):
		return "press/" + strings.TrimPrefix(name, "press-") + ".html", true
	default:
		return "articles/" + name + ".html", false
	}
}

// loadGold reads every gold file and matches it with its sample document.
func loadGold(t *testing.T) []goldDoc {
	t.Helper()
	docs := sampleDocs(t)
	files, err := filepath.Glob(filepath.Join("testdata", "gold", "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no gold files: %v", err)
	}
	var out []goldDoc
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatalf("read %s: %v", f, err)
		}
		d := goldDoc{name: strings.TrimSuffix(filepath.Base(f), ".json"), raw: raw}
		d.page, d.official = goldPage(d.name)
		if err := json.Unmarshal(raw, &d.facts); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		d.pub = docs[d.page].pub
		out = append(out, d)
	}
	return out
}

// sampleDoc is one document the demo's sources produce: when it was
// published and its main text (tags stripped, white space collapsed).
type sampleDoc struct {
	pub  time.Time
	text string
}

// sampleDocs lists every document of the sample site by key: each feed
// item's page, each channel post with text (service messages and bare
// photos never become documents) and each press release on the listing.
func sampleDocs(t *testing.T) map[string]sampleDoc {
	t.Helper()
	docs := map[string]sampleDoc{}
	for page, pub := range feedPubTimes(t) {
		docs[page] = sampleDoc{pub: pub, text: pageText(t, page)}
	}
	for key, d := range channelPosts(t) {
		docs[key] = d
	}
	for _, page := range pressPages(t) {
		b, err := fs.ReadFile(demo.Site(), page)
		if err != nil {
			t.Fatal(err)
		}
		m := timeRE.FindSubmatch(b)
		if m == nil {
			t.Fatalf("%s: no <time datetime>", page)
		}
		pub, err := time.Parse(time.RFC3339, string(m[1]))
		if err != nil {
			t.Fatalf("%s: %v", page, err)
		}
		docs[page] = sampleDoc{pub: pub, text: mainText(page, string(b))}
	}
	return docs
}

var (
	timeRE      = regexp.MustCompile(`<time datetime="([^"]+)"`)
	pressLinkRE = regexp.MustCompile(`href="\{\{BASE\}\}/(press/[a-z0-9-]+\.html)"`)
)

// pressPages returns the release pages the press listing links to.
func pressPages(t *testing.T) []string {
	t.Helper()
	b, err := fs.ReadFile(demo.Site(), "press/index.html")
	if err != nil {
		t.Fatal(err)
	}
	var pages []string
	for _, m := range pressLinkRE.FindAllSubmatch(b, -1) {
		pages = append(pages, string(m[1]))
	}
	if len(pages) == 0 {
		t.Fatal("the press listing links no release")
	}
	return pages
}

// channelPosts parses every page of the demo channels (s/<channel>/*.html)
// with the telegram kind's own parser.
func channelPosts(t *testing.T) map[string]sampleDoc {
	t.Helper()
	posts := map[string]sampleDoc{}
	pages, err := fs.Glob(demo.Site(), "s/*/*.html")
	if err != nil || len(pages) == 0 {
		t.Fatalf("no channel pages: %v", err)
	}
	for _, page := range pages {
		channel := path.Base(path.Dir(page))
		b, err := fs.ReadFile(demo.Site(), page)
		if err != nil {
			t.Fatal(err)
		}
		parsed, err := telegram.ParsePage(b, channel)
		if err != nil {
			t.Fatalf("%s: %v", page, err)
		}
		for _, p := range parsed.Posts {
			if p.Service || strings.TrimSpace(p.Text) == "" {
				continue
			}
			posts["s/"+channel+"/"+strconv.FormatInt(p.ID, 10)] = sampleDoc{pub: p.Time, text: collapse(p.Text)}
		}
	}
	return posts
}

func pageText(t *testing.T, page string) string {
	t.Helper()
	b, err := fs.ReadFile(demo.Site(), page)
	if err != nil {
		t.Fatalf("read %s: %v", page, err)
	}
	return mainText(page, string(b))
}

// feedPubTimes maps each feed item's page (site path) to its publication time.
func feedPubTimes(t *testing.T) map[string]time.Time {
	t.Helper()
	pubs := map[string]time.Time{}
	for _, name := range []string{"feed.xml", "official.xml"} {
		b, err := fs.ReadFile(demo.Site(), name)
		if err != nil {
			t.Fatalf("read %s: %v", name, err)
		}
		var feed rss
		if err := xml.Unmarshal(b, &feed); err != nil {
			t.Fatalf("parse %s: %v", name, err)
		}
		for _, it := range feed.Channel.Items {
			pub, err := time.Parse(time.RFC1123Z, it.PubDate)
			if err != nil {
				t.Fatalf("%s: pubDate %q: %v", name, it.PubDate, err)
			}
			pubs[strings.TrimPrefix(it.Link, demo.BasePlaceholder+"/")] = pub
		}
	}
	return pubs
}

// keysInOrder returns the keys of a JSON object in document order.
func keysInOrder(t *testing.T, raw json.RawMessage) []string {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(raw))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		t.Fatalf("not a JSON object: %.60s", raw)
	}
	var keys []string
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			t.Fatalf("read key: %v", err)
		}
		keys = append(keys, tok.(string))
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			t.Fatalf("read value of %v: %v", tok, err)
		}
	}
	return keys
}

func TestGoldFilesHaveEveryContractKey(t *testing.T) {
	for _, d := range loadGold(t) {
		t.Run(d.name, func(t *testing.T) {
			var top map[string]json.RawMessage
			if err := json.Unmarshal(d.raw, &top); err != nil {
				t.Fatalf("parse: %v", err)
			}
			if got := keysInOrder(t, d.raw); !slices.Equal(got, topKeys) {
				t.Fatalf("top-level keys %v, want %v", got, topKeys)
			}
			for name, want := range map[string][]string{"attacks": attackKeys, "diplomatic_actions": diplomacyKeys, "territorial_claims": territoryKeys} {
				var items []json.RawMessage
				if err := json.Unmarshal(top[name], &items); err != nil || items == nil {
					t.Fatalf("%s is not a list (null is not allowed): %v", name, err)
				}
				for i, it := range items {
					if got := keysInOrder(t, it); !slices.Equal(got, want) {
						t.Errorf("%s[%d] keys %v, want %v", name, i, got, want)
					}
				}
			}
		})
	}
}

func TestGoldValuesFollowConventions(t *testing.T) {
	days := []string{}
	for _, d := range demo.Days() {
		days = append(days, d.Format(time.DateOnly))
	}
	qualifierRE := regexp.MustCompile(`^(at_least|more_than|about|up_to|[a-z][a-z ]+)$`)
	for _, d := range loadGold(t) {
		for i, a := range d.facts.Attacks {
			if a.Date == nil || !slices.Contains(days, *a.Date) {
				t.Errorf("%s attack %d: date %v is not a sample day", d.name, i, a.Date)
			}
			if a.Country != "Ukraine" && a.Country != "Russia" {
				t.Errorf("%s attack %d: country %q", d.name, i, a.Country)
			}
			if (a.City == nil) != (a.Oblast == nil) {
				t.Errorf("%s attack %d: a national tally has both city and oblast null, a place has both", d.name, i)
			}
			if a.City != nil && *a.City == "Kyiv" {
				for _, dist := range a.Districts {
					if !slices.Contains(kyivDistricts, dist) {
						t.Errorf("%s attack %d: district %q is not a canonical Kyiv district", d.name, i, dist)
					}
				}
			}
			checkVocabulary(t, d.name, "weapon", a.Weapons, weaponValues)
			checkVocabulary(t, d.name, "damage", a.Damage, damageValues)
			for field, q := range a.Qualifiers {
				if !slices.Contains(countFields, field) || !qualifierRE.MatchString(q) {
					t.Errorf("%s attack %d: qualifier %s=%q", d.name, i, field, q)
				}
			}
			if len(a.Evidence) == 0 {
				t.Errorf("%s attack %d: no evidence", d.name, i)
			}
			if a.DronesDowned != nil && (a.DronesLaunched == nil || *a.DronesDowned > *a.DronesLaunched) ||
				a.MissilesDowned != nil && (a.MissilesLaunched == nil || *a.MissilesDowned > *a.MissilesLaunched) {
				t.Errorf("%s attack %d: downed above launched", d.name, i)
			}
		}
		for i, a := range d.facts.DiplomaticActions {
			if a.Actor == "" || !slices.Contains(actionValues, a.Action) || a.Evidence == "" {
				t.Errorf("%s diplomatic action %d: actor %q, action %q", d.name, i, a.Actor, a.Action)
			}
		}
		for i, c := range d.facts.TerritorialClaims {
			if c.Claimant == "" || c.Settlements == nil || c.Region == nil || c.Evidence == "" || len(c.Names) > *c.Settlements {
				t.Errorf("%s territorial claim %d is incomplete: %+v", d.name, i, c)
			}
		}
	}
}

func checkVocabulary(t *testing.T, doc, kind string, got, allowed []string) {
	t.Helper()
	for _, v := range got {
		if !slices.Contains(allowed, v) {
			t.Errorf("%s: %s %q is not in the controlled vocabulary", doc, kind, v)
		}
	}
}

func TestEveryDocumentHasGoldAndEvidenceIsInItsText(t *testing.T) {
	gold := loadGold(t)
	docs := sampleDocs(t)
	byPage := map[string]goldDoc{}
	for _, d := range gold {
		byPage[d.page] = d
		if _, ok := docs[d.page]; !ok {
			t.Errorf("gold %s has no sample document %s", d.name, d.page)
		}
	}
	for page, doc := range docs {
		d, ok := byPage[page]
		if !ok {
			t.Errorf("document %s has no gold file", page)
			continue
		}
		for _, ev := range evidenceOf(d.facts) {
			if !strings.Contains(doc.text, collapse(ev)) {
				t.Errorf("%s: evidence not found in the main text: %q", d.name, ev)
			}
		}
	}
}

var tagRE = regexp.MustCompile(`<[^>]*>`)

// mainText returns the plain text of the page's main content: the story body
// of an article, the <article> element of an official page.
func mainText(page, doc string) string {
	if strings.HasPrefix(page, "articles/") {
		doc = storyBody(doc)
	} else {
		_, doc, _ = strings.Cut(doc, "<article")
		doc, _, _ = strings.Cut(doc, "</article>")
	}
	return collapse(html.UnescapeString(tagRE.ReplaceAllString(doc, " ")))
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

func evidenceOf(f goldFacts) []string {
	var ev []string
	for _, a := range f.Attacks {
		ev = append(ev, a.Evidence...)
	}
	for _, a := range f.DiplomaticActions {
		ev = append(ev, a.Evidence)
	}
	for _, c := range f.TerritorialClaims {
		ev = append(ev, c.Evidence)
	}
	return ev
}

// TestGoldCoversTheBrief pins down what the sample must exercise, so an edit
// that drops a case fails here rather than silently weakening the demo.
func TestGoldCoversTheBrief(t *testing.T) {
	seen := map[string]bool{}
	var empty []string
	wantEmpty := []string{"kyiv-first-snow-weekend-forecast", "tg-demo_airforce-7002", "tg-demo_kcma-7101"}
	for _, d := range loadGold(t) {
		f := d.facts
		if len(f.Attacks)+len(f.DiplomaticActions)+len(f.TerritorialClaims) == 0 {
			empty = append(empty, d.name)
		}
		for _, a := range f.Attacks {
			place := "national"
			if a.City != nil {
				place = *a.City
			}
			seen["place:"+place] = true
			seen["country:"+a.Country] = true
			for _, v := range a.Weapons {
				seen["weapon:"+v] = true
			}
			for _, v := range a.Damage {
				seen["damage:"+v] = true
			}
			for _, v := range a.Districts {
				seen["district:"+v] = true
			}
			for _, q := range a.Qualifiers {
				seen["qualifier:"+q] = true
			}
			if place == "Kyiv" && a.Killed != nil {
				seen["kyiv killed "+strconv.Itoa(*a.Killed)] = true
			}
			if place == "Kyiv" && a.Injured != nil && *a.Injured == 52 {
				seen["kyiv injured 52"] = true
			}
		}
		for _, a := range f.DiplomaticActions {
			seen["action:"+a.Action] = true
			if a.Amount != nil {
				seen["amount"] = true
			}
		}
		if len(f.TerritorialClaims) > 0 {
			seen["territory"] = true
		}
	}
	want := []string{
		"place:Kyiv", "place:Kharkiv", "place:Odesa", "place:Dnipro", "place:Zaporizhzhia", "place:Ternopil",
		"place:Bila Tserkva", "place:national", "country:Russia",
		"district:Desnianskyi", "district:Darnytskyi",
		"weapon:shahed_drone", "weapon:cruise_missile", "weapon:ballistic_missile", "weapon:glide_bomb",
		"damage:energy", "damage:heating", "damage:residential", "damage:rail", "damage:healthcare",
		"damage:education", "damage:port", "damage:vehicles", "damage:cultural_religious",
		"qualifier:at_least", "qualifier:more_than", "qualifier:more than a dozen",
		"kyiv killed 3", "kyiv killed 6", "kyiv injured 52",
		"action:sanctions", "action:ceasefire_call", "action:frozen_assets", "action:military_aid",
		"action:rejection", "action:summit_meeting", "action:statement_condemnation", "amount", "territory",
		// The Telegram and press-page documents.
		"district:Sviatoshynskyi", "action:humanitarian_aid",
	}
	for _, w := range want {
		if !seen[w] {
			t.Errorf("the gold files never contain %s", w)
		}
	}
	if !slices.Equal(empty, wantEmpty) {
		t.Errorf("documents without facts %v, want exactly %v (the weather story and two live alerts)", empty, wantEmpty)
	}
}

// expectedRow is one row of an Attacks table in testdata/expected.md.
type expectedRow struct {
	killed, injured *int
	sources         int
}

// parseExpected reads the Attacks table of each "## <day>" section.
func parseExpected(t *testing.T) map[string]map[string]expectedRow {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "expected.md"))
	if err != nil {
		t.Fatalf("read expected.md: %v", err)
	}
	out := map[string]map[string]expectedRow{}
	var day, section string
	for _, line := range strings.Split(string(b), "\n") {
		switch {
		case strings.HasPrefix(line, "## "):
			day, section = strings.TrimPrefix(line, "## "), ""
		case strings.HasPrefix(line, "### "):
			section = strings.TrimPrefix(line, "### ")
		case section == "Attacks" && strings.HasPrefix(line, "|") && !strings.HasPrefix(line, "| Place") && !strings.HasPrefix(line, "|---"):
			cells := strings.Split(strings.Trim(line, "|"), "|")
			if len(cells) < 8 {
				t.Fatalf("expected.md: short row %q", line)
			}
			n, err := strconv.Atoi(strings.TrimSpace(cells[7]))
			if err != nil {
				t.Fatalf("expected.md: sources in %q: %v", line, err)
			}
			if out[day] == nil {
				out[day] = map[string]expectedRow{}
			}
			out[day][strings.TrimSpace(cells[0])] = expectedRow{killed: leadingInt(cells[3]), injured: leadingInt(cells[4]), sources: n}
		}
	}
	return out
}

var leadingIntRE = regexp.MustCompile(`^\s*(\d+)`)

func leadingInt(cell string) *int {
	m := leadingIntRE.FindStringSubmatch(cell)
	if m == nil {
		return nil
	}
	n, _ := strconv.Atoi(m[1])
	return &n
}

// observation is one document's figure for a field, for consolidation.
type observation struct {
	value    *int
	official bool
	pub      time.Time
}

// best picks the figure the workbook shows: the most authoritative source
// first, then the latest; nil when no document gave a number.
func best(obs []observation) *int {
	var known []observation
	for _, o := range obs {
		if o.value != nil {
			known = append(known, o)
		}
	}
	if len(known) == 0 {
		return nil
	}
	sort.Slice(known, func(i, j int) bool {
		if known[i].official != known[j].official {
			return known[i].official
		}
		return known[i].pub.After(known[j].pub)
	})
	return known[0].value
}

func TestExpectedTablesMatchGold(t *testing.T) {
	type key struct{ day, place string }
	killed := map[key][]observation{}
	injured := map[key][]observation{}
	sources := map[key]map[string]bool{}
	for _, d := range loadGold(t) {
		if d.pub.IsZero() {
			t.Fatalf("gold %s has no publication time", d.name)
		}
		for _, a := range d.facts.Attacks {
			k := key{*a.Date, placeLabel(a)}
			killed[k] = append(killed[k], observation{a.Killed, d.official, d.pub})
			injured[k] = append(injured[k], observation{a.Injured, d.official, d.pub})
			if sources[k] == nil {
				sources[k] = map[string]bool{}
			}
			sources[k][d.name] = true
		}
	}
	expected := parseExpected(t)
	rows := 0
	for _, day := range expected {
		rows += len(day)
	}
	if rows != len(sources) {
		t.Errorf("expected.md has %d attack rows, the gold files give %d (day, place) pairs", rows, len(sources))
	}
	for k, docs := range sources {
		row, ok := expected[k.day][k.place]
		if !ok {
			t.Errorf("expected.md has no row for %s on %s", k.place, k.day)
			continue
		}
		if row.sources != len(docs) {
			t.Errorf("%s %s: sources %d in expected.md, %d in gold", k.day, k.place, row.sources, len(docs))
		}
		if got := best(killed[k]); !sameInt(got, row.killed) {
			t.Errorf("%s %s: killed %v in expected.md, best in gold %v", k.day, k.place, show(row.killed), show(got))
		}
		if got := best(injured[k]); !sameInt(got, row.injured) {
			t.Errorf("%s %s: injured %v in expected.md, best in gold %v", k.day, k.place, show(row.injured), show(got))
		}
	}
}

// placeLabel names an attack row's place as the workbook does (model.AttackRow.Place).
func placeLabel(a goldAttack) string {
	switch {
	case a.City != nil:
		return *a.City
	case a.Oblast != nil:
		return *a.Oblast + " oblast"
	default:
		return "Ukraine (national)"
	}
}

func sameInt(a, b *int) bool { return (a == nil && b == nil) || (a != nil && b != nil && *a == *b) }

func show(p *int) string {
	if p == nil {
		return "—"
	}
	return strconv.Itoa(*p)
}

// TestGoldPagesExist checks that each gold file names a document the site
// serves: a page, or a post on a channel page.
func TestGoldPagesExist(t *testing.T) {
	posts := channelPosts(t)
	for _, d := range loadGold(t) {
		if strings.HasPrefix(d.page, "s/") {
			if _, ok := posts[d.page]; !ok {
				t.Errorf("gold %s: no post %s on the channel pages", d.name, d.page)
			}
			continue
		}
		if _, err := fs.Stat(demo.Site(), path.Clean(d.page)); err != nil {
			t.Errorf("gold %s: page %s: %v", d.name, d.page, err)
		}
	}
}
