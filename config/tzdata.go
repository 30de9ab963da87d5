package config

// The configured time zone must load on hosts and images without a zoneinfo
// database (FAULTS.md S8), so the IANA data is compiled in (about 450 KB).
import _ "time/tzdata"
