package reports

import "time"

// excelSerial returns the Excel serial number (1900 date system) of t's
// wall-clock time in its own location: a spreadsheet cell has no time zone,
// so the sheet shows the time as it reads in t's location. Excel believes
// 1900 was a leap year, so for every date after 28 February 1900 the serial
// is the number of days since 30 December 1899.
func excelSerial(t time.Time) float64 {
	wall := time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.UTC)
	epoch := time.Date(1899, time.December, 30, 0, 0, 0, 0, time.UTC)
	secs := wall.Unix() - epoch.Unix()
	return float64(secs)/86400 + float64(wall.Nanosecond())/86400e9
}
