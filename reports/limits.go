package reports

import "github.com/xuri/excelize/v2"

// limits are the Excel limits the writer keeps to. Tests lower them to reach
// the limits with small inputs.
type limits struct {
	maxRows  int // rows per sheet, header rows included
	maxLinks int // hyperlinks per sheet
}

// excelLimits returns Excel's own limits: 1,048,576 rows a sheet, and
// excelize's cap on hyperlinks a sheet (65,529, under Excel's 65,530).
func excelLimits() limits {
	return limits{maxRows: excelize.TotalRows, maxLinks: excelize.TotalSheetHyperlinks}
}
