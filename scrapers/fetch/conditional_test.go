package fetch

import (
	"context"
	"errors"
	"net/http"
	"testing"
)

// TestConditionalGet covers the ETag / Last-Modified round trip: the first
// 200 stores the validators, the second request sends them and a 304 is
// ErrNotModified; a changed page stores the new ones.
func TestConditionalGet(t *testing.T) {
	const lastMod = "Fri, 14 Nov 2025 05:00:00 GMT"
	etag := `"v1"`
	var gotINM, gotIMS []string
	srv, hits := counted(t, func(w http.ResponseWriter, r *http.Request) {
		gotINM = append(gotINM, r.Header.Get("If-None-Match"))
		gotIMS = append(gotIMS, r.Header.Get("If-Modified-Since"))
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Last-Modified", lastMod)
		_, _ = w.Write([]byte("<rss/>"))
	})
	store := &MemoryValidators{}
	c, _ := quietClient(Options{Validators: store})
	ctx, u := context.Background(), srv.URL+"/feed.xml"
	cond := GetOptions{Conditional: true}

	if _, err := c.Get(ctx, u, cond); err != nil {
		t.Fatal(err)
	}
	if e, lm := store.Validators(u); e != etag || lm != lastMod {
		t.Fatalf("stored %q %q, want %q %q", e, lm, etag, lastMod)
	}
	_, err := c.Get(ctx, u, cond)
	if !errors.Is(err, ErrNotModified) {
		t.Fatalf("second request: %v, want ErrNotModified", err)
	}
	var fe *Error
	if errors.As(err, &fe) {
		t.Errorf("ErrNotModified came in an *Error (kind %s); it is not a failure", fe.Kind)
	}
	if _, err := c.Get(ctx, u, GetOptions{}); err != nil {
		t.Fatalf("unconditional request: %v", err)
	}
	etag = `"v2"`
	if _, err := c.Get(ctx, u, cond); err != nil {
		t.Fatalf("changed page: %v", err)
	}
	if e, _ := store.Validators(u); e != `"v2"` {
		t.Errorf("stored ETag %q after a change, want \"v2\"", e)
	}

	wantINM := []string{"", `"v1"`, "", `"v1"`}
	wantIMS := []string{"", lastMod, "", lastMod}
	for i := range wantINM {
		if gotINM[i] != wantINM[i] || gotIMS[i] != wantIMS[i] {
			t.Errorf("request %d sent If-None-Match %q If-Modified-Since %q, want %q %q",
				i+1, gotINM[i], gotIMS[i], wantINM[i], wantIMS[i])
		}
	}
	if n := hits.get("/feed.xml"); n != 4 {
		t.Errorf("%d requests, want 4 (a 304 is not retried)", n)
	}
}

// TestConditionalNeedsStore shows a Conditional request without a store
// sends nothing and treats a stray 304 as a status error.
func TestConditionalNeedsStore(t *testing.T) {
	var sent string
	srv, _ := counted(t, func(w http.ResponseWriter, r *http.Request) {
		sent = r.Header.Get("If-None-Match") + r.Header.Get("If-Modified-Since")
		w.WriteHeader(http.StatusNotModified)
	})
	c, _ := quietClient(Options{})
	_, err := c.Get(context.Background(), srv.URL, GetOptions{Conditional: true})
	fe := wantKind(t, err, KindStatus)
	if fe.Status != http.StatusNotModified || sent != "" {
		t.Errorf("status %d, sent validators %q", fe.Status, sent)
	}
}
