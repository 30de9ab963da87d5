package store

import (
	"bytes"
	"compress/gzip"
	"context"
	"database/sql"
	"fmt"
	"io"
	"time"

	"sitrep/model"
)

// UpsertStats counts what UpsertDocuments did.
type UpsertStats struct {
	Inserted, Updated, Unchanged int
}

// UpsertDocuments stores documents once per (source, external id). A document
// whose content hash changed (an edited article) updates its row and bumps its
// version; an unchanged one is left alone. All documents go in one
// transaction, new ones in multi-row inserts; duplicates within the batch are
// stored once (the last wins).
func (s *Store) UpsertDocuments(ctx context.Context, docs []model.Document) (UpsertStats, error) {
	var st UpsertStats
	docs = dedupeDocuments(docs)
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		st = UpsertStats{}
		existing, err := storedHashes(ctx, tx, docs)
		if err != nil {
			return err
		}
		var fresh [][]any
		for _, d := range docs {
			hash := d.ContentHash()
			old, found := existing[[2]string{d.Source, d.ExternalID}]
			if found && old.hash == hash {
				st.Unchanged++
				continue
			}
			raw, err := gzipBytes(d.Raw)
			if err != nil {
				return err
			}
			if !found {
				fresh = append(fresh, []any{d.Source, d.ExternalID, d.URL, d.Title, d.Publisher, d.Authority,
					nullTime(d.Published), d.PublishedGuessed, d.Fetched.UTC(), d.Lang, d.Text, hash, raw})
				st.Inserted++
				continue
			}
			if err := updateDocument(ctx, tx, old.id, d, hash, raw); err != nil {
				return fmt.Errorf("store document %s/%s: %w", d.Source, d.ExternalID, err)
			}
			st.Updated++
		}
		return insertRows(ctx, tx, "documents", documentColumns, fresh)
	})
	return st, err
}

var documentColumns = []string{"source", "external_id", "url", "title", "publisher", "authority", "published_at",
	"published_guessed", "fetched_at", "lang", "text", "content_hash", "raw_gzip"}

type storedDoc struct {
	id   int64
	hash string
}

// storedHashes returns the id and content hash of the documents already
// stored among docs, in one query per source.
func storedHashes(ctx context.Context, tx *sql.Tx, docs []model.Document) (map[[2]string]storedDoc, error) {
	bySource := map[string][]string{}
	for _, d := range docs {
		bySource[d.Source] = append(bySource[d.Source], d.ExternalID)
	}
	out := map[[2]string]storedDoc{}
	for source, ids := range bySource {
		rows, err := tx.QueryContext(ctx, `SELECT external_id, id, content_hash FROM documents
			WHERE source = ? AND external_id IN (SELECT unnest(?::VARCHAR[]))`, source, ids)
		if err != nil {
			return nil, fmt.Errorf("stored documents of %s: %w", source, err)
		}
		for rows.Next() {
			var ext string
			var d storedDoc
			if err := rows.Scan(&ext, &d.id, &d.hash); err != nil {
				rows.Close()
				return nil, fmt.Errorf("stored documents of %s: %w", source, err)
			}
			out[[2]string{source, ext}] = d
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, fmt.Errorf("stored documents of %s: %w", source, err)
		}
	}
	return out, nil
}

func updateDocument(ctx context.Context, tx *sql.Tx, id int64, d model.Document, hash string, raw []byte) error {
	res, err := tx.ExecContext(ctx, `UPDATE documents SET url = ?, title = ?, publisher = ?, authority = ?,
		published_at = ?, published_guessed = ?, fetched_at = ?, lang = ?, text = ?, content_hash = ?,
		raw_gzip = ?, version = version + 1 WHERE id = ?`,
		d.URL, d.Title, d.Publisher, d.Authority, nullTime(d.Published), d.PublishedGuessed, d.Fetched.UTC(),
		d.Lang, d.Text, hash, raw, id)
	if err != nil {
		return err
	}
	return expectOne(res)
}

func dedupeDocuments(docs []model.Document) []model.Document {
	index := make(map[[2]string]int, len(docs))
	out := make([]model.Document, 0, len(docs))
	for _, d := range docs {
		key := [2]string{d.Source, d.ExternalID}
		if i, ok := index[key]; ok {
			out[i] = d
			continue
		}
		index[key] = len(out)
		out = append(out, d)
	}
	return out
}

// KnownDocuments returns the external ids already stored for a source, so a
// scraper can skip fetching pages it has.
func (s *Store) KnownDocuments(ctx context.Context, source string) (map[string]bool, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT external_id FROM documents WHERE source = ?`, source)
	if err != nil {
		return nil, fmt.Errorf("known documents of %s: %w", source, err)
	}
	defer rows.Close()
	known := map[string]bool{}
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("known documents of %s: %w", source, err)
		}
		known[id] = true
	}
	return known, rows.Err()
}

// StoredDocument is a document as stored, with its id.
type StoredDocument struct {
	ID int64
	model.Document
	ContentHash string
}

// DocumentFilter selects documents for re-extraction.
type DocumentFilter struct {
	// All selects every document; otherwise only those whose facts are
	// missing or were extracted from other content or by another extractor.
	All bool
	// ExtractorVersion is the current extractor's version.
	ExtractorVersion string
}

// DocumentsToExtract returns the documents the filter selects, oldest first.
func (s *Store) DocumentsToExtract(ctx context.Context, f DocumentFilter) ([]StoredDocument, error) {
	q := `SELECT id, source, external_id, url, title, publisher, authority, published_at, published_guessed,
		fetched_at, lang, text, content_hash FROM documents`
	var args []any
	if !f.All {
		q += ` WHERE extracted_hash IS NULL OR extracted_hash <> content_hash OR extractor_version IS DISTINCT FROM ?`
		args = append(args, f.ExtractorVersion)
	}
	q += ` ORDER BY coalesce(published_at, fetched_at), id`
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("select documents to extract: %w", err)
	}
	defer rows.Close()
	var out []StoredDocument
	for rows.Next() {
		var d StoredDocument
		var pub sql.NullTime
		if err := rows.Scan(&d.ID, &d.Source, &d.ExternalID, &d.URL, &d.Title, &d.Publisher, &d.Authority,
			&pub, &d.PublishedGuessed, &d.Fetched, &d.Lang, &d.Text, &d.ContentHash); err != nil {
			return nil, fmt.Errorf("select documents to extract: %w", err)
		}
		if pub.Valid {
			d.Published = pub.Time.UTC()
		}
		d.Fetched = d.Fetched.UTC()
		out = append(out, d)
	}
	return out, rows.Err()
}

func gzipBytes(b []byte) ([]byte, error) {
	if len(b) == 0 {
		return nil, nil
	}
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(b); err != nil {
		return nil, fmt.Errorf("compress raw page: %w", err)
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("compress raw page: %w", err)
	}
	return buf.Bytes(), nil
}

// RawDocument returns a stored document's raw page, decompressed.
func (s *Store) RawDocument(ctx context.Context, id int64) ([]byte, error) {
	var z []byte
	if err := s.db.QueryRowContext(ctx, `SELECT raw_gzip FROM documents WHERE id = ?`, id).Scan(&z); err != nil {
		return nil, fmt.Errorf("raw document %d: %w", id, err)
	}
	if len(z) == 0 {
		return nil, nil
	}
	zr, err := gzip.NewReader(bytes.NewReader(z))
	if err != nil {
		return nil, fmt.Errorf("raw document %d: %w", id, err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("raw document %d: %w", id, err)
	}
	return b, nil
}

func nullTime(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.UTC()
}

func expectOne(res sql.Result) error {
	n, err := res.RowsAffected()
	if err != nil {
		return fmt.Errorf("rows affected: %w", err)
	}
	if n != 1 {
		return fmt.Errorf("expected 1 row affected, got %d", n)
	}
	return nil
}
