package model

import "time"

// DayTotals are one day's headline figures in a series: the daily workbook's
// 30-day trend and the period workbook's Daily sheet.
type DayTotals struct {
	Day              time.Time // the attack day (a date)
	DronesLaunched   int64
	DronesDowned     int64
	MissilesLaunched int64
	MissilesDowned   int64
	Killed           int64
	Injured          int64
}

// DayTotals returns the series entry of day holding t's figures.
func (t Totals) DayTotals(day time.Time) DayTotals {
	return DayTotals{
		Day:              day,
		DronesLaunched:   t.DronesLaunched,
		DronesDowned:     t.DronesDowned,
		MissilesLaunched: t.MissilesLaunched,
		MissilesDowned:   t.MissilesDowned,
		Killed:           t.Killed,
		Injured:          t.Injured,
	}
}

// Revision is a figure that changed across the reports of one attack: the
// best figure moved from From (reported at FromURL) to To (at ToURL). Tolls
// rise for days as rubble is cleared; a later lower figure is a correction,
// kept but flagged.
type Revision struct {
	Place   string // the attack's place label (AttackRow.Place)
	Field   string // the figure's name: "killed", "injured", "drones_launched", …
	From    int64
	To      int64
	FromURL string
	ToURL   string
	Down    bool // the caller's flag: To is below From
}

// Fell reports whether the figure went down: flagged by the caller, or To
// below From, so a revision the caller forgot to flag is still shown as one.
func (v Revision) Fell() bool { return v.Down || v.To < v.From }

// Failing reports whether the source's last run failed: its error count is
// not zero (it is reset on success), or it has run but never succeeded.
func (h SourceHealth) Failing() bool {
	return h.ErrorCount > 0 || (h.LastOK.IsZero() && !h.LastRun.IsZero())
}
