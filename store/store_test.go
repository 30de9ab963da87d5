package store

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"sitrep/extract"
	"sitrep/model"
)

func openTest(t *testing.T) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "test.duckdb")
	s, err := Open(context.Background(), path, Options{MemoryLimit: "256MB", Threads: 1})
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s, path
}

func ptr[T any](v T) *T { return &v }

func sampleDoc(id, text string) model.Document {
	return model.Document{
		Source: "wire", ExternalID: id, URL: "https://example.org/" + id, Title: "Title " + id,
		Publisher: "Wire", Authority: "media", Lang: "en", Text: text, Raw: []byte("<p>" + text + "</p>"),
		Published: time.Date(2025, 11, 14, 7, 0, 0, 0, time.UTC),
		Fetched:   time.Date(2025, 11, 14, 8, 0, 0, 0, time.UTC),
	}
}

func TestOpenSetsLimitsAndMigratesOnce(t *testing.T) {
	s, path := openTest(t)
	ctx := context.Background()
	if v, err := s.Setting(ctx, "threads"); err != nil || v != "1" {
		t.Fatalf("threads = %q, %v; want 1", v, err)
	}
	if v, err := s.Setting(ctx, "memory_limit"); err != nil || !strings.Contains(v, "MiB") {
		t.Fatalf("memory_limit = %q, %v; want about 256MB", v, err)
	}
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	ver, err := s.SchemaVersion(ctx)
	if err != nil || ver != len(ms) || ver < 2 {
		t.Fatalf("schema version = %d, %v; want %d", ver, err, len(ms))
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s2, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer s2.Close()
	if ver, _ := s2.SchemaVersion(ctx); ver != len(ms) {
		t.Fatalf("schema version after reopen = %d", ver)
	}
}

func TestUpsertDocuments(t *testing.T) {
	s, _ := openTest(t)
	ctx := context.Background()
	docs := []model.Document{sampleDoc("a", "one"), sampleDoc("b", "two"), sampleDoc("a", "one")}
	st, err := s.UpsertDocuments(ctx, docs)
	if err != nil {
		t.Fatal(err)
	}
	if st != (UpsertStats{Inserted: 2}) {
		t.Fatalf("first upsert = %+v, want 2 inserted", st)
	}
	edited := sampleDoc("a", "one, edited")
	st, err = s.UpsertDocuments(ctx, []model.Document{edited, sampleDoc("b", "two")})
	if err != nil {
		t.Fatal(err)
	}
	if st != (UpsertStats{Updated: 1, Unchanged: 1}) {
		t.Fatalf("second upsert = %+v, want 1 updated 1 unchanged", st)
	}
	var version int
	var text string
	if err := s.db.QueryRow(`SELECT version, text FROM documents WHERE external_id = 'a'`).Scan(&version, &text); err != nil {
		t.Fatal(err)
	}
	if version != 2 || text != "one, edited" {
		t.Fatalf("edited doc version=%d text=%q", version, text)
	}
	counts, _ := s.TableCounts(ctx)
	if counts["documents"] != 2 {
		t.Fatalf("documents = %d, want 2", counts["documents"])
	}
	raw, err := s.RawDocument(ctx, 1)
	if err != nil || !strings.Contains(string(raw), "one") {
		t.Fatalf("raw = %q, %v", raw, err)
	}
}

func kyivFacts() extract.Facts {
	return extract.Facts{
		Attacks: []extract.Attack{{
			Date: ptr("2025-11-14"), Country: "Ukraine", Oblast: ptr("Kyiv"), City: ptr("Kyiv"),
			Districts: []string{"Desnianskyi"}, Killed: ptr(1), Rescued: ptr(40),
			Weapons: []string{"drone", "missile_unspecified"}, Damage: []string{"energy", "rail"},
			Qualifiers: map[string]string{"killed": "at_least", "rescued": "more_than", "injured": "more than a dozen"},
			Evidence:   []string{"At least one person was killed."},
		}},
		DiplomaticActions: []extract.DiplomaticAction{{Actor: "Canada", Action: "sanctions", Target: ptr("Russia"), Evidence: "Canada imposed sanctions."}},
		TerritorialClaims: []extract.TerritorialClaim{{Claimant: "Russia", Settlements: ptr(3), Region: ptr("Donetsk"), Evidence: "Russia claimed three villages."}},
	}
}

func TestReplaceFactsIsIdempotentAndVerified(t *testing.T) {
	s, _ := openTest(t)
	ctx := context.Background()
	if _, err := s.UpsertDocuments(ctx, []model.Document{sampleDoc("a", "text")}); err != nil {
		t.Fatal(err)
	}
	day := time.Date(2025, 11, 14, 0, 0, 0, 0, time.UTC)
	batch := []DocFacts{{DocID: 1, ContentHash: "h", Day: day, Facts: kyivFacts()}}
	for i := range 2 {
		c, err := s.ReplaceFacts(ctx, "test-1", batch)
		if err != nil {
			t.Fatalf("replace %d: %v", i, err)
		}
		if c != (FactCounts{Attacks: 1, Damage: 2, Diplomatic: 1, Territorial: 1}) {
			t.Fatalf("replace %d counts = %+v", i, c)
		}
	}
	counts, _ := s.TableCounts(ctx)
	if counts["attacks"] != 1 || counts["damage"] != 2 || counts["diplomatic_actions"] != 1 {
		t.Fatalf("after two replaces: %v", counts)
	}
	todo, err := s.DocumentsToExtract(ctx, DocumentFilter{ExtractorVersion: "test-1"})
	if err != nil {
		t.Fatal(err)
	}
	// The stamped hash "h" differs from the content hash, so the doc is stale.
	if len(todo) != 1 {
		t.Fatalf("stale documents = %d, want 1", len(todo))
	}
}

func TestReplaceFactsRollsBackOnError(t *testing.T) {
	s, _ := openTest(t)
	ctx := context.Background()
	if _, err := s.UpsertDocuments(ctx, []model.Document{sampleDoc("a", "text"), sampleDoc("b", "text")}); err != nil {
		t.Fatal(err)
	}
	day := time.Date(2025, 11, 14, 0, 0, 0, 0, time.UTC)
	good := []DocFacts{{DocID: 1, ContentHash: "h", Day: day, Facts: kyivFacts()}}
	if _, err := s.ReplaceFacts(ctx, "v", good); err != nil {
		t.Fatal(err)
	}
	bad := kyivFacts()
	bad.Attacks[0].Date = ptr("14/11/2025")
	_, err := s.ReplaceFacts(ctx, "v", []DocFacts{
		{DocID: 1, ContentHash: "h2", Day: day, Facts: extract.Facts{}},
		{DocID: 2, ContentHash: "h", Day: day, Facts: bad},
	})
	if err == nil || !strings.Contains(err.Error(), "attack date") {
		t.Fatalf("want attack date error, got %v", err)
	}
	counts, _ := s.TableCounts(ctx)
	if counts["attacks"] != 1 || counts["diplomatic_actions"] != 1 {
		t.Fatalf("old facts of doc 1 must survive the failed batch: %v", counts)
	}
	var hash string
	if err := s.db.QueryRow(`SELECT extracted_hash FROM documents WHERE id = 1`).Scan(&hash); err != nil || hash != "h" {
		t.Fatalf("doc 1 stamp = %q, %v; want the old h", hash, err)
	}
}

func TestDayReportConsolidates(t *testing.T) {
	s, _ := openTest(t)
	ctx := context.Background()
	official := sampleDoc("b", "official")
	official.Authority = "official"
	official.Published = official.Published.Add(time.Hour)
	if _, err := s.UpsertDocuments(ctx, []model.Document{sampleDoc("a", "text"), official}); err != nil {
		t.Fatal(err)
	}
	day := time.Date(2025, 11, 14, 0, 0, 0, 0, time.UTC)
	second := extract.Facts{Attacks: []extract.Attack{{
		Date: ptr("2025-11-14"), Country: "Ukraine", Oblast: ptr("Kyiv"), City: ptr("Kyiv"),
		Districts: []string{"Darnytskyi"}, Killed: ptr(6), Injured: ptr(52), Evidence: []string{"Six killed."},
	}}}
	if _, err := s.ReplaceFacts(ctx, "v", []DocFacts{
		{DocID: 1, ContentHash: "h", Day: day, Facts: kyivFacts()},
		{DocID: 2, ContentHash: "h", Day: day, Facts: second},
	}); err != nil {
		t.Fatal(err)
	}
	r, err := s.DayReport(ctx, day)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Attacks) != 1 {
		t.Fatalf("attacks = %d, want one consolidated Kyiv row", len(r.Attacks))
	}
	k := r.Attacks[0]
	if k.City != "Kyiv" || k.Sources != 2 || k.Killed.Int() != 6 || k.Injured.Int() != 52 {
		t.Fatalf("kyiv row = %+v", k)
	}
	if *k.Killed.Low != 1 || *k.Killed.High != 6 || k.Killed.Qualifier != "" {
		t.Fatalf("killed range = %v..%v q=%q", *k.Killed.Low, *k.Killed.High, k.Killed.Qualifier)
	}
	if k.Rescued.Int() != 40 || k.Rescued.Qualifier != "more_than" {
		t.Fatalf("rescued = %+v", k.Rescued)
	}
	if strings.Join(k.Districts, ",") != "Darnytskyi,Desnianskyi" || k.BestURL != official.URL {
		t.Fatalf("districts %v best %s", k.Districts, k.BestURL)
	}
	if len(r.Damage) != 2 || len(r.Diplomacy) != 1 || len(r.Territory) != 1 || len(r.Documents) != 2 {
		t.Fatalf("damage %d diplomacy %d territory %d documents %d", len(r.Damage), len(r.Diplomacy),
			len(r.Territory), len(r.Documents))
	}
	if r.Territory[0].Settlements == nil || *r.Territory[0].Settlements != 3 || r.Diplomacy[0].Target != "Russia" {
		t.Fatalf("territory %+v diplomacy %+v", r.Territory[0], r.Diplomacy[0])
	}
}

func TestSourceHealth(t *testing.T) {
	s, _ := openTest(t)
	ctx := context.Background()
	at := time.Date(2025, 11, 14, 8, 0, 0, 0, time.UTC)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(s.RecordSourceRun(ctx, SourceRun{Name: "wire", Kind: "feed", URL: "u", At: at}))
	must(s.RecordSourceRun(ctx, SourceRun{Name: "wire", Kind: "feed", URL: "u", At: at.Add(time.Hour), Err: errors.New("boom")}))
	must(s.RecordSourceRun(ctx, SourceRun{Name: "wire", Kind: "feed", URL: "u", At: at.Add(2 * time.Hour), Err: errors.New("boom again")}))
	h, err := s.SourceHealth(ctx)
	must(err)
	if len(h) != 1 || h[0].ErrorCount != 2 || h[0].LastError != "boom again" || !h[0].LastOK.Equal(at) {
		t.Fatalf("health = %+v", h)
	}
	must(s.RecordSourceRun(ctx, SourceRun{Name: "wire", Kind: "feed", URL: "u", At: at.Add(3 * time.Hour)}))
	h, _ = s.SourceHealth(ctx)
	if h[0].ErrorCount != 0 || !h[0].LastOK.Equal(at.Add(3*time.Hour)) {
		t.Fatalf("after success = %+v", h[0])
	}
}

// TestSecondProcessIsLockedOut opens the database from a child process while
// this one holds it, and expects ErrLocked with the holder's PID in the text.
func TestSecondProcessIsLockedOut(t *testing.T) {
	if path := os.Getenv("SITREP_STORE_LOCK_CHILD"); path != "" {
		_, err := Open(context.Background(), path, Options{})
		if !errors.Is(err, ErrLocked) {
			t.Fatalf("child: want ErrLocked, got %v", err)
		}
		os.Stdout.WriteString("CHILD-ERR: " + err.Error() + "\n")
		return
	}
	_, path := openTest(t)
	cmd := exec.Command(os.Args[0], "-test.run=^TestSecondProcessIsLockedOut$", "-test.v")
	cmd.Env = append(os.Environ(), "SITREP_STORE_LOCK_CHILD="+path)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child failed: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "CHILD-ERR:") || !strings.Contains(string(out), "PID") {
		t.Fatalf("child output lacks the lock message naming a PID:\n%s", out)
	}
}

func TestIsFatal(t *testing.T) {
	for msg, want := range map[string]bool{
		"commit: FATAL Error: Failed to create checkpoint because of error: No space left on device": true,
		"database has been invalidated because of a previous fatal error":                            true,
		"Constraint Error: Duplicate key":                                                            false,
	} {
		if got := IsFatal(errors.New(msg)); got != want {
			t.Errorf("IsFatal(%q) = %v, want %v", msg, got, want)
		}
	}
	if IsFatal(nil) {
		t.Error("IsFatal(nil)")
	}
}
