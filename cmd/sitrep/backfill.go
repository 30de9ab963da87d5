package main

import (
	"fmt"
	"io"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"sitrep/jobs"
)

func (a *app) backfillCommand() *cobra.Command {
	var from, to, mode string
	var scrape bool
	cmd := &cobra.Command{
		Use:   "backfill --from YYYY-MM-DD --to YYYY-MM-DD [--mode missing|failed|all] [--scrape=false]",
		Short: "Re-run a range of days: scrape each day's documents, extract, write each day's workbook",
		Long: `backfill runs every day of a date range, oldest first. For each day it fetches what
the sources published that day (paging back through feeds, channels and archives),
extracts the facts and writes that day's workbook, recording the day in the run
ledger. Each day commits on its own, so one bad day fails alone.

--mode missing (the default) runs only days whose report is not done yet, so an
interrupted backfill resumes where it stopped; --mode failed re-runs failed and
interrupted days; --mode all re-runs every day. --scrape=false rebuilds from what
is already stored. Past days are never emailed.

A progress bar shows days, documents and the time left on a terminal; otherwise
one log line per day. The command ends with a summary and exits 1 when any day
failed.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			fromDay, err := jobs.ParseDay(from)
			if err != nil {
				return usageErr("--from: %v", err)
			}
			toDay, err := jobs.ParseDay(to)
			if err != nil {
				return usageErr("--to: %v", err)
			}
			if toDay.Before(fromDay) {
				return usageErr("--to %s is before --from %s", to, from)
			}
			if mode != jobs.ModeMissing && mode != jobs.ModeFailed && mode != jobs.ModeAll {
				return usageErr("--mode %q: want missing, failed or all", mode)
			}
			s, handed, err := a.openOrHandOff(cmd, jobs.ControlRequest{Command: "backfill", From: from, To: to,
				Mode: mode, Scrape: scrape})
			if handed || err != nil {
				return err
			}
			defer s.close()
			prog := a.newProgress()
			res, err := s.pipeline.Backfill(cmd.Context(), jobs.BackfillOptions{
				From: fromDay, To: toDay, Mode: mode, Scrape: scrape,
				OnStart: prog.start, OnDay: prog.day,
			})
			prog.finish()
			fmt.Fprintf(a.stdout, "backfill %s..%s: %d days done, %d failed, %d already done and left alone; "+
				"%d documents (fetch %s, extract %s, store %s, report %s)\n", from, to, res.Done, res.Failed,
				res.Skipped, res.Documents, res.Timing.Fetch.Round(time.Millisecond),
				res.Timing.Extract.Round(time.Millisecond), res.Timing.Store.Round(time.Millisecond),
				res.Timing.Report.Round(time.Millisecond))
			for _, d := range res.Days {
				if d.Err != nil {
					fmt.Fprintf(a.stdout, "  %s failed: %v\n", d.Day.Format(time.DateOnly), d.Err)
				}
			}
			return err
		},
	}
	f := cmd.Flags()
	f.StringVar(&from, "from", "", "first day, YYYY-MM-DD (required)")
	f.StringVar(&to, "to", "", "last day, YYYY-MM-DD, inclusive (required)")
	f.StringVar(&mode, "mode", jobs.ModeMissing, "which days: missing, failed or all")
	f.BoolVar(&scrape, "scrape", true, "fetch each day's documents again; false rebuilds from what is stored")
	_ = cmd.MarkFlagRequired("from")
	_ = cmd.MarkFlagRequired("to")
	return cmd
}

// progress shows a backfill's progress: a bar on a terminal, log lines otherwise.
type progress struct {
	out  io.Writer
	bar  *progressbar.ProgressBar
	docs int
}

func (a *app) newProgress() *progress {
	p := &progress{out: a.stderr}
	if !isTerminal(a.stderr) {
		p.out = nil
	}
	return p
}

func (p *progress) start(days []time.Time) {
	if p.out == nil || len(days) == 0 {
		return
	}
	p.bar = progressbar.NewOptions(len(days),
		progressbar.OptionSetWriter(p.out),
		progressbar.OptionSetDescription("backfill"),
		progressbar.OptionShowCount(),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionSetItsString("days"),
		progressbar.OptionShowIts(),
		progressbar.OptionClearOnFinish())
}

func (p *progress) day(d jobs.DayResult) {
	p.docs += d.Scrape.Inserted + d.Scrape.Updated
	if p.bar == nil {
		return
	}
	p.bar.Describe(fmt.Sprintf("backfill %s (%d documents)", d.Day.Format(time.DateOnly), p.docs))
	_ = p.bar.Add(1)
}

func (p *progress) finish() {
	if p.bar != nil {
		_ = p.bar.Finish()
	}
}
