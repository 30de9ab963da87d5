package uk

// damageMatcher finds damage categories in folded sentences.
type damageMatcher struct {
	categories []string
	res        []gatedRegexp
	selfCue    []bool
	cue        gatedRegexp
}

var ukDamage = buildDamage()

func buildDamage() damageMatcher {
	d := damageMatcher{cue: gated(b, damageCues, "")}
	for _, p := range damagePatterns {
		d.categories = append(d.categories, p.category)
		d.res = append(d.res, gated(b, p.pattern, ""))
		d.selfCue = append(d.selfCue, p.selfCue)
	}
	return d
}

// find returns the damage categories a folded sentence reports.
func (d damageMatcher) find(f string) []string {
	cued := d.cue.MatchString(f)
	var out []string
	for i, re := range d.res {
		if (cued || d.selfCue[i]) && re.MatchString(f) {
			out = append(out, d.categories[i])
		}
	}
	return out
}
