package fetch

import (
	"errors"
	"testing"
)

func TestClosingTag(t *testing.T) {
	check := ClosingTag("</html>", "</body>")
	tests := map[string]struct {
		body string
		ok   bool
	}{
		"complete page":     {"<html><body><p>x</p></body></html>", true},
		"upper case":        {"<HTML><BODY>x</BODY>", true},
		"cut in the middle": {"<html><body><p>the toll rose t", false},
		"empty":             {"", false},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			err := check(&Response{Body: []byte(tc.body)})
			if (err == nil) != tc.ok || (err != nil && !errors.Is(err, ErrIncomplete)) {
				t.Fatalf("ClosingTag(%q) = %v", tc.body, err)
			}
		})
	}
}
