// Package registry builds the configured sources: an explicit map from
// source kind to constructor, with no init() registration. It lives apart
// from package scrapers because the kinds import scrapers themselves.
package registry

import (
	"errors"
	"fmt"
	"log/slog"
	"time"

	"sitrep/config"
	"sitrep/scrapers"
	"sitrep/scrapers/feed"
	"sitrep/scrapers/fetch"
	"sitrep/scrapers/telegram"
	"sitrep/scrapers/web"
)

// Deps are what every source is built with.
type Deps struct {
	// Client is the one HTTP client, shared by all sources so that
	// connection pooling (and later per-host rate limits and robots.txt)
	// span them. Required.
	Client *fetch.Client
	// Logger is given to each source; nil discards.
	Logger *slog.Logger
	// Now stamps fetch times; nil means time.Now.
	Now func() time.Time
}

// Constructor builds one source of a kind from its configuration.
type Constructor func(src config.Source, deps Deps) (scrapers.Source, error)

// Constructors returns the kind → constructor map. Adding a kind is one
// line here.
func Constructors() map[string]Constructor {
	return map[string]Constructor{
		feed.Kind:     newFeed,
		telegram.Kind: newTelegram,
		web.Kind:      newWeb,
	}
}

// Build constructs the enabled sources in configuration order. A source of
// an unknown kind is an error naming it; all such errors are reported
// together and no sources are returned.
func Build(srcs []config.Source, deps Deps) ([]scrapers.Source, error) {
	return build(srcs, deps, Constructors())
}

func build(srcs []config.Source, deps Deps, kinds map[string]Constructor) ([]scrapers.Source, error) {
	if deps.Client == nil {
		return nil, errors.New("build sources: no fetch client")
	}
	if deps.Logger == nil {
		deps.Logger = slog.New(slog.DiscardHandler)
	}
	var (
		out  []scrapers.Source
		errs []error
	)
	for _, src := range srcs {
		if !src.IsEnabled() {
			continue
		}
		newSource, ok := kinds[src.Kind]
		if !ok {
			errs = append(errs, fmt.Errorf("source %q (line %d): unknown kind %q", src.Name, src.Line, src.Kind))
			continue
		}
		s, err := newSource(src, deps)
		if err != nil {
			errs = append(errs, fmt.Errorf("source %q (line %d): %w", src.Name, src.Line, err))
			continue
		}
		out = append(out, s)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return out, nil
}

func newFeed(src config.Source, deps Deps) (scrapers.Source, error) {
	s := feed.New(src, deps.Client, deps.Logger)
	s.SetClock(deps.Now)
	return s, nil
}

func newTelegram(src config.Source, deps Deps) (scrapers.Source, error) {
	s, err := telegram.New(src, deps.Client, deps.Logger)
	if err != nil {
		return nil, err
	}
	s.SetClock(deps.Now)
	return s, nil
}

func newWeb(src config.Source, deps Deps) (scrapers.Source, error) {
	s, err := web.New(src, deps.Client, deps.Logger)
	if err != nil {
		return nil, err
	}
	s.SetClock(deps.Now)
	return s, nil
}
