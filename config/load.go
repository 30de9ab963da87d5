package config

import (
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// Load reads the configuration file at path, taking the SMTP password from
// the process environment. See LoadWithEnv.
func Load(path string) (*Config, error) {
	return LoadWithEnv(path, os.LookupEnv)
}

// LoadWithEnv reads, decodes and validates the file at path, resolves the
// relative database and reports_dir against the file's directory, and takes
// the SMTP password from lookup (nil means an empty environment).
func LoadWithEnv(path string, lookup func(string) (string, bool)) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	c, err := Parse(data, path)
	if err != nil {
		return nil, err
	}
	c.SetDirectory(filepath.Dir(path))
	c.readSecrets(lookup)
	return c, nil
}

// Parse decodes data strictly, applies the defaults, fills every source's
// unset fetch settings from the global fetch block and validates the result.
// filename is used in messages and kept in Config.Path; no file is read, no
// path is resolved and no environment variable is consulted.
func Parse(data []byte, filename string) (*Config, error) {
	c, idx, err := decode(data, filename)
	if err != nil {
		return nil, err
	}
	c.Path = filename
	c.index = idx
	c.applyDerivedDefaults()
	for i, line := range idx.sourceLines(len(c.Sources)) {
		c.Sources[i].Line = line
	}
	c.inherit()
	if err := c.Validate(); err != nil {
		return nil, err
	}
	loc, err := time.LoadLocation(c.TimeZone)
	if err != nil { // Validate has loaded it once already
		return nil, fmt.Errorf("%s: timezone: %w", filename, err)
	}
	c.Location = loc
	return c, nil
}

// SetDirectory resolves the relative database and reports_dir against dir,
// the directory of the configuration file (as prometheus does), so the job
// behaves the same whatever its working directory.
func (c *Config) SetDirectory(dir string) {
	c.Database = resolve(dir, c.Database)
	c.ReportsDir = resolve(dir, c.ReportsDir)
}

func resolve(dir, p string) string {
	if p == "" || filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(dir, p)
}
