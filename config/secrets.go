package config

// masked is how a secret that is set appears in Masked output.
const masked = "****"

// readSecrets takes the SMTP password from the environment variable named
// by email.smtp.password_env. Secrets are never read from the file.
func (c *Config) readSecrets(lookup func(string) (string, bool)) {
	if lookup == nil {
		return
	}
	if v, ok := lookup(c.Email.SMTP.PasswordEnv); ok {
		c.Email.SMTP.Password = v
	}
}

// CheckSecrets reports a delivery that cannot authenticate: email enabled
// with an SMTP username but no password in the environment. Load does not
// fail on it, so commands that never send mail still run; call it before
// sending and in "sitrep config check".
func (c *Config) CheckSecrets() error {
	s := c.Email.SMTP
	if !c.Email.Enabled || s.Username == "" || s.Password != "" {
		return nil
	}
	p := &problems{file: c.Path, idx: c.index}
	p.add("email.smtp.username", "is set but the environment variable %s (named by email.smtp.password_env) is empty or unset", s.PasswordEnv)
	return p.err()
}
