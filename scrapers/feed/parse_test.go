package feed

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

// testBase is the URL the test feeds are pretended to come from.
func testBase(t testing.TB) *url.URL {
	t.Helper()
	u, err := url.Parse("https://news.example.org/feed/")
	if err != nil {
		t.Fatal(err)
	}
	return u
}

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestParseGolden parses each feed in testdata and compares the items with
// the .golden.json beside it; run with -update to rewrite the golden files.
func TestParseGolden(t *testing.T) {
	tests := map[string]struct {
		file      string
		wantItems int
	}{
		"rss 2.0 with guid":                {"rss_guid.xml", 3},
		"rss without guid":                 {"rss_noguid.xml", 2},
		"rss repeating one guid":           {"rss_same_guid.xml", 2},
		"atom":                             {"atom.xml", 2},
		"json feed":                        {"jsonfeed.json", 2},
		"windows-1251 rss named in prolog": {"rss_cp1251.xml", 1},
		"rss with an unparseable date":     {"rss_baddate.xml", 2},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			items, err := Parse(readTestdata(t, tc.file), testBase(t))
			if err != nil {
				t.Fatal(err)
			}
			if len(items) != tc.wantItems {
				t.Errorf("%d items, want %d", len(items), tc.wantItems)
			}
			got, err := json.MarshalIndent(items, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join("testdata", tc.file+".golden.json")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("items differ from %s:\n got: %s\nwant: %s", golden, got, want)
			}
		})
	}
}

func TestParseItemDetails(t *testing.T) {
	tests := map[string]struct {
		file  string
		index int
		check func(Item) bool
		what  string
	}{
		"guid wins": {"rss_guid.xml", 0, func(it Item) bool { return it.ID == "wire-20251114-0001" }, "id from guid"},
		"link cleaned": {"rss_guid.xml", 0, func(it Item) bool {
			return it.Link == "https://news.example.org/2025/11/14/kyiv-drones?id=42"
		}, "host lower-cased, utm and fragment gone"},
		"relative link resolved": {"rss_guid.xml", 1, func(it Item) bool {
			return it.Link == "https://news.example.org/2025/11/13/grain-talks"
		}, "absolute link without fbclid"},
		"html stripped from title": {"rss_guid.xml", 1, func(it Item) bool { return it.Title == "Talks on grain corridor resume in Istanbul" }, "plain title"},
		"content paragraphs kept, script dropped": {"rss_guid.xml", 0, func(it Item) bool {
			return strings.Count(it.Content, "\n\n") == 3 && !strings.Contains(it.Content, "trackReader")
		}, "four paragraphs, no script"},
		"published in utc":                 {"rss_guid.xml", 0, func(it Item) bool { return it.Published.Format("2006-01-02T15:04Z07:00") == "2025-11-14T04:30Z" }, "UTC time"},
		"no guid uses link":                {"rss_noguid.xml", 0, func(it Item) bool { return it.ID == "https://bulletin.example.net/items/518" }, "id from link"},
		"no guid no link uses hash":        {"rss_noguid.xml", 1, func(it Item) bool { return strings.HasPrefix(it.ID, "sha256:") && len(it.ID) == 71 }, "content hash id"},
		"repeated guid falls back to link": {"rss_same_guid.xml", 1, func(it Item) bool { return it.ID == "https://careless.example.com/second" }, "id from link"},
		"atom updated only":                {"atom.xml", 1, func(it Item) bool { return it.Published.Format("2006-01-02T15:04Z") == "2025-11-12T16:00Z" }, "published from updated"},
		"json authors joined":              {"jsonfeed.json", 0, func(it Item) bool { return it.Author == "Desk Editor, Night Shift" }, "both authors"},
		"cyrillic decoded":                 {"rss_cp1251.xml", 0, func(it Item) bool { return it.Title == "Атака дронів на Харків" }, "readable Ukrainian title"},
		"bad date kept raw":                {"rss_baddate.xml", 1, func(it Item) bool { return it.Published.IsZero() && it.PublishedRaw == "sometime after lunch" }, "zero time and raw string"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			items, err := Parse(readTestdata(t, tc.file), testBase(t))
			if err != nil {
				t.Fatal(err)
			}
			if it := items[tc.index]; !tc.check(it) {
				t.Errorf("want %s, got %+v", tc.what, it)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := map[string]struct {
		body   []byte
		wantIs error
	}{
		"html page":  {readTestdata(t, "not_a_feed.html"), ErrUnknownFormat},
		"plain text": {[]byte("just some words"), ErrUnknownFormat},
		"empty":      {nil, ErrUnknownFormat},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			items, err := Parse(tc.body, testBase(t))
			if !errors.Is(err, tc.wantIs) {
				t.Fatalf("err = %v, want %v", err, tc.wantIs)
			}
			if items != nil {
				t.Errorf("items = %v, want nil", items)
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	entries, err := os.ReadDir("testdata")
	if err != nil {
		f.Fatal(err)
	}
	for _, e := range entries {
		if !e.IsDir() && !strings.HasSuffix(e.Name(), ".golden.json") {
			f.Add(readTestdata(f, e.Name()))
		}
	}
	base := testBase(f)
	f.Fuzz(func(t *testing.T, body []byte) {
		items, err := Parse(body, base)
		if err != nil && items != nil {
			t.Fatalf("items returned with error %v", err)
		}
		for _, it := range items {
			if it.ID == "" {
				t.Fatalf("item without id: %+v", it)
			}
		}
	})
}

func BenchmarkParse(b *testing.B) {
	body := readTestdata(b, "rss_guid.xml")
	base := testBase(b)
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		if _, err := Parse(body, base); err != nil {
			b.Fatal(err)
		}
	}
}
