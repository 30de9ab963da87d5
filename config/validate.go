package config

import (
	"slices"
	"strings"
	"time"

	"golang.org/x/net/html/charset"
)

// Validate checks every value and returns all problems together (joined with
// errors.Join, one per line), each naming the file, line and key when the
// configuration came from a file. It does not change the configuration.
func (c *Config) Validate() error {
	p := &problems{file: c.Path, idx: c.index}
	c.validateTop(p)
	c.validateFetch(p)
	c.validateSources(p)
	c.validateEmail(p)
	c.validateDaemon(p)
	return p.err()
}

func (c *Config) validateTop(p *problems) {
	if c.TimeZone == "" {
		p.add("timezone", "must not be empty")
	} else if _, err := time.LoadLocation(c.TimeZone); err != nil {
		p.add("timezone", "unknown time zone %q (use an IANA name such as Europe/Kyiv)", c.TimeZone)
	}
	if strings.TrimSpace(c.Database) == "" {
		p.add("database", "must not be empty")
	}
	if strings.TrimSpace(c.ReportsDir) == "" {
		p.add("reports_dir", "must not be empty")
	}
	if !duckSizeRE.MatchString(c.Store.MemoryLimit) {
		p.add("store.memory_limit", "must be a DuckDB size such as 512MB, 1GB or 2GiB, got %q", c.Store.MemoryLimit)
	}
	if msg := rangeProblem(c.Store.Threads, 1, maxThreads); msg != "" {
		p.add("store.threads", "%s", msg)
	}
}

func (c *Config) validateFetch(p *problems) {
	f := c.Fetch
	checks := []struct{ key, msg string }{
		{"user_agent", headerProblem(f.UserAgent)},
		{"timeout", durationProblem(f.Timeout)},
		{"max_body_bytes", sizeProblem(f.MaxBodyBytes, minBodyBytes, maxBodyBytes)},
		{"max_redirects", rangeProblem(f.MaxRedirects, 0, maxRedirects)},
		{"max_items", rangeProblem(f.MaxItems, 1, maxItems)},
		{"max_concurrent", rangeProblem(f.MaxConcurrent, 1, 64)},
		{"retries", rangeProblem(f.Retries, 0, 10)},
	}
	if f.HostDelay < 0 || f.HostDelay > 5*time.Minute {
		p.add("fetch.host_delay", "must be between 0s and 5m, got %s", f.HostDelay)
	}
	for _, ch := range checks {
		if ch.msg != "" {
			p.add("fetch."+ch.key, "%s", ch.msg)
		}
	}
}

func (c *Config) validateSources(p *problems) {
	if len(c.Sources) == 0 {
		p.add("sources", "at least one source is required")
	}
	seen := map[string]int{}
	for i, s := range c.Sources {
		if first, dup := seen[s.Name]; dup && s.Name != "" {
			p.addSource(i, s, "name", "%q is already used by sources[%d]%s", s.Name, first, atLine(c.Sources[first].Line))
		} else {
			seen[s.Name] = i
		}
		c.validateSource(p, i, s)
	}
}

func atLine(line int) string {
	if line == 0 {
		return ""
	}
	return " at line " + itoa(line)
}

func (c *Config) validateSource(p *problems, i int, s Source) {
	switch {
	case s.Name == "":
		p.addSource(i, s, "name", "required")
	case !nameRE.MatchString(s.Name):
		p.addSource(i, s, "name", `%q must be 1 to 64 characters of a-z, 0-9, "_" and "-", starting with a letter or digit`, s.Name)
	}
	if !slices.Contains(KnownKinds(), s.Kind) {
		p.addSource(i, s, "kind", "unknown kind %q (known kinds: %s)", s.Kind, strings.Join(KnownKinds(), ", "))
	}
	if !isHTTPURL(s.URL) {
		p.addSource(i, s, "url", "must be an absolute http(s) URL, got %q", s.URL)
	}
	if !slices.Contains(KnownAuthorities(), s.Authority) {
		p.addSource(i, s, "authority", "must be one of %s, got %q", strings.Join(KnownAuthorities(), ", "), s.Authority)
	}
	if s.Lang != "" && !langRE.MatchString(s.Lang) {
		p.addSource(i, s, "lang", "must be empty or a two-letter lower-case language code such as \"en\", got %q", s.Lang)
	}
	if s.Charset != "" {
		if enc, _ := charset.Lookup(s.Charset); enc == nil {
			p.addSource(i, s, "charset", "unknown charset %q (use a WHATWG label such as windows-1251 or utf-8)", s.Charset)
		}
	}
	c.validateOverrides(p, i, s)
	validatePaging(p, i, s)
	switch s.Kind {
	case KindTelegram:
		validateTelegram(p, i, s)
	case KindWeb:
		validateWeb(p, i, s)
	}
}

// validateOverrides checks only the values a source sets itself: an
// inherited value is the global one, already checked under fetch.
func (c *Config) validateOverrides(p *problems, i int, s Source) {
	f := c.Fetch
	var checks []struct{ key, msg string }
	add := func(key string, own bool, msg string) {
		if own && msg != "" {
			checks = append(checks, struct{ key, msg string }{key, msg})
		}
	}
	add("user_agent", s.UserAgent != "" && s.UserAgent != f.UserAgent, headerProblem(s.UserAgent))
	add("timeout", s.Timeout != 0 && s.Timeout != f.Timeout, durationProblem(s.Timeout))
	add("max_body_bytes", s.MaxBodyBytes != 0 && s.MaxBodyBytes != f.MaxBodyBytes, sizeProblem(s.MaxBodyBytes, minBodyBytes, maxBodyBytes))
	add("max_redirects", s.MaxRedirects != 0 && s.MaxRedirects != f.MaxRedirects, rangeProblem(s.MaxRedirects, 0, maxRedirects))
	add("max_items", s.MaxItems != 0 && s.MaxItems != f.MaxItems, rangeProblem(s.MaxItems, 1, maxItems))
	for _, ch := range checks {
		p.addSource(i, s, ch.key, "%s", ch.msg)
	}
}
