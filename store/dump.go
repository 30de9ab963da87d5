package store

import (
	"context"
	"fmt"
	"strings"
)

// dumpQueries select every stored fact in a canonical order, by natural
// keys rather than row ids, leaving out what legitimately differs between two
// runs over the same input (times, attempt counts).
var dumpQueries = []string{
	`SELECT source, external_id, content_hash, title, url FROM documents ORDER BY ALL`,
	`SELECT d.source, d.external_id, a.attack_day, a.country, a.oblast, a.city, a.districts, a.weapons,
		a.killed, a.killed_q, a.injured, a.injured_q, a.rescued, a.rescued_q, a.missing, a.missing_q,
		a.children_killed, a.children_killed_q, a.drones_launched, a.drones_launched_q, a.drones_downed,
		a.drones_downed_q, a.missiles_launched, a.missiles_launched_q, a.missiles_downed, a.missiles_downed_q,
		a.evidence, a.extractor_version
		FROM attacks a JOIN documents d ON d.id = a.doc_id ORDER BY ALL`,
	`SELECT d.source, d.external_id, g.category, g.object FROM damage g JOIN documents d ON d.id = g.doc_id ORDER BY ALL`,
	`SELECT d.source, d.external_id, x.action_date, x.report_day, x.actor, x.action, x.target, x.amount, x.evidence
		FROM diplomatic_actions x JOIN documents d ON d.id = x.doc_id ORDER BY ALL`,
	`SELECT d.source, d.external_id, t.claim_date, t.report_day, t.claimant, t.settlements, t.names, t.region,
		t.evidence FROM territorial_claims t JOIN documents d ON d.id = t.doc_id ORDER BY ALL`,
	`SELECT job, day, status FROM ledger ORDER BY ALL`,
}

// Dump returns every stored document and fact as canonical text, for
// comparing the outcome of two runs (crash-safety tests, migrations).
func (s *Store) Dump(ctx context.Context) (string, error) {
	var b strings.Builder
	for _, q := range dumpQueries {
		rows, err := s.db.QueryContext(ctx, q)
		if err != nil {
			return "", fmt.Errorf("dump: %w", err)
		}
		cols, err := rows.Columns()
		if err != nil {
			rows.Close()
			return "", fmt.Errorf("dump: %w", err)
		}
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				rows.Close()
				return "", fmt.Errorf("dump: %w", err)
			}
			for i, v := range vals {
				if i > 0 {
					b.WriteByte('\t')
				}
				fmt.Fprint(&b, v)
			}
			b.WriteByte('\n')
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return "", fmt.Errorf("dump: %w", err)
		}
		b.WriteString("--\n")
	}
	return b.String(), nil
}
