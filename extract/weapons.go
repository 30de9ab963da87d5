package extract

import "strings"

// Weapon values of the extract contract (ARCHITECTURE.md), shared by every
// language's reader.
const (
	WeaponShahed     = "shahed_drone"
	WeaponDrone      = "drone"
	WeaponCruise     = "cruise_missile"
	WeaponBallistic  = "ballistic_missile"
	WeaponHypersonic = "hypersonic_missile"
	WeaponGlideBomb  = "glide_bomb"
	WeaponArtillery  = "artillery"
	WeaponMLRS       = "mlrs"
	WeaponMissileAny = "missile_unspecified"
)

// weaponTable maps how texts name weapons to the contract values. Longer
// phrases win, so "Shahed drones" is one shahed_drone and "cruise missiles"
// is not also an unspecified missile. Weapon names with digits (Kh-101,
// Shahed-136) are single tokens and never read as counts.
var weaponTable = [][2]string{
	{"shahed*", WeaponShahed}, {"shahed* drone*", WeaponShahed},
	{"shahed* strike drone*", WeaponShahed}, {"shahed* attack drone*", WeaponShahed},
	{"shahed* kamikaze drone*", WeaponShahed}, {"shahed* uav*", WeaponShahed},
	{"geran*", WeaponShahed}, {"geran* drone*", WeaponShahed},
	{"drone", genericDrone}, {"drones", genericDrone}, {"uav", genericDrone},
	{"uavs", genericDrone}, {"unmanned aerial vehicle*", genericDrone},
	{"attack drone*", genericDrone}, {"strike drone*", genericDrone}, {"strike uav*", genericDrone},
	{"attack uav*", genericDrone}, {"naval drone*", WeaponDrone}, {"sea drone*", WeaponDrone},
	{"gerbera*", WeaponDrone}, {"decoy*", WeaponDrone}, {"lancet*", WeaponDrone},
	{"fpv", WeaponDrone}, {"quadcopter*", WeaponDrone}, {"italmas", WeaponDrone},
	{"orlan*", WeaponDrone}, {"kamikaze drone*", genericDrone}, {"parodiya", WeaponDrone},
	{"interceptor drone*", ""}, {"anti-aircraft missile*", ""}, {"missile troops", ""},
	{"missile defence*", ""}, {"missile defense*", ""}, {"air defence missile*", ""},
	{"air defense missile*", ""}, {"drone production", ""}, {"drone programme", ""},
	{"drone program", ""}, {"missile production", ""},
	{"kh-101*", WeaponCruise}, {"kh-555*", WeaponCruise}, {"kh-55", WeaponCruise},
	{"kh-59*", WeaponCruise}, {"kh-69*", WeaponCruise}, {"kh-22*", WeaponCruise},
	{"kh-32*", WeaponCruise}, {"kh-35*", WeaponCruise}, {"kalibr*", WeaponCruise},
	{"iskander-k", WeaponCruise}, {"oniks", WeaponCruise}, {"p-800", WeaponCruise},
	{"cruise missile*", WeaponCruise}, {"cruise", WeaponCruise},
	{"iskander*", WeaponBallistic}, {"kn-23*", WeaponBallistic}, {"kn-24*", WeaponBallistic},
	{"oreshnik", WeaponBallistic}, {"ballistic missile*", WeaponBallistic},
	{"ballistic", WeaponBallistic},
	{"kinzhal*", WeaponHypersonic}, {"zircon*", WeaponHypersonic}, {"tsirkon*", WeaponHypersonic},
	{"kh-47*", WeaponHypersonic}, {"hypersonic missile*", WeaponHypersonic},
	{"hypersonic", WeaponHypersonic},
	{"glide bomb*", WeaponGlideBomb}, {"guided aerial bomb*", WeaponGlideBomb},
	{"guided bomb*", WeaponGlideBomb}, {"aerial bomb*", WeaponGlideBomb},
	{"kab", WeaponGlideBomb}, {"kabs", WeaponGlideBomb}, {"kab-*", WeaponGlideBomb},
	{"fab-*", WeaponGlideBomb}, {"umpk", WeaponGlideBomb},
	{"artillery", WeaponArtillery}, {"artillery shelling", WeaponArtillery},
	{"mortar*", WeaponArtillery}, {"howitzer*", WeaponArtillery}, {"tank fire", WeaponArtillery},
	{"grad", WeaponMLRS}, {"grads", WeaponMLRS}, {"uragan", WeaponMLRS}, {"smerch", WeaponMLRS},
	{"tornado-s", WeaponMLRS}, {"mlrs", WeaponMLRS}, {"multiple rocket launcher*", WeaponMLRS},
	{"multiple-launch rocket*", WeaponMLRS}, {"multiple launch rocket*", WeaponMLRS},
	{"kh-31*", WeaponMissileAny}, {"anti-radar missile*", WeaponMissileAny},
	{"missile", genericMissile}, {"missiles", genericMissile},
}

var weaponLex = newLexicon(weaponTable)

// Generic weapon words ("drones", "a missile") are kept apart from named
// types: a row that names Shahed drones or cruise missiles absorbs them.
const (
	genericDrone   = WeaponDrone + "~"
	genericMissile = WeaponMissileAny + "~"
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
