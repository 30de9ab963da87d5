package reports

import (
	"fmt"
	"time"

	"sitrep/model"
)

// samplePeriod is 12 to 14 November 2025: the sample day's rows on the 14th,
// two attacks on the 12th given after them, no figures for the 13th, and a
// diplomatic action and a claim on the 12th. Texts carry the same traps as
// the daily sample.
func samplePeriod() model.PeriodReport {
	r := sampleReport()
	from := r.Day.AddDate(0, 0, -2)
	p := model.PeriodReport{
		From: from, To: r.Day, Generated: r.Generated, TimeZone: r.TimeZone, ExtractorVersion: r.ExtractorVersion,
		Days: []model.DayTotals{
			r.Totals.DayTotals(r.Day),
			{Day: from, DronesLaunched: 100, DronesDowned: 90, MissilesLaunched: 2, MissilesDowned: 1, Killed: 4, Injured: 9},
		},
		Attacks:   append([]model.AttackRow(nil), r.Attacks...),
		Diplomacy: append([]model.DiplomacyRow(nil), r.Diplomacy...),
		Territory: append([]model.TerritoryRow(nil), r.Territory...),
	}
	p.Attacks = append(p.Attacks,
		model.AttackRow{Day: from, Country: "Ukraine", Oblast: "Odesa", City: "Odesa", Killed: fig(4, ""),
			Injured: model.Figure{Value: i64(9), Qualifier: model.QualMoreThan, Low: i64(5), High: i64(9), Reports: 2},
			Sources: 2, BestURL: "https://odesa.example.org/1", BestTitle: "=SUM(A1:A9)",
			OtherURLs: []string{"https://a.example/1", "https://b.example/2"}, Evidence: "Four\x00 killed in Odesa."},
		model.AttackRow{Day: from, Country: "Ukraine", DronesLaunched: fig(100, model.QualMoreThan), DronesDowned: fig(90, "")},
	)
	p.Diplomacy = append(p.Diplomacy, model.DiplomacyRow{Day: from, Actor: "France", Action: "military aid",
		Target: "Ukraine", Amount: "+EUR 1 billion", Title: "@aid", URL: "https://fr.example.fr/aid"})
	p.Territory = append(p.Territory, model.TerritoryRow{Day: from, Claimant: "Russia", Region: "Zaporizhzhia",
		Status: "claimed", Title: "-claim", URL: "https://mod.example.ru/2"})
	return p
}

// bigPeriod is a period of days days with perDay attack rows a day.
func bigPeriod(days, perDay int) model.PeriodReport {
	from := time.Date(2025, time.January, 1, 0, 0, 0, 0, time.UTC)
	p := model.PeriodReport{From: from, To: from.AddDate(0, 0, days-1), Generated: from.AddDate(1, 0, 0),
		TimeZone: "Europe/Kyiv", ExtractorVersion: "extract/1.4.0", Attacks: make([]model.AttackRow, 0, days*perDay)}
	killed, injured := fig(2, model.QualAtLeast), model.Figure{Value: i64(7), Low: i64(5), High: i64(7), Reports: 3}
	districts, weapons, damage := []string{"Central"}, []string{"Shahed", "Iskander-M"}, []string{"residential", "energy"}
	for d := range days {
		day := from.AddDate(0, 0, d)
		p.Days = append(p.Days, model.DayTotals{Day: day, DronesLaunched: int64(300 + d%90), DronesDowned: int64(280 + d%80),
			MissilesLaunched: int64(d % 20), MissilesDowned: int64(d % 15), Killed: int64(d % 11), Injured: int64(d % 37)})
		for i := range perDay {
			p.Attacks = append(p.Attacks, model.AttackRow{
				Day: day, Country: "Ukraine", Oblast: fmt.Sprintf("Oblast %d", i%24), City: fmt.Sprintf("City %d", i),
				Districts: districts, Weapons: weapons, Damage: damage, Killed: killed, Injured: injured, Sources: 3,
				BestURL: fmt.Sprintf("https://news.example.org/%d/%d", d, i), BestTitle: "Attack on a city overnight",
				OtherURLs: []string{"https://other.example.org/1", "https://other.example.org/2"},
				Evidence:  "Drones struck a residential building overnight, the regional administration said.",
			})
		}
		p.Diplomacy = append(p.Diplomacy, model.DiplomacyRow{Day: day, Actor: "European Union", Action: "sanctions",
			Target: "Russia", Status: "adopted", Evidence: "The EU adopted a package.", URL: "https://eu.example.eu/p", Title: "Package"})
	}
	return p
}
