package config

import (
	"bytes"
	"fmt"

	"go.yaml.in/yaml/v3"
)

// Masked returns the effective configuration as YAML, with defaults and
// inherited values filled in and secrets masked: the SMTP password appears
// as "****" when set and "" when not. "sitrep config check" prints it.
func (c *Config) Masked() ([]byte, error) {
	v := *c
	v.Sources = make([]Source, len(c.Sources))
	for i, s := range c.Sources {
		enabled, articles := s.IsEnabled(), s.FetchesArticles()
		s.Enabled, s.FetchArticles = &enabled, &articles
		v.Sources[i] = s
	}
	var root yaml.Node
	if err := root.Encode(&v); err != nil {
		return nil, fmt.Errorf("encode config: %w", err)
	}
	password := ""
	if c.Email.SMTP.Password != "" {
		password = masked
	}
	smtp := mappingValue(mappingValue(&root, "email"), "smtp")
	if smtp == nil {
		return nil, fmt.Errorf("encode config: no email.smtp block")
	}
	smtp.Content = append(smtp.Content,
		&yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: "password"},
		&yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: password, Style: yaml.DoubleQuotedStyle})
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(&root); err != nil {
		return nil, fmt.Errorf("encode config: %w", err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("encode config: %w", err)
	}
	return buf.Bytes(), nil
}

// mappingValue returns the value of key in mapping node m, or nil.
func mappingValue(m *yaml.Node, key string) *yaml.Node {
	if m == nil || m.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}
