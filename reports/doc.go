// Package reports writes the xlsx workbooks: the daily workbook from a
// model.DayReport (WriteDaily) and the period workbook from a
// model.PeriodReport (WritePeriod, streamed so a year of rows stays small in
// memory).
//
// It is pure: it reads no database and no clock, and its only output is the
// file it writes. Every string that comes from scraped data goes through
// sanitizeCell, so no cell can become a formula, carry characters XML
// forbids or exceed Excel's limits.
package reports
