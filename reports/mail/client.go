package mail

import (
	"crypto/tls"
	"fmt"
	"time"

	gomail "github.com/wneessen/go-mail"

	"sitrep/config"
)

// Default SMTP ports per TLS mode, used when email.smtp.port is 0.
const (
	defaultSubmissionPort = 587 // starttls and none
	defaultImplicitPort   = 465 // tls
)

// newClient configures a go-mail client from the SMTP settings.
//
//   - "starttls" (and ""): STARTTLS is mandatory (go-mail TLSMandatory); a
//     server that does not offer it ends the session before any credentials
//     or mail are sent, never falling back to plain text.
//   - "tls": TLS from the first byte (implicit TLS, usually port 465).
//   - "none": plain text, for a local relay or tests.
//
// SMTP AUTH is used only when a username is set; go-mail picks the strongest
// mechanism the server offers, and over plain text only challenge-response
// ones (CRAM-MD5, SCRAM), so a password never crosses the wire in clear.
func newClient(s config.SMTPConfig, tlsConf *tls.Config) (*gomail.Client, error) {
	port := s.Port
	opts := []gomail.Option{gomail.WithTimeout(timeout(s))}
	switch s.TLS {
	case config.TLSStartTLS, "":
		opts = append(opts, gomail.WithTLSPolicy(gomail.TLSMandatory))
		port = orDefault(port, defaultSubmissionPort)
	case config.TLSImplicit:
		opts = append(opts, gomail.WithSSL())
		port = orDefault(port, defaultImplicitPort)
	case config.TLSNone:
		opts = append(opts, gomail.WithTLSPolicy(gomail.NoTLS))
		port = orDefault(port, defaultSubmissionPort)
	default:
		return nil, fmt.Errorf("email.smtp.tls %q: want starttls, tls or none: %w", s.TLS, ErrPermanent)
	}
	opts = append(opts, gomail.WithPort(port), gomail.WithTLSConfig(clientTLS(tlsConf, s.Host)))
	if s.Username != "" {
		opts = append(opts,
			gomail.WithSMTPAuth(gomail.SMTPAuthAutoDiscover),
			gomail.WithUsername(s.Username),
			gomail.WithPassword(s.Password))
	}
	c, err := gomail.NewClient(s.Host, opts...)
	if err != nil {
		return nil, fmt.Errorf("smtp client for %s: %w: %w", s.Host, err, ErrPermanent)
	}
	return c, nil
}

// clientTLS returns a copy of base (a fresh config when nil) with the server
// name set to host and TLS 1.2 as the minimum.
func clientTLS(base *tls.Config, host string) *tls.Config {
	c := &tls.Config{}
	if base != nil {
		c = base.Clone()
	}
	if c.ServerName == "" {
		c.ServerName = host
	}
	if c.MinVersion < tls.VersionTLS12 {
		c.MinVersion = tls.VersionTLS12
	}
	return c
}

// timeout is email.smtp.timeout, config.DefaultSMTPTimeout when unset.
func timeout(s config.SMTPConfig) time.Duration {
	if s.Timeout <= 0 {
		return config.DefaultSMTPTimeout
	}
	return s.Timeout
}

// orDefault returns v, or def when v is 0.
func orDefault(v, def int) int {
	if v == 0 {
		return def
	}
	return v
}
