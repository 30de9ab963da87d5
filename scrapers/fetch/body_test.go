package fetch

import (
	"errors"
	"io"
	"net/http"
	"strings"
	"testing"
)

// TestReadBodyShort covers FAULTS H6 when a custom transport does not
// check the framing itself: fewer bytes than Content-Length is an error.
func TestReadBodyShort(t *testing.T) {
	tests := map[string]struct {
		length  int64
		body    string
		wantErr error
	}{
		"complete":            {length: 5, body: "hello"},
		"unknown length":      {length: -1, body: "hello"},
		"cut before length":   {length: 100, body: "hello", wantErr: io.ErrUnexpectedEOF},
		"over the cap anyway": {length: 100, body: strings.Repeat("a", 100), wantErr: ErrTooLarge},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			resp := &http.Response{ContentLength: tc.length, Header: http.Header{}, Body: io.NopCloser(strings.NewReader(tc.body))}
			got, err := readBody(resp, 50)
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("err %v, want %v", err, tc.wantErr)
				}
				return
			}
			if err != nil || string(got) != tc.body {
				t.Fatalf("got %q, %v", got, err)
			}
		})
	}
}
