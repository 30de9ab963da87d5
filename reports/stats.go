package reports

// WriteStats counts what the writer had to change to keep within Excel's
// limits, so the caller can report it. The daily workbook's Summary and
// Notes sheets list the same counts.
type WriteStats struct {
	// Truncated is the number of cells whose text was cut at Excel's
	// 32,767-character limit and marked "…[truncated]".
	Truncated int
	// LinksSkipped is the number of valid http(s) links written as plain
	// text because the sheet already held the most hyperlinks Excel allows.
	LinksSkipped int
	// RowsDropped is the number of rows left out because their sheet reached
	// Excel's limit of 1,048,576 rows.
	RowsDropped int
}
