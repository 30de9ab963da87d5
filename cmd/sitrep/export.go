package main

import (
	"fmt"
	"sort"

	"github.com/spf13/cobra"

	"sitrep/store"
)

func (a *app) exportCommand() *cobra.Command {
	var format, out string
	cmd := &cobra.Command{
		Use:   "export --format parquet|csv --out DIR",
		Short: "Write the facts as day-partitioned Parquet or CSV files for a warehouse",
		Long: `export writes every fact table (attacks, damage, diplomatic_actions,
territorial_claims, each joined with its source document's link and title) into
DIR/<table>/day=YYYY-MM-DD/, the Hive partition layout that Spark, Trino,
BigQuery external tables and DuckDB itself read directly. Re-running it replaces
the previous export. CSV text that would start a spreadsheet formula gets a
leading apostrophe.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if format != store.FormatParquet && format != store.FormatCSV {
				return usageErr("--format %q: want parquet or csv", format)
			}
			if out == "" {
				return usageErr("--out is required")
			}
			s, err := a.openSession(cmd.Context())
			if err != nil {
				return err
			}
			defer s.close()
			counts, err := s.store.Export(cmd.Context(), out, format)
			if err != nil {
				return err
			}
			names := make([]string, 0, len(counts))
			for n := range counts {
				names = append(names, n)
			}
			sort.Strings(names)
			for _, n := range names {
				fmt.Fprintf(a.stdout, "%-20s %8d rows\n", n, counts[n])
			}
			fmt.Fprintf(a.stdout, "written to %s as %s, partitioned by day\n", out, format)
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "parquet", "parquet or csv")
	cmd.Flags().StringVar(&out, "out", "", "output directory (required)")
	return cmd
}
