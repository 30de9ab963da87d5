package config

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestGoodConfigs(t *testing.T) {
	files, err := filepath.Glob("testdata/*.good.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 4 {
		t.Fatalf("want at least 4 good fixtures, found %d", len(files))
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			c, err := LoadWithEnv(f, nil)
			if err != nil {
				t.Fatalf("load: %v", err)
			}
			if len(c.Sources) == 0 || c.Location == nil {
				t.Errorf("sources = %d, location = %v; want sources and a location", len(c.Sources), c.Location)
			}
		})
	}
}

// badConfigs maps each testdata/<file>.bad.yaml to a substring of its error.
func badConfigs() []struct{ file, want string } {
	return []struct{ file, want string }{
		{"unknown_top_key", `unknown_top_key.bad.yaml:3: unknown key "datbase" at top level (did you mean "database"?)`},
		{"unknown_source_key", `:5: unknown key "urll" in sources[0] ("wire") (did you mean "url"?)`},
		{"typo_fetch_key", `:3: unknown key "timout" in fetch (did you mean "timeout"?)`},
		{"typo_smtp_key", `:8: unknown key "prot" in email.smtp (did you mean "port"?)`},
		{"password_in_file", `:12: unknown key "password" in email.smtp: passwords are not read from the file; set the environment variable named by smtp.password_env`},
		{"bad_timezone", `:1: timezone: unknown time zone "Mars/Olympus_Mons"`},
		{"bad_kind", `:3: sources[0] ("airforce"): kind: unknown kind "twitter" (known kinds: feed, telegram, web)`},
		{"schedule_tz_only", `:6: daemon.report: invalid schedule "CRON_TZ=UTC"`},
		{"schedule_bad_minute", `:6: daemon.scrape: invalid schedule "61 * * * *"`},
		{"schedule_unknown_zone", `:6: daemon.report: invalid schedule "TZ=Nowhere/City 30 7 * * *"`},
		{"listen_not_loopback", `:6: daemon.listen: must be a loopback address`},
		{"health_zero_failures", `:6: health.max_failures: must be between 1 and 1000, got 0`},
		{"negative_host_delay", `:6: fetch.host_delay: must be between 0s and 5m, got -1s`},
		{"duplicate_name", `:8: sources[2] ("wire"): name: "wire" is already used by sources[0] at line 2`},
		{"bad_name", `:2: sources[0] ("Kyiv Independent"): name: "Kyiv Independent" must be 1 to 64 characters`},
		{"relative_url", `:4: sources[0] ("wire"): url: must be an absolute http(s) URL, got "/feed.xml"`},
		{"ftp_url", `ftp_url.bad.yaml:10: sources[2] ("kyiv-independent"): url: must be an absolute http(s) URL, got "ftp://x"`},
		{"missing_url", `:2: sources[0] ("wire"): url: must be an absolute http(s) URL, got ""`},
		{"bad_byte_size", `:2: fetch.max_body_bytes: invalid byte size "15 potatoes": unknown unit "potatoes"`},
		{"body_too_small", `:2: fetch.max_body_bytes: must be between 1KiB and 1GiB, got 100B`},
		{"negative_timeout", `:5: sources[0] ("wire"): timeout: must be greater than 0, got -5s`},
		{"timeout_too_long", `:2: fetch.timeout: must be at most 10m0s, got 1h0m0s`},
		{"wrong_type_int", `:2: fetch.max_items: expected an integer, got string "lots"`},
		{"wrong_type_duration", `:2: fetch.timeout: expected a duration such as 30s or 5m, got integer "30"`},
		{"sources_mapping", `:2: sources: expected a list of sources, got a mapping`},
		{"top_level_list", `:1: the top level must be a mapping of keys`},
		{"syntax_error", `syntax_error.bad.yaml:2: YAML syntax error: did not find expected '-' indicator`},
		{"empty", `empty.bad.yaml: configuration file is empty`},
		{"comments_only", `comments_only.bad.yaml: configuration file is empty (only comments)`},
		{"two_documents", `:5: a second YAML document starts here`},
		{"duplicate_key", `:6: key "timezone" appears twice (first at line 1)`},
		{"no_sources", `:2: sources: at least one source is required`},
		{"bad_email_address", `:9: email.to[0]: invalid address "not an address"`},
		{"bad_from", `:7: email.from: invalid address "sitrep at example"`},
		{"email_no_recipients", `:5: email.to: at least one recipient is required when email is enabled`},
		{"missing_smtp_host", `:5: email.smtp.host: required when email is enabled`},
		{"bad_subject_syntax", `:9: email.subject: invalid template: template: subject:1: unclosed action`},
		{"bad_subject_field", `:9: email.subject: invalid template: template: subject:1:20: executing "subject" at <.Wounded>`},
		{"bad_tls", `:11: email.smtp.tls: must be one of starttls, tls, none, got "ssl"`},
		{"bad_port", `:11: email.smtp.port: must be between 1 and 65535, got 70000`},
		{"bad_charset", `:5: sources[0] ("wire"): charset: unknown charset "klingon-8"`},
		{"bad_authority", `:5: sources[0] ("wire"): authority: must be one of air_force, official, media, got "blog"`},
		{"bad_lang", `:5: sources[0] ("wire"): lang: must be empty or a two-letter lower-case language code`},
		{"bad_memory_limit", `:2: store.memory_limit: must be a DuckDB size such as 512MB, 1GB or 2GiB, got "lots"`},
		{"bad_threads", `:2: store.threads: must be between 1 and 64, got 0`},
		{"source_max_items", `:5: sources[0] ("wire"): max_items: must be between 1 and 10000, got 20000`},
		{"tab_indent", `tab_indent.bad.yaml:2: YAML syntax error: found character that cannot start any token (YAML cannot be indented with tabs; use spaces)`},
		{"only_separator", `only_separator.bad.yaml: configuration file is empty (no keys)`},
		{"wrong_type_bool", `:5: sources[0] ("wire"): enabled: expected true or false, got string "maybe"`},
		{"max_redirects_range", `:2: fetch.max_redirects: must be between 0 and 20, got 50`},
		{"telegram_url", `telegram_url.bad.yaml:4: sources[0] ("air"): url: must look like https://t.me/s/<channel> (the channel's web preview), got "https://t.me/kpszsu"`},
		{"telegram_http", `:4: sources[0] ("air"): url: t.me must be read over https, got "http://t.me/s/kpszsu"`},
		{"telegram_max_pages", `:5: sources[0] ("air"): max_pages: must be between 1 and 1000, got 5000`},
		{"page_delay_negative", `:5: sources[0] ("air"): page_delay: must be between 0s and 5m0s, got -1s`},
		{"page_delay_type", `:5: sources[0] ("air"): page_delay: expected a duration such as 30s or 5m, got string "soon"`},
		{"web_on_telegram", `:5: sources[0] ("air"): web: only used by kind web`},
		{"web_on_feed", `:5: sources[0] ("wire"): web: only used by kind web`},
		{"max_pages_on_feed", `:5: sources[0] ("wire"): max_pages: only used by kinds telegram and web`},
		{"web_no_block", `web_no_block.bad.yaml:2: sources[0] ("press"): web.list.item: required for kind web`},
		{"web_no_item", `:7: sources[0] ("press"): web.list.item: required for kind web`},
		{"web_article_body", `:5: sources[0] ("press"): web.article.body: required when fetch_articles is true (the default)`},
		{"web_bad_selector", `:8: sources[0] ("press"): web.list.item: invalid CSS selector "li.release["`},
		{"web_bad_layout", `:11: sources[0] ("press"): web.date_layout: "dd.mm.yyyy" does not carry a full date`},
		{"web_bad_timezone", `:10: sources[0] ("press"): web.timezone: unknown time zone "Europe/Atlantis"`},
		{"web_both_paging", `:11: sources[0] ("press"): web.page_url_template: set either next_page or page_url_template, not both`},
		{"web_bad_template", `:10: sources[0] ("press"): web.page_url_template: invalid template: template: page_url:1:40: executing "page_url" at <.Pag>`},
		{"web_relative_template", `:10: sources[0] ("press"): web.page_url_template: must give an absolute http(s) URL, got "/press?page=2" for page 2`},
		{"web_typo_key", `:8: unknown key "linc" in sources[0] ("press"): web.list (did you mean "link"?)`},
	}
}

func TestBadConfigs(t *testing.T) {
	for _, tt := range badConfigs() {
		t.Run(tt.file, func(t *testing.T) {
			c, err := LoadWithEnv(filepath.Join("testdata", tt.file+".bad.yaml"), nil)
			if err == nil {
				t.Fatalf("loaded without error: %+v", c)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error\n  %v\nwant it to contain\n  %s", err, tt.want)
			}
		})
	}
}

// TestEveryBadFixtureListed keeps the table and testdata in step.
func TestEveryBadFixtureListed(t *testing.T) {
	files, err := filepath.Glob("testdata/*.bad.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 20 {
		t.Fatalf("want at least 20 bad fixtures, found %d", len(files))
	}
	listed := map[string]bool{}
	for _, tt := range badConfigs() {
		listed[tt.file+".bad.yaml"] = true
	}
	for _, f := range files {
		if !listed[filepath.Base(f)] {
			t.Errorf("%s has no entry in badConfigs", f)
		}
	}
}
