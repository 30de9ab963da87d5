package uk

import (
	"regexp"
	"slices"

	"sitrep/extract"
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
	{extract.WeaponShahed, gated("", `shahed|шахед|герань|geran|мопед|🛵`, "")},
	{extract.WeaponDrone, gated(b, `бпла|дрон|безпілотник|гербер|gerbera|імітатор|italmas|італмас|ланцет|lancet|орлан|fpv`, "")},
	{extract.WeaponHypersonic, gated(b, `аеробалістичн|кинджал|х-47|циркон|3м22|гіперзвуков`, "")},
	{extract.WeaponBallistic, gated(b, `балістичн|балістик|іскандер-м|іскандерів-м|kn-23|кн-23|с-300|с-400|орєшнік|орешник`, "")},
	{extract.WeaponCruise, gated(b, `крилат\pL* ракет|х-101|х-555|х-55|х-59|х-69|х-22|х-32|х-35|калібр|іскандер-к|онікс|керован\pL* авіаційн\pL* ракет`, "")},
	{extract.WeaponGlideBomb, gated(b, `каб(?:и|ів|ами|ом|ах)?`+e+`|кабів|керован\pL* авіа\pL* бомб|авіабомб|фаб-|умпк`, "")},
	{extract.WeaponMLRS, gated(b, `рсзв|«град|«ураган|«смерч|«торнадо`, "")},
	{extract.WeaponArtillery, gated(b, `артилері|артобстріл|мінометн|танков\pL* обстріл`, "")},
	{extract.WeaponMissileAny, gated(b, `ракет(?:а|и|у|ою|ами|ах|ам)?`+e+`|ракетн\pL* (?:атак|удар|обстріл)`, "")},
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
		return w == extract.WeaponCruise || w == extract.WeaponBallistic || w == extract.WeaponHypersonic
	})
	if typed {
		ws = slices.DeleteFunc(ws, func(w string) bool { return w == extract.WeaponMissileAny })
	}
	if ws == nil {
		ws = []string{}
	}
	return ws
}
