package config

import "time"

// Version is put into the default User-Agent. cmd/sitrep sets it at start
// (from -ldflags or build info) before loading the configuration.
var Version = "dev"

// Default values, applied before decoding so that a key left out keeps them.
const (
	DefaultTimeZone        = "Europe/Kyiv"
	DefaultDatabase        = "sitrep.duckdb"
	DefaultReportsDir      = "reports"
	DefaultMemoryLimit     = "1GB"
	DefaultThreads         = 2
	DefaultTimeout         = 30 * time.Second
	DefaultMaxBodyBytes    = 15 * MiB
	DefaultMaxRedirects    = 10
	DefaultMaxItems        = 100
	DefaultAuthority       = AuthorityMedia
	DefaultSubject         = "sitrep — {{.Date}}: {{.Attacks}} attacks, {{.Killed}} killed, {{.Diplomatic}} diplomatic actions"
	DefaultSMTPPort        = 587
	DefaultSMTPTLS         = TLSStartTLS
	DefaultPasswordEnv     = "SITREP_SMTP_PASSWORD"
	DefaultSMTPTimeout     = 30 * time.Second
	DefaultMaxMessageBytes = 20 * MiB
	DefaultHostDelay       = time.Second
	DefaultMaxConcurrent   = 4
	DefaultRetries         = 2
	// DefaultTelegramMaxPages is how far back a telegram source pages per run.
	DefaultTelegramMaxPages = 5
	// DefaultTelegramPageDelay is the pause between two t.me pages: t.me
	// answers eager readers with "too many requests".
	DefaultTelegramPageDelay = 3 * time.Second
	// DefaultWebMaxPages is how many listing pages a web source reads per run.
	// A web source has no default page_delay: the fetcher's per-host gap
	// applies.
	DefaultWebMaxPages = 3
)

// Default returns the configuration every file starts from.
func Default() *Config {
	return &Config{
		TimeZone:   DefaultTimeZone,
		Database:   DefaultDatabase,
		ReportsDir: DefaultReportsDir,
		Store:      StoreConfig{MemoryLimit: DefaultMemoryLimit, Threads: DefaultThreads},
		Fetch: FetchConfig{
			Timeout:       DefaultTimeout,
			MaxBodyBytes:  DefaultMaxBodyBytes,
			MaxRedirects:  DefaultMaxRedirects,
			MaxItems:      DefaultMaxItems,
			HostDelay:     DefaultHostDelay,
			MaxConcurrent: DefaultMaxConcurrent,
			Retries:       DefaultRetries,
		},
		Email: EmailConfig{
			Subject: DefaultSubject,
			SMTP: SMTPConfig{
				Port:        DefaultSMTPPort,
				TLS:         DefaultSMTPTLS,
				PasswordEnv: DefaultPasswordEnv,
				Timeout:     DefaultSMTPTimeout,
			},
			MaxMessageBytes: DefaultMaxMessageBytes,
		},
		Daemon: DaemonConfig{Scrape: DefaultScrapeSchedule, Report: DefaultReportSchedule,
			CatchUpDays: DefaultCatchUpDays, Listen: DefaultListen},
		Health: HealthConfig{MaxFailures: DefaultMaxFailures, RetryAfter: DefaultRetryAfter},
	}
}

// DefaultUserAgent is "sitrep/<version>", followed by " (+<contact>)" when a
// contact is configured, so site operators can reach whoever runs sitrep.
func DefaultUserAgent(contact string) string {
	ua := "sitrep/" + Version
	if contact != "" {
		ua += " (+" + contact + ")"
	}
	return ua
}

// applyDerivedDefaults fills the defaults that depend on other keys or that
// an empty string can never mean anything but "unset".
func (c *Config) applyDerivedDefaults() {
	if c.Fetch.UserAgent == "" {
		c.Fetch.UserAgent = DefaultUserAgent(c.Contact)
	}
	if c.Email.Subject == "" {
		c.Email.Subject = DefaultSubject
	}
	if c.Email.SMTP.TLS == "" {
		c.Email.SMTP.TLS = DefaultSMTPTLS
	}
	if c.Email.SMTP.PasswordEnv == "" {
		c.Email.SMTP.PasswordEnv = DefaultPasswordEnv
	}
	for i := range c.Sources {
		s := &c.Sources[i]
		if s.Authority == "" {
			s.Authority = DefaultAuthority
		}
		if s.Publisher == "" {
			s.Publisher = s.Name
		}
		s.applyKindDefaults(c.TimeZone)
	}
}

// applyKindDefaults fills max_pages, page_delay and web.timezone for the
// kinds that use them; other kinds keep their zero values. A web source
// without page_delay keeps it nil: the fetcher's per-host gap applies.
func (s *Source) applyKindDefaults(timezone string) {
	switch s.Kind {
	case KindTelegram:
		if s.MaxPages == 0 {
			s.MaxPages = DefaultTelegramMaxPages
		}
		if s.PageDelay == nil {
			d := DefaultTelegramPageDelay
			s.PageDelay = &d
		}
	case KindWeb:
		if s.MaxPages == 0 {
			s.MaxPages = DefaultWebMaxPages
		}
		if s.Web.TimeZone == "" {
			s.Web.TimeZone = timezone
		}
	}
}

// inherit fills every source's zero override fields from the global fetch
// block, so consumers read only the source's own fields. A source therefore
// cannot override max_redirects down to 0; set it globally if needed.
func (c *Config) inherit() {
	f := c.Fetch
	for i := range c.Sources {
		s := &c.Sources[i]
		if s.UserAgent == "" {
			s.UserAgent = f.UserAgent
		}
		if s.Timeout == 0 {
			s.Timeout = f.Timeout
		}
		if s.MaxBodyBytes == 0 {
			s.MaxBodyBytes = f.MaxBodyBytes
		}
		if s.MaxRedirects == 0 {
			s.MaxRedirects = f.MaxRedirects
		}
		if s.MaxItems == 0 {
			s.MaxItems = f.MaxItems
		}
	}
}
