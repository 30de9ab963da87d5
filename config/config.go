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

	// Path is the file the configuration was loaded from ("" for the
	// embedded demo). Not part of the YAML.
	Path string `yaml:"-"`
	// Location is TimeZone loaded. Not part of the YAML.
	Location *time.Location `yaml:"-"`
}

// StoreConfig tunes the DuckDB database.
type StoreConfig struct {
	MemoryLimit string `yaml:"memory_limit"` // DuckDB size string, e.g. "1GB"
	Threads     int    `yaml:"threads"`
}

// FetchConfig holds fetcher settings; every field may be overridden per source.
type FetchConfig struct {
	UserAgent    string        `yaml:"user_agent"` // default "sitrep/<version> (+<contact>)"
	Timeout      time.Duration `yaml:"timeout"`
	MaxBodyBytes ByteSize      `yaml:"max_body_bytes"` // after decompression
	MaxRedirects int           `yaml:"max_redirects"`
	MaxItems     int           `yaml:"max_items"` // items taken from one feed per run
}

// Source is one configured source.
type Source struct {
	Name    string `yaml:"name"`
	Kind    string `yaml:"kind"` // "feed" (telegram and web come later)
	URL     string `yaml:"url"`
	Enabled *bool  `yaml:"enabled"` // default true
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
	// Overrides of the global fetch block; zero means inherit.
	UserAgent    string        `yaml:"user_agent"`
	Timeout      time.Duration `yaml:"timeout"`
	MaxBodyBytes ByteSize      `yaml:"max_body_bytes"`
	MaxRedirects int           `yaml:"max_redirects"`
	MaxItems     int           `yaml:"max_items"`

	// Line is the line of the source in the config file, for messages.
	Line int `yaml:"-"`
}

// IsEnabled reports whether the source is enabled (the default).
func (s Source) IsEnabled() bool { return s.Enabled == nil || *s.Enabled }

// FetchesArticles reports whether a feed source fetches linked pages.
func (s Source) FetchesArticles() bool { return s.FetchArticles == nil || *s.FetchArticles }

// EmailConfig configures delivery.
type EmailConfig struct {
	Enabled bool     `yaml:"enabled"`
	From    string   `yaml:"from"`
	To      []string `yaml:"to"`
	Cc      []string `yaml:"cc"`
	Bcc     []string `yaml:"bcc"`
	// Subject is a text/template; fields: .Date, .Attacks, .Killed, .Diplomatic.
	Subject string     `yaml:"subject"`
	SMTP    SMTPConfig `yaml:"smtp"`
	// MaxMessageBytes is the largest encoded message sent.
	MaxMessageBytes ByteSize `yaml:"max_message_bytes"`
}

// SMTPConfig is the mail server. The password never comes from the file: it
// is read from the environment variable named by PasswordEnv.
type SMTPConfig struct {
	Host        string        `yaml:"host"`
	Port        int           `yaml:"port"`
	Username    string        `yaml:"username"`
	PasswordEnv string        `yaml:"password_env"` // default SITREP_SMTP_PASSWORD
	TLS         string        `yaml:"tls"`          // "starttls" (default, required), "tls", "none"
	Timeout     time.Duration `yaml:"timeout"`

	// Password is filled from the environment at load time. Not part of the YAML.
	Password string `yaml:"-"`
}
