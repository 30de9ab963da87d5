package uk

import (
	"slices"

	"sitrep/extract"
)

// newRow returns an attack row with every list and map non-nil, as the
// contract wants them in JSON.
func newRow(p place, day period) extract.Attack {
	a := extract.Attack{
		Date: day.date(), Country: "Ukraine",
		Districts: []string{}, Weapons: []string{}, Damage: []string{},
		Qualifiers: map[string]string{}, Evidence: []string{},
	}
	if p.oblast != "" {
		a.Oblast = ptr(p.oblast)
	}
	if p.city != "" {
		a.City = ptr(p.city)
	}
	return a
}

func ptr[T any](v T) *T { return &v }

// setFigure stores a figure and its qualifier in a row field.
func setFigure(a *extract.Attack, field string, f figure) {
	if !f.ok {
		return
	}
	*fieldPtr(a, field) = ptr(f.val)
	if f.qual != "" {
		a.Qualifiers[field] = f.qual
	}
}

func fieldPtr(a *extract.Attack, field string) **int {
	switch field {
	case fieldKilled:
		return &a.Killed
	case fieldInjured:
		return &a.Injured
	case fieldRescued:
		return &a.Rescued
	case fieldMissing:
		return &a.Missing
	case fieldChildren:
		return &a.ChildrenKilled
	case "drones_launched":
		return &a.DronesLaunched
	case "drones_downed":
		return &a.DronesDowned
	case "missiles_launched":
		return &a.MissilesLaunched
	default:
		return &a.MissilesDowned
	}
}

// addEvidence appends a sentence once.
func addEvidence(a *extract.Attack, s string) {
	if !slices.Contains(a.Evidence, s) {
		a.Evidence = append(a.Evidence, s)
	}
}

// sortedSet sorts and dedupes a list, never returning nil.
func sortedSet(xs []string) []string {
	slices.Sort(xs)
	xs = slices.Compact(xs)
	if xs == nil {
		return []string{}
	}
	return xs
}
