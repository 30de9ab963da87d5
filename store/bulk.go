package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// maxParams bounds the parameters of one multi-row statement.
const maxParams = 2000

// insertRows inserts rows into table in multi-row INSERT statements, a
// batch at a time: a prepared statement per row manages a few thousand rows a
// second in DuckDB, a multi-row VALUES tens of thousands. It checks that every
// row was inserted. table and cols are constants of this package, never data.
func insertRows(ctx context.Context, tx *sql.Tx, table string, cols []string, rows [][]any) error {
	if len(rows) == 0 {
		return nil
	}
	per := max(1, maxParams/len(cols))
	tuple := "(" + placeholders(len(cols)) + ")"
	head := "INSERT INTO " + table + " (" + strings.Join(cols, ", ") + ") VALUES "
	for start := 0; start < len(rows); start += per {
		end := min(start+per, len(rows))
		var q strings.Builder
		q.WriteString(head)
		args := make([]any, 0, (end-start)*len(cols))
		for i, r := range rows[start:end] {
			if len(r) != len(cols) {
				return fmt.Errorf("insert %s: row has %d values for %d columns", table, len(r), len(cols))
			}
			if i > 0 {
				q.WriteString(", ")
			}
			q.WriteString(tuple)
			args = append(args, r...)
		}
		res, err := tx.ExecContext(ctx, q.String(), args...)
		if err != nil {
			return fmt.Errorf("insert %s: %w", table, err)
		}
		n, err := res.RowsAffected()
		if err != nil {
			return fmt.Errorf("insert %s: %w", table, err)
		}
		if n != int64(end-start) {
			return fmt.Errorf("insert %s: %d rows inserted, want %d", table, n, end-start)
		}
	}
	return nil
}

// nextIDs draws n values from a sequence (a constant of this package).
func nextIDs(ctx context.Context, tx *sql.Tx, sequence string, n int) ([]int64, error) {
	if n == 0 {
		return nil, nil
	}
	rows, err := tx.QueryContext(ctx, "SELECT nextval('"+sequence+"') FROM range(?)", n)
	if err != nil {
		return nil, fmt.Errorf("draw ids from %s: %w", sequence, err)
	}
	defer rows.Close()
	ids := make([]int64, 0, n)
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("draw ids from %s: %w", sequence, err)
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("draw ids from %s: %w", sequence, err)
	}
	if len(ids) != n {
		return nil, fmt.Errorf("draw ids from %s: got %d, want %d", sequence, len(ids), n)
	}
	return ids, nil
}
