package config

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// ByteSize is a number of bytes. In YAML it is a plain integer or a string
// with a unit: decimal B, KB, MB, GB, TB (powers of 1000) or binary KiB, MiB,
// GiB, TiB (powers of 1024), e.g. "15MiB", "10MB", "512KiB".
type ByteSize int64

// Common sizes.
const (
	KiB ByteSize = 1 << 10
	MiB ByteSize = 1 << 20
	GiB ByteSize = 1 << 30
	TiB ByteSize = 1 << 40
	KB  ByteSize = 1000
	MB  ByteSize = 1000 * KB
	GB  ByteSize = 1000 * MB
	TB  ByteSize = 1000 * GB
)

// byteUnits is ordered so String prefers the largest exact binary unit, then
// the largest exact decimal unit.
var byteUnits = []struct {
	name string
	size ByteSize
}{
	{"TiB", TiB}, {"GiB", GiB}, {"MiB", MiB}, {"KiB", KiB},
	{"TB", TB}, {"GB", GB}, {"MB", MB}, {"KB", KB},
}

var byteSizeRE = regexp.MustCompile(`^([0-9]+)\s*([A-Za-z]*)$`)

// ParseByteSize reads "15MiB", "10MB", "2048" or "2048B". Units are matched
// without regard to case, but KB and KiB stay distinct.
func ParseByteSize(s string) (ByteSize, error) {
	m := byteSizeRE.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return 0, fmt.Errorf("invalid byte size %q: want a whole number with an optional unit such as 512KiB, 15MiB, 10MB or 2GB", s)
	}
	n, err := strconv.ParseInt(m[1], 10, 64)
	if err != nil {
		return 0, fmt.Errorf("invalid byte size %q: %w", s, err)
	}
	unit, ok := unitSize(m[2])
	if !ok {
		return 0, fmt.Errorf("invalid byte size %q: unknown unit %q (use B, KB, MB, GB, TB, KiB, MiB, GiB or TiB)", s, m[2])
	}
	if n > math.MaxInt64/int64(unit) {
		return 0, fmt.Errorf("invalid byte size %q: too large", s)
	}
	return ByteSize(n) * unit, nil
}

func unitSize(name string) (ByteSize, bool) {
	if name == "" || strings.EqualFold(name, "B") {
		return 1, true
	}
	for _, u := range byteUnits {
		if strings.EqualFold(name, u.name) {
			return u.size, true
		}
	}
	return 0, false
}

// String prints the size with the largest unit that divides it exactly,
// e.g. "15MiB", "10MB", "1500B".
func (b ByteSize) String() string {
	if b != 0 {
		for _, u := range byteUnits {
			if b%u.size == 0 {
				return strconv.FormatInt(int64(b/u.size), 10) + u.name
			}
		}
	}
	return strconv.FormatInt(int64(b), 10) + "B"
}

// UnmarshalYAML accepts an integer or a string with a unit. Errors are
// returned as *yaml.TypeError so the decoder reports them with their line
// alongside every other problem in the file.
func (b *ByteSize) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.ScalarNode {
		return &yaml.TypeError{Errors: []string{fmt.Sprintf("line %d: expected a byte size such as 15MiB, got a %s", n.Line, kindName(n.Kind))}}
	}
	v, err := ParseByteSize(n.Value)
	if err != nil {
		return &yaml.TypeError{Errors: []string{fmt.Sprintf("line %d: %v", n.Line, err)}}
	}
	*b = v
	return nil
}

// MarshalYAML writes the size as String does.
func (b ByteSize) MarshalYAML() (any, error) { return b.String(), nil }

func kindName(k yaml.Kind) string {
	switch k {
	case yaml.MappingNode:
		return "mapping"
	case yaml.SequenceNode:
		return "list"
	case yaml.AliasNode:
		return "alias"
	case yaml.DocumentNode:
		return "document"
	default:
		return "scalar"
	}
}
