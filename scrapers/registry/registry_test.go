package registry

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"sitrep/config"
	"sitrep/scrapers"
	"sitrep/scrapers/fetch"
)

func TestBuild(t *testing.T) {
	off := false
	client := fetch.New(fetch.Options{UserAgent: "sitrep/test (+https://example.org)"})
	tests := map[string]struct {
		srcs      []config.Source
		deps      Deps
		wantNames []string
		wantKinds []string
		wantErr   []string
	}{
		"feeds built in order, disabled left out": {
			srcs: []config.Source{
				{Name: "wire", Kind: "feed", URL: "https://wire.example.org/rss"},
				{Name: "paused", Kind: "feed", URL: "https://paused.example.org/rss", Enabled: &off},
				{Name: "ministry", Kind: "feed", URL: "https://ministry.example.gov/atom"},
			},
			deps:      Deps{Client: client},
			wantNames: []string{"wire", "ministry"},
			wantKinds: []string{"feed", "feed"},
		},
		"every kind": {
			srcs: []config.Source{
				{Name: "wire", Kind: "feed", URL: "https://wire.example.org/rss"},
				{Name: "air", Kind: "telegram", URL: "https://t.me/s/kpszsu"},
				{Name: "press", Kind: "web", URL: "https://council.example.eu/press",
					Web: config.WebConfig{List: config.ListSelectors{Item: "li", Link: "a"}, TimeZone: "Europe/Brussels"}},
			},
			deps:      Deps{Client: client},
			wantNames: []string{"wire", "air", "press"},
			wantKinds: []string{"feed", "telegram", "web"},
		},
		"unknown kinds named": {
			srcs: []config.Source{
				{Name: "wire", Kind: "feed"},
				{Name: "oddball", Kind: "carrier-pigeon", Line: 12},
				{Name: "later", Kind: "twitter", Line: 20},
			},
			deps:    Deps{Client: client},
			wantErr: []string{`source "oddball" (line 12): unknown kind "carrier-pigeon"`, `source "later" (line 20): unknown kind "twitter"`},
		},
		"constructor errors named": {
			srcs: []config.Source{
				{Name: "air", Kind: "telegram", URL: "https://t.me/kpszsu", Line: 4},
				{Name: "press", Kind: "web", URL: "https://x.example/", Line: 9},
			},
			deps:    Deps{Client: client},
			wantErr: []string{`source "air" (line 4): telegram url "https://t.me/kpszsu"`, `source "press" (line 9): web.list.item and web.list.link are required`},
		},
		"disabled source of unknown kind is ignored": {
			srcs:      []config.Source{{Name: "old", Kind: "gone", Enabled: &off}},
			deps:      Deps{Client: client},
			wantNames: nil,
		},
		"no client": {
			srcs:    []config.Source{{Name: "wire", Kind: "feed"}},
			wantErr: []string{"no fetch client"},
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			got, err := Build(tc.srcs, tc.deps)
			if len(tc.wantErr) > 0 {
				if err == nil {
					t.Fatalf("want error, got %d sources", len(got))
				}
				for _, w := range tc.wantErr {
					if !strings.Contains(err.Error(), w) {
						t.Errorf("error %q lacks %q", err, w)
					}
				}
				if got != nil {
					t.Errorf("sources returned with an error")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var names, kinds []string
			for _, s := range got {
				names = append(names, s.Name())
				kinds = append(kinds, s.Kind())
			}
			if !slices.Equal(names, tc.wantNames) || !slices.Equal(kinds, tc.wantKinds) {
				t.Errorf("built %v of kinds %v, want %v of %v", names, kinds, tc.wantNames, tc.wantKinds)
			}
		})
	}
}

// stubSource shows that a new kind slots in with one map entry.
type stubSource struct{ cfg config.Source }

func (s stubSource) Name() string { return s.cfg.Name }
func (s stubSource) Kind() string { return s.cfg.Kind }
func (s stubSource) URL() string  { return s.cfg.URL }
func (s stubSource) Scrape(context.Context, scrapers.Request) (scrapers.Result, error) {
	return scrapers.Result{}, nil
}

func TestBuildExtraKind(t *testing.T) {
	kinds := Constructors()
	kinds["stub"] = func(src config.Source, _ Deps) (scrapers.Source, error) { return stubSource{src}, nil }
	kinds["broken"] = func(config.Source, Deps) (scrapers.Source, error) { return nil, errors.New("bad selector") }
	deps := Deps{Client: fetch.New(fetch.Options{})}
	tests := map[string]struct {
		src      config.Source
		wantKind string
		wantErr  string
	}{
		"new kind built":            {src: config.Source{Name: "s", Kind: "stub"}, wantKind: "stub"},
		"constructor error wrapped": {src: config.Source{Name: "b", Kind: "broken", Line: 7}, wantErr: `source "b" (line 7): bad selector`},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			got, err := build([]config.Source{tc.src}, deps, kinds)
			if tc.wantErr != "" {
				if err == nil || err.Error() != tc.wantErr {
					t.Fatalf("err = %v, want %q", err, tc.wantErr)
				}
				return
			}
			if err != nil || len(got) != 1 || got[0].Kind() != tc.wantKind {
				t.Fatalf("got %v, %v; want one %q source", got, err, tc.wantKind)
			}
		})
	}
}
