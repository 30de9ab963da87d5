package extract

// Filters over the action phrases of a sentence: what was rejected, only
// considered, the topic of talks, or paid from frozen assets.

// peaceWords make talks peace talks.
var peaceWords = newLexicon([][2]string{
	{"peace", "p"}, {"ending the war", "p"}, {"end the war", "p"}, {"settlement", "p"},
	{"ceasefire", "p"}, {"framework", "p"}, {"negotiat*", "p"},
})

// resolveTalks turns "talks" into peace talks or a meeting, drops a plan
// that is only the topic of talks ("talks on a revised peace framework")
// and a meeting word that only dates something ("after the meeting").
func resolveTalks(toks []token, hits []actionHit) []actionHit {
	peace := peaceWords.has(toks)
	out := hits[:0:0]
	talks := -1
	for _, h := range hits {
		switch {
		case h.action == actTalks && peace:
			h.action = actPeaceTalks
		case h.action == actTalks:
			h.action = actSummit
		case talks >= 0 && h.pos-talks <= 12 && topicOf(toks, talks, h.pos):
			continue // "talks … on reviving peace negotiations and a prisoner exchange"
		case h.action == actSummit && toks[h.pos].w == "met" && beForms[wordBefore(toks, h.pos)]:
			continue // "until its goals were met"
		case h.action == actSummit && toks[h.pos].w == "meeting" && !heldMeeting(toks, h.pos):
			continue
		}
		if h.action == actPeaceTalks {
			talks = h.end
		}
		out = append(out, h)
	}
	return out
}

var beForms = map[string]bool{"was": true, "were": true, "be": true, "been": true, "is": true, "are": true}

// topicOf reports an action named after talks ending at toks[talks] as
// their topic: "on", "about" or "over" stands between them, in one clause.
func topicOf(toks []token, talks, pos int) bool {
	for k := talks; k < pos; k++ {
		switch toks[k].w {
		case ";", ".":
			return false
		case "on", "about", "over":
			return true
		}
	}
	return false
}

// heldMeeting: "meeting" is an action when someone held or hosted it, not
// when it dates or places something ("after the meeting", "at its meeting
// today").
func heldMeeting(toks []token, i int) bool {
	for k := max(0, i-4); k < i; k++ {
		switch toks[k].w {
		case "held", "hold", "holds", "holding", "convened", "hosted", "hosts", "hosting", "chaired":
			return true
		case "at", "during":
			// "at a meeting of the contact group" names who met; "at its
			// meeting today" only places a decision.
			return wordAfter(toks, i+1) == "of"
		case "after", "before", "following":
			return false
		}
	}
	return wordAfter(toks, i+1) == "with" || wordAfter(toks, i+1) == "of"
}

// clauseStart returns where the clause holding toks[pos] starts, looking
// back at most n words: after the last comma, semicolon or dash.
func clauseStart(toks []token, pos, n int) int {
	for k := pos - 1; k >= 0 && k >= pos-n; k-- {
		if w := toks[k].w; w == "," || w == ";" || w == "–" || w == ":" {
			return k + 1
		}
	}
	return max(0, pos-n)
}

// unrealLex marks what is only considered, expected or conditional.
var unrealLex = newLexicon([][2]string{
	{"consider", "u"}, {"considering", "u"}, {"will consider", "u"}, {"could", "u"},
	{"might", "u"}, {"expected to", "u"}, {"looking at", "u"}, {"look at", "u"}, {"if", "u"},
	{"dodge", "u"}, {"evade", "u"}, {"circumvent", "u"}, {"bypass", "u"}, {"asked for", "u"},
	{"asks for", "u"}, {"calls on partners", "u"}, {"means to", "u"}, {"able to", "u"},
	{"ability to", "u"}, {"position to", "u"},
})

// callLex: the verbs that make a ceasefire mention a call for one.
var callLex = newLexicon([][2]string{
	{"call*", "c"}, {"urge*", "c"}, {"urging", "c"}, {"demand*", "c"}, {"appeal*", "c"},
	{"push* for", "c"}, {"propos*", "c"}, {"insist*", "c"}, {"agree*", "c"}, {"declare*", "c"},
	{"announce*", "c"}, {"seek*", "c"}, {"back*", "c"}, {"support*", "c"}, {"offer*", "c"},
})

// dropUnreal removes actions the sentence only considers, expects or makes
// conditional ("will consider further sanctions", "Ukraine would repay the
// loan", "EU leaders are expected to return to the question at their
// summit"), and ceasefire mentions that call for nothing ("a ceasefire
// without guarantees gives Russia time").
func dropUnreal(toks []token, hits []actionHit) []actionHit {
	calls := callLex.has(toks)
	out := hits[:0:0]
	for _, h := range hits {
		if h.action == actCeasefire && !calls {
			continue
		}
		if h.action != actFrozenAssets && unrealLex.has(toks[clauseStart(toks, h.pos, 9):h.pos]) {
			continue
		}
		out = append(out, h)
	}
	return out
}

func dropFundedByAssets(hits []actionHit) []actionHit {
	frozen := false
	for _, h := range hits {
		frozen = frozen || h.action == actFrozenAssets
	}
	if !frozen {
		return hits
	}
	out := hits[:0:0]
	for _, h := range hits {
		if h.action != actFinancialAid && h.action != actMilitaryAid {
			out = append(out, h)
		}
	}
	return out
}

// dropRejected removes the actions in the same clause after a rejection:
// they name what was rejected ("rejected ceasefire proposals", "rejected
// the Commission's reparations loan plan").
func dropRejected(toks []token, hits []actionHit) []actionHit {
	out := hits[:0:0]
	for _, h := range hits {
		if h.action != actRejection && rejectedInClause(toks, hits, h) {
			continue
		}
		out = append(out, h)
	}
	return out
}

func rejectedInClause(toks []token, hits []actionHit, h actionHit) bool {
	for _, r := range hits {
		if r.action != actRejection || r.pos > h.pos {
			continue
		}
		clean := true
		for k := r.end; k < h.pos; k++ {
			if toks[k].punct || toks[k].w == "including" || toks[k].w == "but" {
				clean = false
				break
			}
		}
		if clean {
			return true
		}
	}
	return false
}
