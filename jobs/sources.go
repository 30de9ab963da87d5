package jobs

import (
	"log/slog"

	"sitrep/config"
	"sitrep/scrapers"
	"sitrep/scrapers/fetch"
	"sitrep/scrapers/registry"
)

// BuildSources builds the configured, enabled sources around one shared
// fetch client (one connection pool, and later one set of per-host limits).
func BuildSources(cfg *config.Config, log *slog.Logger) ([]scrapers.Source, error) {
	client := fetch.New(fetch.Options{
		UserAgent:    cfg.Fetch.UserAgent,
		Timeout:      cfg.Fetch.Timeout,
		MaxBodyBytes: int64(cfg.Fetch.MaxBodyBytes),
		MaxRedirects: cfg.Fetch.MaxRedirects,
		Logger:       log,
	})
	return registry.Build(cfg.Sources, registry.Deps{Client: client, Logger: log})
}
