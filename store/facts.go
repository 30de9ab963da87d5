package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"sitrep/extract"
)

// DocFacts are the facts extracted from one stored document.
type DocFacts struct {
	DocID       int64
	ContentHash string    // the content the facts were extracted from
	Day         time.Time // the document's publication day: the report day of undated diplomacy and claims
	Facts       extract.Facts
}

// FactCounts counts stored fact rows.
type FactCounts struct {
	Attacks, Damage, Diplomatic, Territorial int
}

// Total is the number of fact rows.
func (c FactCounts) Total() int { return c.Attacks + c.Damage + c.Diplomatic + c.Territorial }

// ReplaceFacts replaces the derived rows of the given documents in one
// transaction: their old facts are deleted, the new ones inserted and the
// documents stamped with the extractor version and content hash. The first
// error rolls everything back, and the row counts are verified before commit,
// because DuckDB can report a successful Commit after a failed statement.
func (s *Store) ReplaceFacts(ctx context.Context, version string, batch []DocFacts) (FactCounts, error) {
	var want FactCounts
	if len(batch) == 0 {
		return want, nil
	}
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		want = FactCounts{}
		ids := make([]any, len(batch))
		for i, df := range batch {
			ids[i] = df.DocID
		}
		in := placeholders(len(ids))
		for _, table := range []string{"damage", "attacks", "diplomatic_actions", "territorial_claims"} {
			// The table name is one of the constants above, never data.
			if _, err := tx.ExecContext(ctx, "DELETE FROM "+table+" WHERE doc_id IN ("+in+")", ids...); err != nil {
				return fmt.Errorf("delete old %s: %w", table, err)
			}
		}
		rows, err := factRows(ctx, tx, version, batch)
		if err != nil {
			return err
		}
		for _, t := range rows.tables() {
			if err := insertRows(ctx, tx, t.name, t.cols, t.rows); err != nil {
				return err
			}
		}
		want = rows.counts()
		if err := stampDocuments(ctx, tx, version, batch); err != nil {
			return err
		}
		got, err := countFacts(ctx, tx, in, ids)
		if err != nil {
			return err
		}
		if got != want {
			return fmt.Errorf("fact rows after insert: got %+v, want %+v", got, want)
		}
		return nil
	})
	if err != nil {
		return FactCounts{}, fmt.Errorf("replace facts: %w", err)
	}
	return want, nil
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?,", n), ",")
}

func countFacts(ctx context.Context, tx *sql.Tx, in string, ids []any) (FactCounts, error) {
	var c FactCounts
	q := `SELECT
		(SELECT count(*) FROM attacks WHERE doc_id IN (` + in + `)),
		(SELECT count(*) FROM damage WHERE doc_id IN (` + in + `)),
		(SELECT count(*) FROM diplomatic_actions WHERE doc_id IN (` + in + `)),
		(SELECT count(*) FROM territorial_claims WHERE doc_id IN (` + in + `))`
	args := make([]any, 0, 4*len(ids))
	for range 4 {
		args = append(args, ids...)
	}
	if err := tx.QueryRowContext(ctx, q, args...).Scan(&c.Attacks, &c.Damage, &c.Diplomatic, &c.Territorial); err != nil {
		return c, fmt.Errorf("count fact rows: %w", err)
	}
	return c, nil
}

// factTables holds the rows of a batch, per table.
type factTables struct {
	attacks, damage, diplomacy, territory [][]any
}

var (
	attackColumns = []string{"id", "doc_id", "extractor_version", "attack_day", "country", "oblast", "city",
		"districts", "weapons", "killed", "killed_q", "injured", "injured_q", "rescued", "rescued_q", "missing",
		"missing_q", "children_killed", "children_killed_q", "drones_launched", "drones_launched_q",
		"drones_downed", "drones_downed_q", "missiles_launched", "missiles_launched_q", "missiles_downed",
		"missiles_downed_q", "evidence"}
	damageColumns    = []string{"attack_id", "doc_id", "category", "object"}
	diplomacyColumns = []string{"doc_id", "extractor_version", "action_date", "report_day", "actor", "action",
		"target", "amount", "evidence"}
	territoryColumns = []string{"doc_id", "extractor_version", "claim_date", "report_day", "claimant",
		"settlements", "names", "region", "status", "evidence"}
)

type tableRows struct {
	name string
	cols []string
	rows [][]any
}

// tables lists the batch's rows in insertion order.
func (f factTables) tables() []tableRows {
	return []tableRows{
		{"attacks", attackColumns, f.attacks},
		{"damage", damageColumns, f.damage},
		{"diplomatic_actions", diplomacyColumns, f.diplomacy},
		{"territorial_claims", territoryColumns, f.territory},
	}
}

func (f factTables) counts() FactCounts {
	return FactCounts{Attacks: len(f.attacks), Damage: len(f.damage), Diplomatic: len(f.diplomacy),
		Territorial: len(f.territory)}
}

// factRows turns a batch's facts into table rows, drawing the attacks' ids
// from their sequence so damage rows can point at them.
func factRows(ctx context.Context, tx *sql.Tx, version string, batch []DocFacts) (factTables, error) {
	var f factTables
	n := 0
	for _, df := range batch {
		n += len(df.Facts.Attacks)
	}
	ids, err := nextIDs(ctx, tx, "attacks_id_seq", n)
	if err != nil {
		return f, err
	}
	for _, df := range batch {
		for _, a := range df.Facts.Attacks {
			id := ids[0]
			ids = ids[1:]
			row, err := attackRow(id, version, df.DocID, a)
			if err != nil {
				return f, fmt.Errorf("document %d: %w", df.DocID, err)
			}
			f.attacks = append(f.attacks, row)
			object := strings.Join(a.Evidence, " ")
			for _, cat := range a.Damage {
				f.damage = append(f.damage, []any{id, df.DocID, cat, object})
			}
		}
		for _, d := range df.Facts.DiplomaticActions {
			day, date := reportDay(d.Date, df.Day)
			f.diplomacy = append(f.diplomacy, []any{df.DocID, version, date, day, d.Actor, d.Action, d.Target,
				d.Amount, d.Evidence})
		}
		for _, t := range df.Facts.TerritorialClaims {
			day, date := reportDay(t.Date, df.Day)
			f.territory = append(f.territory, []any{df.DocID, version, date, day, t.Claimant, t.Settlements,
				nonNil(t.Names), t.Region, "claimed", t.Evidence})
		}
	}
	return f, nil
}

func attackRow(id int64, version string, docID int64, a extract.Attack) ([]any, error) {
	var day any
	if a.Date != nil {
		d, err := time.Parse(time.DateOnly, *a.Date)
		if err != nil {
			return nil, fmt.Errorf("attack date %q: %w", *a.Date, err)
		}
		day = d
	}
	q := func(field string) any {
		if v, ok := a.Qualifiers[field]; ok {
			return v
		}
		return nil
	}
	return []any{id, docID, version, day, a.Country, a.Oblast, a.City, nonNil(a.Districts), nonNil(a.Weapons),
		a.Killed, q("killed"), a.Injured, q("injured"), a.Rescued, q("rescued"), a.Missing, q("missing"),
		a.ChildrenKilled, q("children_killed"), a.DronesLaunched, q("drones_launched"),
		a.DronesDowned, q("drones_downed"), a.MissilesLaunched, q("missiles_launched"),
		a.MissilesDowned, q("missiles_downed"), strings.Join(a.Evidence, "\n")}, nil
}

// stampDocuments records the extractor version and the content hash the
// facts came from on every document of the batch, in one statement.
func stampDocuments(ctx context.Context, tx *sql.Tx, version string, batch []DocFacts) error {
	ids := make([]int64, len(batch))
	hashes := make([]string, len(batch))
	for i, df := range batch {
		ids[i], hashes[i] = df.DocID, df.ContentHash
	}
	// Numbered parameters: DuckDB binds an UPDATE's FROM clause before its SET.
	res, err := tx.ExecContext(ctx, `UPDATE documents SET extracted_hash = v.h, extractor_version = $1
		FROM (SELECT unnest($2::BIGINT[]) AS id, unnest($3::VARCHAR[]) AS h) v WHERE documents.id = v.id`,
		version, ids, hashes)
	if err != nil {
		return fmt.Errorf("stamp documents: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return fmt.Errorf("stamp documents: %w", err)
	}
	if n != int64(len(batch)) {
		return fmt.Errorf("stamp documents: %d stamped, want %d", n, len(batch))
	}
	return nil
}

// reportDay returns the day a dated fact is reported on (its own date, else
// the document's day) and its own date for the date column (nil when none).
func reportDay(date *string, docDay time.Time) (time.Time, any) {
	if date != nil {
		if d, err := time.Parse(time.DateOnly, *date); err == nil {
			return d, d
		}
	}
	return docDay, nil
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
