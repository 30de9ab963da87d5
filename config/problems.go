package config

import (
	"errors"
	"fmt"
	"strconv"
)

// problems collects validation failures so that all of them are reported
// at once, each as "file:line: key: problem".
type problems struct {
	file string
	idx  *lineIndex
	errs []error
}

// add records a problem with the key at path (e.g. "fetch.timeout").
func (p *problems) add(path, format string, args ...any) {
	line := 0
	for q := path; q != "" && line == 0; q = parentPath(q) {
		line = p.idx.line(q)
	}
	p.addLine(line, p.idx.describe(path)+": "+fmt.Sprintf(format, args...))
}

// addSource records a problem with key of the i-th source.
func (p *problems) addSource(i int, s Source, key, format string, args ...any) {
	item := "sources[" + strconv.Itoa(i) + "]"
	// A nested key ("web.list.item") that is missing points at its nearest
	// parent that is written, else at the source.
	line := 0
	for k := key; k != "" && line == 0; k = parentPath(k) {
		line = p.idx.line(item + "." + k)
	}
	if line == 0 {
		line = p.idx.line(item)
	}
	if line == 0 {
		line = s.Line
	}
	label := item
	if s.Name != "" {
		label += " (" + strconv.Quote(s.Name) + ")"
	}
	p.addLine(line, label+": "+key+": "+fmt.Sprintf(format, args...))
}

func (p *problems) addLine(line int, msg string) {
	switch {
	case p.file != "" && line > 0:
		msg = p.file + ":" + strconv.Itoa(line) + ": " + msg
	case p.file != "":
		msg = p.file + ": " + msg
	}
	p.errs = append(p.errs, errors.New(msg))
}

// err joins the problems, one per line, or returns nil.
func (p *problems) err() error { return errors.Join(p.errs...) }

func itoa(n int) string { return strconv.Itoa(n) }
