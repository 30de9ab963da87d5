// Package demo holds the offline sample site that `sitrep demo` serves and
// scrapes: the RSS feed of a fictional wire service ("Demo Wire") with its
// article pages, a second feed of short official statements in the style
// of the Kyiv City Military Administration, with a page per statement, two
// Telegram-style channel previews in Ukrainian (an Air Force overnight
// summary and KCMA consequence posts, the second channel paged with
// ?before=<id>), and the press-release listing of a fictional foreign
// ministry with its release pages.
//
// All text is invented. The files under site/ carry the placeholder
// {{BASE}} wherever an absolute URL is needed; Server replaces it with its
// own base URL when serving. The facts a careful analyst takes from each
// document live in testdata/gold (never under site/, where they would be
// served) together with testdata/expected.md, the consolidated figures the
// daily workbook should show for the sample days.
package demo

import (
	"embed"
	"fmt"
	"io/fs"
	"time"
)

// BasePlaceholder is the token in the embedded files that stands for the
// server's base URL (scheme, host and port, no trailing slash).
const BasePlaceholder = "{{BASE}}"

// Paths of the feeds, channel previews and press listing on the sample site.
const (
	FeedPath            = "/feed.xml"        // Demo Wire, the wire-service feed
	OfficialPath        = "/official.xml"    // the official channel's feed
	AirForceChannelPath = "/s/demo_airforce" // the Air Force's channel preview (one page)
	KCMAChannelPath     = "/s/demo_kcma"     // the KCMA channel preview (two pages)
	PressPath           = "/press/"          // the fictional foreign ministry's press releases
)

//go:embed site
var siteFS embed.FS

// Site returns the embedded site files (read-only), rooted at the site
// directory: "feed.xml", "official.xml", "articles/<slug>.html",
// "official/<id>.html", the channel previews "s/<channel>/index.html" and
// "s/<channel>/page-before-<id>.html", the press pages "press/index.html"
// and "press/<slug>.html", "index.html" and "robots.txt". The files still
// carry BasePlaceholder; Server substitutes it.
func Site() fs.FS {
	sub, err := fs.Sub(siteFS, "site")
	if err != nil {
		// fs.Sub fails only on an invalid path name, and "site" is valid.
		panic(fmt.Errorf("demo: sub site: %w", err))
	}
	return sub
}

// Days returns the sample attack days, 2025-11-14 and 2025-11-15, as dates
// (midnight UTC, the convention for date-only values in sitrep).
func Days() []time.Time {
	return []time.Time{
		time.Date(2025, time.November, 14, 0, 0, 0, 0, time.UTC),
		time.Date(2025, time.November, 15, 0, 0, 0, 0, time.UTC),
	}
}
