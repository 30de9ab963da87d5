package config

import (
	"bytes"
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"text/template"
	"time"

	"github.com/andybalholm/cascadia"
)

// Limits of the paging keys.
const (
	maxTelegramPages = 1000 // a backfill of a busy channel reads hundreds
	maxWebPages      = 100
	maxPageDelay     = 5 * time.Minute
)

// telegramPathRE is the path of a channel preview, /s/<channel>. Public
// channel names are 4 to 32 letters, digits and underscores, starting with
// a letter (Telegram's own limit is 5; a few old names are shorter).
var telegramPathRE = regexp.MustCompile(`^/s/([A-Za-z][A-Za-z0-9_]{3,31})/?$`)

// TelegramChannel returns the channel name of a telegram source URL
// ("https://t.me/s/kpszsu" → "kpszsu"), or "" when the URL is not a preview
// URL.
func TelegramChannel(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	m := telegramPathRE.FindStringSubmatch(u.Path)
	if m == nil || u.RawQuery != "" || u.Fragment != "" {
		return ""
	}
	return m[1]
}

// validatePaging checks max_pages and page_delay: their range, and that
// only the paging kinds set them.
func validatePaging(p *problems, i int, s Source) {
	if !slices.Contains(pagingKinds(), s.Kind) {
		if s.MaxPages != 0 {
			p.addSource(i, s, "max_pages", "only used by kinds %s", strings.Join(pagingKinds(), " and "))
		}
		if s.PageDelay != nil {
			p.addSource(i, s, "page_delay", "only used by kinds %s", strings.Join(pagingKinds(), " and "))
		}
		if s.Web != (WebConfig{}) {
			p.addSource(i, s, "web", "only used by kind web")
		}
		return
	}
	hi := maxWebPages
	if s.Kind == KindTelegram {
		hi = maxTelegramPages
	}
	if msg := rangeProblem(s.MaxPages, 1, hi); msg != "" {
		p.addSource(i, s, "max_pages", "%s", msg)
	}
	if d := s.Delay(); d < 0 || d > maxPageDelay {
		p.addSource(i, s, "page_delay", "must be between 0s and %s, got %s", maxPageDelay, d)
	}
}

// validateTelegram checks that the URL is a channel preview, so that the
// channel name can be taken from its path.
func validateTelegram(p *problems, i int, s Source) {
	if s.Web != (WebConfig{}) {
		p.addSource(i, s, "web", "only used by kind web")
	}
	if !isHTTPURL(s.URL) {
		return // reported under url already
	}
	u, _ := url.Parse(s.URL)
	switch {
	case TelegramChannel(s.URL) == "":
		p.addSource(i, s, "url", "must look like https://t.me/s/<channel> (the channel's web preview), got %q", s.URL)
	case isTelegramHost(u.Host) && u.Scheme != "https":
		p.addSource(i, s, "url", "t.me must be read over https, got %q", s.URL)
	}
}

func isTelegramHost(host string) bool {
	host = strings.ToLower(host)
	return host == "t.me" || host == "telegram.me"
}

// validateWeb checks the web block: required selectors, that every selector
// compiles, the date layout, the time zone and the paging keys.
func validateWeb(p *problems, i int, s Source) {
	w := s.Web
	if w.List.Item == "" {
		p.addSource(i, s, "web.list.item", "required for kind web")
	}
	if w.List.Link == "" {
		p.addSource(i, s, "web.list.link", "required for kind web")
	}
	if s.FetchesArticles() && w.Article.Body == "" {
		p.addSource(i, s, "web.article.body", "required when fetch_articles is true (the default); set fetch_articles: false to keep only the listing")
	}
	selectors := []struct{ key, sel string }{
		{"list.item", w.List.Item}, {"list.link", w.List.Link}, {"list.title", w.List.Title},
		{"list.date", w.List.Date}, {"article.body", w.Article.Body}, {"article.title", w.Article.Title},
		{"article.date", w.Article.Date}, {"next_page", w.NextPage},
	}
	for _, sel := range selectors {
		if msg := selectorProblem(sel.sel); msg != "" {
			p.addSource(i, s, "web."+sel.key, "%s", msg)
		}
	}
	if w.DateLayout != "" {
		if msg := dateLayoutProblem(w.DateLayout); msg != "" {
			p.addSource(i, s, "web.date_layout", "%s", msg)
		}
	}
	if _, err := time.LoadLocation(w.TimeZone); err != nil || w.TimeZone == "" {
		p.addSource(i, s, "web.timezone", "unknown time zone %q (use an IANA name such as Europe/Kyiv)", w.TimeZone)
	}
	validateWebPaging(p, i, s)
}

func validateWebPaging(p *problems, i int, s Source) {
	w := s.Web
	if w.NextPage != "" && w.PageURLTemplate != "" {
		p.addSource(i, s, "web.page_url_template", "set either next_page or page_url_template, not both")
	}
	if w.PageURLTemplate != "" {
		if _, err := PageURL(w.PageURLTemplate, 2); err != nil {
			p.addSource(i, s, "web.page_url_template", "%v", err)
		}
	}
}

// SplitSelector splits "css@attr" into the CSS selector and the attribute
// ("" when the text is wanted).
func SplitSelector(sel string) (css, attr string) {
	if i := strings.LastIndexByte(sel, '@'); i > 0 && !strings.ContainsAny(sel[i+1:], " ]=\"'") {
		return strings.TrimSpace(sel[:i]), sel[i+1:]
	}
	return strings.TrimSpace(sel), ""
}

// selectorProblem returns "" when sel is empty or compiles, else the problem.
// goquery panics on a selector that does not compile, so every selector is
// checked here, at load time.
func selectorProblem(sel string) string {
	if sel == "" {
		return ""
	}
	css, _ := SplitSelector(sel)
	if _, err := cascadia.ParseGroup(css); err != nil {
		return fmt.Sprintf("invalid CSS selector %q: %v", sel, err)
	}
	return ""
}

// PageURL executes a page_url_template for page n and checks that the result
// is an absolute http(s) URL.
func PageURL(tmpl string, n int) (string, error) {
	t, err := template.New("page_url").Option("missingkey=error").Parse(tmpl)
	if err != nil {
		return "", fmt.Errorf("invalid template: %w", err)
	}
	var b bytes.Buffer
	if err := t.Execute(&b, PageData{Page: n}); err != nil {
		return "", fmt.Errorf("invalid template: %w", err)
	}
	if !isHTTPURL(b.String()) {
		return "", fmt.Errorf("must give an absolute http(s) URL, got %q for page %d", b.String(), n)
	}
	if !strings.Contains(tmpl, "{{") {
		return "", fmt.Errorf("%q does not use {{.Page}}", tmpl)
	}
	return b.String(), nil
}
