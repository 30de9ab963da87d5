package reports

import "sitrep/model"

// headline is one row of the Summary sheet's figure table.
type headline struct {
	name  string
	value int64
}

// headlines lists the day's headline figures in the Summary sheet's order.
func headlines(t model.Totals) []headline {
	return []headline{
		{"Attacks", int64(t.Attacks)},
		{"Places hit", int64(t.Places)},
		{"Drones launched", t.DronesLaunched},
		{"Drones shot down", t.DronesDowned},
		{"Missiles launched", t.MissilesLaunched},
		{"Missiles shot down", t.MissilesDowned},
		{"Killed", t.Killed},
		{"Injured", t.Injured},
		{"Damage categories", int64(t.DamageCategories)},
		{"Diplomatic actions", int64(t.Diplomatic)},
		{"Territorial claims", int64(t.Territorial)},
	}
}
