package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// HTTPValidators returns the ETag and Last-Modified stored for url ("" when
// none), for conditional GET.
func (s *Store) HTTPValidators(ctx context.Context, url string) (etag, lastModified string, err error) {
	var e, lm sql.NullString
	err = s.db.QueryRowContext(ctx, `SELECT etag, last_modified FROM http_validators WHERE url = ?`, url).Scan(&e, &lm)
	if errors.Is(err, sql.ErrNoRows) {
		return "", "", nil
	}
	if err != nil {
		return "", "", fmt.Errorf("http validators of %s: %w", url, err)
	}
	return e.String, lm.String, nil
}

// SetHTTPValidators stores the ETag and Last-Modified of url.
func (s *Store) SetHTTPValidators(ctx context.Context, url, etag, lastModified string) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO http_validators (url, etag, last_modified, updated_at)
		VALUES (?, nullif(?, ''), nullif(?, ''), ?)
		ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
		updated_at = excluded.updated_at`, url, etag, lastModified, s.now().UTC())
	if err != nil {
		return fmt.Errorf("set http validators of %s: %w", url, err)
	}
	return nil
}
