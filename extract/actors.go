package extract

// actorTable maps how texts name diplomatic actors (countries, blocs,
// capitals, leaders and institutions) to the name sitrep records.
var actorTable = [][2]string{
	{"ukraine", "Ukraine"}, {"kyiv", "Ukraine"}, {"kiev", "Ukraine"}, {"zelensky", "Ukraine"},
	{"zelenskyy", "Ukraine"}, {"zelenskiy", "Ukraine"}, {"volodymyr zelensky", "Ukraine"},
	{"volodymyr zelenskyy", "Ukraine"}, {"sybiha", "Ukraine"}, {"ukrainian government", "Ukraine"},
	{"russia", "Russia"}, {"moscow", "Russia"}, {"kremlin", "Russia"}, {"the kremlin", "Russia"},
	{"putin", "Russia"}, {"vladimir putin", "Russia"}, {"peskov", "Russia"}, {"lavrov", "Russia"},
	{"russian government", "Russia"}, {"russian foreign ministry", "Russia"},
	{"united states", "United States"}, {"us", "United States"}, {"usa", "United States"},
	{"us president", "United States"}, {"america", "United States"}, {"washington", "United States"},
	{"white house", "United States"}, {"trump", "United States"}, {"donald trump", "United States"},
	{"biden", "United States"}, {"joe biden", "United States"}, {"rubio", "United States"},
	{"witkoff", "United States"}, {"state department", "United States"}, {"treasury", "United States"},
	{"us treasury", "United States"}, {"ofac", "United States"}, {"vance", "United States"},
	{"united kingdom", "United Kingdom"}, {"uk", "United Kingdom"}, {"britain", "United Kingdom"},
	{"great britain", "United Kingdom"}, {"london", "United Kingdom"}, {"starmer", "United Kingdom"},
	{"keir starmer", "United Kingdom"}, {"downing street", "United Kingdom"}, {"lammy", "United Kingdom"},
	{"uk government", "United Kingdom"}, {"british government", "United Kingdom"},
	{"ofsi", "United Kingdom"}, {"fcdo", "United Kingdom"},
	{"germany", "Germany"}, {"berlin", "Germany"}, {"merz", "Germany"}, {"scholz", "Germany"},
	{"france", "France"}, {"paris", "France"}, {"macron", "France"}, {"elysee", "France"},
	{"canada", "Canada"}, {"ottawa", "Canada"}, {"carney", "Canada"}, {"trudeau", "Canada"},
	{"japan", "Japan"}, {"tokyo", "Japan"}, {"italy", "Italy"}, {"rome", "Italy"}, {"meloni", "Italy"},
	{"poland", "Poland"}, {"warsaw", "Poland"}, {"tusk", "Poland"}, {"china", "China"},
	{"beijing", "China"}, {"xi jinping", "China"}, {"india", "India"}, {"new delhi", "India"},
	{"turkey", "Turkey"}, {"türkiye", "Turkey"}, {"ankara", "Turkey"}, {"erdogan", "Turkey"},
	{"switzerland", "Switzerland"}, {"norway", "Norway"}, {"netherlands", "Netherlands"},
	{"sweden", "Sweden"}, {"finland", "Finland"}, {"denmark", "Denmark"}, {"australia", "Australia"},
	{"new zealand", "New Zealand"}, {"south korea", "South Korea"}, {"seoul", "South Korea"},
	{"north korea", "North Korea"}, {"pyongyang", "North Korea"}, {"belarus", "Belarus"},
	{"minsk", "Belarus"}, {"lukashenko", "Belarus"}, {"hungary", "Hungary"}, {"budapest", "Hungary"},
	{"orban", "Hungary"}, {"slovakia", "Slovakia"}, {"spain", "Spain"}, {"estonia", "Estonia"},
	{"latvia", "Latvia"}, {"lithuania", "Lithuania"}, {"czech republic", "Czech Republic"},
	{"czechia", "Czech Republic"}, {"romania", "Romania"}, {"moldova", "Moldova"},
	{"belgium", "Belgium"}, {"austria", "Austria"}, {"ireland", "Ireland"}, {"iran", "Iran"},
	{"european union", "European Union"}, {"eu", "European Union"}, {"brussels", "European Union"},
	{"kallas", "European Union"}, {"european commission", "European Commission"},
	{"von der leyen", "European Commission"}, {"ursula von der leyen", "European Commission"},
	{"european council", "European Council"}, {"council of the eu", "European Union"},
	{"council of the european union", "European Union"}, {"council", "European Union"}, {"commission", "European Commission"},
	{"the council", "European Union"}, {"high representative", "European Union"}, {"the bloc", "European Union"},
	{"city council", ""}, {"town council", ""}, {"regional council", ""}, {"village council", ""},
	{"federal council", "Switzerland"}, {"swiss federal council", "Switzerland"},
	{"national security and defense council", ""}, {"national security and defence council", ""},
	{"european parliament", "European Parliament"},
	{"g7", "G7"}, {"g7 foreign ministers", "G7"}, {"g7 leaders", "G7"}, {"g7 finance ministers", "G7"},
	{"group of seven", "G7"}, {"g20", "G20"}, {"nato", "NATO"}, {"rutte", "NATO"},
	{"united nations", "United Nations"}, {"un", "United Nations"}, {"un security council", "United Nations"},
	{"security council", "United Nations"}, {"guterres", "United Nations"},
	{"un general assembly", "United Nations"}, {"general assembly", "United Nations"},
	{"united nations general assembly", "United Nations"}, {"secretary-general", "United Nations"},
	{"imf", "International Monetary Fund"}, {"international monetary fund", "International Monetary Fund"},
	{"world bank", "World Bank"}, {"netherlands", "Netherlands"}, {"the netherlands", "Netherlands"},
	{"the hague", "Netherlands"}, {"schoof", "Netherlands"}, {"belgium", "Belgium"}, {"de wever", "Belgium"},
	{"australia", "Australia"}, {"canberra", "Australia"}, {"albanese", "Australia"},
	{"ishiba", "Japan"}, {"takaichi", "Japan"}, {"frederiksen", "Denmark"}, {"copenhagen", "Denmark"},
	{"stockholm", "Sweden"}, {"oslo", "Norway"}, {"helsinki", "Finland"}, {"madrid", "Spain"},
	{"vienna", "Austria"}, {"prague", "Czech Republic"}, {"bratislava", "Slovakia"}, {"fico", "Slovakia"},
	{"vilnius", "Lithuania"}, {"riga", "Latvia"}, {"tallinn", "Estonia"}, {"bucharest", "Romania"},
	{"chisinau", "Moldova"}, {"dublin", "Ireland"}, {"bern", "Switzerland"}, {"nato allies", "NATO"},
	{"the alliance", "NATO"}, {"the kremlin", "Russia"}, {"russian federation", "Russia"},
	{"the russian federation", "Russia"}, {"the fund", "International Monetary Fund"},
	{"ukraine defense contact group", "Ukraine Defense Contact Group"},
	{"ukraine defence contact group", "Ukraine Defense Contact Group"},
	{"ramstein", "Ukraine Defense Contact Group"}, {"ramstein-format", "Ukraine Defense Contact Group"},
	{"ramstein format", "Ukraine Defense Contact Group"}, {"defence contact group", "Ukraine Defense Contact Group"},
	{"defense contact group", "Ukraine Defense Contact Group"}, {"udcg", "Ukraine Defense Contact Group"},
}

var actorLex = newLexicon(actorTable)

// nationalAdjectives name a country as a target, never as an actor
// ("sanctions on Russian oil", "frozen Russian assets").
var nationalAdjectives = map[string]string{
	"russian": "Russia", "ukrainian": "Ukraine", "american": "United States",
	"british": "United Kingdom", "canadian": "Canada", "german": "Germany",
	"french": "France", "japanese": "Japan", "chinese": "China", "belarusian": "Belarus",
	"iranian": "Iran", "north korean": "North Korea",
}

// objectPrepositions before a name make it an object, not the actor.
var objectPrepositions = map[string]bool{
	"on": true, "against": true, "to": true, "for": true, "with": true, "of": true,
	"at": true, "from": true, "toward": true, "towards": true, "into": true, "over": true,
	"under": true, "in": true, "about": true, "than": true, "like": true,
}

// objectVerbs before a name make it the recipient ("provide Ukraine with").
var objectVerbs = map[string]bool{
	"provide": true, "provides": true, "provided": true, "providing": true, "give": true,
	"gives": true, "gave": true, "send": true, "sends": true, "sent": true, "supply": true,
	"supplies": true, "supplied": true, "help": true, "helps": true, "helped": true,
	"urge": true, "urged": true, "urges": true, "urging": true, "told": true, "offer": true,
	"offered": true, "allocate": true, "allocated": true, "grant": true, "granted": true,
	"support": true, "supporting": true, "backing": true, "arm": true, "fund": true,
	"giving": true, "allow": true, "allowed": true, "let": true, "helping": true,
	"asked": true, "asking": true, "pressing": true, "pressure": true,
}

// actorMention is an actor or target named in a sentence.
type actorMention struct {
	pos, end int
	name     string
	subject  bool // may act: not possessive, adjectival or after a preposition
}

// findActors lists the actors and nationality adjectives of a sentence.
// "US" must be written in capitals, since "us" is also a pronoun, and so
// must "Council" (the Council of the EU, not a city council).
func findActors(toks []token) []actorMention {
	var out []actorMention
	for i := 0; i < len(toks); {
		if m, ok := actorLex.matchAt(toks, i); ok {
			switch {
			case m.val == "": // "city council" names no actor
				i = m.end
				continue
			case isPronounUs(toks[i]) || lowerBody(toks, m):
				i++
				continue
			}
			out = append(out, actorMention{pos: i, end: m.end, name: m.val, subject: actsHere(toks, i, m.end)})
			i = m.end
			continue
		}
		if n, ok := nationalAdjectives[toks[i].w]; ok {
			out = append(out, actorMention{pos: i, end: i + 1, name: n})
		}
		i++
	}
	return out
}

// actsHere reports whether the actor at toks[i:end] can be the one acting:
// not possessive ("Russia's war"), after a preposition ("against Russia")
// or a verb of giving ("provide Ukraine with"), or a modifier ("Kyiv
// Mayor"); but "Belgium's prime minister" and "the Board of the IMF" act.
func actsHere(toks []token, i, end int) bool {
	if toks[end-1].poss {
		return officeNouns[wordAfter(toks, end)] || officeNouns[wordAfter(toks, end+1)]
	}
	before := wordBefore(toks, i)
	if before == "the" {
		before = wordBefore(toks, i-1)
		if before == "of" && officeNouns[wordBefore(toks, i-2)] {
			return true
		}
	}
	if before == "of" && officeNouns[wordBefore(toks, i-1)] {
		return true
	}
	return !objectPrepositions[before] && !objectVerbs[before] && !(end-i == 1 && isAdjectiveUse(toks, end))
}

// officeNouns name an office or body that acts for its country or
// organisation.
var officeNouns = map[string]bool{
	"prime": true, "president": true, "minister": true, "ministers": true, "government": true,
	"foreign": true, "defence": true, "defense": true, "leader": true, "leaders": true,
	"board": true, "council": true, "chancellor": true, "parliament": true, "representative": true,
	"envoy": true, "delegation": true, "secretary-general": true, "secretary": true, "emergency": true,
	"ministry": true, "cabinet": true, "head": true, "spokesman": true, "spokeswoman": true,
	"relief": true, "ambassador": true, "office": true, "department": true, "finance": true,
}

// lowerBody: "council" and "commission" alone name the EU's only when
// capitalised ("the Council adopted"), not a city council.
func lowerBody(toks []token, m lexMatch) bool {
	last := toks[m.end-1]
	return (last.w == "council" || last.w == "commission") && m.end-m.start <= 2 && !last.upper
}

func isPronounUs(t token) bool {
	return (t.w == "us" || t.w == "un") && t.raw != "US" && t.raw != "U.S" && t.raw != "UN" && t.raw != "U.N"
}

// isAdjectiveUse: a capital used as a modifier ("Kyiv Mayor") is not an actor.
func isAdjectiveUse(toks []token, end int) bool {
	switch wordAfter(toks, end) {
	case "mayor", "city", "region", "oblast", "residents", "officials", "authorities", "military":
		return true
	}
	return false
}
