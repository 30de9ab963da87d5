package reports

import (
	"fmt"
	"testing"
	"time"

	"sitrep/model"
)

// busyDay is a heavy day: 200 attack rows, 500 damage rows, 300 documents.
func busyDay() model.DayReport {
	r := sampleReport()
	day := r.Day
	r.Attacks, r.Damage, r.Documents = nil, nil, nil
	for i := range 200 {
		r.Attacks = append(r.Attacks, model.AttackRow{
			Day: day, Country: "Ukraine", Oblast: fmt.Sprintf("Oblast %d", i%24), City: fmt.Sprintf("City %d", i),
			Districts: []string{"Central"}, Weapons: []string{"Shahed"}, Damage: []string{"residential", "energy"},
			Killed: fig(int64(i%3), model.QualAtLeast), Injured: fig(int64(i%7), ""), Sources: 3,
			BestURL: fmt.Sprintf("https://news.example.org/a/%d", i), BestTitle: fmt.Sprintf("Attack on City %d", i),
			OtherURLs: []string{"https://other.example.org/1", "https://other.example.org/2"},
			Evidence:  "Drones struck a residential building overnight, the regional administration said.",
		})
	}
	for i := range 500 {
		r.Damage = append(r.Damage, model.DamageRow{Day: day, Place: fmt.Sprintf("City %d", i%200), Category: "energy",
			Object: "a substation", URL: fmt.Sprintf("https://news.example.org/d/%d", i), Title: "Substation hit"})
	}
	for i := range 300 {
		r.Documents = append(r.Documents, model.SourceDoc{Source: "news", Publisher: "News", Title: fmt.Sprintf("Report %d", i),
			URL: fmt.Sprintf("https://news.example.org/r/%d", i), Published: day.Add(time.Duration(i) * time.Minute), Lang: "uk", Facts: 5})
	}
	model.ComputeTotals(&r)
	return r
}

func BenchmarkWriteDaily(b *testing.B) {
	r := busyDay()
	dir := b.TempDir()
	for b.Loop() {
		if _, err := WriteDaily(r, dir); err != nil {
			b.Fatalf("WriteDaily: %v", err)
		}
	}
}

// BenchmarkWritePeriod writes a year: 365 days, 280 attack rows a day
// (102,200 rows), one diplomatic action a day.
func BenchmarkWritePeriod(b *testing.B) {
	p := bigPeriod(365, 280)
	dir := b.TempDir()
	for b.Loop() {
		if _, err := WritePeriod(p, dir); err != nil {
			b.Fatalf("WritePeriod: %v", err)
		}
	}
	b.ReportMetric(float64(len(p.Attacks)), "attack_rows")
}
