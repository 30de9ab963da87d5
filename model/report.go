package model

import "time"

// Qualifier values, as in the extract contract. An exact figure has none.
const (
	QualAtLeast  = "at_least"
	QualMoreThan = "more_than"
	QualAbout    = "about"
	QualUpTo     = "up_to"
)

// Figure is one consolidated number: the best figure chosen among the
// observations of several documents, with the range seen.
type Figure struct {
	Value     *int64 // best figure; nil when no document gave a number
	Qualifier string // "at_least", "more_than", … or a vague phrase ("a dozen"); "" when exact
	Low, High *int64 // smallest and largest figures seen; nil when none
	Reports   int    // how many documents gave a figure or a phrase for this field
}

// Known reports whether the figure has a value.
func (f Figure) Known() bool { return f.Value != nil }

// Int returns the value or 0.
func (f Figure) Int() int64 {
	if f.Value == nil {
		return 0
	}
	return *f.Value
}

// AttackRow is one consolidated attack: one (attack day, place) across all
// documents that report it. A national Air Force tally has empty Oblast and City.
type AttackRow struct {
	Day       time.Time // the attack day (a date at midnight UTC)
	Country   string
	Oblast    string
	City      string
	Districts []string
	Weapons   []string
	Damage    []string // damage categories

	DronesLaunched, DronesDowned     Figure
	MissilesLaunched, MissilesDowned Figure
	Killed, Injured, Rescued         Figure
	Missing, ChildrenKilled          Figure

	Sources   int      // number of distinct documents
	BestURL   string   // link to the best source
	BestTitle string   // its title
	OtherURLs []string // the other documents' links
	Evidence  string   // the evidence sentence(s) of the best source

	// Provisional is true when the best source marked its figures as not
	// final: "preliminary data", "being clarified", "the attack continues".
	// The figures may still rise; the workbook says so beside the row.
	Provisional bool
}

// National reports whether the row is a national tally (no place).
func (a AttackRow) National() bool { return a.Oblast == "" && a.City == "" }

// Place returns a human label for the row's place.
func (a AttackRow) Place() string {
	switch {
	case a.City != "":
		return a.City
	case a.Oblast != "":
		return a.Oblast + " oblast"
	case a.Country != "" && a.Country != "Ukraine":
		return a.Country
	default:
		return "Ukraine (national)"
	}
}

// DamageRow is one damage category at one place on one day.
type DamageRow struct {
	Day      time.Time
	Place    string // city, or oblast, or "Ukraine (national)"
	Category string
	Object   string // the object as described in the text (the evidence sentence)
	URL      string // source link
	Title    string
}

// DiplomacyRow is one diplomatic action reported on the day.
type DiplomacyRow struct {
	Day      time.Time // the action's date when stated, else the publication day
	Actor    string
	Action   string
	Target   string
	Amount   string
	Status   string
	Evidence string
	URL      string
	Title    string
}

// TerritoryRow is one territorial claim.
type TerritoryRow struct {
	Day         time.Time
	Claimant    string
	Settlements *int64
	Names       []string
	Region      string
	Status      string // claimed or confirmed
	Evidence    string
	URL         string
	Title       string
}

// SourceDoc is one document used in the day's report.
type SourceDoc struct {
	Source    string
	Publisher string
	Title     string
	URL       string
	Published time.Time
	Lang      string
	Facts     int // number of facts extracted from it
}

// SourceHealth is a configured source's state after the last run.
type SourceHealth struct {
	Name       string
	Kind       string
	URL        string
	LastOK     time.Time // zero when never
	LastRun    time.Time
	ErrorCount int
	LastError  string
	Documents  int // documents stored from it
}

// Totals are the headline figures of a day.
type Totals struct {
	Attacks          int
	Places           int
	DronesLaunched   int64
	DronesDowned     int64
	MissilesLaunched int64
	MissilesDowned   int64
	Killed           int64
	Injured          int64
	DamageCategories int
	Diplomatic       int
	Territorial      int
}

// DayReport is everything the daily workbook and email show for one day.
type DayReport struct {
	Day              time.Time // the report day (date)
	Generated        time.Time
	TimeZone         string
	ExtractorVersion string
	Attacks          []AttackRow
	Damage           []DamageRow
	Diplomacy        []DiplomacyRow
	Territory        []TerritoryRow
	Documents        []SourceDoc
	Sources          []SourceHealth
	Totals           Totals
	Previous         *Totals // the previous day's totals, nil when unknown

	// History holds the headline figures of the last 30 days up to and
	// including Day, one entry per day, in any order, for the trend charts.
	// A day without an entry is shown as a gap. The entry for Day itself is
	// taken from Totals, so the charts agree with the figure table.
	History []DayTotals
	// Revisions are the figures that changed across the reports of one
	// attack shown in this report, oldest value first.
	Revisions []Revision
	// Notes are anything odd the caller found, one sentence each: a source
	// that failed today, a row whose arithmetic check failed.
	Notes []string
}
