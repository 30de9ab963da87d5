package extract

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
	{"drone", weaponDrone}, {"drones", weaponDrone}, {"uav", weaponDrone},
	{"uavs", weaponDrone}, {"unmanned aerial vehicle*", weaponDrone},
	{"gerbera*", weaponDrone}, {"decoy*", weaponDrone}, {"lancet*", weaponDrone},
	{"fpv", weaponDrone}, {"quadcopter*", weaponDrone}, {"italmas", weaponDrone},
	{"orlan*", weaponDrone}, {"kamikaze drone*", weaponDrone},
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
	{"missile", weaponMissileAny}, {"missiles", weaponMissileAny},
}

var weaponLex = newLexicon(weaponTable)

// weaponHit is one weapon named in a sentence.
type weaponHit struct {
	pos, end int
	val      string
}

// findWeapons lists the weapons a sentence names, in order. A weapon word
// followed by "production" or "factory" names industry, not an attack.
func findWeapons(toks []token) []weaponHit {
	var out []weaponHit
	for _, m := range weaponLex.scan(toks) {
		switch wordAfter(toks, m.end) {
		case "production", "factory", "factories", "manufacturing", "makers", "components":
			continue
		}
		out = append(out, weaponHit{pos: m.start, end: m.end, val: m.val})
	}
	return out
}

// isTypedMissile reports whether w names a missile of known type.
func isTypedMissile(w string) bool {
	return w == weaponCruise || w == weaponBallistic || w == weaponHypersonic
}
