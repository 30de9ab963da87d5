package extract

import "strings"

// damageTable maps damaged objects to the contract's damage categories
// (DOMAIN.md section 6). Longer phrases win ("thermal power plant" is energy,
// "plant" alone is industrial).
var damageTable = [][2]string{
	// energy
	{"substation*", "energy"}, {"power plant*", "energy"}, {"power station*", "energy"},
	{"thermal power plant*", "energy"}, {"thermal power station*", "energy"}, {"thermal plant*", "energy"},
	{"hydroelectric power plant*", "energy"}, {"nuclear power plant*", "energy"},
	{"hydroelectric*", "energy"}, {"power grid*", "energy"}, {"power line*", "energy"},
	{"power outage*", "energy"}, {"power cut*", "energy"}, {"blackout*", "energy"},
	{"without power", "energy"}, {"without electricity", "energy"}, {"de-energised", "energy"},
	{"de-energized", "energy"}, {"chp", "energy"}, {"tpp", "energy"}, {"hpp", "energy"},
	{"oil refinery", "energy"}, {"refinery", "energy"}, {"refineries", "energy"}, {"oil depot*", "energy"},
	{"fuel depot*", "energy"}, {"electricity", "energy"}, {"fuel and lubricants depot*", "energy"},
	{"oil terminal*", "energy port"}, {"fuel storage", "energy"}, {"storage tank*", "energy"},
	{"energy infrastructure", "energy"}, {"energy facilit*", "energy"}, {"power facilit*", "energy"},
	{"transformer*", "energy"}, {"power supply", "energy"}, {"power unit*", "energy"},
	// heating
	{"boiler house*", "heating"}, {"boiler room*", "heating"}, {"boiler*", "heating"},
	{"heating network*", "heating"}, {"heating main*", "heating"}, {"heating pipe*", "heating"},
	{"without heat*", "heating"}, {"cutting heat", "heating"}, {"cut heat", "heating"},
	{"heat supply", "heating"}, {"heating supply", "heating"}, {"heating plant*", "heating"},
	// residential
	{"apartment*", "residential"}, {"high-rise*", "residential"}, {"residential*", "residential"},
	{"private house*", "residential"}, {"house", "residential"}, {"houses", "residential"},
	{"homes", "residential"}, {"home", "residential"}, {"dwelling*", "residential"},
	{"multi-storey*", "residential"}, {"multistorey*", "residential"}, {"dormitor*", "residential"},
	{"block of flats", "residential"}, {"flats", "residential"}, {"garage*", "residential"},
	// healthcare
	{"hospital", "healthcare"}, {"hospitals", "healthcare"}, {"medical institution*", "healthcare"}, {"clinic*", "healthcare"}, {"maternity*", "healthcare"},
	{"polyclinic*", "healthcare"}, {"ambulance*", "healthcare"}, {"medical facilit*", "healthcare"},
	// education
	{"school*", "education"}, {"kindergarten*", "education"}, {"universit*", "education"},
	{"college*", "education"}, {"lyceum*", "education"}, {"educational institution*", "education"},
	{"gymnasium*", "education"},
	// rail
	{"railway*", "rail"}, {"railway depot*", "rail"}, {"railway station*", "rail"}, {"rail", "rail"}, {"railroad*", "rail"},
	{"rail depot*", "rail"}, {"locomotive depot*", "rail"}, {"train station*", "rail"},
	{"railway overpass*", "transport"}, {"railway bridge*", "transport"},
	{"train", "rail"}, {"trains", "rail"}, {"locomotive*", "rail"}, {"ukrzaliznytsia", "rail"},
	// port
	{"port", "port"}, {"ports", "port"}, {"seaport*", "port"}, {"grain terminal*", "port"},
	{"port infrastructure", "port"}, {"port facilit*", "port"}, {"berth*", "port"},
	{"port terminal*", "port"}, {"tanker*", "port"}, {"vessel*", "port"}, {"ship", "port"}, {"ships", "port"},
	// commercial
	{"warehouse*", "commercial"}, {"shop*", "commercial"}, {"supermarket*", "commercial"},
	{"office*", "commercial"}, {"mall*", "commercial"}, {"shopping cent*", "commercial"},
	{"fuel station*", "commercial"}, {"gas station*", "commercial"}, {"petrol station*", "commercial"},
	{"hotel*", "commercial"}, {"store", "commercial"}, {"stores", "commercial"},
	{"restaurant*", "commercial"}, {"cafe*", "commercial"}, {"market", "commercial"},
	{"markets", "commercial"}, {"non-residential*", "commercial"}, {"business centre*", "commercial"},
	{"business center*", "commercial"}, {"logistics compan*", "commercial"}, {"car dealership*", "commercial"},
	// cultural and religious
	{"church*", "cultural_religious"}, {"museum*", "cultural_religious"},
	{"theatre*", "cultural_religious"}, {"theater*", "cultural_religious"},
	{"cathedral*", "cultural_religious"}, {"monaster*", "cultural_religious"},
	{"monument*", "cultural_religious"}, {"stadium*", "cultural_religious"},
	// vehicles
	{"car", "vehicles"}, {"cars", "vehicles"}, {"vehicle*", "vehicles"}, {"bus", "vehicles"},
	{"buses", "vehicles"}, {"truck*", "vehicles"}, {"minibus*", "vehicles"}, {"trolleybus*", "vehicles"},
	// water
	{"water supply", "water"}, {"water supplies", "water"}, {"pumping station*", "water"},
	{"water infrastructure", "water"}, {"water utilit*", "water"}, {"sewage*", "water"},
	{"without water", "water"}, {"water main*", "water"}, {"water pipe*", "water"},
	{"water treatment*", "water"},
	// gas
	{"gas pipeline*", "gas"}, {"gas production*", "gas"}, {"gas infrastructure", "gas"},
	{"gas facilit*", "gas"}, {"gas distribution*", "gas"}, {"naftogaz", "gas"},
	{"gas storage", "gas"},
	// industrial
	{"factor*", "industrial"}, {"plant", "industrial"}, {"plants", "industrial"},
	{"enterprise*", "industrial"}, {"industrial*", "industrial"},
	// government
	{"administrative building*", "government"}, {"administration building*", "government"},
	{"government building*", "government"}, {"police station*", "government"}, {"city hall", "government"},
	{"administration building*", "government"}, {"council building*", "government"},
	{"courthouse*", "government"},
	// transport
	{"bridge*", "transport"}, {"road", "transport"}, {"roads", "transport"},
	{"airport*", "transport"}, {"overpass*", "transport"}, {"highway*", "transport"},
	{"bus stop*", "transport"}, {"tram stop*", "transport"}, {"public transport*", "transport"},
	{"tram depot*", "transport"}, {"trolleybus depot*", "transport"}, {"bus depot*", "transport"},
	{"transport depot*", "transport"}, {"bus station*", "transport"},
	// agriculture
	{"grain elevator*", "agriculture"}, {"elevator*", "agriculture"}, {"farm*", "agriculture"},
	{"grain storage", "agriculture"}, {"agricultural*", "agriculture"}, {"grain warehouse*", "agriculture"},
	{"grain stor*", "agriculture"}, {"grain silo*", "agriculture"},
	// telecom
	{"mobile tower*", "telecom"}, {"tv tower*", "telecom"}, {"telecom*", "telecom"},
	{"communication tower*", "telecom"},
	// military: only as a party claims it, which the sentence says
	{"airbase*", "military"}, {"air base*", "military"}, {"airfield*", "military"},
	{"military facilit*", "military"}, {"ammunition depot*", "military"},
}

var damageLex = newLexicon(damageTable)

// damageAdjectives name a category when they qualify a generic noun, as in
// "energy and rail facilities" or "residential areas".
var damageAdjectives = map[string]string{
	"energy": "energy", "power": "energy", "rail": "rail", "railway": "rail",
	"residential": "residential", "port": "port", "industrial": "industrial",
	"transport": "transport", "water": "water", "gas": "gas", "heating": "heating",
	"medical": "healthcare", "educational": "education", "agricultural": "agriculture",
	"civilian": "", "critical": "", "and": "", ",": "",
}

var genericFacilities = map[string]bool{
	"facility": true, "facilities": true, "infrastructure": true, "sites": true,
	"site": true, "objects": true, "networks": true, "systems": true, "areas": true,
	"area": true, "buildings": true, "building": true, "assets": true, "institution": true,
	"institutions": true, "zone": true, "zones": true, "enterprise": true, "enterprises": true,
}

// damageHit is one damaged object category in a sentence.
type damageHit struct {
	pos, end int
	val      string
}

// findDamage lists damage categories named in a sentence before any warning
// word: "power may be disrupted" or "could leave Ukraine vulnerable" is a
// warning, not damage. Homes counted as "without power" are an outage, not
// damaged homes.
func findDamage(toks []token) []damageHit {
	limit := warningAt(toks)
	out := findOutages(toks, limit)
	for i := 0; i < limit; {
		if end, cats := adjectiveChain(toks, i); end > i {
			for _, c := range cats {
				out = append(out, damageHit{pos: i, end: end, val: c})
			}
			i = end
			continue
		}
		if w := toks[i].w; strings.HasSuffix(w, "-storey") || strings.HasSuffix(w, "-story") {
			out = append(out, damageHit{pos: i, end: i + 1, val: "residential"})
			i++
			continue
		}
		m, ok := damageLex.matchAt(toks, i)
		if !ok {
			i++
			continue
		}
		if !descriptive(toks, m) {
			for _, v := range strings.Fields(m.val) {
				out = append(out, damageHit{pos: m.start, end: m.end, val: v})
			}
		}
		i = m.end
	}
	return out
}

// descriptive reports a damage word that describes rather than names a hit
// object: homes "without power" are an outage, "the port of Novorossiysk"
// or "port city" names a town, "died in hospital" is where a victim was
// treated, "truck drivers" are people, "the housing market" is no shop.
func descriptive(toks []token, m lexMatch) bool {
	next, prev := wordAfter(toks, m.end), wordBefore(toks, m.start)
	if isPersonWord(next) {
		return true // "truck drivers", "bus passengers", "port workers"
	}
	switch m.val {
	case "residential":
		return next == "without" || next == "to" // "home to Tu-95 bombers"
	case "port":
		return next == "of" || next == "city" || next == "town"
	case "healthcare":
		// British "in hospital", "to hospital": no article, so no building.
		return toks[m.start].w == "hospital" && (prev == "in" || prev == "to" || prev == "from")
	case "commercial":
		// "the prosecutor's office" is an institution, not offices hit
		return marketWords[prev] || (m.start > 0 && toks[m.start-1].poss)
	case "industrial":
		// "the plant" refers back to a power plant named before; "an
		// industrial area of Kharkiv" locates the hit.
		if w := toks[m.start].w; (w == "plant" || w == "plants") && prev == "the" {
			return true // "the plant" refers back to a power plant named before
		}
		return (next == "area" || next == "areas" || next == "zone") && wordAfter(toks, m.end+1) == "of"

	}
	return false
}

// marketWords before "market" name an economy, not a marketplace.
var marketWords = map[string]bool{
	"housing": true, "property": true, "stock": true, "labour": true, "labor": true,
	"energy": true, "oil": true, "gas": true, "global": true, "world": true, "black": true,
	"real": true, "financial": true, "single": true, "european": true, "grain": true,
}

// adjectiveChain reads "energy and rail facilities": category adjectives
// joined by "and" or commas, closed by a generic facility noun.
func adjectiveChain(toks []token, i int) (int, []string) {
	var cats []string
	j := i
	for ; j < len(toks) && j < i+8; j++ {
		c, ok := damageAdjectives[toks[j].w]
		if !ok {
			break
		}
		if c != "" {
			cats = append(cats, c)
		}
	}
	if len(cats) == 0 || j >= len(toks) || !genericFacilities[toks[j].w] {
		return i, nil
	}
	// "An industrial area of Kharkiv" locates the hit.
	if w := toks[j].w; (w == "area" || w == "areas" || w == "zone") && wordAfter(toks, j+1) == "of" {
		return i, nil
	}
	return j + 1, cats
}

// warningAt returns the position of the first warning word, or len(toks).
func warningAt(toks []token) int {
	if i := warningLex.firstAt(toks); i >= 0 {
		return i
	}
	return len(toks)
}
