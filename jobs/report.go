package jobs

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"sitrep/extract/multilang"
	"sitrep/model"
	"sitrep/reports"
)

// Report builds day's report from what is stored and writes its workbook
// into the configured reports directory. It returns the file's path.
func (p *Pipeline) Report(ctx context.Context, day time.Time) (string, model.DayReport, error) {
	r, err := p.store.DayReport(ctx, day)
	if err != nil {
		return "", r, fmt.Errorf("report %s: %w", day.Format(time.DateOnly), err)
	}
	r.Generated = p.now().UTC()
	r.TimeZone = p.loc.String()
	r.ExtractorVersion = multilang.Version
	model.ComputeTotals(&r)
	for _, h := range r.Sources {
		if h.Failing() {
			r.Notes = append(r.Notes, fmt.Sprintf("Source %s failed at its last run (%d runs in a row): %s",
				h.Name, h.ErrorCount, h.LastError))
		}
	}
	prev, err := p.store.DayFacts(ctx, day.AddDate(0, 0, -1))
	if err != nil {
		return "", r, fmt.Errorf("report %s: previous day: %w", day.Format(time.DateOnly), err)
	}
	if len(prev.Attacks)+len(prev.Diplomacy)+len(prev.Territory) > 0 {
		model.ComputeTotals(&prev)
		r.Previous = &prev.Totals
	}
	if err := os.MkdirAll(p.cfg.ReportsDir, 0o755); err != nil {
		return "", r, fmt.Errorf("report %s: %w", day.Format(time.DateOnly), err)
	}
	p.removeStaleTemps()
	path, err := reports.WriteDaily(r, p.cfg.ReportsDir)
	if err != nil {
		return "", r, fmt.Errorf("report %s: %w", day.Format(time.DateOnly), err)
	}
	p.log.Info("report written", "attack_day", day.Format(time.DateOnly), "path", path,
		"attacks", r.Totals.Attacks, "diplomatic", r.Totals.Diplomatic)
	return path, r, nil
}

// removeStaleTemps deletes the temporary workbooks a killed process left
// behind (written under a temp name, never renamed). The caller holds the
// writer lock, so no other process is writing one now.
func (p *Pipeline) removeStaleTemps() {
	stale, _ := filepath.Glob(filepath.Join(p.cfg.ReportsDir, ".sitrep-*.tmp"))
	for _, f := range stale {
		if err := os.Remove(f); err != nil {
			p.log.Warn("remove a stale temporary workbook", "path", f, "err", err)
		}
	}
}

// ReportPeriod writes the period workbook of the days in [from, to] from
// what is stored and returns its path.
func (p *Pipeline) ReportPeriod(ctx context.Context, from, to time.Time) (string, model.PeriodReport, error) {
	r, err := p.store.PeriodReport(ctx, from, to)
	if err != nil {
		return "", r, fmt.Errorf("period report: %w", err)
	}
	r.Generated = p.now().UTC()
	r.TimeZone = p.loc.String()
	r.ExtractorVersion = multilang.Version
	if err := os.MkdirAll(p.cfg.ReportsDir, 0o755); err != nil {
		return "", r, fmt.Errorf("period report: %w", err)
	}
	p.removeStaleTemps()
	path, err := reports.WritePeriod(r, p.cfg.ReportsDir)
	if err != nil {
		return "", r, fmt.Errorf("period report: %w", err)
	}
	p.log.Info("period report written", "from", from.Format(time.DateOnly), "to", to.Format(time.DateOnly),
		"path", path, "attacks", len(r.Attacks))
	return path, r, nil
}
