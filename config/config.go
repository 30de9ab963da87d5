// Package config loads sitrep's YAML configuration: strict decoding (an
// unknown key is an error naming file, line and key), defaults, validation
// with file:line in every message, and secrets from the environment only.
package config

import "time"

// Config is the whole configuration file.
type Config struct {
	// TimeZone is the IANA zone reports and attack days are computed in.
	TimeZone string `yaml:"timezone"`
	// Database is the DuckDB file; relative paths are resolved against the
	// config file's directory.
	Database string `yaml:"database"`
	// ReportsDir is where workbooks are written; relative as Database.
	ReportsDir string `yaml:"reports_dir"`
	// Contact is the URL or e-mail address put into the User-Agent so that
	// site operators can reach whoever runs sitrep.
	Contact string `yaml:"contact"`
	// Store tunes DuckDB.
	Store StoreConfig `yaml:"store"`
	// Fetch holds the defaults every source inherits.
	Fetch FetchConfig `yaml:"fetch"`
	// Sources are the public sources to scrape.
	Sources []Source `yaml:"sources"`
	// Email configures delivery of the daily workbook.
	Email EmailConfig `yaml:"email"`
	// Daemon configures the schedules and endpoint of `sitrep daemon`.
	Daemon DaemonConfig `yaml:"daemon"`
	// Health says when a failing source is left out.
	Health HealthConfig `yaml:"health"`

	// Path is the file the configuration was loaded from ("" for the
	// embedded demo). Not part of the YAML.
	Path string `yaml:"-"`
	// Location is TimeZone loaded. Not part of the YAML.
	Location *time.Location `yaml:"-"`

	// index remembers the line of every key of the file, for messages.
	index *lineIndex
}

// StoreConfig tunes the DuckDB database.
type StoreConfig struct {
	// MemoryLimit is DuckDB's memory_limit, a size string such as "1GB".
	MemoryLimit string `yaml:"memory_limit"`
	// Threads is DuckDB's thread count, 1 to 64 (default 2).
	Threads int `yaml:"threads"`
}

// FetchConfig holds fetcher settings; every field may be overridden per source.
type FetchConfig struct {
	// UserAgent defaults to "sitrep/<version>", plus " (+<contact>)" when
	// contact is set.
	UserAgent string `yaml:"user_agent"`
	// Timeout bounds one whole request, body included (default 30s, at most 10m).
	Timeout time.Duration `yaml:"timeout"`
	// MaxBodyBytes caps a body after decompression (default 15MiB).
	MaxBodyBytes ByteSize `yaml:"max_body_bytes"`
	// MaxRedirects is the number of redirects followed, 0 to 20 (default 10).
	MaxRedirects int `yaml:"max_redirects"`
	// MaxItems is the number of items taken from one feed per run (default 100).
	MaxItems int `yaml:"max_items"`
	// HostDelay is the minimum gap between two requests to one host, plus
	// jitter (default 1s; 0s only for a local mirror). robots.txt's
	// Crawl-delay raises it.
	HostDelay time.Duration `yaml:"host_delay"`
	// MaxConcurrent caps the requests in flight across all hosts (default 4;
	// one host never has more than one).
	MaxConcurrent int `yaml:"max_concurrent"`
	// Retries is how often a temporary failure (408, 429, 5xx, network) is
	// retried with exponential backoff (default 2).
	Retries int `yaml:"retries"`
}

// Source is one configured source.
type Source struct {
	// Name identifies the source in logs, the database and file names:
	// 1 to 64 characters of a-z, 0-9, "_" and "-".
	Name string `yaml:"name"`
	// Kind selects the scraper; see KnownKinds: "feed", "telegram", "web".
	Kind string `yaml:"kind"`
	// URL is the absolute http(s) address of the feed or page.
	URL string `yaml:"url"`
	// Enabled is nil when not given; use IsEnabled (default true).
	Enabled *bool `yaml:"enabled"`
	// Authority ranks the source when several report one figure:
	// "air_force", "official" or "media" (default).
	Authority string `yaml:"authority"`
	// Publisher is the human name shown in the workbook; defaults to Name.
	Publisher string `yaml:"publisher"`
	// Lang is the language of the source's documents when known ("en", "uk").
	Lang string `yaml:"lang"`
	// Charset overrides the charset of every page of the source.
	Charset string `yaml:"charset"`
	// FetchArticles makes a feed source fetch each item's linked page and take
	// its main text; default true. When false, or when the page fails, the
	// feed's own content is used.
	FetchArticles *bool `yaml:"fetch_articles"`
	// Overrides of the global fetch block; zero means inherit. After Load
	// they always hold the effective values, so consumers read only these.

	// UserAgent overrides fetch.user_agent.
	UserAgent string `yaml:"user_agent"`
	// Timeout overrides fetch.timeout.
	Timeout time.Duration `yaml:"timeout"`
	// MaxBodyBytes overrides fetch.max_body_bytes.
	MaxBodyBytes ByteSize `yaml:"max_body_bytes"`
	// MaxRedirects overrides fetch.max_redirects (0 inherits).
	MaxRedirects int `yaml:"max_redirects"`
	// MaxItems overrides fetch.max_items.
	MaxItems int `yaml:"max_items"`

	// MaxPages caps the pages a telegram or web source reads per run
	// (defaults: telegram 5, web 3; backfills raise it). After Load it holds
	// the kind's default when unset; it stays 0 for other kinds.
	MaxPages int `yaml:"max_pages,omitempty"`
	// PageDelay is the pause between two requests of a telegram or web
	// source to its host (telegram default 3s, because t.me throttles eager
	// readers). Nil leaves the fetcher's per-host gap; 0 asks for no gap
	// beyond a robots.txt Crawl-delay (local mirrors such as the demo).
	PageDelay *time.Duration `yaml:"page_delay,omitempty"`
	// Web holds the CSS rules of a web source; required for kind web and
	// rejected for the other kinds.
	Web WebConfig `yaml:"web,omitempty"`

	// Line is the line of the source in the config file, for messages.
	Line int `yaml:"-"`
}

// IsEnabled reports whether the source is enabled (the default).
func (s Source) IsEnabled() bool { return s.Enabled == nil || *s.Enabled }

// Delay returns PageDelay, or 0 when it is unset.
func (s Source) Delay() time.Duration {
	if s.PageDelay == nil {
		return 0
	}
	return *s.PageDelay
}

// HostDelay maps page_delay onto the fetcher's per-request gap
// (fetch.GetOptions.HostDelay): unset leaves the client's per-host gap (0),
// an explicit 0s asks for none (negative), anything else is the gap.
func (s Source) HostDelay() time.Duration {
	switch {
	case s.PageDelay == nil:
		return 0
	case *s.PageDelay == 0:
		return -1
	default:
		return *s.PageDelay
	}
}

// FetchesArticles reports whether a feed source fetches linked pages.
func (s Source) FetchesArticles() bool { return s.FetchArticles == nil || *s.FetchArticles }

// EmailConfig configures delivery.
type EmailConfig struct {
	// Enabled turns delivery on; the other keys are checked only then.
	Enabled bool `yaml:"enabled"`
	// From is the sender address, e.g. "sitrep <sitrep@example.org>".
	From string `yaml:"from"`
	// To, Cc and Bcc are recipient addresses; To needs at least one.
	To []string `yaml:"to"`
	// Cc recipients.
	Cc []string `yaml:"cc"`
	// Bcc recipients.
	Bcc []string `yaml:"bcc"`
	// Subject is a text/template; fields: .Date, .Attacks, .Killed, .Diplomatic.
	// See SubjectData and ParseSubject.
	Subject string `yaml:"subject"`
	// SMTP is the mail server.
	SMTP SMTPConfig `yaml:"smtp"`
	// MaxMessageBytes is the largest encoded message sent.
	MaxMessageBytes ByteSize `yaml:"max_message_bytes"`
}

// SMTPConfig is the mail server. The password never comes from the file: it
// is read from the environment variable named by PasswordEnv.
type SMTPConfig struct {
	// Host is the mail server's name.
	Host string `yaml:"host"`
	// Port defaults to 587.
	Port int `yaml:"port"`
	// Username for SMTP AUTH; empty means no authentication.
	Username string `yaml:"username"`
	// PasswordEnv names the environment variable holding the password
	// (default SITREP_SMTP_PASSWORD).
	PasswordEnv string `yaml:"password_env"`
	// TLS is "starttls" (default; required, never downgraded), "tls" or "none".
	TLS string `yaml:"tls"`
	// Timeout bounds one SMTP session step (default 30s).
	Timeout time.Duration `yaml:"timeout"`

	// Password is filled from the environment at load time. Not part of the YAML.
	Password string `yaml:"-"`
}
