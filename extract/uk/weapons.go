package uk

import (
	"regexp"
	"slices"
)

// The weapon classes of the contract (ARCHITECTURE.md).
const (
	weaponShahed      = "shahed_drone"
	weaponDrone       = "drone"
	weaponCruise      = "cruise_missile"
	weaponBallistic   = "ballistic_missile"
	weaponHypersonic  = "hypersonic_missile"
	weaponGlideBomb   = "glide_bomb"
	weaponArtillery   = "artillery"
	weaponMLRS        = "mlrs"
	weaponUnspecified = "missile_unspecified"
)

// b and e bound a pattern at word edges: RE2's \b knows only ASCII.
const (
	b = `(?:^|[^\pL\d'])`
	e = `(?:$|[^\pL\d'])`
)

// weaponPatterns find each class in folded text (DOMAIN.md §6). A Shahed
// named as the type of a drone ("БпЛА типу Shahed") is a Shahed and no
// second, generic drone: shahedTypeRe removes the drone noun first.
var weaponPatterns = []struct {
	class string
	re    gatedRegexp
}{
	{weaponShahed, gated("", `shahed|шахед|герань|geran|мопед|🛵`, "")},
	{weaponDrone, gated(b, `бпла|дрон|безпілотник|гербер|gerbera|імітатор|italmas|італмас|ланцет|lancet|орлан|fpv`, "")},
	{weaponHypersonic, gated(b, `аеробалістичн|кинджал|х-47|циркон|3м22|гіперзвуков`, "")},
	{weaponBallistic, gated(b, `балістичн|балістик|іскандер-м|іскандерів-м|kn-23|кн-23|с-300|с-400|орєшнік|орешник`, "")},
	{weaponCruise, gated(b, `крилат\pL* ракет|х-101|х-555|х-55|х-59|х-69|х-22|х-32|х-35|калібр|іскандер-к|онікс|керован\pL* авіаційн\pL* ракет`, "")},
	{weaponGlideBomb, gated(b, `каб(?:и|ів|ами|ом|ах)?`+e+`|кабів|керован\pL* авіа\pL* бомб|авіабомб|фаб-|умпк`, "")},
	{weaponMLRS, gated(b, `рсзв|«град|«ураган|«смерч|«торнадо`, "")},
	{weaponArtillery, gated(b, `артилері|артобстріл|мінометн|танков\pL* обстріл`, "")},
	{weaponUnspecified, gated(b, `ракет(?:а|и|у|ою|ами|ах|ам)?`+e+`|ракетн\pL* (?:атак|удар|обстріл)`, "")},
}

var shahedTypeRe = regexp.MustCompile(`(?:бпла|безпілотник\pL*|дрон\pL*) типу (?:shahed|«?шахед)`)

// findWeapons returns the weapon classes a folded sentence names.
func findWeapons(f string) []string {
	f = shahedTypeRe.ReplaceAllString(f, "shahed")
	var out []string
	for _, p := range weaponPatterns {
		if p.re.MatchString(f) {
			out = append(out, p.class)
		}
	}
	return out
}

// finalWeapons sorts and dedupes the classes of a row and drops the
// untyped missile when a typed one is there: "уламки ракети" in a post that
// says "балістичних ракет" is that ballistic missile.
func finalWeapons(ws []string) []string {
	slices.Sort(ws)
	ws = slices.Compact(ws)
	typed := slices.ContainsFunc(ws, func(w string) bool {
		return w == weaponCruise || w == weaponBallistic || w == weaponHypersonic
	})
	if typed {
		ws = slices.DeleteFunc(ws, func(w string) bool { return w == weaponUnspecified })
	}
	if ws == nil {
		ws = []string{}
	}
	return ws
}
