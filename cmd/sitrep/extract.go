package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"sitrep/extract"
	"sitrep/extract/multilang"
)

// maxExtractInput bounds what `sitrep extract` reads: scraped pages are
// untrusted and a runaway file must not exhaust memory.
const maxExtractInput = 16 << 20

func (a *app) extractCommand() *cobra.Command {
	var published, format, lang, publisher string
	cmd := &cobra.Command{
		Use:   "extract [--published YYYY-MM-DD] [--format json|text] FILE|-",
		Short: "Extract facts from one local HTML or text file and print them",
		Long: `extract runs the extractor on one local file (HTML or plain text; "-" reads
standard input) and prints the facts: attacks per place with casualties, weapons
and damage categories, diplomatic actions and territorial claims, each with the
sentence it came from. English and Ukrainian are read (--lang auto detects which).
Nothing is fetched or stored.

--published is the publication date (YYYY-MM-DD, or an RFC 3339 time) that
relative dates such as "overnight" or "early Friday" resolve against; without it
those attack dates are null. --format json prints the contract of ARCHITECTURE.md
(every key present, unknown values null).`,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			pub, err := parsePublished(published)
			if err != nil {
				return err
			}
			if format != "json" && format != "text" {
				return usageErr("--format %q: want json or text", format)
			}
			data, err := readInput(args[0])
			if err != nil {
				return err
			}
			in := extract.Input{Text: string(data), HTML: looksLikeHTML(data), Published: pub, Lang: lang,
				Publisher: publisher}
			if in.Lang == "auto" {
				in.Lang = multilang.Language(in)
			}
			facts := multilang.Extract(in)
			if format == "json" {
				enc := json.NewEncoder(a.stdout)
				enc.SetIndent("", "  ")
				enc.SetEscapeHTML(false)
				return enc.Encode(facts)
			}
			printFacts(a.stdout, facts)
			return nil
		},
	}
	cmd.Flags().StringVar(&published, "published", "", "publication date, YYYY-MM-DD or RFC 3339")
	cmd.Flags().StringVar(&format, "format", "json", "output format: json or text")
	cmd.Flags().StringVar(&lang, "lang", "auto", "language of the document: en, uk, or auto (detect it)")
	cmd.Flags().StringVar(&publisher, "publisher", "", `who published it (a Kyiv administration's "the capital" is Kyiv)`)
	return cmd
}

func parsePublished(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, usageErr("--published %q: want YYYY-MM-DD or an RFC 3339 time", s)
	}
	// Midday UTC is the same calendar day in Kyiv, so a date-only value
	// cannot slip a day through the zone conversion.
	return d.Add(12 * time.Hour), nil
}

func readInput(name string) ([]byte, error) {
	var r io.Reader
	if name == "-" {
		r = os.Stdin
	} else {
		f, err := os.Open(name)
		if err != nil {
			return nil, usageErr("read %s: %v", name, err)
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, maxExtractInput+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if len(data) > maxExtractInput {
		return nil, usageErr("read %s: larger than %d MiB", name, maxExtractInput>>20)
	}
	return data, nil
}

func looksLikeHTML(b []byte) bool {
	head := bytes.ToLower(bytes.TrimSpace(b[:min(len(b), 1024)]))
	return bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html")) ||
		bytes.Contains(head, []byte("<body")) || bytes.Contains(head, []byte("<p>")) ||
		bytes.Contains(head, []byte("<div"))
}

func printFacts(w io.Writer, f extract.Facts) {
	fmt.Fprintf(w, "%d attacks, %d diplomatic actions, %d territorial claims\n",
		len(f.Attacks), len(f.DiplomaticActions), len(f.TerritorialClaims))
	for _, at := range f.Attacks {
		place := at.Country
		if at.City != nil {
			place = *at.City
		} else if at.Oblast != nil {
			place = *at.Oblast + " oblast"
		}
		fmt.Fprintf(w, "\nattack %s on %s\n", str(at.Date), place)
		if len(at.Districts) > 0 {
			fmt.Fprintf(w, "  districts: %s\n", strings.Join(at.Districts, ", "))
		}
		for _, f := range []struct {
			name string
			v    *int
		}{{"killed", at.Killed}, {"injured", at.Injured}, {"rescued", at.Rescued}, {"missing", at.Missing},
			{"children_killed", at.ChildrenKilled}, {"drones_launched", at.DronesLaunched},
			{"drones_downed", at.DronesDowned}, {"missiles_launched", at.MissilesLaunched},
			{"missiles_downed", at.MissilesDowned}} {
			q := at.Qualifiers[f.name]
			if f.v == nil && q == "" {
				continue
			}
			val := "?"
			if f.v != nil {
				val = fmt.Sprint(*f.v)
			}
			fmt.Fprintf(w, "  %s: %s %s\n", f.name, val, q)
		}
		fmt.Fprintf(w, "  weapons: %s\n  damage: %s\n", strings.Join(at.Weapons, ", "), strings.Join(at.Damage, ", "))
	}
	for _, d := range f.DiplomaticActions {
		fmt.Fprintf(w, "\n%s — %s — %s %s\n  %s\n", d.Actor, d.Action, str(d.Target), str(d.Amount), d.Evidence)
	}
	for _, t := range f.TerritorialClaims {
		n := "?"
		if t.Settlements != nil {
			n = fmt.Sprint(*t.Settlements)
		}
		fmt.Fprintf(w, "\n%s claims %s settlements %s in %s\n  %s\n", t.Claimant, n, strings.Join(t.Names, ", "),
			str(t.Region), t.Evidence)
	}
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}
