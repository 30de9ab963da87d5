package config

import (
	"fmt"
	"net"
	"strings"
	"time"

	"github.com/robfig/cron/v3"
)

// Daemon and source-health defaults.
const (
	DefaultScrapeSchedule = "0 */3 * * *" // every three hours
	DefaultReportSchedule = "30 7 * * *"  // 07:30 in the configured time zone
	DefaultCatchUpDays    = 7
	DefaultListen         = "127.0.0.1:9464"
	DefaultMaxFailures    = 5
	DefaultRetryAfter     = 24 * time.Hour
)

// DaemonConfig configures `sitrep daemon`.
type DaemonConfig struct {
	// Scrape is the cron expression (5 fields, in the configured time zone)
	// of the scrape job: fetch every source and extract what is new.
	Scrape string `yaml:"scrape"`
	// Report is the cron expression of the report job: write the day's
	// workbook and email it. Prefer a time outside 02:00-04:00, where a
	// daylight-saving change skips or repeats an hour.
	Report string `yaml:"report"`
	// CatchUpDays is how many missed report days the daemon runs at
	// start-up (default 7); older gaps are logged as needing a backfill.
	CatchUpDays int `yaml:"catch_up_days"`
	// Listen is the loopback address of /healthz and /metrics ("" disables it).
	Listen string `yaml:"listen"`
}

// HealthConfig says when a failing source is left out.
type HealthConfig struct {
	// MaxFailures is the number of consecutive failed runs after which a
	// source is skipped (default 5) until it succeeds again or is reset.
	MaxFailures int `yaml:"max_failures"`
	// RetryAfter is how long a skipped source waits before one probe run
	// (default 24h): if it succeeds, it is back.
	RetryAfter time.Duration `yaml:"retry_after"`
}

// ParseSchedule parses a 5-field cron expression. robfig/cron panics on some
// malformed input (a bare "TZ=" or "CRON_TZ=" prefix), so the parse runs
// under recover and a panic becomes an error.
func ParseSchedule(spec string) (s cron.Schedule, err error) {
	defer func() {
		if r := recover(); r != nil {
			s, err = nil, fmt.Errorf("invalid schedule %q: %v", spec, r)
		}
	}()
	if strings.TrimSpace(spec) == "" {
		return nil, fmt.Errorf("invalid schedule: empty")
	}
	s, err = cron.ParseStandard(spec)
	if err != nil {
		return nil, fmt.Errorf("invalid schedule %q: %w", spec, err)
	}
	return s, nil
}

func (c *Config) validateDaemon(p *problems) {
	for key, spec := range map[string]string{"daemon.scrape": c.Daemon.Scrape, "daemon.report": c.Daemon.Report} {
		if _, err := ParseSchedule(spec); err != nil {
			p.add(key, "%v (want 5 fields: minute hour day-of-month month day-of-week, e.g. %q)", err,
				DefaultReportSchedule)
		}
	}
	if c.Daemon.CatchUpDays < 0 || c.Daemon.CatchUpDays > 366 {
		p.add("daemon.catch_up_days", "must be between 0 and 366, got %d", c.Daemon.CatchUpDays)
	}
	if l := c.Daemon.Listen; l != "" {
		host, _, err := net.SplitHostPort(l)
		if err != nil {
			p.add("daemon.listen", "must be host:port, got %q", l)
		} else if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
			p.add("daemon.listen", "must be a loopback address (127.0.0.1:PORT or [::1]:PORT), got %q", l)
		}
	}
	if c.Health.MaxFailures < 1 || c.Health.MaxFailures > 1000 {
		p.add("health.max_failures", "must be between 1 and 1000, got %d", c.Health.MaxFailures)
	}
	if c.Health.RetryAfter < time.Minute || c.Health.RetryAfter > 30*24*time.Hour {
		p.add("health.retry_after", "must be between 1m and 720h, got %s", c.Health.RetryAfter)
	}
}
