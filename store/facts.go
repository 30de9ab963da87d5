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
		for _, df := range batch {
			c, err := insertFacts(ctx, tx, version, df)
			if err != nil {
				return fmt.Errorf("document %d: %w", df.DocID, err)
			}
			want.Attacks += c.Attacks
			want.Damage += c.Damage
			want.Diplomatic += c.Diplomatic
			want.Territorial += c.Territorial
			res, err := tx.ExecContext(ctx, `UPDATE documents SET extracted_hash = ?, extractor_version = ? WHERE id = ?`,
				df.ContentHash, version, df.DocID)
			if err != nil {
				return fmt.Errorf("stamp document %d: %w", df.DocID, err)
			}
			if err := expectOne(res); err != nil {
				return fmt.Errorf("stamp document %d: %w", df.DocID, err)
			}
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

func insertFacts(ctx context.Context, tx *sql.Tx, version string, df DocFacts) (FactCounts, error) {
	var c FactCounts
	for _, a := range df.Facts.Attacks {
		id, err := insertAttack(ctx, tx, version, df.DocID, a)
		if err != nil {
			return c, err
		}
		c.Attacks++
		object := strings.Join(a.Evidence, " ")
		for _, cat := range a.Damage {
			if _, err := tx.ExecContext(ctx, `INSERT INTO damage (attack_id, doc_id, category, object) VALUES (?, ?, ?, ?)`,
				id, df.DocID, cat, object); err != nil {
				return c, fmt.Errorf("insert damage: %w", err)
			}
			c.Damage++
		}
	}
	for _, d := range df.Facts.DiplomaticActions {
		day, date := reportDay(d.Date, df.Day)
		if _, err := tx.ExecContext(ctx, `INSERT INTO diplomatic_actions (doc_id, extractor_version, action_date,
			report_day, actor, action, target, amount, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			df.DocID, version, date, day, d.Actor, d.Action, d.Target, d.Amount, d.Evidence); err != nil {
			return c, fmt.Errorf("insert diplomatic action: %w", err)
		}
		c.Diplomatic++
	}
	for _, t := range df.Facts.TerritorialClaims {
		day, date := reportDay(t.Date, df.Day)
		names := t.Names
		if names == nil {
			names = []string{}
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO territorial_claims (doc_id, extractor_version, claim_date,
			report_day, claimant, settlements, names, region, status, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			df.DocID, version, date, day, t.Claimant, t.Settlements, names, t.Region, "claimed", t.Evidence); err != nil {
			return c, fmt.Errorf("insert territorial claim: %w", err)
		}
		c.Territorial++
	}
	return c, nil
}

func insertAttack(ctx context.Context, tx *sql.Tx, version string, docID int64, a extract.Attack) (int64, error) {
	var day any
	if a.Date != nil {
		d, err := time.Parse(time.DateOnly, *a.Date)
		if err != nil {
			return 0, fmt.Errorf("attack date %q: %w", *a.Date, err)
		}
		day = d
	}
	q := func(field string) any {
		if v, ok := a.Qualifiers[field]; ok {
			return v
		}
		return nil
	}
	var id int64
	err := tx.QueryRowContext(ctx, `INSERT INTO attacks (doc_id, extractor_version, attack_day, country, oblast, city,
		districts, weapons, killed, killed_q, injured, injured_q, rescued, rescued_q, missing, missing_q,
		children_killed, children_killed_q, drones_launched, drones_launched_q, drones_downed, drones_downed_q,
		missiles_launched, missiles_launched_q, missiles_downed, missiles_downed_q, evidence)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
		docID, version, day, a.Country, a.Oblast, a.City, nonNil(a.Districts), nonNil(a.Weapons),
		a.Killed, q("killed"), a.Injured, q("injured"), a.Rescued, q("rescued"), a.Missing, q("missing"),
		a.ChildrenKilled, q("children_killed"), a.DronesLaunched, q("drones_launched"),
		a.DronesDowned, q("drones_downed"), a.MissilesLaunched, q("missiles_launched"),
		a.MissilesDowned, q("missiles_downed"), strings.Join(a.Evidence, "\n")).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("insert attack: %w", err)
	}
	return id, nil
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
