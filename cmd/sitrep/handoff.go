package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/spf13/cobra"

	"sitrep/jobs"
	"sitrep/store"
)

// daemonHolder returns the running daemon's control endpoint when err says
// the database is held by one that advertises it.
func daemonHolder(err error) (store.Holder, bool) {
	var le *store.LockError
	if !errors.As(err, &le) || le.Holder.Endpoint == "" || !strings.Contains(le.Holder.Command, "daemon") {
		return store.Holder{}, false
	}
	return le.Holder, true
}

// openOrHandOff opens a session, or, when a running daemon holds the
// database, hands req to it and follows its progress: the daemon runs the
// work between its own jobs. handed reports which happened.
func (a *app) openOrHandOff(cmd *cobra.Command, req jobs.ControlRequest) (s *session, handed bool, err error) {
	s, err = a.openSession(cmd.Context())
	if err == nil {
		return s, false, nil
	}
	h, ok := daemonHolder(err)
	if !ok {
		return nil, false, err
	}
	fmt.Fprintf(a.stderr, "sitrep: the daemon (PID %d) holds the database; handing the work to it at %s\n",
		h.PID, h.Endpoint)
	return nil, true, a.handOff(cmd, h.Endpoint, req)
}

// openOrHandOffIf is openOrHandOff for a request that may be empty (no
// Command): then it only opens a session.
func (a *app) openOrHandOffIf(cmd *cobra.Command, req jobs.ControlRequest) (*session, bool, error) {
	if req.Command == "" {
		s, err := a.openSession(cmd.Context())
		return s, false, err
	}
	return a.openOrHandOff(cmd, req)
}

// handOff posts req to the daemon's /run and prints its progress events.
func (a *app) handOff(cmd *cobra.Command, endpoint string, req jobs.ControlRequest) error {
	body, err := json.Marshal(req)
	if err != nil {
		return fmt.Errorf("hand off: %w", err)
	}
	hreq, err := http.NewRequestWithContext(cmd.Context(), http.MethodPost, endpoint+"/run", bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("hand off: %w", err)
	}
	hreq.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(hreq)
	if err != nil {
		return fmt.Errorf("hand off to the daemon at %s: %w", endpoint, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		var msg bytes.Buffer
		_, _ = msg.ReadFrom(resp.Body)
		return fmt.Errorf("hand off to the daemon: %s: %s", resp.Status, strings.TrimSpace(msg.String()))
	}
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		var e jobs.ControlEvent
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			return fmt.Errorf("hand off: bad progress line %q: %w", sc.Text(), err)
		}
		switch e.Event {
		case "day":
			fmt.Fprintf(a.stdout, "%s: %s, %d documents, %d facts %s\n", e.Day, e.Status, e.Documents, e.Facts, e.Report)
			if e.Error != "" {
				fmt.Fprintf(a.stdout, "  %s\n", e.Error)
			}
		case "end":
			fmt.Fprintln(a.stdout, e.Summary)
			if !e.OK {
				return fmt.Errorf("the daemon ran it: %s", e.Error)
			}
			return nil
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("hand off: %w", err)
	}
	return errors.New("hand off: the daemon closed the connection before the work ended")
}
