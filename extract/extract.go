package extract

import (
	"strings"
	"time"
)

// Version is the extractor's version, stamped on every stored row so that
// `sitrep normalize` can tell which rows an improved extractor should redo.
const Version = "0.2.1"

// Input is one document to extract facts from.
type Input struct {
	// Title is the headline; it is read like a first paragraph.
	Title string
	// Text is plain text (paragraphs separated by blank lines) or, when HTML
	// is true, an HTML page.
	Text string
	// HTML says Text is an HTML page.
	HTML bool
	// Published is the reference for relative dates ("early Friday"); the
	// zero time means unknown, and relative dates then stay null.
	Published time.Time
	// Lang is the document language: "en" (the default when empty) is read;
	// other languages yield empty facts for now.
	Lang string
	// Publisher names who published the document ("Kyiv City Military
	// Administration"). A Kyiv publisher's "the capital" and "the city" mean
	// Kyiv even when the post never names it, as KCMA posts do.
	Publisher string
}

// How Extract reads a document (each step in its own file):
//
//   - text.go: HTML to paragraphs without page furniture (tickers, bylines,
//     share bars); calls to action, "Read also" links, a closing "Final
//     thoughts" appeal, press-release notes and wire datelines are dropped.
//     sentences.go splits sentences, tokens.go words.
//   - document.go: each sentence is read once for places (gazetteer.go,
//     places.go, roles.go), its date (dates.go) and its kind: history or a
//     recap ("since 2022", "in the spring of 2024", "over the past week"),
//     diplomatic (diplomacy.go, actors.go), territorial (territory.go), or
//     reporting an attack (cues.go). Only attack sentences give attack facts,
//     and the headline gives none (the body repeats it and holds the
//     evidence).
//   - attribution.go: casualties (casualties.go, tolls.go, people.go), air
//     tallies (tally.go), weapons (weapons.go) and damage (damage.go,
//     outage.go) go to the place named next to them, else the place of the
//     previous sentence, else the document's first attacked place;
//     attacks.go and settle.go merge them per place.
//
// Documented choices: an attack with no date words takes the publication day
// (Kyiv time), since news reports the day's events, and stays null when that
// is unknown. The latest casualty figure wins (tolls rise, live blogs update,
// "later"/"by evening" sentences and later paragraphs revise; "a third person
// died" puts the toll at three) unless it is weak: a subset (hospitalised,
// "of them", "among the dead", one district's share), an increment or a
// recalled earlier report; air tallies keep their largest count, since
// totals precede their parts. "Both", "all of them" and a bare "one was shot
// down" count the launch just named; "a couple" is vague. Children among the
// dead are read from "including/among them three children", "three of the
// dead were children", "a child was among the dead" and "a 12-year-old boy
// was killed". A downed count above its
// launched count is dropped to null with a note in qualifiers rather than
// guessed. Details beat summaries: a figure spanning several places belongs
// to none, and a summary's weapons and damage only fill in what a place's own
// sentences leave open. Places named as launch areas, landmarks ("south-east
// of Kharkiv"), officials' titles or the oblast around a named town are not
// places hit, nor is a capital speaking for its government ("Kyiv says",
// "Kyiv's allies"), a city where officials speak ("officials in Kyiv said"),
// a dateline or byline, or the Air Force's "main directions" of a strike; a
// Russian place needs reported damage or figures, and never takes Russia's
// own weapons. A raion or hromada ("the Kupiansk district", "Chuhuivskyi
// raion", a hromada the gazetteer lacks) gives an oblast-level row, never its
// town's or the main city's. Drills, exercises, anniversaries, memorials and
// court cases about past strikes give no attack (raions.go, cues.go). A document about another war (more Gaza than
// Kyiv) or naming no weapon or air attack (an air-raid alert is none) gives
// no attack rows.

// Extract reads the facts of one document: attacks per place with
// casualties, weapons and damage; diplomatic actions; territorial claims.
// It is a pure function, reads at most 1 MiB of text, never panics, and
// returns normalized facts whose lists are never nil.
func Extract(in Input) Facts {
	var f Facts
	if isEnglish(in.Lang) {
		d := readDocument(in)
		if d.relevant() {
			f.DiplomaticActions = d.diplomacy()
			f.TerritorialClaims = d.territory()
			f.Attacks = d.attacks()
		}
	}
	Normalize(&f)
	return f
}

func isEnglish(lang string) bool {
	lang = strings.ToLower(strings.TrimSpace(lang))
	return lang == "" || lang == "en" || strings.HasPrefix(lang, "en-") || strings.HasPrefix(lang, "en_")
}
