package store

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Export formats.
const (
	FormatParquet = "parquet"
	FormatCSV     = "csv"
)

// exportTables are the fact tables exported, each as a query with a "day"
// column to partition by and the text columns that CSV must defuse.
var exportTables = []struct {
	name  string
	query string
	text  []string
}{
	{"attacks", `SELECT a.attack_day AS day, a.country, a.oblast, a.city, array_to_string(a.districts, ', ') AS districts,
		array_to_string(a.weapons, ', ') AS weapons, a.killed, a.killed_q, a.injured, a.injured_q, a.rescued,
		a.rescued_q, a.missing, a.missing_q, a.children_killed, a.children_killed_q, a.drones_launched,
		a.drones_launched_q, a.drones_downed, a.drones_downed_q, a.missiles_launched, a.missiles_launched_q,
		a.missiles_downed, a.missiles_downed_q, a.evidence, a.extractor_version, d.source, d.url, d.title,
		d.authority, d.published_at
		FROM attacks a JOIN documents d ON d.id = a.doc_id WHERE a.attack_day IS NOT NULL`,
		[]string{"evidence", "title", "city", "oblast"}},
	{"damage", `SELECT a.attack_day AS day, a.country, a.oblast, a.city, g.category, g.object, d.url
		FROM damage g JOIN attacks a ON a.id = g.attack_id JOIN documents d ON d.id = g.doc_id
		WHERE a.attack_day IS NOT NULL`, []string{"object"}},
	{"diplomatic_actions", `SELECT x.report_day AS day, x.action_date, x.actor, x.action, x.target, x.amount,
		x.status, x.evidence, x.extractor_version, d.source, d.url, d.title
		FROM diplomatic_actions x JOIN documents d ON d.id = x.doc_id`, []string{"actor", "target", "amount", "evidence", "title"}},
	{"territorial_claims", `SELECT t.report_day AS day, t.claim_date, t.claimant, t.settlements,
		array_to_string(t.names, ', ') AS names, t.region, t.status, t.evidence, t.extractor_version, d.source,
		d.url, d.title FROM territorial_claims t JOIN documents d ON d.id = t.doc_id`,
		[]string{"claimant", "names", "evidence", "title"}},
}

// Export writes every fact table into dir/<table>/day=YYYY-MM-DD/ files
// (Hive partitioning), as Parquet or CSV, replacing what an earlier export
// wrote there. CSV text that would start a spreadsheet formula (= + - @, tab,
// carriage return) gets a leading apostrophe. It returns the tables' row counts.
func (s *Store) Export(ctx context.Context, dir, format string) (map[string]int64, error) {
	if format != FormatParquet && format != FormatCSV {
		return nil, fmt.Errorf("export: format %q: want parquet or csv", format)
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	counts := map[string]int64{}
	for _, t := range exportTables {
		target := filepath.Join(abs, t.name)
		if err := os.RemoveAll(target); err != nil {
			return nil, fmt.Errorf("export %s: %w", t.name, err)
		}
		if err := os.MkdirAll(target, 0o755); err != nil {
			return nil, fmt.Errorf("export %s: %w", t.name, err)
		}
		q := t.query
		opts := "FORMAT parquet, PARTITION_BY (day), OVERWRITE_OR_IGNORE true"
		if format == FormatCSV {
			q = defuseCSV(q, t.text)
			opts = "FORMAT csv, HEADER true, PARTITION_BY (day), OVERWRITE_OR_IGNORE true"
		}
		// COPY takes no bind parameter for its target, so the path (ours,
		// from the command line, never scraped) is quoted as a literal.
		stmt := fmt.Sprintf("COPY (%s) TO %s (%s)", q, sqlString(target), opts)
		if _, err := s.db.ExecContext(ctx, stmt); err != nil {
			return nil, fmt.Errorf("export %s: %w", t.name, err)
		}
		var n int64
		if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM ("+t.query+")").Scan(&n); err != nil {
			return nil, fmt.Errorf("export %s: count: %w", t.name, err)
		}
		counts[t.name] = n
	}
	return counts, nil
}

// defuseCSV wraps the query so each text column starting like a formula
// gets a leading apostrophe (FAULTS X2).
func defuseCSV(q string, cols []string) string {
	var repl []string
	for _, c := range cols {
		repl = append(repl, fmt.Sprintf(`CASE WHEN regexp_matches(%[1]s, '^[=+\-@\t\r]') THEN '''' || %[1]s ELSE %[1]s END AS %[1]s`, c))
	}
	return "SELECT * REPLACE (" + strings.Join(repl, ", ") + ") FROM (" + q + ")"
}

func sqlString(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }
