package fetch

import (
	"bytes"
	"errors"
	"fmt"
)

// ErrIncomplete means a page lacks the closing tag every complete page of
// its kind ends with.
var ErrIncomplete = errors.New("page incomplete")

// ClosingTag returns a GetOptions.Validate check that a page ends with one of
// tags (such as "</html>") in its last KiB: a body cut short without a
// Content-Length arrives with no HTTP error (FAULTS.md H7), so the check is
// the only way to see it, and the fetcher retries the page.
func ClosingTag(tags ...string) func(*Response) error {
	return func(r *Response) error {
		tail := bytes.ToLower(r.Body[max(0, len(r.Body)-1024):])
		for _, t := range tags {
			if bytes.Contains(tail, []byte(t)) {
				return nil
			}
		}
		return fmt.Errorf("%w: no closing %v", ErrIncomplete, tags)
	}
}
