package extract

import (
	"slices"
	"testing"
)

func TestHTMLParagraphsDropFurniture(t *testing.T) {
	page := `<html><head><title>Strike on Sumy</title><script>var x = "Kyiv 5 killed";</script></head>
<body><nav>Home | War | Kyiv</nav><header>Site header</header>
<article><h1>Strike on Sumy</h1>
<p>A drone hit <b>Sumy</b> overnight.</p>
<div class="share-buttons">Share on Facebook</div>
<div class="related-news"><p>Five killed in Kharkiv last year</p></div>
<p>Two people were injured.<br>Rescuers are at the scene.</p>
<aside>Most read</aside>
<div id="comments">Great article!</div>
<ul class="tags"><li>Ukraine</li></ul>
<div class="breadcrumbs">News / Ukraine</div>
<form>Subscribe form</form>
</article><footer>© Outlet</footer></body></html>`
	got := htmlParagraphs(page)
	want := []string{"Strike on Sumy", "A drone hit Sumy overnight.", "Two people were injured.\nRescuers are at the scene."}
	if !slices.Equal(got, want) {
		t.Errorf("htmlParagraphs = %q, want %q", got, want)
	}
	if title := htmlTitle(page); title != "Strike on Sumy" {
		t.Errorf("htmlTitle = %q, want %q", title, "Strike on Sumy")
	}
}

func TestDropClutter(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{"read also", []string{"Drones hit Lviv.", "Read also: Five things to know", "Two died."},
			[]string{"Drones hit Lviv.", "Two died."}},
		{"follow us", []string{"Drones hit Lviv.", "Follow us on Telegram for updates."},
			[]string{"Drones hit Lviv."}},
		{"subscribe", []string{"Drones hit Lviv.", "Subscribe to our newsletter."},
			[]string{"Drones hit Lviv."}},
		{"final thoughts call to action", []string{"Drones hit Lviv.", "Final Thoughts", "The war goes on.", "Follow, share or leave a comment."},
			[]string{"Drones hit Lviv."}},
		{"conclusion with content is kept", []string{"Drones hit Lviv.", "Conclusion", "Two people died in Lviv."},
			[]string{"Drones hit Lviv.", "Two people died in Lviv."}},
		{"the word share in reporting is kept", []string{"The share of drones shot down rose to 90%."},
			[]string{"The share of drones shot down rose to 90%."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := dropClutter(tc.in); !slices.Equal(got, tc.want) {
				t.Errorf("dropClutter = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestDatelineIsRemoved(t *testing.T) {
	got := paragraphs(Input{Text: "KYIV, Nov 20 (Reuters) - Drones hit Odesa.\n\nLVIV (AP) — Sirens sounded."})
	want := []string{"Drones hit Odesa.", "Sirens sounded."}
	if !slices.Equal(got, want) {
		t.Errorf("paragraphs = %q, want %q", got, want)
	}
}
