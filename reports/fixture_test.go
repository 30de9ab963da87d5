package reports

import (
	"strings"
	"time"
	_ "time/tzdata" // Europe/Kyiv on machines without a zoneinfo database

	"sitrep/model"
)

func i64(v int64) *int64 { return &v }

// fig is a figure with a best value and a qualifier.
func fig(v int64, q string) model.Figure {
	return model.Figure{Value: i64(v), Qualifier: q, Low: i64(v), High: i64(v), Reports: 1}
}

// longEvidence is longer than a cell may hold.
func longEvidence() string {
	return strings.Repeat("Residents reported explosions near the depot. ", 870) // 40,020 characters
}

// sampleReport is the report of 14 November 2025: a national Air Force
// tally, Kyiv and Kharkiv hit, damage, five diplomatic actions, a territorial
// claim, the documents and the sources' health. Some texts carry traps:
// formula-looking titles, control characters, a 40,000-character evidence.
func sampleReport() model.DayReport {
	day := time.Date(2025, time.November, 14, 0, 0, 0, 0, time.UTC)
	pub := func(h, m int) time.Time { return time.Date(2025, time.November, 14, h, m, 0, 0, time.UTC) }
	r := model.DayReport{
		Day:              day,
		Generated:        time.Date(2025, time.November, 15, 5, 30, 0, 0, time.UTC),
		TimeZone:         "Europe/Kyiv",
		ExtractorVersion: "extract/1.4.0",
		Attacks: []model.AttackRow{
			{
				Day: day, Country: "Ukraine", Oblast: "Kharkiv", City: "Kharkiv",
				Districts: []string{"Kholodnohirskyi"}, Weapons: []string{"Shahed", "KAB"},
				Damage: []string{"residential"}, Killed: fig(2, ""), Injured: fig(17, model.QualAbout),
				Sources: 1, BestURL: "https://kharkiv.example.org/news/1", BestTitle: "=HYPERLINK(\"http://evil.example\",\"click\")",
				Evidence: "Two people were killed\x01 and about 17\x0b injured\x00 in Kharkiv.\x7f\u0085",
			},
			{
				Day: day, Country: "Ukraine", Oblast: "Kyiv", City: "Kyiv",
				Districts: []string{"Desnianskyi"}, Weapons: []string{"Shahed", "Iskander-M"},
				Damage:      []string{"energy", "rail", "residential", "heating"},
				Killed:      model.Figure{Value: i64(1), Qualifier: model.QualAtLeast, Low: i64(1), High: i64(3), Reports: 3},
				Injured:     model.Figure{Qualifier: "a dozen", Reports: 1},
				Provisional: true,
				Rescued:     fig(40, model.QualMoreThan),
				Sources:     2, BestURL: "https://kyiv.example.org/2025/11/14/attack", BestTitle: "Massive attack on Kyiv overnight",
				OtherURLs: []string{"https://news.example.com/kyiv-attack"},
				Evidence:  longEvidence(),
			},
			{
				Day: day, Country: "Ukraine",
				DronesLaunched: fig(430, ""), DronesDowned: fig(405, ""),
				MissilesLaunched: fig(18, ""), MissilesDowned: fig(14, ""),
				Sources: 1, BestURL: "https://airforce.example.gov.ua/tally", BestTitle: "+430 drones and 18 missiles",
				Evidence: "Overnight the enemy launched 430 drones and 18 missiles.",
			},
		},
		Damage: []model.DamageRow{
			{Day: day, Place: "Kyiv", Category: "energy", Object: "a thermal power plant", URL: "https://kyiv.example.org/2025/11/14/attack", Title: "Massive attack on Kyiv overnight"},
			{Day: day, Place: "Kyiv", Category: "rail", Object: "railway infrastructure", URL: "javascript:alert(1)", Title: "-1 trains"},
			{Day: day, Place: "Kyiv", Category: "heating", Object: "@SUM(1+1) heating mains", URL: "https://news.example.com/kyiv-attack", Title: "\tTabbed title"},
			{Day: day, Place: "Kharkiv", Category: "residential", Object: "a nine-storey building", URL: "https://kharkiv.example.org/news/1", Title: "\rCarriage return title"},
		},
		Diplomacy: []model.DiplomacyRow{
			{Day: day, Actor: "European Union", Action: "sanctions", Target: "Russia", Status: "adopted", Evidence: "The EU adopted its 20th package.", URL: "https://eu.example.eu/p20", Title: "20th package"},
			{Day: day, Actor: "Germany", Action: "military aid", Target: "Ukraine", Amount: "EUR 2 billion", Status: "announced", Evidence: "Berlin pledged EUR 2 billion.", URL: "https://de.example.de/aid", Title: "German aid"},
			{Day: day, Actor: "United States", Action: "talks", Target: "Russia", Status: "held", Evidence: "Envoys met in Geneva.", URL: "https://us.example.gov/talks", Title: "Talks"},
			{Day: day, Actor: "Japan", Action: "financial aid", Target: "Ukraine", Amount: "USD 500 million", Status: "signed", Evidence: "Tokyo signed a loan.", URL: "https://jp.example.jp/loan", Title: "Loan"},
			{Day: day, Actor: "Ukraine", Action: "sanctions", Target: "Belarus", Status: "adopted", Evidence: "Kyiv sanctioned 50 firms.", URL: "ftp://files.example.org/decree", Title: "Decree"},
		},
		Territory: []model.TerritoryRow{
			{Day: day, Claimant: "Russia", Settlements: i64(2), Names: []string{"Pishchane", "Yablukivka"}, Region: "Donetsk", Status: "claimed", Evidence: "The ministry claimed two villages.", URL: "https://mod.example.ru/claim", Title: "=1+1"},
		},
		Documents: []model.SourceDoc{
			{Source: "kyiv-news", Publisher: "Kyiv News", Title: "Massive attack on Kyiv overnight", URL: "https://kyiv.example.org/2025/11/14/attack", Published: pub(6, 15), Lang: "en", Facts: 9},
			{Source: "airforce", Publisher: "Air Force", Title: "+430 drones and 18 missiles", URL: "https://airforce.example.gov.ua/tally", Published: pub(7, 0), Lang: "uk", Facts: 4},
			{Source: "kharkiv", Publisher: "Kharkiv Online", Title: "=HYPERLINK(\"http://evil.example\",\"click\")", URL: "https://kharkiv.example.org/news/1", Published: pub(8, 45), Lang: "uk", Facts: 3},
		},
		Sources: []model.SourceHealth{
			{Name: "kyiv-news", Kind: "rss", URL: "https://kyiv.example.org/feed", LastOK: pub(9, 0), LastRun: pub(9, 0), Documents: 120},
			{Name: "broken", Kind: "telegram", URL: "https://t.me/s/broken", LastRun: pub(9, 0), ErrorCount: 3, LastError: "fetch: status 503"},
		},
	}
	model.ComputeTotals(&r)
	r.History = sampleHistory(day)
	r.Revisions = []model.Revision{
		{Place: "Kyiv", Field: "killed", From: 1, To: 3, FromURL: "https://kyiv.example.org/early", ToURL: "https://kyiv.example.org/2025/11/14/attack"},
		{Place: "Kharkiv", Field: "injured", From: 20, To: 17, FromURL: "https://news.example.com/kharkiv", ToURL: "https://kharkiv.example.org/news/1", Down: true},
	}
	r.Notes = []string{"Source broken failed today: fetch: status 503.", "Kyiv: killed (3) is more than killed and injured together."}
	return r
}

// sampleHistory is the 29 days before day, with 3 November missing, and a
// stale entry for day itself that the report's own totals replace.
func sampleHistory(day time.Time) []model.DayTotals {
	h := []model.DayTotals{{Day: day, DronesLaunched: 1}}
	for i := 1; i < 30; i++ {
		if i == 11 {
			continue
		}
		v := int64(i)
		h = append(h, model.DayTotals{Day: day.AddDate(0, 0, -i), DronesLaunched: 300 + v, DronesDowned: 280 + v,
			MissilesLaunched: v % 7, MissilesDowned: v % 5, Killed: v % 4, Injured: 10 + v})
	}
	return h
}
