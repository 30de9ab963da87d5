package demo_test

import (
	"net/http"
	"strings"
	"testing"
)

// TestChannelPagingAndDirectories checks how the server maps t.me-style
// paging (?before=<id>) and directory URLs onto files, and that it counts
// each page by path and query.
func TestChannelPagingAndDirectories(t *testing.T) {
	s := startServer(t)
	tests := []struct {
		path     string
		status   int
		contains string
	}{
		{"/s/demo_kcma", http.StatusOK, `data-post="demo_kcma/7105"`},
		{"/s/demo_kcma?before=7104", http.StatusOK, `data-post="demo_kcma/7101"`},
		{"/s/demo_kcma/", http.StatusOK, `data-before="7104"`},
		{"/s/demo_airforce", http.StatusOK, `data-post="demo_airforce/7003"`},
		{"/press/", http.StatusOK, `class="press-list"`},
		{"/s/demo_kcma?before=9999", http.StatusNotFound, ""},
		{"/s/demo_kcma?before=abc", http.StatusNotFound, ""},
		{"/s/demo_nobody", http.StatusNotFound, ""},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			r := get(t, s.URL()+tt.path)
			if r.status != tt.status || !strings.Contains(r.body, tt.contains) {
				t.Errorf("GET %s: status %d, body has %q: %v; want %d", tt.path, r.status, tt.contains,
					strings.Contains(r.body, tt.contains), tt.status)
			}
			if tt.status == http.StatusOK && strings.Contains(r.body, "{{BASE}}") {
				t.Errorf("GET %s: placeholder left in the page", tt.path)
			}
		})
	}
	if got := s.Hits("/s/demo_kcma?before=7104"); got != 1 {
		t.Errorf("Hits(/s/demo_kcma?before=7104) = %d, want 1", got)
	}
	if got := s.Hits("/s/demo_kcma"); got != 4 {
		t.Errorf("Hits(/s/demo_kcma) = %d, want 4 (every request to the path, paged or not)", got)
	}
}
