package store

import (
	"context"
	"fmt"
)

// TableCounts returns the number of rows of every data table, for summaries
// and idempotency checks.
func (s *Store) TableCounts(ctx context.Context) (map[string]int64, error) {
	out := map[string]int64{}
	for _, t := range []string{"documents", "attacks", "damage", "diplomatic_actions", "territorial_claims", "sources",
		"ledger", "deliveries"} {
		var n int64
		// t is one of the constants above.
		if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM "+t).Scan(&n); err != nil {
			return nil, fmt.Errorf("count %s: %w", t, err)
		}
		out[t] = n
	}
	return out, nil
}
