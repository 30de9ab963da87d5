// Package reports writes the daily xlsx workbook from a model.DayReport.
//
// It is pure: it reads no database and no clock, and its only output is the
// file it writes. Every string that comes from scraped data goes through
// cellText, so no cell can become a formula, carry characters XML forbids or
// exceed Excel's limits.
package reports
