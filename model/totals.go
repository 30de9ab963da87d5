package model

import (
	"sort"
	"strings"
)

// NationalTally reports whether the row is Ukraine's national tally (the Air
// Force's count of drones and missiles launched and shot down): no oblast, no
// city, and the country Ukraine or unset. A country-only row for another
// country (drones over Russia, say) is not a national tally of Ukraine.
func (a AttackRow) NationalTally() bool {
	return a.National() && (a.Country == "" || a.Country == "Ukraine")
}

// InUkraine reports whether the row is about Ukraine (an unset country
// counts as Ukraine). Ukrainian strikes on Russia are rows of their own,
// never part of Ukraine's totals.
func (a AttackRow) InUkraine() bool { return a.Country == "" || a.Country == "Ukraine" }

// PlacesHit returns the labels (AttackRow.Place) of the distinct places in
// Ukraine attacked on the day, national tallies left out, sorted. Two rows are the same
// place when country, oblast and city match.
func (r DayReport) PlacesHit() []string {
	seen := map[[3]string]bool{}
	var places []string
	for _, a := range r.Attacks {
		key := [3]string{a.Country, a.Oblast, a.City}
		if a.NationalTally() || !a.InUkraine() || seen[key] {
			continue
		}
		seen[key] = true
		places = append(places, a.Place())
	}
	sort.Strings(places)
	return places
}

// DamageCategories returns the distinct damage categories of the day, from
// the attack rows and the damage rows, trimmed, lower-cased and sorted.
func (r DayReport) DamageCategories() []string {
	seen := map[string]bool{}
	add := func(c string) {
		if c = strings.ToLower(strings.TrimSpace(c)); c != "" {
			seen[c] = true
		}
	}
	for _, a := range r.Attacks {
		for _, c := range a.Damage {
			add(c)
		}
	}
	for _, d := range r.Damage {
		add(d.Category)
	}
	cats := make([]string, 0, len(seen))
	for c := range seen {
		cats = append(cats, c)
	}
	sort.Strings(cats)
	return cats
}

// ComputeTotals fills r.Totals from the report's rows:
//
//   - Attacks is the number of attack rows in Ukraine, national tallies
//     included (strikes on Russia are rows of the Attacks sheet but count in
//     none of these totals);
//   - Places is the number of distinct places hit (PlacesHit);
//   - each drone and missile figure is the sum over the national tallies
//     that give it, because the Air Force counts the whole country and local
//     reports repeat part of that count; when no national tally gives the
//     figure it is the sum over the other rows;
//   - Killed and Injured are summed over the rows that are not national
//     tallies, using each row's best value (a figure without a value counts 0);
//   - DamageCategories is the number of distinct categories (DamageCategories);
//   - Diplomatic and Territorial are the numbers of diplomacy and territory rows.
func ComputeTotals(r *DayReport) {
	pick := func(f func(AttackRow) Figure) int64 { return tallyOrSum(r.Attacks, f) }
	var killed, injured int64
	attacks := 0
	for _, a := range r.Attacks {
		if !a.InUkraine() {
			continue
		}
		attacks++
		if !a.NationalTally() {
			killed += a.Killed.Int()
			injured += a.Injured.Int()
		}
	}
	r.Totals = Totals{
		Attacks:          attacks,
		Places:           len(r.PlacesHit()),
		DronesLaunched:   pick(func(a AttackRow) Figure { return a.DronesLaunched }),
		DronesDowned:     pick(func(a AttackRow) Figure { return a.DronesDowned }),
		MissilesLaunched: pick(func(a AttackRow) Figure { return a.MissilesLaunched }),
		MissilesDowned:   pick(func(a AttackRow) Figure { return a.MissilesDowned }),
		Killed:           killed,
		Injured:          injured,
		DamageCategories: len(r.DamageCategories()),
		Diplomatic:       len(r.Diplomacy),
		Territorial:      len(r.Territory),
	}
}

// tallyOrSum sums a figure over the national tallies that know it, or over
// the other rows when no national tally does.
func tallyOrSum(rows []AttackRow, field func(AttackRow) Figure) int64 {
	var national, local int64
	var haveNational bool
	for _, a := range rows {
		f := field(a)
		switch {
		case a.NationalTally() && f.Known():
			national += f.Int()
			haveNational = true
		case !a.NationalTally() && a.InUkraine():
			local += f.Int()
		}
	}
	if haveNational {
		return national
	}
	return local
}
