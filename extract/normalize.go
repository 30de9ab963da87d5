package extract

import (
	"cmp"
	"slices"
)

// Normalize puts facts in canonical form: every slice and map non-nil, the
// districts, weapons and damage of each attack sorted and unique, evidence
// unique in text order, and attacks, diplomatic actions and territorial
// claims in a deterministic order, so that equal facts marshal to equal JSON.
func Normalize(f *Facts) {
	if f.Attacks == nil {
		f.Attacks = []Attack{}
	}
	for i := range f.Attacks {
		a := &f.Attacks[i]
		a.Districts = sortedUnique(a.Districts)
		a.Weapons = sortedUnique(a.Weapons)
		a.Damage = sortedUnique(a.Damage)
		a.Evidence = uniqueInOrder(a.Evidence)
		if a.Qualifiers == nil {
			a.Qualifiers = map[string]string{}
		}
	}
	slices.SortStableFunc(f.Attacks, compareAttacks)
	if f.DiplomaticActions == nil {
		f.DiplomaticActions = []DiplomaticAction{}
	}
	slices.SortStableFunc(f.DiplomaticActions, func(a, b DiplomaticAction) int {
		return cmp.Or(cmpOpt(a.Date, b.Date), cmp.Compare(a.Actor, b.Actor),
			cmp.Compare(a.Action, b.Action), cmpOpt(a.Target, b.Target))
	})
	if f.TerritorialClaims == nil {
		f.TerritorialClaims = []TerritorialClaim{}
	}
	for i := range f.TerritorialClaims {
		if f.TerritorialClaims[i].Names == nil {
			f.TerritorialClaims[i].Names = []string{}
		}
	}
	slices.SortStableFunc(f.TerritorialClaims, func(a, b TerritorialClaim) int {
		return cmp.Or(cmpOpt(a.Date, b.Date), cmp.Compare(a.Claimant, b.Claimant), cmpOpt(a.Region, b.Region))
	})
}

func compareAttacks(a, b Attack) int {
	return cmp.Or(cmpOpt(a.Date, b.Date), cmp.Compare(a.Country, b.Country),
		cmpOpt(a.Oblast, b.Oblast), cmpOpt(a.City, b.City))
}

// cmpOpt orders optional strings with null first.
func cmpOpt(a, b *string) int {
	switch {
	case a == nil && b == nil:
		return 0
	case a == nil:
		return -1
	case b == nil:
		return 1
	}
	return cmp.Compare(*a, *b)
}

func sortedUnique(s []string) []string {
	out := slices.Clone(s)
	if out == nil {
		return []string{}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func uniqueInOrder(s []string) []string {
	out := make([]string, 0, len(s))
	seen := make(map[string]bool, len(s))
	for _, v := range s {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}
