package main

import (
	"fmt"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"sitrep/scrapers"
)

func (a *app) sourcesCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "sources [check | reset NAME]",
		Short: "List the configured sources with their health",
		Long: `sources lists every configured source with its kind, URL and health: when it last
succeeded, how many runs in a row failed, the last error and how many documents
are stored from it. A source that failed health.max_failures runs in a row is
skipped (one probe every health.retry_after) until it succeeds or is reset.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := a.openSession(cmd.Context())
			if err != nil {
				return err
			}
			defer s.close()
			health, err := s.store.SourceHealth(cmd.Context())
			if err != nil {
				return err
			}
			byName := map[string]int{}
			for i, h := range health {
				byName[h.Name] = i
			}
			w := tabwriter.NewWriter(a.stdout, 2, 4, 2, ' ', 0)
			fmt.Fprintln(w, "NAME\tKIND\tENABLED\tLAST OK\tFAILED RUNS\tDOCUMENTS\tLAST ERROR")
			for _, src := range s.cfg.Sources {
				lastOK, fails, docs, lastErr := "never", 0, 0, ""
				if i, ok := byName[src.Name]; ok {
					h := health[i]
					if !h.LastOK.IsZero() {
						lastOK = h.LastOK.In(s.cfg.Location).Format("2006-01-02 15:04")
					}
					fails, docs, lastErr = h.ErrorCount, h.Documents, h.LastError
				}
				fmt.Fprintf(w, "%s\t%s\t%t\t%s\t%d\t%d\t%s\n", src.Name, src.Kind, src.IsEnabled(), lastOK, fails,
					docs, oneLine(lastErr, 80))
			}
			return w.Flush()
		},
	}
	cmd.AddCommand(&cobra.Command{
		Use:   "check",
		Short: "Fetch every enabled source once and say what it found, storing nothing",
		Long: `check fetches every enabled source once, as a run would (robots.txt, politeness,
retries), and prints how many documents each returned and the newest one, or the
classified error. Nothing is stored. It exits 1 when any source failed.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := a.openSession(cmd.Context())
			if err != nil {
				return err
			}
			defer s.close()
			failed := 0
			for _, src := range s.sources {
				started := time.Now()
				res, err := src.Scrape(cmd.Context(), scrapers.Request{})
				took := time.Since(started).Round(time.Millisecond)
				if err != nil {
					failed++
					fmt.Fprintf(a.stdout, "%-24s FAILED after %s: %v\n", src.Name(), took, err)
					continue
				}
				fmt.Fprintf(a.stdout, "%-24s ok: %d documents, %d item errors in %s%s\n", src.Name(),
					len(res.Documents), len(res.ItemErrors), took, newest(res))
			}
			if failed > 0 {
				return fmt.Errorf("%d of %d sources failed", failed, len(s.sources))
			}
			return nil
		},
	})
	cmd.AddCommand(&cobra.Command{
		Use:   "reset NAME",
		Short: "Clear a source's failure count so it is tried again at the next run",
		Args:  exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := a.openSession(cmd.Context())
			if err != nil {
				return err
			}
			defer s.close()
			if err := s.store.ResetSource(cmd.Context(), args[0]); err != nil {
				return usageError{err}
			}
			fmt.Fprintf(a.stdout, "source %s reset\n", args[0])
			return nil
		},
	})
	return cmd
}

func newest(res scrapers.Result) string {
	var best time.Time
	title := ""
	for _, d := range res.Documents {
		if d.Published.After(best) {
			best, title = d.Published, d.Title
		}
	}
	if title == "" {
		return ""
	}
	return fmt.Sprintf("; newest %s %q", best.Format(time.RFC3339), oneLine(title, 60))
}

func oneLine(s string, n int) string {
	r := []rune(s)
	for i, c := range r {
		if c == '\n' || c == '\r' || c == '\t' {
			r[i] = ' '
		}
	}
	if len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return string(r)
}
