package config

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// The messages of go.yaml.in/yaml/v3 that are rewritten into sitrep's
// "file:line: key: problem" form. Anything else is passed through with the
// file name in front.
var (
	syntaxRE    = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)
	notFoundRE  = regexp.MustCompile(`^line (\d+): field (.+) not found in type (\S+)$`)
	wrongTypeRE = regexp.MustCompile("^line (\\d+): cannot unmarshal !!(\\w+)(?: `.*`)? into (.+)$")
	duplicateRE = regexp.MustCompile(`^line (\d+): mapping key (".*") already defined at line (\d+)$`)
	lineMsgRE   = regexp.MustCompile(`^line (\d+): (.*)$`)
)

func syntaxError(file string, data []byte, err error) error {
	if m := syntaxRE.FindStringSubmatch(err.Error()); m != nil {
		hint := ""
		if indentedWithTab(data, atoi(m[1])) {
			hint = " (YAML cannot be indented with tabs; use spaces)"
		}
		return fmt.Errorf("%s:%s: YAML syntax error: %s%s", file, m[1], m[2], hint)
	}
	return fmt.Errorf("%s: YAML syntax error: %s", file, strings.TrimPrefix(err.Error(), "yaml: "))
}

// rephrase turns a decoding error into one readable line per problem.
func rephrase(err error, file string, idx *lineIndex) error {
	var te *yaml.TypeError
	if !errors.As(err, &te) {
		return fmt.Errorf("%s: %w", file, err)
	}
	errs := make([]error, 0, len(te.Errors))
	for _, msg := range te.Errors {
		errs = append(errs, errors.New(rephraseOne(msg, file, idx)))
	}
	return errors.Join(errs...)
}

func rephraseOne(msg, file string, idx *lineIndex) string {
	if m := notFoundRE.FindStringSubmatch(msg); m != nil {
		return unknownKey(file, atoi(m[1]), m[2], idx)
	}
	if m := wrongTypeRE.FindStringSubmatch(msg); m != nil {
		return wrongType(file, atoi(m[1]), m[2], m[3], idx)
	}
	if m := duplicateRE.FindStringSubmatch(msg); m != nil {
		return fmt.Sprintf("%s:%s: key %s appears twice (first at line %s)", file, m[1], m[2], m[3])
	}
	if m := lineMsgRE.FindStringSubmatch(msg); m != nil {
		line := atoi(m[1])
		if e, ok := idx.valueAt(line, yaml.ScalarNode); ok {
			return fmt.Sprintf("%s:%d: %s: %s", file, line, idx.describe(e.path), m[2])
		}
		return fmt.Sprintf("%s:%d: %s", file, line, m[2])
	}
	return file + ": " + msg
}

func unknownKey(file string, line int, key string, idx *lineIndex) string {
	where := "at top level"
	parent := ""
	if e, ok := idx.keyAt(line, key); ok {
		parent = parentPath(e.path)
	}
	if parent != "" {
		where = "in " + idx.describe(parent)
	}
	msg := fmt.Sprintf("%s:%d: unknown key %q %s", file, line, key, where)
	if key == "password" {
		return msg + ": passwords are not read from the file; set the environment variable named by smtp.password_env (default " + DefaultPasswordEnv + ")"
	}
	if s := suggest(key, keysAt(parent)); s != "" {
		msg += fmt.Sprintf(" (did you mean %q?)", s)
	}
	return msg
}

func wrongType(file string, line int, tag, goType string, idx *lineIndex) string {
	got := tagName(tag)
	e, ok := idx.valueAt(line, tagKind(tag))
	if !ok {
		return fmt.Sprintf("%s:%d: expected %s, got %s", file, line, typeName(goType), got)
	}
	if e.kind == yaml.ScalarNode {
		got += " " + strconv.Quote(e.value)
	}
	return fmt.Sprintf("%s:%d: %s: expected %s, got %s", file, line, idx.describe(e.path), typeName(goType), got)
}

// indentedWithTab reports whether the 1-based line of data starts with
// white space containing a tab, the usual cause of yaml's "found character
// that cannot start any token".
func indentedWithTab(data []byte, line int) bool {
	lines := strings.Split(string(data), "\n")
	if line < 1 || line > len(lines) {
		return false
	}
	l := lines[line-1]
	indent := l[:len(l)-len(strings.TrimLeft(l, " \t"))]
	return strings.Contains(indent, "\t")
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s) // the regular expressions only match digits
	return n
}

func tagKind(tag string) yaml.Kind {
	switch tag {
	case "map":
		return yaml.MappingNode
	case "seq":
		return yaml.SequenceNode
	default:
		return yaml.ScalarNode
	}
}

func tagName(tag string) string {
	switch tag {
	case "str":
		return "string"
	case "int":
		return "integer"
	case "bool":
		return "boolean"
	case "float":
		return "number"
	case "map":
		return "a mapping"
	case "seq":
		return "a list"
	case "null":
		return "nothing"
	default:
		return tag
	}
}

func typeName(goType string) string {
	switch {
	case goType == "time.Duration" || goType == "*time.Duration":
		return "a duration such as 30s or 5m"
	case goType == "bool" || goType == "*bool":
		return "true or false"
	case goType == "string":
		return "a string"
	case goType == "[]string":
		return "a list of strings"
	case goType == "[]config.Source":
		return "a list of sources"
	case strings.HasPrefix(goType, "int") || strings.HasPrefix(goType, "uint"):
		return "an integer"
	case strings.HasPrefix(goType, "float"):
		return "a number"
	case strings.HasPrefix(goType, "config."):
		return "a mapping of keys"
	default:
		return goType
	}
}
