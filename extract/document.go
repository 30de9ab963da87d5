package extract

import "strings"

// sentence is one sentence of a document with what was read from it once.
type sentence struct {
	text       string
	para       int // 0 is the title
	toks       []token
	places     []mention
	date       dayRef // the day the sentence itself names, if any
	background bool   // about the war as a whole ("since 2022, …") or a recap
	history    bool   // about the war's past, not this week's news
	diplomatic bool   // carries a diplomatic action
	territory  bool   // carries a territorial claim
	attackish  bool   // reports an attack or its impact
	heading    bool   // where attackers were heading, not where they hit
	nonEvent   bool   // a drill, an anniversary or a court case, not a strike
	weapons    []weaponHit
}

// skip reports whether the sentence gives no attack facts.
func (s *sentence) skip() bool { return s.background || s.diplomatic || s.territory }

// document is the input split into analysed sentences.
type document struct {
	sents   []sentence
	pub     pubDay
	kyivCtx bool
	// warPublisher: a military administration, the emergency service or the
	// Air Force publishes only the war's casualties and damage.
	warPublisher bool
	airForce     bool   // an Air Force summary or its relay
	speaker      string // the institution the document speaks for, if any
	claimant     string // Russia or Ukraine as the headline names them
}

// readDocument prepares the text and analyses each sentence once.
func readDocument(in Input) *document {
	d := &document{pub: newPubDay(in.Published)}
	title := in.Title
	if title == "" && in.HTML {
		title = htmlTitle(in.Text)
	}
	title = strings.TrimSpace(capText(title, maxTitleBytes))
	if title != "" {
		d.add(title, 0)
	}
	for i, p := range paragraphs(in) {
		if i < 3 && sameHeadline(p, title) {
			continue // a page's <h1> repeats the headline read above
		}
		for _, s := range splitSentences(p) {
			d.add(s, i+1)
		}
	}
	d.kyivCtx = kyivPublisher(in.Publisher)
	d.warPublisher = warPublisher(in.Publisher)
	for i := range d.sents {
		if d.kyivCtx {
			break
		}
		if hasWord(d.sents[i].toks, "kyiv", "kiev") {
			d.kyivCtx = true
		}
	}
	for i := range d.sents {
		s := &d.sents[i]
		s.places = findPlaces(s.toks, d.kyivCtx)
		s.date = findDate(s.toks, d.pub)
		if s.date.rank == rankRelative && reportDay(s.toks) {
			s.date.rank = rankToday
		}
		s.nonEvent = nonEventLex.has(s.toks)
		s.history = backgroundLex.has(s.toks) || (s.date.rank == 0 && pastYear(s.toks, d.pub)) || s.nonEvent
		s.background = s.history || recapLex.has(s.toks)
		s.attackish = attackLex.has(s.toks)
		s.heading = headingLex.has(s.toks)
		d.airForce = d.airForce || airForceLex.has(s.toks)
		if s.attackish {
			s.weapons = findWeapons(s.toks)
		}
	}
	d.speaker = d.findSpeaker()
	if len(d.sents) > 0 && d.sents[0].para == 0 {
		d.claimant = claimantBefore(d.sents[0].toks, len(d.sents[0].toks))
	}
	return d
}

func (d *document) add(text string, para int) {
	if len(d.sents) >= maxSentences {
		return
	}
	d.sents = append(d.sents, sentence{text: text, para: para, toks: tokenize(text)})
}

// relevant reports whether the document is about the Russia–Ukraine war:
// it names the war's parties or places at least as often as another
// conflict's.
func (d *document) relevant() bool {
	war, other := 0, 0
	for i := range d.sents {
		s := &d.sents[i]
		war += countMatches(relevanceLex, s.toks)
		for _, m := range s.places {
			if m.p.country == countryUkraine || m.district != "" {
				war++
			}
		}
		other += countMatches(otherWarLex, s.toks)
	}
	return war > 0 && war >= other
}

// diplomacy reads the diplomatic actions, one per (actor, action, target).
func (d *document) diplomacy() []DiplomaticAction {
	var out []DiplomaticAction
	seen := map[string]int{}
	for i := range d.sents {
		s := &d.sents[i]
		if s.background || s.para == 0 {
			continue // a headline repeats the body, which gives the evidence
		}
		for _, a := range findDiplomacy(s.toks, s.text, d.warContext(i), d.speaker) {
			if a.Action != actCondemnation && a.Action != actSummit {
				s.diplomatic = true
			}
			a.Date = optString(s.date.day)
			key := a.Actor + "|" + a.Action + "|" + deref(a.Target)
			if k, ok := seen[key]; ok {
				fillIn(&out[k], a)
				continue
			}
			seen[key] = len(out)
			out = append(out, a)
		}
	}
	return out
}

// territory reads the territorial claims.
func (d *document) territory() []TerritorialClaim {
	var out []TerritorialClaim
	for i := range d.sents {
		s := &d.sents[i]
		if s.history || s.diplomatic || s.para == 0 {
			continue // a weekly claim ("over the past week") still counts
		}
		var prev []token
		if i > 0 {
			prev = d.sents[i-1].toks
		}
		for _, c := range findClaims(s.toks, s.text, prev, d.claimant) {
			s.territory = true
			c.Date = optString(s.date.day)
			out = append(out, c)
		}
	}
	return out
}

// fillIn completes an action from a later mention of the same action (a
// headline has no date; the body says "on Wednesday").
func fillIn(dst *DiplomaticAction, src DiplomaticAction) {
	if dst.Date == nil {
		dst.Date = src.Date
	}
	if dst.Amount == nil {
		dst.Amount = src.Amount
	}
}

// warContext reports whether the title or the sentence before sentence i
// names the war, so that "Germany pledged a military aid package" counts in
// an article about aid to Ukraine.
func (d *document) warContext(i int) bool {
	if i > 0 && relevanceLex.has(d.sents[i-1].toks) {
		return true
	}
	return len(d.sents) > 0 && d.sents[0].para == 0 && relevanceLex.has(d.sents[0].toks)
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// findSpeaker returns the first actor other than Russia and Ukraine named
// in the headline, else in the first body paragraph: the government or
// organisation whose release or statement the document is ("Canada
// announces new military assistance"). Statements then say "we" or "the
// Minister".
func (d *document) findSpeaker() string {
	for i := range d.sents {
		s := &d.sents[i]
		if s.para > 1 {
			break
		}
		for _, a := range findActors(s.toks) {
			if a.name != "Russia" && a.name != "Ukraine" && (s.para == 0 || a.subject) {
				return a.name
			}
		}
	}
	return ""
}

// sameHeadline reports whether paragraph p is the headline again: a page's
// <title> is "Headline | Site name".
func sameHeadline(p, title string) bool {
	if title == "" {
		return false
	}
	for _, sep := range []string{" | ", " — ", " – "} {
		if h, _, ok := strings.Cut(title, sep); ok {
			title = h
			break
		}
	}
	return strings.EqualFold(strings.TrimSpace(p), strings.TrimSpace(title))
}

// kyivPublisher reports whether the publisher is a Kyiv institution (the city
// or its military administration), whose posts say "the capital" for Kyiv.
func kyivPublisher(p string) bool {
	p = strings.ToLower(p)
	return strings.Contains(p, "kyiv") || strings.Contains(p, "kiev") || strings.Contains(p, "київ")
}

// warPublisher reports whether the publisher is an institution that reports
// only the war: a military administration, the emergency service, the Air Force.
func warPublisher(p string) bool {
	p = strings.ToLower(p)
	for _, w := range []string{"military administration", "kcma", "state emergency service", "dsns", "air force",
		"військова адміністрація", "дснс", "повітряні сили"} {
		if strings.Contains(p, w) {
			return true
		}
	}
	return false
}

// nonEvent reports a document about a drill, an anniversary or a court case
// rather than a strike: most of its attack sentences carry such a cue, or
// half of them when the headline does too. A real attack reported "on the
// anniversary of the invasion" keeps its plain attack sentences.
func (d *document) nonEvent() bool {
	n, c, head := 0, 0, false
	for i := range d.sents {
		s := &d.sents[i]
		if s.para == 0 {
			head = head || s.nonEvent
			continue
		}
		if s.attackish || s.nonEvent {
			n++
			if s.nonEvent {
				c++
			}
		}
	}
	return c > 0 && (2*c > n || head && 2*c >= n)
}
