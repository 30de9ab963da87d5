// Package uk extracts facts from Ukrainian posts of the official sources:
// the Air Force (Повітряні сили) summaries and corrections, the Kyiv City
// Military Administration (КМВА), DSNS and the oblast administrations. It
// produces the same contract as package extract (ARCHITECTURE.md) and, like
// it, is pure: no I/O, no clock; its tables are built once and never
// change.
//
// How Extract reads a post (each step in its own file):
//
//   - classify.go: the kind of post first (Classify). Alerts, recaps,
//     infographic captions and regional air-command tallies give no facts.
//   - fold.go, sentences.go, tokens.go: lines and sentences as the corpus
//     README splits them; folded text (lower case, one apostrophe, Cyrillic
//     for Latin look-alikes) for matching; counts in digits and words in
//     every case form (numwords.go), with their qualifiers (qualifiers.go).
//   - Air Force posts (sections.go, items.go, tally.go, airforce.go): one
//     national row from the launch and results sections, with the
//     arithmetic checked; a failed check is noted under qualifiers["check"].
//   - Local posts (local.go, casualties.go, damage.go, districts.go,
//     gazetteer.go): one row per place, with Kyiv's districts, damage
//     categories, casualties and weapons.
//   - dates.go: the night or day named, the year nearest publication, the
//     publication time converted to Europe/Kyiv.
package uk

import (
	"strings"

	"sitrep/extract"
)

// maxText bounds the work on a huge input; a Telegram post is at most
// 4,096 characters.
const maxText = 64 << 10

// Extract reads the facts of one Ukrainian post. in.Text is plain text (the
// post as the t.me preview shows it, line breaks kept) or, when in.HTML is
// set, HTML read by PlainText; in.Title, when set, is read as a first line.
// in.Lang is not looked at: the caller chose this reader. Lists are never
// nil; diplomatic actions and territorial claims are always empty, since
// official Ukrainian posts are read for attacks only.
func Extract(in extract.Input) extract.Facts {
	f := extract.Facts{
		Attacks:           []extract.Attack{},
		DiplomaticActions: []extract.DiplomaticAction{},
		TerritorialClaims: []extract.TerritorialClaim{},
	}
	text := in.Text
	if in.HTML {
		text = PlainText(text)
	}
	if in.Title != "" {
		text = in.Title + "\n" + text
	}
	if len(text) > maxText {
		text = strings.ToValidUTF8(text[:maxText], "")
	}
	kind := Classify(text)
	if !kind.HasFacts() {
		return f
	}
	ss := splitSentences(text)
	if kind.IsAirForce() {
		f.Attacks = append(f.Attacks, airForceRow(ss, in.Published))
		return f
	}
	f.Attacks = append(f.Attacks, localRows(ss, in.Published)...)
	return f
}
