package config

import (
	_ "embed"
	"fmt"
)

//go:embed demo.yaml
var demoYAML []byte

// Demo returns the embedded demo configuration used by "sitrep demo". Its
// source URLs use the host demo.invalid; the demo runner swaps scheme and
// host for its local server's and puts database and reports_dir under its
// output directory. Paths stay as written and Path is "".
func Demo() (*Config, error) {
	c, err := Parse(demoYAML, "demo.yaml")
	if err != nil {
		return nil, fmt.Errorf("embedded demo config: %w", err)
	}
	c.Path = ""
	return c, nil
}
