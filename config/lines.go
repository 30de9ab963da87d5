package config

import (
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// entry is one key (or list item) of the parsed file.
type entry struct {
	path    string // e.g. "sources[2].url", "email.to[0]"
	key     string // last mapping key; "" for list items
	keyLine int    // line of the key (of the item for list items)
	valLine int    // line where the value starts
	kind    yaml.Kind
	value   string // scalar value
}

// lineIndex remembers where every key of a file is, so that decoding and
// validation messages can name the line.
type lineIndex struct {
	entries []entry // in document order, parents before children
	byPath  map[string]int
}

func newLineIndex(root *yaml.Node) *lineIndex {
	idx := &lineIndex{byPath: map[string]int{}}
	idx.walk("", root)
	return idx
}

func (idx *lineIndex) walk(path string, n *yaml.Node) {
	switch n.Kind {
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			idx.add(joinPath(path, k.Value), k.Value, k.Line, v)
		}
	case yaml.SequenceNode:
		for i, v := range n.Content {
			idx.add(path+"["+strconv.Itoa(i)+"]", "", v.Line, v)
		}
	}
}

func (idx *lineIndex) add(path, key string, line int, v *yaml.Node) {
	idx.entries = append(idx.entries, entry{path: path, key: key, keyLine: line, valLine: v.Line, kind: v.Kind, value: v.Value})
	idx.byPath[path] = len(idx.entries) - 1
	idx.walk(path, v)
}

func joinPath(parent, key string) string {
	if parent == "" {
		return key
	}
	return parent + "." + key
}

// line returns the line of the first of paths that exists, or 0.
func (idx *lineIndex) line(paths ...string) int {
	if idx == nil {
		return 0
	}
	for _, p := range paths {
		if i, ok := idx.byPath[p]; ok {
			return idx.entries[i].keyLine
		}
	}
	return 0
}

// value returns the scalar value at path, or "".
func (idx *lineIndex) value(path string) string {
	if idx == nil {
		return ""
	}
	if i, ok := idx.byPath[path]; ok {
		return idx.entries[i].value
	}
	return ""
}

// keyAt finds the key named key written on line.
func (idx *lineIndex) keyAt(line int, key string) (entry, bool) {
	for _, e := range idx.entries {
		if e.keyLine == line && e.key == key {
			return e, true
		}
	}
	return entry{}, false
}

// valueAt finds the outermost value of the given kind starting on line, or
// failing that the first value on the line; kind 0 accepts any value.
func (idx *lineIndex) valueAt(line int, kind yaml.Kind) (entry, bool) {
	found := -1
	for i, e := range idx.entries {
		if e.valLine != line {
			continue
		}
		if kind == 0 || e.kind == kind {
			return e, true
		}
		if found < 0 {
			found = i
		}
	}
	if found < 0 {
		return entry{}, false
	}
	return idx.entries[found], true
}

// parentPath drops the last key or index of path.
func parentPath(path string) string {
	cut := strings.LastIndexAny(path, ".[")
	if cut < 0 {
		return ""
	}
	return path[:cut]
}

// describe names path for a message, adding a source's name:
// `sources[2] ("kyiv-independent"): url`.
func (idx *lineIndex) describe(path string) string {
	if !strings.HasPrefix(path, "sources[") {
		return path
	}
	end := strings.IndexByte(path, ']')
	if end < 0 {
		return path
	}
	item, rest := path[:end+1], path[end+1:]
	if name := idx.value(item + ".name"); name != "" {
		item += " (" + strconv.Quote(name) + ")"
	}
	if after, ok := strings.CutPrefix(rest, "."); ok {
		return item + ": " + after
	}
	return item + rest
}

// sourceLines returns the line of each item of the sources list.
func (idx *lineIndex) sourceLines(n int) []int {
	lines := make([]int, n)
	for i := range lines {
		lines[i] = idx.line("sources[" + strconv.Itoa(i) + "]")
	}
	return lines
}
