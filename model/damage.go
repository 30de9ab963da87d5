package model

import (
	"sort"
	"strings"
)

// CategoryCount is the number of distinct places with damage of one category.
type CategoryCount struct {
	Category string
	Places   int
}

// DamageByCategory counts, for each damage category of the day, the distinct
// places where it was reported, from the attack rows (AttackRow.Place) and
// the damage rows (DamageRow.Place). Categories are trimmed and lower-cased
// as in DamageCategories, places compared case-insensitively. The result is
// sorted by count, largest first, then by category.
func (r DayReport) DamageByCategory() []CategoryCount {
	places := map[string]map[string]bool{}
	add := func(category, place string) {
		category = strings.ToLower(strings.TrimSpace(category))
		if category == "" {
			return
		}
		if places[category] == nil {
			places[category] = map[string]bool{}
		}
		places[category][strings.ToLower(strings.TrimSpace(place))] = true
	}
	for _, a := range r.Attacks {
		for _, c := range a.Damage {
			add(c, a.Place())
		}
	}
	for _, d := range r.Damage {
		add(d.Category, d.Place)
	}
	out := make([]CategoryCount, 0, len(places))
	for c, p := range places {
		out = append(out, CategoryCount{Category: c, Places: len(p)})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Places != out[j].Places {
			return out[i].Places > out[j].Places
		}
		return out[i].Category < out[j].Category
	})
	return out
}
