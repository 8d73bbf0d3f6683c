package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/storekiosk/storekiosk/inventory"
)

func init() {
	commands["import"] = command{
		usage: "--db FILE CATALOG.csv|.jsonl[.gz] [--skip-bad] [--store NAME]",
		help:  "replace the catalog with a CSV or JSON Lines file, all or nothing",
		run:   runImport,
	}
	commands["search"] = command{
		usage: `--db FILE [--limit N] "words"`,
		help:  "full-text search of the catalog, best matches first",
		run:   runSearch,
	}
}

func runImport(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("import", stderr)
	db := dbFlag(fs)
	skipBad := fs.Bool("skip-bad", false, "import the good rows even if some rows are bad (bad rows are still listed)")
	store := fs.String("store", "", "store `name` to record with the catalog")
	version := fs.String("version", "", "catalog `version` to record (default: the import time)")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		fs.Usage()
		return errUsage
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	cat, err := openDB(*db)
	if err != nil {
		return err
	}
	defer cat.Close()
	rep, err := cat.ImportFile(ctx, pos[0], inventory.ImportOptions{SkipBad: *skipBad, StoreName: *store, Version: *version})
	name := filepath.Base(pos[0])
	if rep != nil {
		for _, e := range rep.Bad {
			fmt.Fprintf(stderr, "%s: %v\n", name, &e)
		}
		if more := rep.BadCount - len(rep.Bad); more > 0 {
			fmt.Fprintf(stderr, "%s: and %s more bad rows\n", name, thousands(more))
		}
	}
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	fmt.Fprintf(stdout, "imported %s products from %s in %.2f s (%s rows read, %s rejected)\n",
		thousands(rep.Imported), name, rep.Elapsed.Seconds(), thousands(rep.Rows), thousands(rep.BadCount))
	return nil
}

func runSearch(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("search", stderr)
	db := dbFlag(fs)
	limit := fs.Int("limit", 10, "at most `N` products")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		fs.Usage()
		return errUsage
	}
	cat, err := openCatalog(*db)
	if err != nil {
		return err
	}
	defer cat.Close()
	text := strings.Join(pos, " ")
	ps, err := cat.Search(context.Background(), text, *limit)
	if err != nil {
		return err
	}
	if len(ps) == 0 {
		fmt.Fprintf(stdout, "no products match %q\n", text)
		return nil
	}
	tw := tabwriter.NewWriter(stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "SKU\tNAME\tPRICE\tSTOCK\tWHERE\tCATEGORY")
	for _, p := range ps {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\t%s\n", p.SKU, p.DisplayName(), p.Price, p.Quantity, p.Location, p.Category)
	}
	return tw.Flush()
}

// openCatalog opens a catalog that must be there already: a command that answers from it
// never makes an empty one at a mistyped path, and answers "not loaded yet" from it.
func openCatalog(path string) (*inventory.DB, error) {
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("no catalog at %s: import one first (kioskctl import --db %s FILE), or give --db", path, path)
	}
	return openDB(path)
}

// openDB opens a catalog for a command, with a hint when the file is missing.
func openDB(path string) (*inventory.DB, error) {
	if dir := filepath.Dir(path); dir != "" {
		if _, err := os.Stat(dir); errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("catalog directory %s does not exist (give --db FILE)", dir)
		}
	}
	return inventory.Open(path)
}
