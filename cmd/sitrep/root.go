package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"

	"sitrep/config"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "dev"

// Exit codes (ARCHITECTURE.md): 0 success; 1 the job ran but something failed
// (a source, the delivery); 2 bad usage or configuration.
const (
	exitOK      = 0
	exitFailed  = 1
	exitUsage   = 2
	envConfig   = "SITREP_CONFIG"
	defaultConf = "sitrep.yaml"
)

// usageError marks errors that are the caller's to fix (flags, config).
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usageErr(format string, a ...any) error { return usageError{fmt.Errorf(format, a...)} }

// app holds what the commands share.
type app struct {
	stdout, stderr io.Writer
	configPath     string
	logLevel       string
	logFormat      string
	quarantineWAL  bool
	command        string // the running command's path, recorded in the writer lock
}

func execute(args []string, stdout, stderr io.Writer) int {
	config.Version = version
	a := &app{stdout: stdout, stderr: stderr}
	root := a.rootCommand()
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	fmt.Fprintf(stderr, "sitrep: %v\n", err)
	var ue usageError
	if errors.As(err, &ue) {
		return exitUsage
	}
	return exitFailed
}

func (a *app) rootCommand() *cobra.Command {
	root := &cobra.Command{
		Use:   "sitrep",
		Short: "Daily situation reports on the Russia–Ukraine war from public sources",
		Long: `sitrep reads public reports on the Russia–Ukraine war — news feeds and the article
pages they link, official statements — extracts the facts (attacks by place with
casualties, weapons and damage; diplomatic actions; territorial claims), keeps them
with their source sentence in a DuckDB file, and writes a daily Excel workbook.

Start with "sitrep demo", which runs the whole pipeline offline on a built-in
sample site. Commands that need a configuration read --config, else $SITREP_CONFIG,
else ./sitrep.yaml (see config/sitrep.example.yaml).

Exit status: 0 success; 1 the job ran but something failed (a source, a stage);
2 bad usage or configuration.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		Version:       version,
	}
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return usageError{fmt.Errorf("%w (see '%s --help')", err, c.CommandPath())}
	})
	pf := root.PersistentFlags()
	pf.StringVar(&a.configPath, "config", "", "configuration file (default $SITREP_CONFIG, else ./sitrep.yaml)")
	pf.StringVar(&a.logLevel, "log-level", "info", "log level: debug, info, warn, error")
	pf.StringVar(&a.logFormat, "log-format", "auto", "log format: text, json, or auto (text on a terminal, JSON otherwise)")
	pf.BoolVar(&a.quarantineWAL, "quarantine-wal", false,
		"if the database's write-ahead log cannot be replayed, move it aside and open without it (its changes are lost)")
	root.PersistentPreRun = func(cmd *cobra.Command, _ []string) { a.command = cmd.CommandPath() }
	root.AddCommand(a.demoCommand(), a.runCommand(), a.daemonCommand(), a.backfillCommand(), a.reportCommand(),
		a.normalizeCommand(), a.sourcesCommand(), a.exportCommand(),
		a.extractCommand(), a.configCommand(), a.versionCommand())
	return root
}

// loadConfig loads the configuration named by --config, $SITREP_CONFIG or
// the default file; every failure is a usage error (exit 2).
func (a *app) loadConfig() (*config.Config, error) {
	path := a.configPath
	if path == "" {
		path = os.Getenv(envConfig)
	}
	if path == "" {
		path = defaultConf
	}
	cfg, err := config.Load(path)
	if err != nil {
		return nil, usageError{err}
	}
	return cfg, nil
}

// logger builds the process logger on stderr.
func (a *app) logger() (*slog.Logger, error) {
	var level slog.Level
	if err := level.UnmarshalText([]byte(a.logLevel)); err != nil {
		return nil, usageErr("--log-level %q: want debug, info, warn or error", a.logLevel)
	}
	opts := &slog.HandlerOptions{Level: level}
	switch a.logFormat {
	case "json":
		return slog.New(slog.NewJSONHandler(a.stderr, opts)), nil
	case "text":
		return slog.New(slog.NewTextHandler(a.stderr, opts)), nil
	case "auto":
		if isTerminal(a.stderr) {
			return slog.New(slog.NewTextHandler(a.stderr, opts)), nil
		}
		return slog.New(slog.NewJSONHandler(a.stderr, opts)), nil
	default:
		return nil, usageErr("--log-format %q: want text, json or auto", a.logFormat)
	}
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

func (a *app) versionCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print sitrep's version and the extractor's version",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			fmt.Fprintf(a.stdout, "sitrep %s (extractor %s)\n", version, extractorVersion())
			return nil
		},
	}
}
