package config

import (
	"fmt"
	"regexp"
	"strings"
	"time"
)

// Limits enforced by Validate.
const (
	maxTimeout      = 10 * time.Minute
	minBodyBytes    = KiB
	maxBodyBytes    = GiB
	maxRedirects    = 20
	maxItems        = 10000
	maxThreads      = 64
	minMessageBytes = KiB
	maxMessageBytes = GiB
)

var (
	// Source names end up in logs and file names.
	nameRE = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]{0,63}$`)
	// DuckDB's memory_limit accepts a number with a decimal or binary unit.
	duckSizeRE = regexp.MustCompile(`(?i)^[0-9]+(\.[0-9]+)?\s*(b|kb|mb|gb|tb|kib|mib|gib|tib)$`)
	langRE     = regexp.MustCompile(`^[a-z]{2}$`)
	envNameRE  = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)
)

// Each check returns "" when the value is fine, else the problem.

func durationProblem(d time.Duration) string {
	switch {
	case d <= 0:
		return fmt.Sprintf("must be greater than 0, got %s", d)
	case d > maxTimeout:
		return fmt.Sprintf("must be at most %s, got %s", maxTimeout, d)
	}
	return ""
}

func rangeProblem(n, lo, hi int) string {
	if n < lo || n > hi {
		return fmt.Sprintf("must be between %d and %d, got %d", lo, hi, n)
	}
	return ""
}

func sizeProblem(b, lo, hi ByteSize) string {
	if b < lo || b > hi {
		return fmt.Sprintf("must be between %s and %s, got %s", lo, hi, b)
	}
	return ""
}

func headerProblem(s string) string {
	switch {
	case strings.TrimSpace(s) == "":
		return "must not be empty"
	case strings.ContainsAny(s, "\r\n"):
		return fmt.Sprintf("must be a single line, got %q", s)
	}
	return ""
}
