package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// Ledger statuses.
const (
	StatusRunning     = "running"
	StatusDone        = "done"
	StatusFailed      = "failed"
	StatusInterrupted = "interrupted"
	StatusSkipped     = "skipped"
)

// LedgerEntry is the state of one job for one day.
type LedgerEntry struct {
	Job          string
	Day          time.Time
	Status       string
	StartedAt    time.Time
	FinishedAt   time.Time // zero while running
	Attempts     int
	PID          int
	Documents    int
	Facts        int
	SourceErrors int
	Error        string
	ReportPath   string
	ReportSHA256 string
}

// BeginJob marks (job, day) as running and returns the entry. When the day
// is already done and force is false it returns the done entry and false:
// the caller skips it. A row left "running" by a process that died is taken
// over (the caller holds the writer lock, so no other process can be running it).
func (s *Store) BeginJob(ctx context.Context, job string, day time.Time, pid int, force bool) (LedgerEntry, bool, error) {
	var e LedgerEntry
	var begun bool
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		prev, found, err := ledgerEntry(ctx, tx, job, day)
		if err != nil {
			return err
		}
		if found && prev.Status == StatusDone && !force {
			e, begun = prev, false
			return nil
		}
		now := s.now().UTC()
		if found {
			_, err = tx.ExecContext(ctx, `UPDATE ledger SET status = ?, started_at = ?, finished_at = NULL,
				attempts = attempts + 1, pid = ?, error = NULL WHERE job = ? AND day = ?`,
				StatusRunning, now, pid, job, day)
		} else {
			_, err = tx.ExecContext(ctx, `INSERT INTO ledger (job, day, status, started_at, pid) VALUES (?, ?, ?, ?, ?)`,
				job, day, StatusRunning, now, pid)
		}
		if err != nil {
			return err
		}
		e, _, err = ledgerEntry(ctx, tx, job, day)
		begun = true
		return err
	})
	if err != nil {
		return e, false, fmt.Errorf("begin %s for %s: %w", job, day.Format(time.DateOnly), err)
	}
	return e, begun, nil
}

// FinishJob records the outcome of a job begun with BeginJob.
func (s *Store) FinishJob(ctx context.Context, e LedgerEntry) error {
	res, err := s.db.ExecContext(ctx, `UPDATE ledger SET status = ?, finished_at = ?, documents = ?, facts = ?,
		source_errors = ?, error = nullif(?, ''), report_path = nullif(?, ''), report_sha256 = nullif(?, '')
		WHERE job = ? AND day = ?`, e.Status, s.now().UTC(), e.Documents, e.Facts, e.SourceErrors, e.Error,
		e.ReportPath, e.ReportSHA256, e.Job, e.Day)
	if err != nil {
		return fmt.Errorf("finish %s for %s: %w", e.Job, e.Day.Format(time.DateOnly), err)
	}
	if err := expectOne(res); err != nil {
		return fmt.Errorf("finish %s for %s: %w", e.Job, e.Day.Format(time.DateOnly), err)
	}
	return nil
}

// MarkInterrupted turns every "running" entry into "interrupted": called at
// start-up by the lock holder, when no job can be running.
func (s *Store) MarkInterrupted(ctx context.Context) (int, error) {
	res, err := s.db.ExecContext(ctx, `UPDATE ledger SET status = ?, finished_at = ?,
		error = coalesce(error, 'the process stopped before the job finished') WHERE status = ?`,
		StatusInterrupted, s.now().UTC(), StatusRunning)
	if err != nil {
		return 0, fmt.Errorf("mark interrupted jobs: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return 0, fmt.Errorf("mark interrupted jobs: %w", err)
	}
	return int(n), nil
}

// Ledger returns the entries of job for days in [from, to], by day.
func (s *Store) Ledger(ctx context.Context, job string, from, to time.Time) ([]LedgerEntry, error) {
	rows, err := s.db.QueryContext(ctx, ledgerSelect+` WHERE job = ? AND day BETWEEN ? AND ? ORDER BY day`, job, from, to)
	if err != nil {
		return nil, fmt.Errorf("ledger of %s: %w", job, err)
	}
	defer rows.Close()
	var out []LedgerEntry
	for rows.Next() {
		e, err := scanLedger(rows)
		if err != nil {
			return nil, fmt.Errorf("ledger of %s: %w", job, err)
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// LastDone returns the latest done entry of job (found false when none).
func (s *Store) LastDone(ctx context.Context, job string) (LedgerEntry, bool, error) {
	row := s.db.QueryRowContext(ctx, ledgerSelect+` WHERE job = ? AND status = ? ORDER BY day DESC LIMIT 1`, job, StatusDone)
	e, err := scanLedger(row)
	if errors.Is(err, sql.ErrNoRows) {
		return e, false, nil
	}
	if err != nil {
		return e, false, fmt.Errorf("last done %s: %w", job, err)
	}
	return e, true, nil
}

const ledgerSelect = `SELECT job, day, status, started_at, finished_at, attempts, coalesce(pid, 0), documents, facts,
	source_errors, coalesce(error, ''), coalesce(report_path, ''), coalesce(report_sha256, '') FROM ledger`

type rowScanner interface{ Scan(dest ...any) error }

func scanLedger(r rowScanner) (LedgerEntry, error) {
	var e LedgerEntry
	var fin sql.NullTime
	err := r.Scan(&e.Job, &e.Day, &e.Status, &e.StartedAt, &fin, &e.Attempts, &e.PID, &e.Documents, &e.Facts,
		&e.SourceErrors, &e.Error, &e.ReportPath, &e.ReportSHA256)
	e.Day, e.StartedAt, e.FinishedAt = e.Day.UTC(), e.StartedAt.UTC(), fin.Time.UTC()
	if !fin.Valid {
		e.FinishedAt = time.Time{}
	}
	return e, err
}

func ledgerEntry(ctx context.Context, tx *sql.Tx, job string, day time.Time) (LedgerEntry, bool, error) {
	e, err := scanLedger(tx.QueryRowContext(ctx, ledgerSelect+` WHERE job = ? AND day = ?`, job, day))
	if errors.Is(err, sql.ErrNoRows) {
		return e, false, nil
	}
	if err != nil {
		return e, false, err
	}
	return e, true, nil
}
