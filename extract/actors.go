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
	{"european council", "European Council"}, {"council of the eu", "European Council"},
	{"council of the european union", "European Council"},
	{"european parliament", "European Parliament"},
	{"g7", "G7"}, {"g7 foreign ministers", "G7"}, {"g7 leaders", "G7"}, {"g7 finance ministers", "G7"},
	{"group of seven", "G7"}, {"g20", "G20"}, {"nato", "NATO"}, {"rutte", "NATO"},
	{"united nations", "United Nations"}, {"un", "United Nations"}, {"un security council", "United Nations"},
	{"security council", "United Nations"}, {"guterres", "United Nations"},
	{"un general assembly", "United Nations"}, {"imf", "IMF"},
	{"international monetary fund", "IMF"}, {"world bank", "World Bank"},
	{"ukraine defense contact group", "Ukraine Defense Contact Group"},
	{"ukraine defence contact group", "Ukraine Defense Contact Group"},
	{"ramstein", "Ukraine Defense Contact Group"},
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
}

// objectVerbs before a name make it the recipient ("provide Ukraine with").
var objectVerbs = map[string]bool{
	"provide": true, "provides": true, "provided": true, "providing": true, "give": true,
	"gives": true, "gave": true, "send": true, "sends": true, "sent": true, "supply": true,
	"supplies": true, "supplied": true, "help": true, "helps": true, "helped": true,
	"urge": true, "urged": true, "urges": true, "urging": true, "told": true, "offer": true,
	"offered": true, "allocate": true, "allocated": true, "grant": true, "granted": true,
	"support": true, "supporting": true, "backing": true, "arm": true, "fund": true,
}

// actorMention is an actor or target named in a sentence.
type actorMention struct {
	pos, end int
	name     string
	subject  bool // may act: not possessive, adjectival or after a preposition
}

// findActors lists the actors and nationality adjectives of a sentence.
// "US" must be written in capitals, since "us" is also a pronoun.
func findActors(toks []token) []actorMention {
	var out []actorMention
	for i := 0; i < len(toks); {
		if m, ok := actorLex.matchAt(toks, i); ok {
			if isPronounUs(toks[i]) {
				i++
				continue
			}
			last := toks[m.end-1]
			before := wordBefore(toks, i)
			subj := !last.poss && !objectPrepositions[before] && !objectVerbs[before] && !(m.end-i == 1 && isAdjectiveUse(toks, m.end))
			out = append(out, actorMention{pos: i, end: m.end, name: m.val, subject: subj})
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
