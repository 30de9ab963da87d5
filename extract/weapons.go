package extract

import "strings"

// Weapon values of the extract contract (ARCHITECTURE.md).
const (
	weaponShahed     = "shahed_drone"
	weaponDrone      = "drone"
	weaponCruise     = "cruise_missile"
	weaponBallistic  = "ballistic_missile"
	weaponHypersonic = "hypersonic_missile"
	weaponGlideBomb  = "glide_bomb"
	weaponArtillery  = "artillery"
	weaponMLRS       = "mlrs"
	weaponMissileAny = "missile_unspecified"
)

// weaponTable maps how texts name weapons to the contract values. Longer
// phrases win, so "Shahed drones" is one shahed_drone and "cruise missiles"
// is not also an unspecified missile. Weapon names with digits (Kh-101,
// Shahed-136) are single tokens and never read as counts.
var weaponTable = [][2]string{
	{"shahed*", weaponShahed}, {"shahed* drone*", weaponShahed},
	{"shahed* strike drone*", weaponShahed}, {"shahed* attack drone*", weaponShahed},
	{"shahed* kamikaze drone*", weaponShahed}, {"shahed* uav*", weaponShahed},
	{"geran*", weaponShahed}, {"geran* drone*", weaponShahed},
	{"drone", genericDrone}, {"drones", genericDrone}, {"uav", genericDrone},
	{"uavs", genericDrone}, {"unmanned aerial vehicle*", genericDrone},
	{"attack drone*", genericDrone}, {"strike drone*", genericDrone}, {"strike uav*", genericDrone},
	{"attack uav*", genericDrone}, {"naval drone*", weaponDrone}, {"sea drone*", weaponDrone},
	{"gerbera*", weaponDrone}, {"decoy*", weaponDrone}, {"lancet*", weaponDrone},
	{"fpv", weaponDrone}, {"quadcopter*", weaponDrone}, {"italmas", weaponDrone},
	{"orlan*", weaponDrone}, {"kamikaze drone*", genericDrone}, {"parodiya", weaponDrone},
	{"interceptor drone*", ""}, {"anti-aircraft missile*", ""}, {"missile troops", ""},
	{"missile defence*", ""}, {"missile defense*", ""}, {"air defence missile*", ""},
	{"air defense missile*", ""}, {"drone production", ""}, {"drone programme", ""},
	{"drone program", ""}, {"missile production", ""},
	{"kh-101*", weaponCruise}, {"kh-555*", weaponCruise}, {"kh-55", weaponCruise},
	{"kh-59*", weaponCruise}, {"kh-69*", weaponCruise}, {"kh-22*", weaponCruise},
	{"kh-32*", weaponCruise}, {"kh-35*", weaponCruise}, {"kalibr*", weaponCruise},
	{"iskander-k", weaponCruise}, {"oniks", weaponCruise}, {"p-800", weaponCruise},
	{"cruise missile*", weaponCruise}, {"cruise", weaponCruise},
	{"iskander*", weaponBallistic}, {"kn-23*", weaponBallistic}, {"kn-24*", weaponBallistic},
	{"oreshnik", weaponBallistic}, {"ballistic missile*", weaponBallistic},
	{"ballistic", weaponBallistic},
	{"kinzhal*", weaponHypersonic}, {"zircon*", weaponHypersonic}, {"tsirkon*", weaponHypersonic},
	{"kh-47*", weaponHypersonic}, {"hypersonic missile*", weaponHypersonic},
	{"hypersonic", weaponHypersonic},
	{"glide bomb*", weaponGlideBomb}, {"guided aerial bomb*", weaponGlideBomb},
	{"guided bomb*", weaponGlideBomb}, {"aerial bomb*", weaponGlideBomb},
	{"kab", weaponGlideBomb}, {"kabs", weaponGlideBomb}, {"kab-*", weaponGlideBomb},
	{"fab-*", weaponGlideBomb}, {"umpk", weaponGlideBomb},
	{"artillery", weaponArtillery}, {"artillery shelling", weaponArtillery},
	{"mortar*", weaponArtillery}, {"howitzer*", weaponArtillery}, {"tank fire", weaponArtillery},
	{"grad", weaponMLRS}, {"grads", weaponMLRS}, {"uragan", weaponMLRS}, {"smerch", weaponMLRS},
	{"tornado-s", weaponMLRS}, {"mlrs", weaponMLRS}, {"multiple rocket launcher*", weaponMLRS},
	{"multiple-launch rocket*", weaponMLRS}, {"multiple launch rocket*", weaponMLRS},
	{"kh-31*", weaponMissileAny}, {"anti-radar missile*", weaponMissileAny},
	{"missile", genericMissile}, {"missiles", genericMissile},
}

var weaponLex = newLexicon(weaponTable)

// Generic weapon words ("drones", "a missile") are kept apart from named
// types: a row that names Shahed drones or cruise missiles absorbs them.
const (
	genericDrone   = weaponDrone + "~"
	genericMissile = weaponMissileAny + "~"
)

// weaponHit is one weapon named in a sentence; val is a contract value, or
// a generic word's value with its "~" mark.
type weaponHit struct {
	pos, end int
	val      string
}

// baseWeapon is the contract value of a lexicon value.
func baseWeapon(v string) string { return strings.TrimSuffix(v, "~") }

// findWeapons lists the weapons a sentence names, in order. A weapon word
// followed by "production" or "factory" names industry, not an attack.
func findWeapons(toks []token) []weaponHit {
	var out []weaponHit
	for _, m := range weaponLex.scan(toks) {
		if m.val == "" {
			continue // "anti-aircraft missile troops", "interceptor drones"
		}
		switch wordAfter(toks, m.end) {
		case "production", "factory", "factories", "manufacturing", "makers", "components",
			"plant", "plants", "programme", "program", "maker", "producer", "producers":
			continue
		}
		out = append(out, weaponHit{pos: m.start, end: m.end, val: m.val})
	}
	return out
}
