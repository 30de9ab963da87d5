package config

import (
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

func TestParseByteSize(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want ByteSize
	}{
		{"plain bytes", "2048", 2048},
		{"bytes unit", "2048B", 2048},
		{"binary mebibytes", "15MiB", 15 << 20},
		{"decimal megabytes", "10MB", 10_000_000},
		{"kibibytes", "512KiB", 512 << 10},
		{"gigabytes", "2GB", 2_000_000_000},
		{"space and lower case", " 3 mib ", 3 << 20},
		{"tebibyte", "1TiB", 1 << 40},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseByteSize(tt.in)
			if err != nil || got != tt.want {
				t.Errorf("ParseByteSize(%q) = %d, %v; want %d", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestParseByteSizeErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"unknown unit", "15 potatoes", `unknown unit "potatoes"`},
		{"fraction", "1.5GB", "want a whole number"},
		{"negative", "-1MB", "want a whole number"},
		{"empty", "", "want a whole number"},
		{"overflow", "9000000TiB", "too large"},
		{"too many digits", "99999999999999999999", "invalid byte size"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseByteSize(tt.in)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("ParseByteSize(%q) error = %v; want it to contain %q", tt.in, err, tt.want)
			}
		})
	}
}

func TestByteSizeString(t *testing.T) {
	tests := []struct {
		name string
		in   ByteSize
		want string
	}{
		{"zero", 0, "0B"},
		{"odd bytes", 1500, "1500B"},
		{"binary preferred", 15 * MiB, "15MiB"},
		{"decimal when exact", 10 * MB, "10MB"},
		{"kibibytes", 1000 * KiB, "1000KiB"},
		{"gibibyte", GiB, "1GiB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.in.String(); got != tt.want {
				t.Errorf("ByteSize(%d).String() = %q; want %q", int64(tt.in), got, tt.want)
			}
			back, err := ParseByteSize(tt.in.String())
			if err != nil || back != tt.in {
				t.Errorf("round trip of %q = %d, %v", tt.want, back, err)
			}
		})
	}
}

func TestByteSizeYAML(t *testing.T) {
	tests := []struct {
		name, doc string
		want      ByteSize
		wantErr   string
	}{
		{"integer", "size: 4096", 4096, ""},
		{"string", "size: 15MiB", 15 * MiB, ""},
		{"list", "size: [1, 2]", 0, "line 1: expected a byte size such as 15MiB, got a list"},
		{"bad string", "\nsize: huge", 0, `line 2: invalid byte size "huge"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var v struct {
				Size ByteSize `yaml:"size"`
			}
			err := yaml.Unmarshal([]byte(tt.doc), &v)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error = %v; want it to contain %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || v.Size != tt.want {
				t.Errorf("decoded %d, %v; want %d", v.Size, err, tt.want)
			}
		})
	}
}

func TestByteSizeMarshal(t *testing.T) {
	out, err := yaml.Marshal(struct {
		Size ByteSize `yaml:"size"`
	}{20 * MiB})
	if err != nil || string(out) != "size: 20MiB\n" {
		t.Errorf("Marshal = %q, %v; want %q", out, err, "size: 20MiB\n")
	}
}
