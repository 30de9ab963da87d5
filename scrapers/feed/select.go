package feed

import (
	"slices"
	"time"
)

// selectItems keeps the items published in [from, to) (a zero bound is open;
// undated items are always kept, as their date is unknown), orders them
// newest first (undated first, as they are stamped with the fetch time) and
// keeps at most max of them (0 = all). Feeds are not sorted, so the order is
// ours to make.
func selectItems(items []Item, from, to time.Time, max int) []Item {
	kept := make([]Item, 0, len(items))
	for _, it := range items {
		if it.Published.IsZero() || inWindow(it.Published, from, to) {
			kept = append(kept, it)
		}
	}
	slices.SortStableFunc(kept, func(a, b Item) int {
		switch {
		case a.Published.IsZero() && b.Published.IsZero():
			return 0
		case a.Published.IsZero():
			return -1
		case b.Published.IsZero():
			return 1
		default:
			return b.Published.Compare(a.Published)
		}
	})
	if max > 0 && len(kept) > max {
		kept = kept[:max]
	}
	return kept
}

func inWindow(t, from, to time.Time) bool {
	return (from.IsZero() || !t.Before(from)) && (to.IsZero() || t.Before(to))
}
