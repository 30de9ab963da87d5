package reports

import (
	"net/url"
	"strings"
)

// maxLinkChars is the longest hyperlink target Excel accepts; a longer one
// makes it report the file as damaged.
const maxLinkChars = 2079

// linkTarget returns the URL to use as a hyperlink target, and false when raw
// must not be a link: only absolute http and https URLs with a host become
// links, so a scraped "javascript:", "file:" or "mailto:" target never does.
func linkTarget(raw string) (string, bool) {
	raw = strings.TrimSpace(raw)
	if raw == "" || len(raw) > maxLinkChars || cellText(raw) != raw {
		return "", false
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return "", false
	}
	if s := strings.ToLower(u.Scheme); s != "http" && s != "https" {
		return "", false
	}
	return raw, true
}

// linkLabel is the text shown for a link to target titled title: the title,
// or the URL when the title has nothing left to show once cleaned.
func linkLabel(title, target string) string {
	if strings.TrimSpace(cellText(title)) != "" {
		return title
	}
	return target
}

// plainLink is the text written instead of a link: the title and the address
// together, so the address is not lost when it cannot be a link.
func plainLink(title, raw string) string {
	title, raw = strings.TrimSpace(title), strings.TrimSpace(raw)
	switch {
	case raw == "":
		return title
	case title == "":
		return raw
	default:
		return title + " <" + raw + ">"
	}
}
