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
)

// Default returns the configuration every file starts from.
func Default() *Config {
	return &Config{
		TimeZone:   DefaultTimeZone,
		Database:   DefaultDatabase,
		ReportsDir: DefaultReportsDir,
		Store:      StoreConfig{MemoryLimit: DefaultMemoryLimit, Threads: DefaultThreads},
		Fetch: FetchConfig{
			Timeout:      DefaultTimeout,
			MaxBodyBytes: DefaultMaxBodyBytes,
			MaxRedirects: DefaultMaxRedirects,
			MaxItems:     DefaultMaxItems,
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
