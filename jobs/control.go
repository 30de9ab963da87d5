package jobs

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"
)

// ControlRequest is work another sitrep command hands to the running daemon,
// which holds the database: POST /run with this JSON body.
type ControlRequest struct {
	Command string `json:"command"` // run, report, backfill or normalize
	Date    string `json:"date,omitempty"`
	From    string `json:"from,omitempty"`
	To      string `json:"to,omitempty"`
	Mode    string `json:"mode,omitempty"`
	Scrape  bool   `json:"scrape,omitempty"`
	Email   bool   `json:"email,omitempty"`
	Resend  bool   `json:"resend,omitempty"`
	DryRun  bool   `json:"dry_run,omitempty"`
	All     bool   `json:"all,omitempty"`
}

// ControlEvent is one line of the daemon's answer, newline-delimited JSON:
// a "day" event per day processed, then one "end" event.
type ControlEvent struct {
	Event     string `json:"event"`
	Day       string `json:"day,omitempty"`
	Status    string `json:"status,omitempty"`
	Documents int    `json:"documents,omitempty"`
	Facts     int    `json:"facts,omitempty"`
	Report    string `json:"report,omitempty"`
	Error     string `json:"error,omitempty"`
	OK        bool   `json:"ok,omitempty"`
	Summary   string `json:"summary,omitempty"`
}

// control serves POST /run: the requested work runs in the daemon, after any
// job in progress (jobs never run at once), and its progress streams back.
// The requester disconnecting cancels the work, as Ctrl-C would.
func (d *daemon) control(daemonCtx context.Context) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			w.Header().Set("Allow", http.MethodPost)
			http.Error(w, "POST a JSON ControlRequest", http.StatusMethodNotAllowed)
			return
		}
		var req ControlRequest
		dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<16))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&req); err != nil {
			http.Error(w, "bad request: "+err.Error(), http.StatusBadRequest)
			return
		}
		ctx, cancel := context.WithCancel(r.Context())
		defer cancel()
		stop := context.AfterFunc(daemonCtx, cancel)
		defer stop()
		w.Header().Set("Content-Type", "application/x-ndjson")
		enc := json.NewEncoder(w)
		flush := func() {
			if f, ok := w.(http.Flusher); ok {
				f.Flush()
			}
		}
		emit := func(e ControlEvent) { _ = enc.Encode(e); flush() }
		d.serial.Lock()
		defer d.serial.Unlock()
		d.log.Info("running handed-over work", "command", req.Command)
		summary, err := d.runControl(ctx, req, func(r DayResult) { emit(dayEvent(r)) })
		end := ControlEvent{Event: "end", OK: err == nil, Summary: summary}
		if err != nil {
			end.Error = err.Error()
		}
		emit(end)
	})
}

func dayEvent(r DayResult) ControlEvent {
	e := ControlEvent{Event: "day", Day: r.Day.Format(time.DateOnly), Status: "done",
		Documents: r.Scrape.Inserted + r.Scrape.Updated, Facts: r.Normalize.Facts.Total(), Report: r.Report}
	switch {
	case r.Skipped:
		e.Status = "skipped"
	case r.Err != nil:
		e.Status, e.Error = "failed", r.Err.Error()
	}
	return e
}

// errBadControl marks a request the daemon cannot run.
var errBadControl = errors.New("bad request")

// runControl runs one handed-over request and returns a one-line summary.
func (d *daemon) runControl(ctx context.Context, req ControlRequest, onDay func(DayResult)) (string, error) {
	p := d.p
	switch req.Command {
	case "run", "report":
		day := DateOf(p.now(), p.loc) // no date: today in the report time zone
		if req.Date != "" {
			var err error
			if day, err = ParseDay(req.Date); err != nil {
				return "", fmt.Errorf("%w: %w", errBadControl, err)
			}
		}
		res := p.ProcessDay(ctx, day, DayOptions{Scrape: req.Command == "run", Force: true, Email: req.Email,
			Deliver: DeliverOptions{Resend: req.Resend, DryRun: req.DryRun}})
		onDay(res)
		return fmt.Sprintf("%s %s: workbook %s", req.Command, day.Format(time.DateOnly), res.Report), res.Err
	case "backfill":
		from, err := ParseDay(req.From)
		if err != nil {
			return "", fmt.Errorf("%w: %w", errBadControl, err)
		}
		to, err := ParseDay(req.To)
		if err != nil {
			return "", fmt.Errorf("%w: %w", errBadControl, err)
		}
		res, err := p.Backfill(ctx, BackfillOptions{From: from, To: to, Mode: req.Mode, Scrape: req.Scrape, OnDay: onDay})
		return fmt.Sprintf("backfill %s..%s: %d days done, %d failed, %d already done", req.From, req.To,
			res.Done, res.Failed, res.Skipped), err
	case "normalize":
		st, err := p.Normalize(ctx, req.All)
		return fmt.Sprintf("extracted %d documents over %d days: %d facts", st.Documents, st.Days,
			st.Facts.Total()), err
	default:
		return "", fmt.Errorf("%w: unknown command %q", errBadControl, req.Command)
	}
}
