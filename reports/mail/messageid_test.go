package mail

import (
	"regexp"
	"testing"
	"time"

	"sitrep/config"
)

func TestNewMessageID(t *testing.T) {
	base := plainConfig(25)
	baseID := NewMessageID(base, testDay)
	if !regexp.MustCompile(`^sitrep-2025-11-14-[0-9a-f]{16}@example\.org$`).MatchString(baseID) {
		t.Fatalf("message id %q has the wrong form", baseID)
	}
	tests := []struct {
		name string
		edit func(c *config.EmailConfig)
		day  time.Time
		same bool
	}{
		{"same report again", func(*config.EmailConfig) {}, testDay, true},
		{"recipients reordered", func(c *config.EmailConfig) { c.To = []string{c.To[1], c.To[0]} }, testDay, true},
		{"display names and case differ", func(c *config.EmailConfig) {
			c.To = []string{"Desk <DESK@example.org>", "analyst@Example.org"}
		}, testDay, true},
		{"time of day ignored", func(*config.EmailConfig) {}, testDay.Add(13 * time.Hour), true},
		{"other day", func(*config.EmailConfig) {}, testDay.AddDate(0, 0, 1), false},
		{"recipient added", func(c *config.EmailConfig) { c.Cc = append(c.Cc, "new@example.org") }, testDay, false},
		{"bcc moved to cc", func(c *config.EmailConfig) { c.Cc, c.Bcc = append(c.Cc, c.Bcc...), nil }, testDay, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := plainConfig(25)
			cfg.To = append([]string(nil), cfg.To...)
			tt.edit(&cfg)
			got := NewMessageID(cfg, tt.day)
			if (got == baseID) != tt.same {
				t.Errorf("message id %q vs %q: same = %v, want %v", got, baseID, got == baseID, tt.same)
			}
		})
	}
}
