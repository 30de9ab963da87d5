package telegram

import (
	"math"
	"strconv"
	"strings"
)

// parseViews reads a views label as the preview rounds it: "987", "1.2K",
// "15.3K", "1M". An unreadable or negative label gives 0.
func parseViews(label string) int64 {
	s := strings.ToUpper(strings.TrimSpace(label))
	mult := 1.0
	switch {
	case strings.HasSuffix(s, "K"):
		mult, s = 1e3, strings.TrimSuffix(s, "K")
	case strings.HasSuffix(s, "M"):
		mult, s = 1e6, strings.TrimSuffix(s, "M")
	case strings.HasSuffix(s, "B"):
		mult, s = 1e9, strings.TrimSuffix(s, "B")
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || f < 0 || math.IsInf(f, 0) || math.IsNaN(f) || f*mult > math.MaxInt64/2 {
		return 0
	}
	return int64(math.Round(f * mult))
}
