package jobs

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"sitrep/config"
	"sitrep/demo"
	"sitrep/model"
	"sitrep/scrapers"
	"sitrep/store"
)

// DemoResult is what `sitrep demo` found and wrote.
type DemoResult struct {
	Dir       string
	Database  string
	Scrape    ScrapeStats
	Normalize NormalizeStats
	Days      []DemoDay
	Counts    map[string]int64 // rows per table after the run
	Elapsed   time.Duration
}

// DemoDay is one sample day's workbook and headline figures.
type DemoDay struct {
	Day      time.Time
	Workbook string
	Totals   model.Totals
	Places   []string // places hit in Ukraine
	Abroad   []string // Ukrainian strikes on Russia
}

// Demo runs the whole pipeline offline: it serves the embedded sample site on
// 127.0.0.1, scrapes it with the embedded demo configuration, stores and
// extracts into dir/sitrep.duckdb and writes one workbook per sample day into
// dir. Running it again into the same directory changes nothing.
func Demo(ctx context.Context, dir string, log *slog.Logger) (DemoResult, error) {
	started := time.Now()
	res := DemoResult{Dir: dir}
	if log == nil {
		log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return res, fmt.Errorf("demo: %w", err)
	}
	srv, err := demo.Start()
	if err != nil {
		return res, fmt.Errorf("demo: start sample site: %w", err)
	}
	defer srv.Close()
	cfg, err := demoConfig(srv.URL(), dir)
	if err != nil {
		return res, err
	}
	res.Database = cfg.Database
	st, err := store.Open(ctx, cfg.Database, store.Options{MemoryLimit: cfg.Store.MemoryLimit,
		Threads: cfg.Store.Threads, Logger: log})
	if err != nil {
		return res, fmt.Errorf("demo: %w", err)
	}
	defer st.Close()
	srcs, err := BuildSources(cfg, log, SourceOptions{Local: true})
	if err != nil {
		return res, fmt.Errorf("demo: %w", err)
	}
	p := New(Deps{Config: cfg, Store: st, Sources: srcs, Logger: log})
	if res.Scrape, err = p.Scrape(ctx, scrapers.Request{}); err != nil {
		return res, fmt.Errorf("demo: %w", err)
	}
	if res.Scrape.Failed > 0 {
		return res, fmt.Errorf("demo: %w: %v", ErrSourcesFailed, res.Scrape.Errors)
	}
	if res.Normalize, err = p.Normalize(ctx, false); err != nil {
		// The demo's sample documents must all extract; anything else is a bug.
		return res, fmt.Errorf("demo: %w", err)
	}
	for _, day := range demo.Days() {
		path, r, err := p.Report(ctx, day)
		if err != nil {
			return res, fmt.Errorf("demo: %w", err)
		}
		dd := DemoDay{Day: day, Workbook: path, Totals: r.Totals, Places: r.PlacesHit()}
		for _, a := range r.Attacks {
			if !a.InUkraine() {
				dd.Abroad = append(dd.Abroad, a.Place())
			}
		}
		res.Days = append(res.Days, dd)
	}
	if res.Counts, err = st.TableCounts(ctx); err != nil {
		return res, fmt.Errorf("demo: %w", err)
	}
	res.Elapsed = time.Since(started)
	return res, nil
}

// demoConfig loads the embedded demo configuration and points its sources at
// the local sample site and its files into dir.
func demoConfig(base, dir string) (*config.Config, error) {
	cfg, err := config.Demo()
	if err != nil {
		return nil, fmt.Errorf("demo: load embedded config: %w", err)
	}
	b, err := url.Parse(base)
	if err != nil {
		return nil, fmt.Errorf("demo: server url: %w", err)
	}
	for i := range cfg.Sources {
		u, err := url.Parse(cfg.Sources[i].URL)
		if err != nil {
			return nil, fmt.Errorf("demo: source %s: %w", cfg.Sources[i].Name, err)
		}
		u.Scheme, u.Host = b.Scheme, b.Host
		cfg.Sources[i].URL = u.String()
	}
	cfg.Database = filepath.Join(dir, filepath.Base(cfg.Database))
	cfg.ReportsDir = dir
	return cfg, nil
}

// Print writes a short human summary of the demo run.
func (r DemoResult) Print(w io.Writer) {
	fmt.Fprintf(w, "sitrep demo: %d documents scraped (%d new), %d facts extracted in %s\n",
		r.Scrape.Fetched, r.Scrape.Inserted, r.Normalize.Facts.Total(), r.Elapsed.Round(time.Millisecond))
	for _, d := range r.Days {
		t := d.Totals
		fmt.Fprintf(w, "\n%s: %d attacks on %d places, %d killed, %d injured; drones %d launched / %d shot down; "+
			"missiles %d / %d; %d diplomatic actions, %d territorial claims\n",
			d.Day.Format(time.DateOnly), t.Attacks, t.Places, t.Killed, t.Injured, t.DronesLaunched, t.DronesDowned,
			t.MissilesLaunched, t.MissilesDowned, t.Diplomatic, t.Territorial)
		fmt.Fprintf(w, "  places hit: %s\n", strings.Join(d.Places, ", "))
		if len(d.Abroad) > 0 {
			fmt.Fprintf(w, "  strikes on Russia: %s\n", strings.Join(d.Abroad, ", "))
		}
		fmt.Fprintf(w, "  workbook: %s\n", d.Workbook)
	}
	fmt.Fprintf(w, "\ndatabase: %s (%d documents, %d attacks, %d damage, %d diplomatic, %d territorial rows)\n",
		r.Database, r.Counts["documents"], r.Counts["attacks"], r.Counts["damage"], r.Counts["diplomatic_actions"],
		r.Counts["territorial_claims"])
}
