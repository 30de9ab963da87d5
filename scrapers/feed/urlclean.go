package feed

import (
	"net/url"
	"strings"
)

// isTracking reports whether a lower-case query key identifies a campaign or
// a click rather than the page.
func isTracking(key string) bool {
	switch key {
	case "fbclid", "gclid", "dclid", "msclkid", "yclid", "mc_cid", "mc_eid", "igshid":
		return true
	}
	return strings.HasPrefix(key, "utm_")
}

// CleanURL returns raw made absolute against base and reduced to its
// canonical form for deduplication: scheme and host lower-cased, fragment and
// tracking parameters (utm_*, fbclid, gclid, …) removed, the order of the
// other parameters kept. It returns "" for an empty link, an unparseable one
// or a scheme other than http and https.
func CleanURL(raw string, base *url.URL) string {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return ""
	}
	u.Host = strings.ToLower(u.Host)
	u.Fragment, u.RawFragment = "", ""
	u.RawQuery = stripTracking(u.RawQuery)
	u.ForceQuery = false
	return u.String()
}

// stripTracking removes tracking keys from a raw query without re-encoding
// or reordering what is left.
func stripTracking(rawQuery string) string {
	if rawQuery == "" {
		return ""
	}
	parts := strings.Split(rawQuery, "&")
	kept := parts[:0]
	for _, p := range parts {
		key, _, _ := strings.Cut(p, "=")
		if k, err := url.QueryUnescape(key); err == nil {
			key = k
		}
		key = strings.ToLower(key)
		if p == "" || isTracking(key) {
			continue
		}
		kept = append(kept, p)
	}
	return strings.Join(kept, "&")
}
