package telegram

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

// TestParsePageGolden parses each saved page and compares the result with
// its golden JSON (go test -run TestParsePageGolden -update rewrites them).
func TestParsePageGolden(t *testing.T) {
	pages := []string{"plain", "reply", "forward", "album", "poll", "service", "edited", "last_page", "first_page", "empty"}
	for _, name := range pages {
		t.Run(name, func(t *testing.T) {
			page := parseFixture(t, name)
			got, err := json.MarshalIndent(page, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join("testdata", name+".golden.json")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("parsed %s differs from %s:\n%s", name, golden, got)
			}
		})
	}
}

func parseFixture(t *testing.T, name string) Page {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name+".html"))
	if err != nil {
		t.Fatal(err)
	}
	channel := "sample_af"
	if name == "empty" {
		channel = "sample_empty"
	}
	page, err := ParsePage(b, channel)
	if err != nil {
		t.Fatalf("ParsePage(%s): %v", name, err)
	}
	return page
}

// TestParsePageTraps pins the traps DOMAIN.md names, independently of the
// golden files, so that an -update cannot bless a regression silently.
func TestParsePageTraps(t *testing.T) {
	tests := []struct {
		page  string
		check func(p Page) string
	}{
		{"reply", func(p Page) string {
			if txt := p.Posts[0].Text; strings.Contains(txt, "Quoted earlier note") || !strings.HasPrefix(txt, "Update to the note") {
				return "reply text " + txt + " is not the post's own text"
			}
			if p.Posts[0].ReplyTo != "https://t.me/sample_af/120" {
				return "reply_to " + p.Posts[0].ReplyTo
			}
			return ""
		}},
		{"plain", func(p Page) string {
			post := p.Posts[0]
			if !slices.Contains(post.Links, "https://example.org/report?id=7&lang=en") {
				return "onclick link not unescaped: " + strings.Join(post.Links, " ")
			}
			if !strings.Contains(post.Text, "\n\nOn the sample night") || !strings.Contains(post.Text, "Details: example.org/report") {
				return "line breaks or link text lost: " + post.Text
			}
			if post.Views != 1200 || post.ViewsLabel != "1.2K" || post.Time.Location().String() != "UTC" || post.Time.Hour() != 6 {
				return "views or time wrong"
			}
			if p.Before != "101" || p.After != "102" {
				return "cursors " + p.Before + " " + p.After
			}
			return ""
		}},
		{"forward", func(p Page) string { return want(p.Posts[0].ForwardedFrom == "Sample City Office", "forwarded_from") }},
		{"album", func(p Page) string {
			return want(slices.Equal(p.Posts[0].Media, []string{"photo", "photo", "photo"}), "album media")
		}},
		{"poll", func(p Page) string {
			post := p.Posts[0]
			return want(post.Text == "" && post.Poll == "Which sample format do you prefer?" && slices.Equal(post.Media, []string{"poll"}), "poll")
		}},
		{"service", func(p Page) string { return want(p.Posts[0].Service && !p.Posts[1].Service, "service flags") }},
		{"edited", func(p Page) string {
			return want(p.Posts[0].Edited && !p.Posts[1].Edited && slices.Equal(p.Posts[1].Media, []string{"voice"}), "edited flags")
		}},
		{"last_page", func(p Page) string { return want(p.Before == "" && len(p.Posts) == 3, "last page has a cursor") }},
		{"first_page", func(p Page) string {
			ordered := slices.IsSortedFunc(p.Posts, func(a, b Post) int { return int(a.ID - b.ID) })
			return want(len(p.Posts) == 20 && p.Before == "1181" && ordered, "first page")
		}},
		{"empty", func(p Page) string { return want(p.Empty && len(p.Posts) == 0, "empty channel") }},
	}
	for _, tt := range tests {
		t.Run(tt.page, func(t *testing.T) {
			if msg := tt.check(parseFixture(t, tt.page)); msg != "" {
				t.Error(msg)
			}
		})
	}
}

func want(ok bool, what string) string {
	if ok {
		return ""
	}
	return what + " wrong"
}

func TestParsePageErrors(t *testing.T) {
	history := func(inner string) string {
		return `<section class="tgme_channel_history">` + inner + `</section>`
	}
	tests := []struct {
		name, channel string
		file          string // a fixture in testdata, or
		body          string // an inline page
		want          error
	}{
		{name: "contact page", channel: "sample_private", file: "unavailable", want: ErrUnavailable},
		{name: "too many requests", channel: "sample_af", file: "too_many_requests", want: ErrRateLimited},
		{name: "renamed classes", channel: "sample_af", file: "layout_changed", want: ErrLayoutChanged},
		{name: "other channel", channel: "someone_else", file: "plain", want: ErrLayoutChanged},
		{name: "bad data-post", channel: "sample_af", want: ErrLayoutChanged,
			body: history(`<div class="tgme_widget_message" data-post="sample_af/x"></div>`)},
		{name: "no time", channel: "sample_af", want: ErrLayoutChanged,
			body: history(`<div class="tgme_widget_message" data-post="sample_af/5"><div class="tgme_widget_message_bubble"><div class="tgme_widget_message_text">x</div></div></div>`)},
		{name: "blank page", channel: "sample_af", body: " ", want: ErrUnavailable},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := []byte(tt.body)
			if tt.file != "" {
				var err error
				if b, err = os.ReadFile(filepath.Join("testdata", tt.file+".html")); err != nil {
					t.Fatal(err)
				}
			}
			page, err := ParsePage(b, tt.channel)
			if !errors.Is(err, tt.want) {
				t.Errorf("ParsePage = %+v, %v; want %v", page, err, tt.want)
			}
		})
	}
}

func TestParseViews(t *testing.T) {
	tests := map[string]int64{"987": 987, "1.2K": 1200, "15.3K": 15300, "4.85K": 4850, "1M": 1000000,
		"950.5K": 950500, "": 0, "many": 0, "-5": 0, " 2k ": 2000}
	for label, want := range tests {
		t.Run(label, func(t *testing.T) {
			if got := parseViews(label); got != want {
				t.Errorf("parseViews(%q) = %d, want %d", label, got, want)
			}
		})
	}
}

func TestTitleAndLang(t *testing.T) {
	long := strings.Repeat("дрон ", 40)
	tests := []struct {
		name, text, title, lang string
	}{
		{"first line", "\n  Headline here  \nbody", "Headline here", ""},
		{"Ukrainian", "У ніч на 15 листопада противник атакував", "У ніч на 15 листопада противник атакував", "uk"},
		{"mostly Latin", "Shahed-136 та Kh-101 over the sea", "Shahed-136 та Kh-101 over the sea", ""},
		{"cut at 120", long, strings.TrimSpace(strings.Repeat("дрон ", 24)) + "…", "uk"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Title(tt.text); got != tt.title {
				t.Errorf("Title = %q, want %q", got, tt.title)
			}
			if got := DetectLang(tt.text); got != tt.lang {
				t.Errorf("DetectLang = %q, want %q", got, tt.lang)
			}
		})
	}
}

// FuzzParsePage checks that no input panics and that what parses keeps the
// invariants: positive ids, non-negative views, posts of the channel.
func FuzzParsePage(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.html"))
	for _, file := range files {
		if b, err := os.ReadFile(file); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(`<section class="tgme_channel_history"><div class="tgme_widget_message" data-post="sample_af/1"></div></section>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		page, err := ParsePage(b, "sample_af")
		if err != nil {
			if len(page.Posts) != 0 {
				t.Fatalf("error %v with %d posts", err, len(page.Posts))
			}
			return
		}
		for _, p := range page.Posts {
			if p.ID <= 0 || p.Views < 0 || !strings.EqualFold(p.Channel, "sample_af") {
				t.Fatalf("bad post %+v", p)
			}
		}
	})
}
