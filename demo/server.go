package demo

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"net"
	"net/http"
	"net/url"
	"path"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Server serves the sample site on 127.0.0.1 on a free port. Every served
// file has BasePlaceholder replaced by the server's URL. It answers GET and
// HEAD, supports If-None-Match with a strong ETag (the fetcher's conditional
// GET), and counts requests per path so tests can check that the pipeline
// fetched each page exactly once.
type Server struct {
	url   string
	files map[string][]byte // URL path → body with the placeholder replaced
	srv   *http.Server
	done  chan error // Serve's result

	closeOnce sync.Once
	closeErr  error

	mu       sync.Mutex
	hits     map[string]int
	requests []Request
}

// Request is one request the server received: its path and query, and
// when it arrived. Tests measure the fetcher's politeness from it.
type Request struct {
	URI string
	At  time.Time
}

// Start listens on 127.0.0.1:0 and serves the sample site until Close.
func Start() (*Server, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("demo: listen: %w", err)
	}
	s := &Server{
		url:  "http://" + ln.Addr().String(),
		hits: make(map[string]int),
		done: make(chan error, 1),
	}
	s.files, err = render(Site(), s.url)
	if err != nil {
		return nil, errors.Join(err, ln.Close())
	}
	s.srv = &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
	go func() { s.done <- s.srv.Serve(ln) }()
	return s, nil
}

// URL returns the base URL, such as "http://127.0.0.1:41234", without a
// trailing slash.
func (s *Server) URL() string { return s.url }

// Close stops the server, closing the listener and any open connections.
// Calling it again returns the first call's result.
func (s *Server) Close() error {
	s.closeOnce.Do(func() {
		if err := s.srv.Close(); err != nil {
			s.closeErr = fmt.Errorf("demo: close server: %w", err)
			return
		}
		if err := <-s.done; err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.closeErr = fmt.Errorf("demo: serve: %w", err)
		}
	})
	return s.closeErr
}

// Hits returns how many requests the server received for the URL path
// (such as "/feed.xml"), whatever their answer, including 404s and 304s.
// A request with a query is counted under its path and also under path and
// query ("/s/demo_kcma?before=2104"), so paging can be checked page by page.
func (s *Server) Hits(urlPath string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[urlPath]
}

// Requests returns every request received so far, in arrival order.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.requests = append(s.requests, Request{URI: r.URL.RequestURI(), At: time.Now()})
	s.hits[r.URL.Path]++
	if r.URL.RawQuery != "" {
		s.hits[r.URL.RequestURI()]++
	}
	s.mu.Unlock()

	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	body, ok := s.files[filePath(r.URL, s.files)]
	if !ok {
		http.NotFound(w, r)
		return
	}
	etag := etagOf(body)
	h := w.Header()
	h.Set("Content-Type", contentType(r.URL.Path))
	h.Set("ETag", etag)
	h.Set("Cache-Control", "max-age=60")
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	if r.Method == http.MethodHead {
		return
	}
	// A write error means the client went away; there is no one to tell.
	_, _ = w.Write(body)
}

// filePath maps a request to the file that answers it. A Telegram-style
// channel preview lives in a directory: "/s/<channel>" is its index.html and
// "/s/<channel>?before=N" (t.me's paging to older posts) is
// page-before-N.html; any other directory serves its index.html.
func filePath(u *url.URL, files map[string][]byte) string {
	p := u.Path
	if before := u.Query().Get("before"); before != "" {
		if _, err := strconv.ParseUint(before, 10, 64); err != nil {
			return "" // not a post id: 404
		}
		return strings.TrimSuffix(p, "/") + "/page-before-" + before + ".html"
	}
	if _, ok := files[p]; !ok {
		return strings.TrimSuffix(p, "/") + "/index.html"
	}
	return p
}

// render reads every file of site, replaces the placeholder with base and
// keys the result by URL path; the index page is also served at "/".
func render(site fs.FS, base string) (map[string][]byte, error) {
	files := make(map[string][]byte)
	err := fs.WalkDir(site, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return nil
		}
		b, err := fs.ReadFile(site, p)
		if err != nil {
			return err
		}
		files["/"+p] = bytes.ReplaceAll(b, []byte(BasePlaceholder), []byte(base))
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("demo: render site: %w", err)
	}
	if idx, ok := files["/index.html"]; ok {
		files["/"] = idx
	}
	return files, nil
}

// contentType maps a URL path to the Content-Type the sample site sends.
func contentType(urlPath string) string {
	switch strings.ToLower(path.Ext(urlPath)) {
	case ".xml":
		return "application/rss+xml; charset=utf-8"
	case ".txt":
		return "text/plain; charset=utf-8"
	default: // ".html" and "/"
		return "text/html; charset=utf-8"
	}
}

// etagOf returns a strong ETag derived from the body.
func etagOf(body []byte) string {
	sum := sha256.Sum256(body)
	return `"` + hex.EncodeToString(sum[:8]) + `"`
}
