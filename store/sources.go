package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"sitrep/model"
)

// SourceRun is the outcome of one source in one scrape pass.
type SourceRun struct {
	Name, Kind, URL string
	At              time.Time
	Err             error // nil on success
}

// RecordSourceRun updates a source's health: a success resets the error
// count and sets last_ok; a failure increments the count and keeps the message.
func (s *Store) RecordSourceRun(ctx context.Context, r SourceRun) error {
	var lastErr any
	okAt := any(nil)
	if r.Err != nil {
		lastErr = r.Err.Error()
	} else {
		okAt = r.At.UTC()
	}
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO sources (name, kind, url) VALUES (?, ?, ?)
			ON CONFLICT (name) DO NOTHING`, r.Name, r.Kind, r.URL)
		if err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `UPDATE sources SET kind = ?, url = ?, last_run = ?,
			last_ok = coalesce(?, last_ok),
			error_count = CASE WHEN ? IS NULL THEN 0 ELSE error_count + 1 END,
			last_error = coalesce(?, last_error)
			WHERE name = ?`, r.Kind, r.URL, r.At.UTC(), okAt, lastErr, lastErr, r.Name)
		if err != nil {
			return err
		}
		return expectOne(res)
	})
	if err != nil {
		return fmt.Errorf("record source %s: %w", r.Name, err)
	}
	return nil
}

// SourceHealth returns every known source's health with its document count.
func (s *Store) SourceHealth(ctx context.Context) ([]model.SourceHealth, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT s.name, s.kind, s.url, s.last_ok, s.last_run, s.error_count,
		coalesce(s.last_error, ''), (SELECT count(*) FROM documents d WHERE d.source = s.name)
		FROM sources s ORDER BY s.name`)
	if err != nil {
		return nil, fmt.Errorf("source health: %w", err)
	}
	defer rows.Close()
	var out []model.SourceHealth
	for rows.Next() {
		var h model.SourceHealth
		var lastOK, lastRun sql.NullTime
		if err := rows.Scan(&h.Name, &h.Kind, &h.URL, &lastOK, &lastRun, &h.ErrorCount, &h.LastError,
			&h.Documents); err != nil {
			return nil, fmt.Errorf("source health: %w", err)
		}
		h.LastOK = lastOK.Time
		h.LastRun = lastRun.Time
		out = append(out, h)
	}
	return out, rows.Err()
}

// ResetSource clears a source's error count, so a source left out after
// failing repeatedly is tried again at the next run.
func (s *Store) ResetSource(ctx context.Context, name string) error {
	res, err := s.db.ExecContext(ctx, `UPDATE sources SET error_count = 0 WHERE name = ?`, name)
	if err != nil {
		return fmt.Errorf("reset source %s: %w", name, err)
	}
	if n, err := res.RowsAffected(); err != nil || n != 1 {
		return fmt.Errorf("reset source %s: no such source in the database", name)
	}
	return nil
}
