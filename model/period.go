package model

import "time"

// PeriodReport is everything the period workbook shows for the days From to
// To, both included: the daily series and every consolidated row of the
// period. It is filled by the caller, like DayReport.
type PeriodReport struct {
	From, To         time.Time // the first and last day (dates)
	Days             []DayTotals
	Attacks          []AttackRow
	Diplomacy        []DiplomacyRow
	Territory        []TerritoryRow
	Generated        time.Time
	TimeZone         string
	ExtractorVersion string
}
