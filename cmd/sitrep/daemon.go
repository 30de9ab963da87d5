package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"sitrep/jobs"
)

func (a *app) daemonCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "daemon",
		Short: "Run the scrape and report jobs on their cron schedules until stopped",
		Long: `daemon keeps running and fires the jobs of the config's daemon block at their cron
times, in the configured time zone: the scrape job (fetch every source, extract
what is new) and the report job (write the day's workbook and email it).

At start-up it catches up missed report days (at most daemon.catch_up_days; older
gaps are logged with the backfill command to run) and today's report if its time
has passed. A job never overlaps itself, a day already reported is never reported
again, and a panicking job is logged with its stack while the daemon lives on.

It holds the database's writer lock. run, backfill, report and normalize
started against the same database hand their work to the daemon through its
local endpoint (POST /run) and show its progress; other commands are told the
daemon's PID. /healthz and /metrics (Prometheus) are served
on daemon.listen. SIGTERM or SIGINT cancels the running job, which is recorded as
interrupted and rerun at the next start, and the daemon exits.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := a.openSession(cmd.Context())
			if err != nil {
				return err
			}
			defer s.close()
			if s.cfg.Email.Enabled {
				if err := s.cfg.CheckSecrets(); err != nil {
					return usageError{err}
				}
			}
			return s.pipeline.Daemon(cmd.Context(), jobs.DaemonOptions{
				Listen: s.cfg.Daemon.Listen,
				OnListen: func(addr string) {
					url := "http://" + addr
					if err := s.store.AdvertiseEndpoint(url); err != nil {
						fmt.Fprintf(a.stderr, "sitrep daemon: cannot advertise the control endpoint: %v\n", err)
					}
					fmt.Fprintf(a.stderr, "sitrep daemon: /healthz and /metrics on %s\n", url)
				},
			})
		},
	}
}
