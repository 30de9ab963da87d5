package jobs

import (
	"log/slog"

	"sitrep/config"
	"sitrep/scrapers"
	"sitrep/scrapers/fetch"
	"sitrep/scrapers/registry"
)

// SourceOptions adjust how sources are built.
type SourceOptions struct {
	// Local drops the per-host politeness gap: for the embedded demo site
	// and local mirrors only, never for sites on the internet.
	Local bool
	// Validators stores ETag and Last-Modified for conditional GET; nil
	// disables it.
	Validators fetch.Validators
}

// BuildSources builds the configured, enabled sources around one shared
// fetch client, so that the per-host limits and the robots.txt cache span
// every source of the run.
func BuildSources(cfg *config.Config, log *slog.Logger, o SourceOptions) ([]scrapers.Source, error) {
	opts := fetch.Options{
		UserAgent:     cfg.Fetch.UserAgent,
		Timeout:       cfg.Fetch.Timeout,
		MaxBodyBytes:  int64(cfg.Fetch.MaxBodyBytes),
		MaxRedirects:  cfg.Fetch.MaxRedirects,
		HostDelay:     cfg.Fetch.HostDelay,
		MaxConcurrent: cfg.Fetch.MaxConcurrent,
		MaxRetries:    cfg.Fetch.Retries,
		Logger:        log,
		Validators:    o.Validators,
	}
	// The fetch package reads zero as "its default": a configured zero means none.
	if opts.HostDelay == 0 || o.Local {
		opts.HostDelay = -1
	}
	if opts.MaxRetries == 0 {
		opts.MaxRetries = -1
	}
	return registry.Build(cfg.Sources, registry.Deps{Client: fetch.New(opts), Logger: log})
}
