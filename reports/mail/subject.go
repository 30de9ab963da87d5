package mail

import (
	"fmt"
	"strings"

	"sitrep/config"
	"sitrep/model"
)

// renderSubject executes the email.subject template (config.DefaultSubject
// when empty) with the day's figures. Line breaks are folded into spaces so
// the result is always a single header line.
func renderSubject(tmpl string, r model.DayReport) (string, error) {
	if tmpl == "" {
		tmpl = config.DefaultSubject
	}
	t, err := config.ParseSubject(tmpl)
	if err != nil {
		return "", fmt.Errorf("subject template: %w", err)
	}
	var b strings.Builder
	data := config.SubjectData{
		Date:       dayString(r.Day),
		Attacks:    r.Totals.Attacks,
		Killed:     int(r.Totals.Killed),
		Diplomatic: r.Totals.Diplomatic,
	}
	if err := t.Execute(&b, data); err != nil {
		return "", fmt.Errorf("subject template: %w", err)
	}
	return strings.Join(strings.Fields(b.String()), " "), nil
}
