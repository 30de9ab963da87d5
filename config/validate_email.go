package config

import (
	"io"
	"net/mail"
	"slices"
	"strings"
	"text/template"
)

// SubjectData holds the fields the email.subject template may use.
type SubjectData struct {
	Date       string // the report day, YYYY-MM-DD
	Attacks    int    // attacks (places hit) that day
	Killed     int    // people killed
	Diplomatic int    // diplomatic actions
}

// ParseSubject parses an email.subject template; unknown fields are an error.
func ParseSubject(subject string) (*template.Template, error) {
	t, err := template.New("subject").Option("missingkey=error").Parse(subject)
	if err != nil {
		return nil, err
	}
	// Executing once with sample data catches {{.Unknown}} fields now rather
	// than at delivery time.
	if err := t.Execute(io.Discard, SubjectData{Date: "2025-11-14", Attacks: 1, Killed: 1, Diplomatic: 1}); err != nil {
		return nil, err
	}
	return t, nil
}

// validateEmail checks delivery settings only when delivery is enabled.
func (c *Config) validateEmail(p *problems) {
	e := c.Email
	if !e.Enabled {
		return
	}
	if e.From == "" {
		p.add("email.from", "required when email is enabled")
	} else if _, err := mail.ParseAddress(e.From); err != nil {
		p.add("email.from", "invalid address %q: %v", e.From, err)
	}
	if len(e.To) == 0 {
		p.add("email.to", "at least one recipient is required when email is enabled")
	}
	checkAddresses(p, "email.to", e.To)
	checkAddresses(p, "email.cc", e.Cc)
	checkAddresses(p, "email.bcc", e.Bcc)
	if msg := headerProblem(e.Subject); msg != "" {
		p.add("email.subject", "%s", msg)
	} else if _, err := ParseSubject(e.Subject); err != nil {
		p.add("email.subject", "invalid template: %v", err)
	}
	if msg := sizeProblem(e.MaxMessageBytes, minMessageBytes, maxMessageBytes); msg != "" {
		p.add("email.max_message_bytes", "%s", msg)
	}
	validateSMTP(p, e.SMTP)
}

func checkAddresses(p *problems, path string, list []string) {
	for i, a := range list {
		if _, err := mail.ParseAddress(a); err != nil {
			p.add(path+"["+itoa(i)+"]", "invalid address %q: %v", a, err)
		}
	}
}

func validateSMTP(p *problems, s SMTPConfig) {
	if strings.TrimSpace(s.Host) == "" {
		p.add("email.smtp.host", "required when email is enabled")
	}
	if msg := rangeProblem(s.Port, 1, 65535); msg != "" {
		p.add("email.smtp.port", "%s", msg)
	}
	if !slices.Contains(KnownTLSModes(), s.TLS) {
		p.add("email.smtp.tls", "must be one of %s, got %q", strings.Join(KnownTLSModes(), ", "), s.TLS)
	}
	if !envNameRE.MatchString(s.PasswordEnv) {
		p.add("email.smtp.password_env", "must be an environment variable name such as %s, got %q", DefaultPasswordEnv, s.PasswordEnv)
	}
	if msg := durationProblem(s.Timeout); msg != "" {
		p.add("email.smtp.timeout", "%s", msg)
	}
}
