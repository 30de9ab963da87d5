package extract

import (
	"regexp"
	"slices"
	"strings"
)

// Diplomatic action values of the extract contract.
const (
	actSanctions     = "sanctions"
	actCeasefire     = "ceasefire_call"
	actPeaceTalks    = "peace_talks"
	actPeaceProposal = "peace_proposal"
	actRejection     = "rejection"
	actFrozenAssets  = "frozen_assets"
	actMilitaryAid   = "military_aid"
	actFinancialAid  = "financial_aid"
	actHumanitarian  = "humanitarian_aid"
	actCondemnation  = "statement_condemnation"
	actSummit        = "summit_meeting"
	actOther         = "other"

	// actTalks is "talks": peace talks when the sentence is about peace or
	// ending the war, else a meeting.
	actTalks = "talks"
)

// actionLex maps action phrases to action values. Threatened or considered
// sanctions are still sanctions; "weighing" frozen assets is still
// frozen_assets: the evidence sentence says how firm it is.
var actionLex = newLexicon([][2]string{
	{"sanction*", actSanctions}, {"restrictive measures", actSanctions}, {"price cap", actSanctions},
	{"blacklist*", actSanctions}, {"embargo*", actSanctions}, {"export ban*", actSanctions},
	{"ceasefire*", actCeasefire}, {"cease-fire*", actCeasefire}, {"truce", actCeasefire},
	{"cessation of hostilities", actCeasefire},
	{"peace talks", actPeaceTalks}, {"peace negotiations", actPeaceTalks}, {"negotiations", actPeaceTalks},
	{"negotiate*", actPeaceTalks}, {"negotiating", actPeaceTalks}, {"peace process", actPeaceTalks},
	{"direct talks", actPeaceTalks},
	{"peace plan*", actPeaceProposal}, {"peace proposal*", actPeaceProposal},
	{"peace framework", actPeaceProposal}, {"peace deal", actPeaceProposal},
	{"peace agreement", actPeaceProposal}, {"peace initiative", actPeaceProposal},
	{"rejected", actRejection}, {"rejects", actRejection}, {"rejecting", actRejection},
	{"will not accept", actRejection}, {"would not accept", actRejection}, {"refused to accept", actRejection},
	{"refused", actRejection}, {"refuses", actRejection}, {"dismissed", actRejection},
	{"ruled out", actRejection}, {"rules out", actRejection}, {"turned down", actRejection},
	{"frozen assets", actFrozenAssets}, {"frozen russian assets", actFrozenAssets},
	{"frozen russian state assets", actFrozenAssets}, {"frozen russian sovereign assets", actFrozenAssets},
	{"immobilised assets", actFrozenAssets}, {"immobilized assets", actFrozenAssets},
	{"immobilised russian assets", actFrozenAssets}, {"immobilized russian assets", actFrozenAssets},
	{"reparations loan", actFrozenAssets}, {"windfall profits", actFrozenAssets},
	{"russian assets", actFrozenAssets}, {"russian sovereign assets", actFrozenAssets},
	{"russian central bank assets", actFrozenAssets}, {"frozen funds", actFrozenAssets},
	{"military aid", actMilitaryAid}, {"military assistance", actMilitaryAid},
	{"military support", actMilitaryAid}, {"military package", actMilitaryAid},
	{"security assistance", actMilitaryAid}, {"weapons package", actMilitaryAid},
	{"arms package", actMilitaryAid}, {"air defence systems", actMilitaryAid},
	{"air defense systems", actMilitaryAid}, {"patriot*", actMilitaryAid}, {"himars", actMilitaryAid},
	{"weapons deliveries", actMilitaryAid}, {"arms deliveries", actMilitaryAid}, {"drawdown", actMilitaryAid},
	{"financial aid", actFinancialAid}, {"financial assistance", actFinancialAid},
	{"financial support", actFinancialAid}, {"budget support", actFinancialAid}, {"loan", actFinancialAid},
	{"loans", actFinancialAid}, {"grant", actFinancialAid}, {"grants", actFinancialAid},
	{"tranche", actFinancialAid}, {"macro-financial", actFinancialAid}, {"funding", actFinancialAid},
	{"disbursement*", actFinancialAid}, {"disbursed", actFinancialAid}, {"disburses", actFinancialAid},
	{"purl", actMilitaryAid}, {"prioritised ukraine requirements list", actMilitaryAid},
	{"prioritized ukraine requirements list", actMilitaryAid},
	{"economic aid", actFinancialAid}, {"economic support", actFinancialAid},
	{"humanitarian aid", actHumanitarian}, {"humanitarian assistance", actHumanitarian},
	{"humanitarian support", actHumanitarian}, {"generators", actHumanitarian},
	{"reconstruction", actHumanitarian}, {"demining", actHumanitarian}, {"winter aid", actHumanitarian},
	{"condemn*", actCondemnation}, {"denounc*", actCondemnation}, {"criticis*", actCondemnation},
	{"criticiz*", actCondemnation}, {"deplor*", actCondemnation},
	{"summit", actSummit}, {"met with", actSummit}, {"meeting", actSummit}, {"phone call", actSummit},
	{"held talks", actTalks}, {"hold talks", actTalks}, {"holding talks", actTalks}, {"talks", actTalks},
	{"visited", actSummit}, {"met", actSummit}, {"due to meet", actSummit}, {"will meet", actSummit},
	{"spoke with", actSummit}, {"telephone conversation", actSummit}, {"by telephone", actSummit},
	{"by phone", actSummit}, {"telephone call", actSummit}, {"phone conversation", actSummit},
	{"adopted a resolution", actOther}, {"passed a resolution", actOther}, {"approved a resolution", actOther},
	{"adopts a resolution", actOther}, {"resolution was adopted", actOther},
	{"prisoner exchange", actOther}, {"prisoner swap", actOther}, {"exchange of prisoners", actOther},
	{"expelled", actOther}, {"expels", actOther},
})

// aidAdjectives read "financial and military support" as two aid actions.
var aidAdjectives = map[string]string{
	"financial": actFinancialAid, "military": actMilitaryAid, "humanitarian": actHumanitarian,
	"economic": actFinancialAid, "defence": actMilitaryAid, "defense": actMilitaryAid,
	"and": "", ",": "",
}

var aidNouns = map[string]bool{
	"aid": true, "support": true, "assistance": true, "package": true, "packages": true,
}

// amountRe finds a sum of money as written: "$1.5 billion", "€90bn",
// "90 billion euros", "£2.5bn".
var amountRe = regexp.MustCompile(`(?i)(?:(?:\b(?:a|c|us|nz|hk))?[$€£]\s?\d[\d,.]*\s?(?:trillion|billion|million|bn|m)?\b|\b(?:usd|eur|gbp|chf)\s?\d[\d,.]*\s?(?:trillion|billion|million|bn|m)?\b|\b\d[\d,.]*\s?(?:trillion|billion|million|bn)\s?(?:euros?|dollars?|pounds?|hryvnias?|usd|eur)?)`)

type actionHit struct {
	pos, end int
	action   string
}

// findActions lists the action phrases of a sentence. A phrase that is the
// object of a rejection ("rejected ceasefire proposals") belongs to the
// rejection, and aid paid from frozen assets is the frozen_assets action.
func findActions(toks []token) []actionHit {
	var hits []actionHit
	for i := 0; i < len(toks); {
		if end, acts := aidChain(toks, i); end > i {
			for _, a := range acts {
				hits = append(hits, actionHit{pos: i, end: end, action: a})
			}
			i = end
			continue
		}
		if m, ok := actionLex.matchAt(toks, i); ok {
			hits = append(hits, actionHit{pos: m.start, end: m.end, action: m.val})
			i = m.end
			continue
		}
		i++
	}
	if len(hits) == 0 {
		return nil
	}
	hits = dropRejected(toks, dropFundedByAssets(hits))
	return resolveTalks(toks, dropUnreal(toks, hits))
}

func aidChain(toks []token, i int) (int, []string) {
	var acts []string
	j := i
	for ; j < len(toks) && j < i+6; j++ {
		a, ok := aidAdjectives[toks[j].w]
		if !ok {
			break
		}
		if a != "" {
			acts = append(acts, a)
		}
	}
	if len(acts) == 0 || j >= len(toks) || !aidNouns[toks[j].w] {
		return i, nil
	}
	return j + 1, acts
}

// findDiplomacy reads the diplomatic actions of one sentence. Each action's
// actor is the nearest actor before it, else the document's speaker when
// the sentence speaks for an institution ("We call for…", "The Minister
// announced…"), else the nearest actor after it; the sentence, or its
// context (warContext), must concern Russia or Ukraine. A recipient never
// acts: Ukraine giving itself aid is Ukraine asking for it.
func findDiplomacy(toks []token, text string, warContext bool, speaker string) []DiplomaticAction {
	acts := findActions(toks)
	if len(acts) == 0 {
		acts = pledgeAction(toks)
	}
	if len(acts) == 0 {
		return nil
	}
	actors := findActors(toks)
	if !warContext && !concernsWar(toks, actors) {
		return nil
	}
	var out []DiplomaticAction
	seen := map[string]bool{}
	for _, a := range acts {
		actor, ok := actorFor(toks, actors, a, speaker)
		if a.action == actSummit {
			actor, ok = groupMeeting(actors, actor, ok)
		}
		if !ok || (actor.name == "Ukraine" || actor.name == "Russia") && receivesAid(a.action) {
			continue // Ukraine receives aid; Russia gives Ukraine none
		}
		target := targetFor(toks, actors, a, actor)
		for _, who := range coActors(toks, actors, actor) {
			key := who.name + "|" + a.action // one action per actor and kind in a sentence
			if seen[key] || who.name == target {
				continue
			}
			seen[key] = true
			d := DiplomaticAction{Actor: who.name, Action: a.action, Evidence: text}
			if target != "" {
				d.Target = &target
			}
			if amt := amountFor(a.action, text); amt != "" {
				d.Amount = &amt
			}
			out = append(out, d)
		}
	}
	return out
}

// groupMeeting: a meeting in a sentence that names the Ukraine Defense
// Contact Group ("at a meeting of the Ramstein group", "Ramstein-format
// talks") is the group's, whoever spoke at it.
func groupMeeting(actors []actorMention, actor actorMention, ok bool) (actorMention, bool) {
	for _, m := range actors {
		if m.name == "Ukraine Defense Contact Group" {
			return m, true
		}
	}
	return actor, ok
}

// coActors returns the actor with the actors listed with it as joint
// subjects: "France and Britain called on Russia…" is both countries' call.
func coActors(toks []token, actors []actorMention, actor actorMention) []actorMention {
	out := []actorMention{actor}
	at := slices.IndexFunc(actors, func(m actorMention) bool { return m.pos == actor.pos })
	if at < 0 {
		return out
	}
	for i := at - 1; i >= 0 && listed(toks, actors[i].end, actors[i+1].pos) && actors[i].subject; i-- {
		out = append(out, actors[i])
	}
	for i := at + 1; i < len(actors) && listed(toks, actors[i-1].end, actors[i].pos) && actors[i].subject; i++ {
		out = append(out, actors[i])
	}
	return out
}

// receivesAid reports the actions Ukraine is the beneficiary of.
func receivesAid(action string) bool {
	switch action {
	case actMilitaryAid, actFinancialAid, actHumanitarian, actFrozenAssets:
		return true
	}
	return false
}

func concernsWar(toks []token, actors []actorMention) bool {
	for _, a := range actors {
		if a.name == "Russia" || a.name == "Ukraine" {
			return true
		}
	}
	return relevanceLex.has(toks)
}

func actorFor(toks []token, actors []actorMention, a actionHit, speaker string) (actorMention, bool) {
	best, found := actorMention{}, false
	for _, m := range actors {
		if m.subject && m.end <= a.pos {
			best, found = m, true
		}
	}
	if found {
		return best, true
	}
	if speaker != "" && speakerLex.has(toks[:a.pos]) {
		return actorMention{pos: -1, end: -1, name: speaker, subject: true}, true
	}
	for _, m := range actors {
		if m.subject && m.pos >= a.end {
			return m, true
		}
	}
	return actorMention{}, false
}

// speakerLex: words by which an institution speaks of itself or its
// officials ("We", "The Minister of National Defence", "the Government").
var speakerLex = newLexicon([][2]string{
	{"we", "s"}, {"our", "s"}, {"minister", "s"}, {"ministers", "s"}, {"ministry", "s"},
	{"government", "s"}, {"council", "s"}, {"board", "s"}, {"secretary", "s"}, {"department", "s"},
	{"office", "s"}, {"cabinet", "s"}, {"president", "s"}, {"prime minister", "s"},
	{"the fund", "s"}, {"the bloc", "s"}, {"the alliance", "s"}, {"commission", "s"},
	{"delegation", "s"}, {"spokesman", "s"}, {"spokeswoman", "s"}, {"chancellor", "s"},
})

// targetFor: sanctions, frozen assets and condemnations aim at the first
// country named from the action on (Russia by default for the first two);
// aid goes to Ukraine unless another recipient is named; other actions keep
// no target.
func targetFor(toks []token, actors []actorMention, a actionHit, actor actorMention) string {
	switch a.action {
	case actCeasefire:
		return addressee(toks, actors, actor)
	case actRejection:
		// "Moscow rejected Ukraine's proposal", "a plan put forward by
		// Washington": the party whose offer it was. "The European plan"
		// names no party.
		for _, m := range actors {
			if m.pos < a.end || m.pos > a.end+6 || m.name == actor.name || hasPunct(toks[a.end:m.pos]) {
				continue
			}
			if b := wordBefore(toks, m.pos); toks[m.end-1].poss || b == "by" || b == "from" {
				return m.name
			}
		}
	case actSanctions, actFrozenAssets, actCondemnation, actOther:
		for _, m := range actors {
			if m.pos >= a.pos && m.name != actor.name {
				return m.name
			}
		}
		if (a.action == actSanctions || a.action == actFrozenAssets) && actor.name != "Russia" {
			return "Russia"
		}
	case actMilitaryAid, actFinancialAid, actHumanitarian:
		if actor.name != "Ukraine" {
			return "Ukraine"
		}
	}
	return ""
}

// addressee is the party a call is addressed to: the actor right after
// "called on", "urged", "pressed" or "asked" ("France called on Russia to
// accept a ceasefire"). A call to no one named has no target.
func addressee(toks []token, actors []actorMention, actor actorMention) string {
	for _, m := range actors {
		if m.name == actor.name || m.pos < actor.end {
			continue
		}
		b := wordBefore(toks, m.pos)
		if b == "the" {
			b = wordBefore(toks, m.pos-1)
		}
		switch b {
		case "on", "urged", "urges", "urging", "pressed", "presses", "pressing", "asked", "asks",
			"told", "demanded", "demands", "upon":
			return m.name
		}
	}
	return ""
}

func amountFor(action, text string) string {
	switch action {
	case actFinancialAid, actMilitaryAid, actHumanitarian, actFrozenAssets:
		return strings.TrimSpace(amountRe.FindString(text))
	}
	return ""
}

func hasPunct(toks []token) bool {
	for _, t := range toks {
		if t.punct {
			return true
		}
	}
	return false
}
