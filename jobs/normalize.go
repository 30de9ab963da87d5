package jobs

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"sort"
	"time"

	"sitrep/extract"
	"sitrep/extract/multilang"
	"sitrep/store"
)

// NormalizeStats counts what a normalize pass did.
type NormalizeStats struct {
	Documents int // documents extracted
	Failed    int // documents the extractor failed on (left for the next pass)
	Days      int // publication days written (one transaction each)
	Facts     store.FactCounts
	StoreTime time.Duration // spent replacing facts in the store
}

// Normalize extracts facts from stored documents — only new, edited or
// extracted-by-an-older-version ones unless all is set — and replaces their
// facts, one transaction per publication day, so one bad day fails alone.
// Nothing is fetched.
func (p *Pipeline) Normalize(ctx context.Context, all bool) (NormalizeStats, error) {
	var st NormalizeStats
	docs, err := p.store.DocumentsToExtract(ctx, store.DocumentFilter{All: all, ExtractorVersion: multilang.Version})
	if err != nil {
		return st, err
	}
	byDay := map[time.Time][]store.DocFacts{}
	for _, d := range docs {
		pub := d.Published
		if pub.IsZero() {
			pub = d.Fetched
		}
		day := p.Day(pub)
		facts, err := safeExtract(extract.Input{Title: d.Title, Text: d.Text, Published: pub, Lang: d.Lang,
			Publisher: d.Publisher})
		if err != nil {
			st.Failed++
			p.log.Error("extract failed", "doc_id", d.ID, "url", d.URL, "err", err)
			continue
		}
		byDay[day] = append(byDay[day], store.DocFacts{DocID: d.ID, ContentHash: d.ContentHash, Day: day, Facts: facts})
	}
	days := make([]time.Time, 0, len(byDay))
	for day := range byDay {
		days = append(days, day)
	}
	sort.Slice(days, func(i, j int) bool { return days[i].Before(days[j]) })
	for _, day := range days {
		if err := ctx.Err(); err != nil {
			return st, err
		}
		storeStart := p.now()
		c, err := p.store.ReplaceFacts(ctx, multilang.Version, byDay[day])
		st.StoreTime += p.now().Sub(storeStart)
		if err != nil {
			return st, fmt.Errorf("normalize %s: %w", day.Format(time.DateOnly), err)
		}
		st.Days++
		st.Documents += len(byDay[day])
		st.Facts.Attacks += c.Attacks
		st.Facts.Damage += c.Damage
		st.Facts.Diplomatic += c.Diplomatic
		st.Facts.Territorial += c.Territorial
	}
	p.log.Info("normalized", "documents", st.Documents, "failed", st.Failed, "days", st.Days,
		"facts", st.Facts.Total())
	if st.Failed > 0 {
		return st, fmt.Errorf("%w: %d documents", ErrExtractFailed, st.Failed)
	}
	return st, nil
}

// ErrExtractFailed means the extractor failed on some documents; their old
// facts are kept and they are retried on the next pass.
var ErrExtractFailed = errors.New("extraction failed")

// safeExtract runs the extractor, turning a panic (a bug on some odd input)
// into an error for that document so the rest of the pass goes on.
func safeExtract(in extract.Input) (f extract.Facts, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("extractor panic: %v\n%s", r, debug.Stack())
		}
	}()
	return multilang.Extract(in), nil
}
