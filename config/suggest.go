package config

import (
	"reflect"
	"strings"
)

// keysAt lists the YAML keys accepted at path ("" is the top level,
// "sources[2]" a source, "email.smtp" the mail server), for "did you mean".
func keysAt(path string) []string {
	t := reflect.TypeOf(Config{})
	if path != "" {
		for _, part := range strings.Split(path, ".") {
			name := cutIndex(part)
			f, ok := fieldByTag(t, name)
			if !ok {
				return nil
			}
			t = f.Type
			if name != part && t.Kind() == reflect.Slice {
				t = t.Elem()
			}
		}
	}
	if t.Kind() != reflect.Struct {
		return nil
	}
	var keys []string
	for i := range t.NumField() {
		if k := yamlKey(t.Field(i)); k != "" {
			keys = append(keys, k)
		}
	}
	return keys
}

// cutIndex drops a trailing "[n]" from a path element.
func cutIndex(part string) string {
	if i := strings.IndexByte(part, '['); i >= 0 {
		return part[:i]
	}
	return part
}

func fieldByTag(t reflect.Type, key string) (reflect.StructField, bool) {
	if t.Kind() != reflect.Struct {
		return reflect.StructField{}, false
	}
	for i := range t.NumField() {
		if yamlKey(t.Field(i)) == key {
			return t.Field(i), true
		}
	}
	return reflect.StructField{}, false
}

func yamlKey(f reflect.StructField) string {
	name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
	if name == "-" || !f.IsExported() {
		return ""
	}
	return name
}

// suggest returns the known key closest to key when it is a likely typo
// (at most two edits away, and fewer edits than the key has letters).
func suggest(key string, known []string) string {
	best, bestDist := "", 3
	for _, k := range known {
		if d := editDistance(key, k); d < bestDist && d < len(key) {
			best, bestDist = k, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance between a and b.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
