package store

import (
	"context"
	"fmt"
	"time"
)

// Run statuses.
const (
	RunRunning = "running"
	RunDone    = "done"
	RunFailed  = "failed"
)

// Run is one row of run history.
type Run struct {
	ID           int64
	Command      string
	Day          time.Time // zero when the run is not for one day
	Status       string
	Documents    int
	Facts        int
	SourceErrors int
	Error        string
	ReportPath   string
	ReportSHA256 string
}

// StartRun records a run as running and returns its id.
func (s *Store) StartRun(ctx context.Context, command string, day time.Time) (int64, error) {
	var d any
	if !day.IsZero() {
		d = day
	}
	var id int64
	err := s.db.QueryRowContext(ctx, `INSERT INTO runs (command, day, started_at, status) VALUES (?, ?, ?, ?)
		RETURNING id`, command, d, s.now().UTC(), RunRunning).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("start run: %w", err)
	}
	return id, nil
}

// FinishRun records a run's outcome.
func (s *Store) FinishRun(ctx context.Context, r Run) error {
	res, err := s.db.ExecContext(ctx, `UPDATE runs SET finished_at = ?, status = ?, documents = ?, facts = ?,
		source_errors = ?, error = nullif(?, ''), report_path = nullif(?, ''), report_sha256 = nullif(?, '')
		WHERE id = ?`, s.now().UTC(), r.Status, r.Documents, r.Facts, r.SourceErrors, r.Error, r.ReportPath,
		r.ReportSHA256, r.ID)
	if err != nil {
		return fmt.Errorf("finish run %d: %w", r.ID, err)
	}
	if err := expectOne(res); err != nil {
		return fmt.Errorf("finish run %d: %w", r.ID, err)
	}
	return nil
}

// TableCounts returns the number of rows of every data table, for summaries
// and idempotency checks.
func (s *Store) TableCounts(ctx context.Context) (map[string]int64, error) {
	out := map[string]int64{}
	for _, t := range []string{"documents", "attacks", "damage", "diplomatic_actions", "territorial_claims", "sources"} {
		var n int64
		// t is one of the constants above.
		if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM "+t).Scan(&n); err != nil {
			return nil, fmt.Errorf("count %s: %w", t, err)
		}
		out[t] = n
	}
	return out, nil
}
