// Package web reads official press pages described by CSS selectors in the
// configuration: a listing page of releases (item, link, title, date),
// optionally each release's own page (body, title, date), and older listing
// pages through a "next" link or a page URL template. ParseListing and
// ParseArticle are pure; Source does the fetching.
package web

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"

	"sitrep/config"
)

// Kind is the configuration kind of web sources.
const Kind = "web"

// ErrLayoutChanged means a required selector matched nothing: the site has
// probably changed its markup. It is an error, never "no new items".
var ErrLayoutChanged = errors.New("layout changed?")

// Rules are a web block made ready for parsing: the selectors as written and
// the time zone loaded.
type Rules struct {
	List       config.ListSelectors
	Article    config.ArticleSelectors
	NextPage   string
	DateLayout string
	Location   *time.Location
}

// NewRules loads the web block's time zone (UTC when empty).
func NewRules(w config.WebConfig) (Rules, error) {
	loc := time.UTC
	if w.TimeZone != "" {
		var err error
		if loc, err = time.LoadLocation(w.TimeZone); err != nil {
			return Rules{}, fmt.Errorf("web.timezone: %w", err)
		}
	}
	return Rules{List: w.List, Article: w.Article, NextPage: w.NextPage, DateLayout: w.DateLayout, Location: loc}, nil
}

// parseDate reads a date with the layout, falling back to RFC 3339 (as in
// <time datetime>, which sites use beside a human date). dateOnly says
// whether the value means a whole local day.
func (r Rules) parseDate(value string) (t time.Time, dateOnly bool, err error) {
	t, err = config.ParseDate(r.DateLayout, value, r.Location)
	if err == nil {
		return t, config.DateOnly(r.DateLayout), nil
	}
	if r.DateLayout != "" {
		if t, err2 := config.ParseDate("", value, r.Location); err2 == nil {
			return t, false, nil
		}
	}
	return time.Time{}, false, err
}

// value reads spec ("css" for the text, "css@attr" for an attribute) inside
// s; defAttr is read when spec names no attribute (href for links). When s
// itself matches the selector and holds no match, s is read.
func value(s *goquery.Selection, spec, defAttr string) string {
	css, attr := config.SplitSelector(spec)
	if css == "" {
		return ""
	}
	found := s.Find(css).First()
	if found.Length() == 0 && s.Is(css) {
		found = s.First()
	}
	if attr == "" {
		attr = defAttr
	}
	if attr != "" {
		return strings.TrimSpace(found.AttrOr(attr, ""))
	}
	return strings.Join(strings.Fields(found.Text()), " ")
}

// matchedNothing is the error for a required selector that matched nothing.
func matchedNothing(key, sel string) error {
	return fmt.Errorf("%s selector %q matched nothing: %w", key, sel, ErrLayoutChanged)
}
