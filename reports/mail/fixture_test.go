package mail

import (
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	"sitrep/config"
	"sitrep/model"
)

// testDay is the report day of the fixtures.
var testDay = time.Date(2025, 11, 14, 0, 0, 0, 0, time.UTC)

// sampleReport is a day with two places hit, a national tally, two
// diplomatic actions and a known previous day.
func sampleReport() model.DayReport {
	return model.DayReport{
		Day:      testDay,
		TimeZone: "Europe/Kyiv",
		Attacks: []model.AttackRow{
			{Country: "Ukraine", Oblast: "Kharkiv", City: "Kharkiv"},
			{Country: "Ukraine", Oblast: "Odesa", City: "Odesa"},
			{Country: "Ukraine"},
		},
		Diplomacy: []model.DiplomacyRow{
			{Actor: "Germany", Action: "pledged air defence", Target: "Ukraine", Amount: "EUR 500 million"},
			{Actor: "EU", Action: "adopted sanctions", Target: "Russia"},
		},
		Totals: model.Totals{
			Attacks: 5, Places: 2, Killed: 4, Injured: 17,
			DronesLaunched: 120, DronesDowned: 98, MissilesLaunched: 6, MissilesDowned: 3,
			Diplomatic: 2, Territorial: 1,
		},
		Previous: &model.Totals{Attacks: 3, Places: 2, Killed: 6, Injured: 17, DronesLaunched: 80},
	}
}

// writeWorkbook writes size pseudo-random bytes (a stand-in workbook:
// random bytes exercise every base64 code) and returns its path and bytes.
func writeWorkbook(t *testing.T, size int) (string, []byte) {
	t.Helper()
	rng := rand.New(rand.NewPCG(uint64(size), 42))
	data := make([]byte, size)
	for i := range data {
		data[i] = byte(rng.UintN(256))
	}
	path := filepath.Join(t.TempDir(), "sitrep-2025-11-14.xlsx")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path, data
}

// plainConfig sends through host:port without TLS or AUTH.
func plainConfig(port int) config.EmailConfig {
	return config.EmailConfig{
		Enabled: true,
		From:    "sitrep <sitrep@example.org>",
		To:      []string{"desk@example.org", "Night Analyst <analyst@example.org>"},
		Cc:      []string{"chief@example.org"},
		Bcc:     []string{"archive@example.org"},
		Subject: config.DefaultSubject,
		SMTP: config.SMTPConfig{
			Host: "127.0.0.1", Port: port, TLS: config.TLSNone, Timeout: 5 * time.Second,
		},
		MaxMessageBytes: 20 * config.MiB,
	}
}

// sleepRecorder is an injected Sleep: it records the waits, returns at once
// and runs onSleep (when set) with the number of the wait, from 1.
type sleepRecorder struct {
	waits   []time.Duration
	onSleep func(n int)
}

// sleep records d and returns ctx's error, if any.
func (s *sleepRecorder) sleep(ctx context.Context, d time.Duration) error {
	s.waits = append(s.waits, d)
	if s.onSleep != nil {
		s.onSleep(len(s.waits))
	}
	return ctx.Err()
}

// compose composes the sample report with a fresh workbook of size bytes.
func compose(t *testing.T, cfg config.EmailConfig, size int) (Message, []byte) {
	t.Helper()
	path, data := writeWorkbook(t, size)
	m, err := Compose(cfg, sampleReport(), path)
	if err != nil {
		t.Fatalf("Compose: %v", err)
	}
	return m, data
}
