package main

import (
	"context"
	"fmt"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"sitrep/config"
	"sitrep/extract/multilang"
	"sitrep/jobs"
	"sitrep/scrapers"
	"sitrep/store"
)

func extractorVersion() string { return multilang.Version }

// noArgs and exactArgs make argument mistakes usage errors (exit 2).
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usageErr("%s takes no arguments, got %q", cmd.CommandPath(), args)
	}
	return nil
}

func exactArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			return usageErr("%s takes %d argument(s), got %d (see --help)", cmd.CommandPath(), n, len(args))
		}
		return nil
	}
}

// session is an open configuration, store and pipeline for one command.
type session struct {
	cfg      *config.Config
	store    *store.Store
	sources  []scrapers.Source
	pipeline *jobs.Pipeline
}

func (s *session) close() error { return s.store.Close() }

// openSession loads the configuration, opens the store (taking the writer
// lock) and builds the sources.
func (a *app) openSession(ctx context.Context) (*session, error) {
	cfg, err := a.loadConfig()
	if err != nil {
		return nil, err
	}
	log, err := a.logger()
	if err != nil {
		return nil, err
	}
	st, err := store.Open(ctx, cfg.Database, store.Options{MemoryLimit: cfg.Store.MemoryLimit,
		Threads: cfg.Store.Threads, Logger: log, Command: a.command, QuarantineWAL: a.quarantineWAL})
	if err != nil {
		return nil, err
	}
	if st.QuarantinedWAL != "" {
		fmt.Fprintf(a.stderr, "sitrep: the unreadable write-ahead log was moved to %s; the changes it held are lost\n",
			st.QuarantinedWAL)
	}
	if n, err := st.MarkInterrupted(ctx); err != nil {
		_ = st.Close()
		return nil, err
	} else if n > 0 {
		log.Warn("jobs left running by a process that stopped were marked interrupted", "jobs", n)
	}
	srcs, err := jobs.BuildSources(cfg, log, jobs.SourceOptions{Validators: jobs.StoreValidators{Ctx: ctx, Store: st, Log: log}})
	if err != nil {
		_ = st.Close()
		return nil, usageError{err}
	}
	p := jobs.New(jobs.Deps{Config: cfg, Store: st, Sources: srcs, Logger: log})
	return &session{cfg: cfg, store: st, sources: srcs, pipeline: p}, nil
}

// checkDate rejects a malformed --date before anything is opened.
func checkDate(date string) error {
	if date == "" {
		return nil
	}
	if _, err := jobs.ParseDay(date); err != nil {
		return usageError{err}
	}
	return nil
}

// dayFlag resolves --date, defaulting to today in the report time zone.
func dayFlag(value string, cfg *config.Config) (time.Time, error) {
	if value == "" {
		return jobs.DateOf(time.Now(), cfg.Location), nil
	}
	d, err := jobs.ParseDay(value)
	if err != nil {
		return d, usageError{err}
	}
	return d, nil
}

// deliveryFlags are the email flags of run and report.
type deliveryFlags struct {
	resend, dryRun bool
}

func (f *deliveryFlags) add(cmd *cobra.Command) {
	cmd.Flags().BoolVar(&f.resend, "resend", false, "send even if this day's report already reached these recipients")
	cmd.Flags().BoolVar(&f.dryRun, "dry-run", false, "write the email as sitrep-<day>.eml beside the workbook instead of sending it")
}

func (f deliveryFlags) options() jobs.DeliverOptions {
	return jobs.DeliverOptions{Resend: f.resend, DryRun: f.dryRun}
}

// printDay prints what one day's processing did.
func (a *app) printDay(res jobs.DayResult) {
	if res.Report != "" {
		fmt.Fprintf(a.stdout, "%s: %d documents new, %d updated, %d facts; workbook %s\n",
			res.Day.Format(time.DateOnly), res.Scrape.Inserted, res.Scrape.Updated,
			res.Normalize.Facts.Total(), res.Report)
	}
	switch d := res.Delivery; {
	case d.EML != "":
		fmt.Fprintf(a.stdout, "email written to %s (not sent)\n", d.EML)
	case d.Skipped:
		fmt.Fprintln(a.stdout, "email already sent to these recipients; use --resend to send again")
	case d.Sent:
		fmt.Fprintf(a.stdout, "email sent (%s)\n", d.MessageID)
	}
	for name, e := range res.Scrape.Errors {
		fmt.Fprintf(a.stderr, "source %s failed: %v\n", name, e)
	}
}

func (a *app) runCommand() *cobra.Command {
	var date string
	var noEmail bool
	var df deliveryFlags
	cmd := &cobra.Command{
		Use:   "run [--date YYYY-MM-DD] [--no-email] [--resend] [--dry-run]",
		Short: "One pass for a day: scrape every source, extract facts, write and email the day's workbook",
		Long: `run does one full pass for a day: it scrapes every enabled source once, stores new
and edited documents, extracts facts from them, writes sitrep-<day>.xlsx into
reports_dir and, when email is enabled in the config, sends it — once per recipient
list unless --resend. The day defaults to today in the configured time zone.

A source that fails is recorded in its health and does not stop the others; the
command then exits 1 after the workbook is written. So does a delivery that failed
(temporary failures are retried with backoff first).`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := checkDate(date); err != nil {
				return err
			}
			s, handed, err := a.openOrHandOff(cmd, jobs.ControlRequest{Command: "run", Date: date,
				Email: !noEmail, Resend: df.resend, DryRun: df.dryRun})
			if handed || err != nil {
				return err
			}
			defer s.close()
			day, err := dayFlag(date, s.cfg)
			if err != nil {
				return err
			}
			if !noEmail && s.cfg.Email.Enabled {
				if err := s.cfg.CheckSecrets(); err != nil {
					return usageError{err}
				}
			}
			res := s.pipeline.ProcessDay(cmd.Context(), day, jobs.DayOptions{Scrape: true, Force: true,
				Email: !noEmail, Deliver: df.options()})
			a.printDay(res)
			return res.Err
		},
	}
	cmd.Flags().StringVar(&date, "date", "", "the day to run, YYYY-MM-DD (default: today in the configured time zone)")
	cmd.Flags().BoolVar(&noEmail, "no-email", false, "write the workbook but do not email it")
	df.add(cmd)
	return cmd
}

func (a *app) reportCommand() *cobra.Command {
	var date, out, from, to string
	var send bool
	var df deliveryFlags
	cmd := &cobra.Command{
		Use:   "report [--date YYYY-MM-DD | --from YYYY-MM-DD --to YYYY-MM-DD] [--out DIR] [--send [--resend] [--dry-run]]",
		Short: "Rebuild one day's workbook, or write a period workbook, from what is stored (no fetching)",
		Long: `report rebuilds the workbook of one attack day from the facts already in the
database, without fetching anything, and prints its path. Use it after
"sitrep normalize" or to regenerate a lost file. With --send it also emails the
workbook (once per recipient list unless --resend; --dry-run writes the .eml file).

With --from and --to it writes a period workbook instead (a week, a month, a
year): sitrep-<from>_<to>.xlsx with one row per day and the period's totals,
every consolidated attack, diplomatic action and territorial claim, streamed so
that a year stays fast and small in memory.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := checkDate(date); err != nil {
				return err
			}
			req := jobs.ControlRequest{Command: "report", Date: date, Email: send, Resend: df.resend, DryRun: df.dryRun}
			if from != "" || to != "" || out != "" {
				req = jobs.ControlRequest{} // a period workbook or another directory is not handed over
			}
			s, handed, err := a.openOrHandOffIf(cmd, req)
			if handed || err != nil {
				return err
			}
			defer s.close()
			if out != "" {
				s.cfg.ReportsDir = out
			}
			if from != "" || to != "" {
				return a.periodReport(cmd, s, from, to, date, send)
			}
			day, err := dayFlag(date, s.cfg)
			if err != nil {
				return err
			}
			if (df.resend || df.dryRun) && !send {
				return usageErr("--resend and --dry-run go with --send")
			}
			if send && !s.cfg.Email.Enabled {
				return usageErr("--send: email is not enabled in %s", s.cfg.Path)
			}
			if send && !df.dryRun {
				if err := s.cfg.CheckSecrets(); err != nil {
					return usageError{err}
				}
			}
			res := s.pipeline.ProcessDay(cmd.Context(), day, jobs.DayOptions{Force: true, Email: send,
				Deliver: df.options()})
			a.printDay(res)
			return res.Err
		},
	}
	cmd.Flags().StringVar(&date, "date", "", "the attack day, YYYY-MM-DD (default: today in the configured time zone)")
	cmd.Flags().StringVar(&out, "out", "", "directory for the workbook (default: reports_dir from the config)")
	cmd.Flags().BoolVar(&send, "send", false, "email the workbook to the configured recipients")
	cmd.Flags().StringVar(&from, "from", "", "first day of a period workbook, YYYY-MM-DD")
	cmd.Flags().StringVar(&to, "to", "", "last day of a period workbook, YYYY-MM-DD, inclusive")
	df.add(cmd)
	return cmd
}

func (a *app) normalizeCommand() *cobra.Command {
	var all bool
	cmd := &cobra.Command{
		Use:   "normalize [--all]",
		Short: "Re-extract facts from stored documents without fetching",
		Long: `normalize runs the extractor over stored documents and replaces their facts, one
transaction per publication day. By default it takes only documents that are new,
edited, or were extracted by an older extractor version; --all takes every one.
Nothing is fetched. Rebuild workbooks afterwards with "sitrep report".`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, handed, err := a.openOrHandOff(cmd, jobs.ControlRequest{Command: "normalize", All: all})
			if handed || err != nil {
				return err
			}
			defer s.close()
			st, err := s.pipeline.Normalize(cmd.Context(), all)
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "extracted %d documents over %d days: %d attacks, %d damage, %d diplomatic, %d territorial (extractor %s)\n",
				st.Documents, st.Days, st.Facts.Attacks, st.Facts.Damage, st.Facts.Diplomatic, st.Facts.Territorial,
				multilang.Version)
			return nil
		},
	}
	cmd.Flags().BoolVar(&all, "all", false, "re-extract every stored document, not only new or stale ones")
	return cmd
}

func (a *app) demoCommand() *cobra.Command {
	var out string
	cmd := &cobra.Command{
		Use:   "demo [--out DIR]",
		Short: "Run the whole pipeline offline on the built-in sample site",
		Long: `demo serves a small built-in sample news site (a feed, article pages and an
official channel, written for sitrep) on 127.0.0.1, scrapes it, extracts the facts
into DIR/sitrep.duckdb and writes DIR/sitrep-<day>.xlsx for each sample day. It
uses no network beyond the loopback interface. Running it again into the same
directory changes nothing.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			log, err := a.logger()
			if err != nil {
				return err
			}
			abs, err := filepath.Abs(out)
			if err != nil {
				return usageErr("--out %q: %v", out, err)
			}
			res, err := jobs.Demo(cmd.Context(), abs, log)
			if err != nil {
				return err
			}
			res.Print(a.stdout)
			return nil
		},
	}
	cmd.Flags().StringVar(&out, "out", "out", "directory for the database and the workbooks")
	return cmd
}

func (a *app) configCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "config",
		Short: "Work with the configuration file",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return usageErr("config needs a subcommand: check")
		},
	}
	cmd.AddCommand(&cobra.Command{
		Use:   "check",
		Short: "Validate the configuration and print it as sitrep sees it, secrets masked",
		Long: `check loads the configuration (--config, $SITREP_CONFIG or ./sitrep.yaml), reports
every problem with file, line and key, and otherwise prints the effective
configuration — defaults filled in, per-source values inherited from the fetch
block — with secrets masked. It exits 2 when the file is invalid.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := a.loadConfig()
			if err != nil {
				return err
			}
			if err := cfg.CheckSecrets(); err != nil {
				return usageError{err}
			}
			out, err := cfg.Masked()
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "# %s is valid\n%s", cfg.Path, out)
			return nil
		},
	})
	return cmd
}

// periodReport writes the period workbook of report --from --to.
func (a *app) periodReport(cmd *cobra.Command, s *session, from, to, date string, send bool) error {
	if date != "" || send {
		return usageErr("--from/--to write a period workbook: they go without --date and --send")
	}
	f, err := jobs.ParseDay(from)
	if err != nil {
		return usageErr("--from: %v", err)
	}
	t, err := jobs.ParseDay(to)
	if err != nil {
		return usageErr("--to: %v", err)
	}
	if t.Before(f) {
		return usageErr("--to %s is before --from %s", to, from)
	}
	path, r, err := s.pipeline.ReportPeriod(cmd.Context(), f, t)
	if err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "%s..%s: %d days, %d attacks, %d diplomatic actions; workbook %s\n", from, to,
		len(r.Days), len(r.Attacks), len(r.Diplomacy), path)
	return nil
}
