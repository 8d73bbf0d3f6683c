// Command kioskctl is the store kiosk's admin and evaluation tool: import a catalog, search it,
// and (as later commands land) ask questions, sync feeds and page staff from a terminal.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"sort"
	"strings"
)

// command is one kioskctl sub-command.
type command struct {
	usage string // argument synopsis, after the command name
	help  string // one line
	run   func(args []string, stdout, stderr io.Writer) error
}

// commands is filled by each command's file, so adding a command touches only that file.
var commands = map[string]command{}

// errUsage is returned after a command has printed its own usage message.
var errUsage = errors.New("usage")

func main() {
	slog.SetDefault(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})))
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "kioskctl: unknown command %q\n\n", args[0])
		usage(stderr)
		return 2
	}
	if err := cmd.run(args[1:], stdout, stderr); err != nil {
		if errors.Is(err, errUsage) {
			return 2
		}
		fmt.Fprintf(stderr, "kioskctl %s: %v\n", args[0], err)
		return 1
	}
	return 0
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: kioskctl COMMAND [flags]")
	fmt.Fprintln(w)
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-12s %s\n", n, commands[n].help)
	}
	fmt.Fprintln(w, "\nRun kioskctl COMMAND -h for a command's flags.")
}

// newFlags makes a flag set whose usage message names the command.
func newFlags(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("kioskctl "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: kioskctl %s %s\n  %s\n", name, commands[name].usage, commands[name].help)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses flags that may come before or after the positional arguments
// ("import --db x cat.csv --skip-bad") and returns the positional ones.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, errUsage // the flag package has printed what is wrong
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// dbFlag adds the --db flag every catalog command takes.
func dbFlag(fs *flag.FlagSet) *string {
	def := os.Getenv("KIOSK_DB")
	if def == "" {
		def = "/var/lib/store-kiosk/catalog.db"
	}
	return fs.String("db", def, "catalog database `file` (env KIOSK_DB)")
}

// thousands formats n as "24,322".
func thousands(n int) string {
	s := fmt.Sprint(n)
	if n < 0 {
		return "-" + thousands(-n)
	}
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}
