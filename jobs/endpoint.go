package jobs

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus/promhttp"

	"sitrep/store"
)

// Endpoint serves /healthz and /metrics for the daemon on a loopback address.
type Endpoint struct {
	srv *http.Server
	ln  net.Listener
}

// Health is the /healthz answer: the last successful run of each job.
type Health struct {
	Status string               `json:"status"`
	Jobs   map[string]JobHealth `json:"jobs"`
}

// JobHealth is one job's last success.
type JobHealth struct {
	LastDoneDay string    `json:"last_done_day,omitempty"`
	FinishedAt  time.Time `json:"finished_at,omitzero"`
}

// StartEndpoint listens on addr and serves the health and metrics handlers,
// and control (POST /run: work handed over by other commands) when it is
// not nil, until Close.
func StartEndpoint(addr string, m *Metrics, st *store.Store, control http.Handler) (*Endpoint, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("daemon endpoint %s: %w", addr, err)
	}
	mux := http.NewServeMux()
	mux.Handle("/metrics", promhttp.HandlerFor(m.Registry, promhttp.HandlerOpts{}))
	if control != nil {
		mux.Handle("/run", control)
	}
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		h := Health{Status: "ok", Jobs: map[string]JobHealth{}}
		for _, job := range []string{JobScrape, JobReport} {
			e, found, err := st.LastDone(r.Context(), job)
			if err != nil {
				http.Error(w, "read the ledger: "+err.Error(), http.StatusServiceUnavailable)
				return
			}
			if found {
				h.Jobs[job] = JobHealth{LastDoneDay: e.Day.Format(time.DateOnly), FinishedAt: e.FinishedAt}
			}
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(h)
	})
	// No write timeout: a handed-over backfill streams its progress for as
	// long as it runs.
	e := &Endpoint{srv: &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}, ln: ln}
	go func() { _ = e.srv.Serve(ln) }()
	return e, nil
}

// Addr is the address the endpoint listens on.
func (e *Endpoint) Addr() string { return e.ln.Addr().String() }

// Close stops the endpoint.
func (e *Endpoint) Close() error {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if err := e.srv.Shutdown(ctx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("stop endpoint: %w", err)
	}
	return nil
}
