// Command sitrep scrapes public reports on the Russia–Ukraine war, extracts
// attacks, damage, diplomatic actions and territorial claims into DuckDB, and
// writes (and emails) a daily workbook. This package only wires the others.
package main

import (
	"os"
	_ "time/tzdata" // the report time zone must load on machines without tzdata
)

func main() {
	os.Exit(execute(os.Args[1:], os.Stdout, os.Stderr))
}
