package jobs

import (
	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are the daemon's Prometheus metrics, on their own registry (no
// global state).
type Metrics struct {
	Registry       *prometheus.Registry
	runs           *prometheus.CounterVec
	duration       *prometheus.HistogramVec
	lastSuccess    *prometheus.GaugeVec
	documents      *prometheus.CounterVec
	facts          prometheus.Counter
	sourceFailures *prometheus.CounterVec
	deliveries     *prometheus.CounterVec
	skipped        *prometheus.CounterVec
}

// NewMetrics registers sitrep's metrics on a new registry.
func NewMetrics() *Metrics {
	m := &Metrics{
		Registry: prometheus.NewRegistry(),
		runs: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "sitrep_job_runs_total",
			Help: "Job runs by job and final status (done, failed, interrupted, skipped)."}, []string{"job", "status"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "sitrep_job_duration_seconds",
			Help:    "Wall time of job runs.",
			Buckets: []float64{1, 5, 15, 60, 300, 900, 3600}}, []string{"job"}),
		lastSuccess: prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "sitrep_job_last_success_timestamp_seconds",
			Help: "Unix time of the job's last successful run."}, []string{"job"}),
		documents: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "sitrep_documents_total",
			Help: "Documents stored, by outcome (inserted, updated)."}, []string{"outcome"}),
		facts: prometheus.NewCounter(prometheus.CounterOpts{Name: "sitrep_facts_total",
			Help: "Fact rows written by normalization."}),
		sourceFailures: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "sitrep_source_failures_total",
			Help: "Failed scrapes by source."}, []string{"source"}),
		deliveries: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "sitrep_deliveries_total",
			Help: "Report deliveries by outcome (sent, failed, skipped)."}, []string{"outcome"}),
		skipped: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "sitrep_job_overlaps_skipped_total",
			Help: "Job firings skipped because the previous run was still going."}, []string{"job"}),
	}
	m.Registry.MustRegister(m.runs, m.duration, m.lastSuccess, m.documents, m.facts, m.sourceFailures,
		m.deliveries, m.skipped)
	return m
}

// observeDay records what one day's processing did.
func (m *Metrics) observeDay(job string, d DayResult, seconds float64, status string) {
	if m == nil {
		return
	}
	m.runs.WithLabelValues(job, status).Inc()
	m.duration.WithLabelValues(job).Observe(seconds)
	m.documents.WithLabelValues("inserted").Add(float64(d.Scrape.Inserted))
	m.documents.WithLabelValues("updated").Add(float64(d.Scrape.Updated))
	m.facts.Add(float64(d.Normalize.Facts.Total()))
	for name := range d.Scrape.Errors {
		m.sourceFailures.WithLabelValues(name).Inc()
	}
	switch {
	case d.Delivery.Sent:
		m.deliveries.WithLabelValues("sent").Inc()
	case d.Delivery.Skipped:
		m.deliveries.WithLabelValues("skipped").Inc()
	}
}
