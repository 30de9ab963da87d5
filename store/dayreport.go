package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"sitrep/events"
	"sitrep/model"
)

// AttackObservations returns every stored attack observation of the attack
// days in [from, to] (dates), with its document's metadata.
func (s *Store) AttackObservations(ctx context.Context, from, to time.Time) ([]events.Observation, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT a.attack_day, a.country, coalesce(a.oblast, ''), coalesce(a.city, ''),
		a.districts, a.weapons, a.evidence,
		a.killed, coalesce(a.killed_q, ''), a.injured, coalesce(a.injured_q, ''),
		a.rescued, coalesce(a.rescued_q, ''), a.missing, coalesce(a.missing_q, ''),
		a.children_killed, coalesce(a.children_killed_q, ''),
		a.drones_launched, coalesce(a.drones_launched_q, ''), a.drones_downed, coalesce(a.drones_downed_q, ''),
		a.missiles_launched, coalesce(a.missiles_launched_q, ''), a.missiles_downed, coalesce(a.missiles_downed_q, ''),
		d.id, d.url, d.title, d.authority, coalesce(d.published_at, d.fetched_at),
		(SELECT list(category ORDER BY category) FROM damage g WHERE g.attack_id = a.id)
		FROM attacks a JOIN documents d ON d.id = a.doc_id
		WHERE a.attack_day BETWEEN ? AND ? ORDER BY a.attack_day, d.id, a.id`, from, to)
	if err != nil {
		return nil, fmt.Errorf("attack observations: %w", err)
	}
	defer rows.Close()
	var out []events.Observation
	for rows.Next() {
		o, err := scanObservation(rows)
		if err != nil {
			return nil, fmt.Errorf("attack observations: %w", err)
		}
		out = append(out, o)
	}
	return out, rows.Err()
}

func scanObservation(rows *sql.Rows) (events.Observation, error) {
	var o events.Observation
	var districts, weapons, damage any
	nums := make([]sql.NullInt64, len(events.Fields))
	quals := make([]string, len(events.Fields))
	dest := []any{&o.Day, &o.Country, &o.Oblast, &o.City, &districts, &weapons, &o.Evidence}
	for i := range events.Fields {
		dest = append(dest, &nums[i], &quals[i])
	}
	dest = append(dest, &o.DocID, &o.URL, &o.Title, &o.Authority, &o.Published, &damage)
	if err := rows.Scan(dest...); err != nil {
		return o, err
	}
	o.Day = o.Day.UTC()
	o.Published = o.Published.UTC()
	o.Districts, o.Weapons, o.Damage = stringList(districts), stringList(weapons), stringList(damage)
	o.Figures = map[string]events.Value{}
	for i, f := range events.Fields {
		if !nums[i].Valid && quals[i] == "" {
			continue
		}
		v := events.Value{Qualifier: quals[i]}
		if nums[i].Valid {
			n := nums[i].Int64
			v.N = &n
		}
		o.Figures[f] = v
	}
	return o, nil
}

// stringList converts a scanned DuckDB list to []string.
func stringList(v any) []string {
	items, _ := v.([]any)
	out := make([]string, 0, len(items))
	for _, it := range items {
		if s, ok := it.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

// historyDays is the length of the Summary's trend charts.
const historyDays = 30

// DayReport assembles everything the daily workbook shows for day (a date):
// consolidated attacks with their revisions, the last 30 days' headline
// figures, damage, diplomacy, territory, the documents used and the sources'
// health. Totals are left for the caller to compute.
func (s *Store) DayReport(ctx context.Context, day time.Time) (model.DayReport, error) {
	r := model.DayReport{Day: day}
	from := day.AddDate(0, 0, -(historyDays - 1))
	obs, err := s.AttackObservations(ctx, from, day)
	if err != nil {
		return r, err
	}
	var today []events.Observation
	for _, o := range obs {
		if o.Day.Equal(day) {
			today = append(today, o)
		}
	}
	r.Attacks = events.Consolidate(today)
	r.Revisions = events.Revisions(today)
	r.History = events.History(obs, from, day)
	if err := s.dayRows(ctx, &r); err != nil {
		return r, err
	}
	if r.Documents, err = s.documentsOfDay(ctx, day); err != nil {
		return r, err
	}
	if r.Sources, err = s.SourceHealth(ctx); err != nil {
		return r, err
	}
	return r, nil
}

func (s *Store) damageRows(ctx context.Context, day time.Time) ([]model.DamageRow, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT a.attack_day, a.country, coalesce(a.oblast, ''), coalesce(a.city, ''),
		g.category, g.object, d.url, d.title
		FROM damage g JOIN attacks a ON a.id = g.attack_id JOIN documents d ON d.id = g.doc_id
		WHERE a.attack_day = ? ORDER BY a.oblast, a.city, g.category, d.id`, day)
	if err != nil {
		return nil, fmt.Errorf("damage rows: %w", err)
	}
	defer rows.Close()
	var out []model.DamageRow
	for rows.Next() {
		var r model.DamageRow
		var a model.AttackRow
		if err := rows.Scan(&r.Day, &a.Country, &a.Oblast, &a.City, &r.Category, &r.Object, &r.URL, &r.Title); err != nil {
			return nil, fmt.Errorf("damage rows: %w", err)
		}
		r.Day = r.Day.UTC()
		r.Place = a.Place()
		out = append(out, r)
	}
	return out, rows.Err()
}

func (s *Store) diplomacyRows(ctx context.Context, from, to time.Time) ([]model.DiplomacyRow, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT x.report_day, x.actor, x.action, coalesce(x.target, ''),
		coalesce(x.amount, ''), coalesce(x.status, ''), x.evidence, d.url, d.title
		FROM diplomatic_actions x JOIN documents d ON d.id = x.doc_id
		WHERE x.report_day BETWEEN ? AND ? ORDER BY x.report_day, x.actor, x.action, d.id`, from, to)
	if err != nil {
		return nil, fmt.Errorf("diplomacy rows: %w", err)
	}
	defer rows.Close()
	var out []model.DiplomacyRow
	for rows.Next() {
		var r model.DiplomacyRow
		if err := rows.Scan(&r.Day, &r.Actor, &r.Action, &r.Target, &r.Amount, &r.Status, &r.Evidence,
			&r.URL, &r.Title); err != nil {
			return nil, fmt.Errorf("diplomacy rows: %w", err)
		}
		r.Day = r.Day.UTC()
		out = append(out, r)
	}
	return out, rows.Err()
}

func (s *Store) territoryRows(ctx context.Context, from, to time.Time) ([]model.TerritoryRow, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT t.report_day, t.claimant, t.settlements, t.names,
		coalesce(t.region, ''), t.status, t.evidence, d.url, d.title
		FROM territorial_claims t JOIN documents d ON d.id = t.doc_id
		WHERE t.report_day BETWEEN ? AND ? ORDER BY t.report_day, t.claimant, d.id`, from, to)
	if err != nil {
		return nil, fmt.Errorf("territory rows: %w", err)
	}
	defer rows.Close()
	var out []model.TerritoryRow
	for rows.Next() {
		var r model.TerritoryRow
		var n sql.NullInt64
		var names any
		if err := rows.Scan(&r.Day, &r.Claimant, &n, &names, &r.Region, &r.Status, &r.Evidence, &r.URL,
			&r.Title); err != nil {
			return nil, fmt.Errorf("territory rows: %w", err)
		}
		r.Day = r.Day.UTC()
		if n.Valid {
			v := n.Int64
			r.Settlements = &v
		}
		r.Names = stringList(names)
		out = append(out, r)
	}
	return out, rows.Err()
}

// documentsOfDay returns the documents that contributed a fact to the day.
func (s *Store) documentsOfDay(ctx context.Context, day time.Time) ([]model.SourceDoc, error) {
	rows, err := s.db.QueryContext(ctx, `WITH used AS (
			SELECT doc_id FROM attacks WHERE attack_day = ?
			UNION ALL SELECT doc_id FROM diplomatic_actions WHERE report_day = ?
			UNION ALL SELECT doc_id FROM territorial_claims WHERE report_day = ?)
		SELECT d.source, d.publisher, d.title, d.url, coalesce(d.published_at, d.fetched_at), d.lang, count(*)
		FROM used u JOIN documents d ON d.id = u.doc_id
		GROUP BY ALL ORDER BY 5, d.source, d.title`, day, day, day)
	if err != nil {
		return nil, fmt.Errorf("documents of day: %w", err)
	}
	defer rows.Close()
	var out []model.SourceDoc
	for rows.Next() {
		var d model.SourceDoc
		if err := rows.Scan(&d.Source, &d.Publisher, &d.Title, &d.URL, &d.Published, &d.Lang, &d.Facts); err != nil {
			return nil, fmt.Errorf("documents of day: %w", err)
		}
		d.Published = d.Published.UTC()
		out = append(out, d)
	}
	return out, rows.Err()
}

// PeriodReport assembles a period workbook's data for the days in [from,
// to]: each day's headline figures, every consolidated attack, and the
// diplomatic actions and territorial claims of the period.
func (s *Store) PeriodReport(ctx context.Context, from, to time.Time) (model.PeriodReport, error) {
	p := model.PeriodReport{From: from, To: to}
	obs, err := s.AttackObservations(ctx, from, to)
	if err != nil {
		return p, err
	}
	p.Attacks = events.Consolidate(obs)
	p.Days = events.History(obs, from, to)
	if p.Diplomacy, err = s.diplomacyRows(ctx, from, to); err != nil {
		return p, err
	}
	if p.Territory, err = s.territoryRows(ctx, from, to); err != nil {
		return p, err
	}
	return p, nil
}

// DayFacts returns what a day's totals are computed from — its consolidated
// attacks, damage, diplomacy and territory — without the history, documents
// and source health a full DayReport adds: enough for the previous day's
// column of the Summary.
func (s *Store) DayFacts(ctx context.Context, day time.Time) (model.DayReport, error) {
	r := model.DayReport{Day: day}
	obs, err := s.AttackObservations(ctx, day, day)
	if err != nil {
		return r, err
	}
	r.Attacks = events.Consolidate(obs)
	return r, s.dayRows(ctx, &r)
}

// dayRows fills a day's damage, diplomacy and territory rows.
func (s *Store) dayRows(ctx context.Context, r *model.DayReport) error {
	var err error
	if r.Damage, err = s.damageRows(ctx, r.Day); err != nil {
		return err
	}
	if r.Diplomacy, err = s.diplomacyRows(ctx, r.Day, r.Day); err != nil {
		return err
	}
	r.Territory, err = s.territoryRows(ctx, r.Day, r.Day)
	return err
}
