package extract

// Cue vocabularies that classify sentences.

// attackLex marks a sentence that reports an attack or its impact; weapons
// and damage are read only from such sentences.
var attackLex = newLexicon([][2]string{
	{"attack*", "a"}, {"struck", "a"}, {"strike", "a"}, {"strikes", "a"}, {"striking", "a"},
	{"hit", "a"}, {"hits", "a"}, {"hitting", "a"}, {"target*", "a"}, {"launch*", "a"},
	{"shell*", "a"}, {"explosion*", "a"}, {"blast*", "a"}, {"bomb*", "a"}, {"intercept*", "a"},
	{"shot down", "a"}, {"shoot down", "a"}, {"shooting down", "a"}, {"downed", "a"},
	{"debris", "a"}, {"wreckage", "a"}, {"assault*", "a"}, {"barrage*", "a"}, {"damag*", "a"},
	{"destroy*", "a"}, {"fire", "a"}, {"fires", "a"}, {"ablaze", "a"}, {"burning", "a"},
	{"burned", "a"}, {"burnt", "a"}, {"collaps*", "a"}, {"came under", "a"}, {"raid*", "a"},
	{"pound*", "a"}, {"wreck*", "a"}, {"killed", "a"}, {"killing", "a"}, {"injured", "a"},
	{"wounded", "a"}, {"without", "a"}, {"cutting", "a"}, {"outage*", "a"}, {"blackout*", "a"},
	{"fell", "a"}, {"impact*", "a"}, {"air defen*", "a"}, {"rubble", "a"},
	{"injuring", "a"}, {"wounding", "a"}, {"dropped", "a"}, {"disrupted", "a"}, {"knocked out", "a"},
	{"restored", "a"}, {"the hit", "a"}, {"fired", "a"}, {"toll", "a"},
	{"air raid alert*", "-"}, {"air-raid alert*", "-"}, {"raid alert*", "-"}, {"air raid siren*", "-"},
})

// warningLex: words after which an object is at risk, not damaged.
var warningLex = newLexicon([][2]string{
	{"could", "w"}, {"may", "w"}, {"caution*", "w"}, {"might", "w"}, {"warn*", "w"}, {"risk*", "w"},
	{"vulnerable", "w"}, {"potential*", "w"}, {"possible", "w"}, {"possibly", "w"},
	{"expected to", "w"}, {"likely", "w"}, {"threat*", "w"}, {"if", "w"},
})

// backgroundLex marks sentences about the war as a whole, whose numbers are
// not today's facts ("since the full-scale invasion in 2022, thousands…").
var backgroundLex = newLexicon([][2]string{
	{"since the full-scale invasion", "b"}, {"since the start of the war", "b"},
	{"since the start of the full-scale", "b"}, {"since the beginning of the war", "b"},
	{"since the beginning of the full-scale", "b"}, {"since russia launched", "b"},
	{"since russia invaded", "b"}, {"since russia's full-scale", "b"},
	{"since the invasion", "b"}, {"since february", "b"}, {"since 2022", "b"},
	{"since 2014", "b"}, {"in february 2022", "b"}, {"nears its fourth year", "b"},
	{"enters its fourth year", "b"}, {"entering its fourth year", "b"},
	{"nears its third year", "b"}, {"enters its third year", "b"},
	{"since january", "b"}, {"throughout the war", "b"},
	{"over the course of the war", "b"}, {"since the war began", "b"},
	{"since the war started", "b"}, {"in total since", "b"},
	{"that year", "b"}, {"since then", "b"}, {"regularly targeted", "b"}, {"is regularly", "b"},
	{"are regularly", "b"}, {"has been regularly", "b"}, {"have been regularly", "b"},
	{"frequently targeted", "b"}, {"most frequently", "b"}, {"repeatedly targeted", "b"},
	{"have been hit repeatedly", "b"}, {"has been hit repeatedly", "b"}, {"routinely", "b"},
	{"before the war", "b"}, {"the first years of the war", "b"}, {"since last year", "b"},
	{"last year", "b"}, {"in recent years", "b"}, {"in previous years", "b"},
	{"almost daily", "b"}, {"almost every night", "b"}, {"nearly every day", "b"}, {"struck daily", "b"},
	{"every night", "b"}, {"nightly", "b"}, {"targeted repeatedly", "b"}, {"shelled daily", "b"},
})

// recapLex marks weekly and monthly totals, which are never a day's attack
// (README: a weekly recap gives no row) but may still carry a claim.
var recapLex = newLexicon([][2]string{
	{"over the past week", "r"}, {"over the past month", "r"}, {"over the past year", "r"},
	{"so far this year", "r"}, {"this month", "r"}, {"past seven days", "r"}, {"weekly", "r"},
})

// relevanceLex counts words of the Russia–Ukraine war; otherWarLex counts
// words of other conflicts. A document is about this war when the first
// count is positive and not smaller than the second.
var relevanceLex = newLexicon([][2]string{
	{"ukraine", "r"}, {"ukrainian*", "r"}, {"russia", "r"}, {"russian*", "r"},
	{"kremlin", "r"}, {"putin", "r"}, {"zelensky*", "r"}, {"zelenskiy", "r"},
	{"donbas", "r"}, {"kyiv", "r"}, {"kiev", "r"}, {"shahed*", "r"}, {"kcma", "r"},
})

var otherWarLex = newLexicon([][2]string{
	{"israel*", "o"}, {"gaza*", "o"}, {"hamas", "o"}, {"hezbollah", "o"}, {"iran*", "o"},
	{"tehran", "o"}, {"houthi*", "o"}, {"yemen*", "o"}, {"lebanon", "o"}, {"lebanese", "o"},
	{"syria*", "o"}, {"sudan*", "o"}, {"idf", "o"}, {"tel aviv", "o"}, {"jerusalem", "o"},
	{"west bank", "o"}, {"beirut", "o"}, {"palestinian*", "o"},
})

// countMatches returns how many phrases of l occur in toks.
func countMatches(l *lexicon, toks []token) int {
	return len(l.scan(toks))
}

// headingLex marks sentences about where attackers were heading, which
// name no place hit ("the main direction of the strike was the capital").
var headingLex = newLexicon([][2]string{
	{"main direction", "h"}, {"direction of the strike", "h"}, {"direction of the main strike", "h"},
	{"main directions", "h"}, {"directions of the strike", "h"}, {"direction of the attack", "h"},
	{"directions of the attack", "h"}, {"main targets were", "h"}, {"main target was", "h"},
	{"primary targets were", "h"}, {"the focus of the attack was", "h"},
	{"heading towards", "h"}, {"heading toward", "h"}, {"heading for", "h"}, {"are heading", "h"},
	{"approaching", "h"}, {"moving towards", "h"}, {"moving toward", "h"},
})

// nonEventLex marks sentences about something other than a strike that
// happened: drills and exercises ("a rescue drill simulating a missile
// strike"), anniversaries and memorials ("one year since the strike that
// killed 12"), and court cases about past strikes ("sentenced in absentia
// over the 2023 strike"). Their figures and places are no attack.
var nonEventLex = newLexicon([][2]string{
	{"drill", "n"}, {"drills", "n"}, {"training exercise*", "n"}, {"military exercise*", "n"},
	{"joint exercise*", "n"}, {"rescue exercise*", "n"}, {"emergency exercise*", "n"},
	{"staff exercise*", "n"}, {"command exercise*", "n"}, {"civil defence exercise*", "n"},
	{"civil defense exercise*", "n"}, {"simulated", "n"}, {"simulating", "n"}, {"simulation", "n"},
	{"mock attack", "n"}, {"mock strike", "n"}, {"rehearsal", "n"}, {"practised", "n"}, {"practiced", "n"},
	{"anniversary", "n"}, {"commemorat*", "n"}, {"mourners", "n"}, {"laid flowers", "n"},
	{"lay flowers", "n"}, {"laying flowers", "n"}, {"minute of silence", "n"}, {"moment of silence", "n"},
	{"memorial service", "n"}, {"memorial ceremony", "n"}, {"memorial event", "n"}, {"unveiled a memorial", "n"},
	{"years since", "n"}, {"year since", "n"}, {"years after", "n"}, {"a year after", "n"},
	{"years ago", "n"}, {"a year ago", "n"}, {"to mark", "n"}, {"marked the", "n"}, {"marks the", "n"},
	{"sentenced", "n"}, {"verdict", "n"}, {"convicted", "n"}, {"in absentia", "n"}, {"indicted", "n"},
	{"indictment", "n"}, {"on trial", "n"}, {"trial of", "n"}, {"tribunal", "n"}, {"pleaded guilty", "n"},
	{"court ruled", "n"}, {"court found", "n"}, {"court hearing", "n"}, {"charged with", "n"},
	{"jailed", "n"}, {"prison sentence", "n"}, {"life sentence", "n"},
})
