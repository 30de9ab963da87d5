package reports

import (
	"fmt"

	"sitrep/model"
)

// attackFigure is one figure of an attack row as the Attacks sheets show it:
// three columns, the best value, its qualifier and the range seen.
type attackFigure struct {
	name string
	get  func(model.AttackRow) model.Figure
}

// attackFigures are the attack rows' figures in the Attacks sheets' order.
func attackFigures() []attackFigure {
	return []attackFigure{
		{"Drones launched", func(a model.AttackRow) model.Figure { return a.DronesLaunched }},
		{"Drones shot down", func(a model.AttackRow) model.Figure { return a.DronesDowned }},
		{"Missiles launched", func(a model.AttackRow) model.Figure { return a.MissilesLaunched }},
		{"Missiles shot down", func(a model.AttackRow) model.Figure { return a.MissilesDowned }},
		{"Killed", func(a model.AttackRow) model.Figure { return a.Killed }},
		{"Injured", func(a model.AttackRow) model.Figure { return a.Injured }},
		{"Rescued", func(a model.AttackRow) model.Figure { return a.Rescued }},
		{"Missing", func(a model.AttackRow) model.Figure { return a.Missing }},
		{"Children killed", func(a model.AttackRow) model.Figure { return a.ChildrenKilled }},
	}
}

// figureColumns are the three columns of every figure: "Killed", "Killed
// qualifier", "Killed seen".
func figureColumns() []column {
	var cols []column
	for _, f := range attackFigures() {
		cols = append(cols, column{f.name, 10}, column{f.name + " qualifier", 11}, column{f.name + " seen", 9})
	}
	return cols
}

// seenText is the range of a figure's reports, "3–6", when they disagree;
// "" when one figure was seen or none.
func seenText(f model.Figure) string {
	if f.Low == nil || f.High == nil || *f.Low == *f.High {
		return ""
	}
	return fmt.Sprintf("%d–%d", *f.Low, *f.High)
}

// yes is "yes" for true and "" for false, so a flag column filters cleanly.
func yes(b bool) string {
	if b {
		return "yes"
	}
	return ""
}
