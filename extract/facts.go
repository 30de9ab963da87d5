// Package extract turns a document's text into facts: attacks per place with
// casualties, weapons and damage; diplomatic actions; territorial claims.
// Everything here is a pure function of its input: no I/O, no clock.
package extract

// Facts is the `sitrep extract` contract (ARCHITECTURE.md): every key is
// present in JSON, unknown values are null, lists are possibly empty.
type Facts struct {
	Attacks           []Attack           `json:"attacks"`
	DiplomaticActions []DiplomaticAction `json:"diplomatic_actions"`
	TerritorialClaims []TerritorialClaim `json:"territorial_claims"`
}

// Attack is one attack on one place on one day as one document reports it.
// A national Air Force tally has nil Oblast and City.
type Attack struct {
	Date             *string           `json:"date"` // YYYY-MM-DD, the attack day in Europe/Kyiv
	Country          string            `json:"country"`
	Oblast           *string           `json:"oblast"`
	City             *string           `json:"city"`
	Districts        []string          `json:"districts"`
	Killed           *int              `json:"killed"`
	Injured          *int              `json:"injured"`
	Rescued          *int              `json:"rescued"`
	Missing          *int              `json:"missing"`
	ChildrenKilled   *int              `json:"children_killed"`
	DronesLaunched   *int              `json:"drones_launched"`
	DronesDowned     *int              `json:"drones_downed"`
	MissilesLaunched *int              `json:"missiles_launched"`
	MissilesDowned   *int              `json:"missiles_downed"`
	Weapons          []string          `json:"weapons"`
	Damage           []string          `json:"damage"`
	Qualifiers       map[string]string `json:"qualifiers"`
	Evidence         []string          `json:"evidence"`
}

// DiplomaticAction is one diplomatic action: who did what to whom.
type DiplomaticAction struct {
	Date     *string `json:"date"`
	Actor    string  `json:"actor"`
	Action   string  `json:"action"`
	Target   *string `json:"target"`
	Amount   *string `json:"amount"`
	Evidence string  `json:"evidence"`
}

// TerritorialClaim is one claim of control over settlements.
type TerritorialClaim struct {
	Date        *string  `json:"date"`
	Claimant    string   `json:"claimant"`
	Settlements *int     `json:"settlements"`
	Names       []string `json:"names"`
	Region      *string  `json:"region"`
	Evidence    string   `json:"evidence"`
}
