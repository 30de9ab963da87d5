package extract

import "strings"

// sentence is one sentence of a document with what was read from it once.
type sentence struct {
	text       string
	para       int // 0 is the title
	toks       []token
	places     []mention
	date       dayRef // the day the sentence itself names, if any
	background bool   // about the war as a whole ("since 2022, …")
	diplomatic bool   // carries a diplomatic action
	territory  bool   // carries a territorial claim
	attackish  bool   // reports an attack or its impact
	weapons    []weaponHit
}

// skip reports whether the sentence gives no attack facts.
func (s *sentence) skip() bool { return s.background || s.diplomatic || s.territory }

// document is the input split into analysed sentences.
type document struct {
	sents   []sentence
	pub     pubDay
	kyivCtx bool
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
		for _, s := range splitSentences(p) {
			d.add(s, i+1)
		}
	}
	for i := range d.sents {
		if hasWord(d.sents[i].toks, "kyiv", "kiev") {
			d.kyivCtx = true
			break
		}
	}
	for i := range d.sents {
		s := &d.sents[i]
		s.places = findPlaces(s.toks, d.kyivCtx)
		s.date = findDate(s.toks, d.pub)
		s.background = backgroundLex.has(s.toks)
		s.attackish = attackLex.has(s.toks)
		if s.attackish {
			s.weapons = findWeapons(s.toks)
		}
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
		if s.background {
			continue
		}
		for _, a := range findDiplomacy(s.toks, s.text, d.warContext(i)) {
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
		if s.background || s.diplomatic {
			continue
		}
		var prev []token
		if i > 0 {
			prev = d.sents[i-1].toks
		}
		if c, ok := findClaim(s.toks, s.text, prev); ok {
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
