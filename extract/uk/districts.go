package uk

import "regexp"

// districtMatcher finds Kyiv's districts in folded text, in any case form
// ("Деснянський район", "у Дарницькому районі", the enumeration "у
// Деснянському, Дніпровському … районах", the bare "Дарницький –" of a
// wrap-up) and by neighbourhood (Троєщина, Позняки).
type districtMatcher struct {
	res   []gatedRegexp
	names []string
}

var kyivDistrictMatcher = buildDistricts()

func buildDistricts() districtMatcher {
	var d districtMatcher
	for _, k := range kyivDistricts {
		alt, words := `(?:`+k.stems+`)(?:`+adjectiveEndings+`)?`, k.stems
		if k.places != "" {
			alt, words = alt+`|(?:`+k.places+`)\pL*`, words+"|"+k.places
		}
		d.res = append(d.res, gatedRegexp{re: regexp.MustCompile(b + `(?:` + alt + `)` + e), gate: literalStarts(words)})
		d.names = append(d.names, k.name)
	}
	return d
}

// find returns the canonical English names of the Kyiv districts a folded
// sentence names.
func (d districtMatcher) find(f string) []string {
	var out []string
	for i, re := range d.res {
		if re.MatchString(f) {
			out = append(out, d.names[i])
		}
	}
	return out
}
