package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"

	"go.yaml.in/yaml/v3"
)

// decode parses data strictly into a copy of Default. It returns the line
// index of the file for later messages.
func decode(data []byte, file string) (*Config, *lineIndex, error) {
	root, err := parseTree(data, file)
	if err != nil {
		return nil, nil, err
	}
	idx := newLineIndex(root)
	c := Default()
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(c); err != nil {
		return nil, nil, rephrase(err, file, idx)
	}
	return c, idx, nil
}

// parseTree reads the single YAML document of data as a node tree. Syntax
// errors, an empty file, several documents and a top level that is not a
// mapping are reported here, before any value is decoded.
func parseTree(data []byte, file string) (*yaml.Node, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, fmt.Errorf("%s: configuration file is empty", file)
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("%s: configuration file is empty (only comments)", file)
		}
		return nil, syntaxError(file, data, err)
	}
	var extra yaml.Node
	switch err := dec.Decode(&extra); {
	case err == nil:
		return nil, fmt.Errorf("%s:%d: a second YAML document starts here; a configuration file must hold exactly one document", file, extra.Line)
	case !errors.Is(err, io.EOF):
		return nil, syntaxError(file, data, err)
	}
	root := &doc
	if doc.Kind == yaml.DocumentNode && len(doc.Content) == 1 {
		root = doc.Content[0]
	}
	if root.Kind == yaml.ScalarNode && root.Tag == "!!null" {
		return nil, fmt.Errorf("%s: configuration file is empty (no keys)", file)
	}
	if root.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("%s:%d: the top level must be a mapping of keys such as timezone: and sources:, got a %s", file, root.Line, kindName(root.Kind))
	}
	return root, nil
}
