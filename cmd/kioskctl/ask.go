package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/storekiosk/storekiosk/kiosk/answer"
)

func init() {
	commands["ask"] = command{
		usage: `--db FILE ["question" | --jsonl < questions.jsonl]`,
		help:  "answer shopper questions as the kiosk would (--jsonl: the evaluation format)",
		run:   runAsk,
	}
}

func runAsk(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("ask", stderr)
	db := dbFlag(fs)
	jsonl := fs.Bool("jsonl", false, `read {"id","q"} lines on stdin, write one answer per line`)
	lang := fs.String("lang", "en", "answer `language`")
	explain := fs.Bool("explain", false, "show how the question is read and products ranked")
	var synonyms, packs multiFlag
	fs.Var(&synonyms, "synonyms", "extra vocabulary `file` (repeatable)")
	fs.Var(&packs, "vocabulary", "built-in vocabulary `pack` to read: auto (the default: those the catalog needs), all, or a pack name (repeatable)")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if *jsonl == (len(pos) > 0) {
		fs.Usage()
		return errUsage
	}
	cat, err := openCatalog(*db)
	if err != nil {
		return err
	}
	defer cat.Close()
	ctx := context.Background()
	if _, err := answer.VocabularyPacks(packs); err != nil {
		return err
	}
	eng, err := answer.New(ctx, cat, answer.Options{SynonymFiles: synonyms, Packs: packs})
	if err != nil {
		return err
	}
	if *explain && !*jsonl {
		fmt.Fprint(stdout, eng.Explain(strings.Join(pos, " "), 15))
		return nil
	}
	if !*jsonl {
		r := eng.Ask(ctx, answer.Question{Text: strings.Join(pos, " "), Lang: *lang})
		printAnswer(stdout, r)
		return nil
	}
	return askLines(ctx, eng, *lang, os.Stdin, stdout)
}

// askLines answers {"id","q"} lines; other fields are ignored. A bad line gets an answer
// line with its error, so ids still line up with the questions.
func askLines(ctx context.Context, eng *answer.Engine, lang string, in io.Reader, out io.Writer) error {
	return eachLine(ctx, in, out, func(n int, line []byte) any {
		var q struct {
			ID any    `json:"id"`
			Q  string `json:"q"`
		}
		if err := json.Unmarshal(line, &q); err != nil {
			return map[string]any{"id": nil, "found": false, "products": []any{}, "error": fmt.Sprintf("line %d: %v", n, err)}
		}
		return eng.Ask(ctx, answer.Question{Text: q.Q, Lang: lang}).Record(q.ID)
	})
}

// eachLine reads JSON Lines from in and writes, for each non-blank line, what answer makes
// of it as a JSON line to out; n is the line number, for error messages. It stops early only
// when ctx ends or out fails.
func eachLine(ctx context.Context, in io.Reader, out io.Writer, answer func(n int, line []byte) any) error {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 64<<10), 4<<20)
	bw := bufio.NewWriter(out)
	defer bw.Flush()
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		if err := enc.Encode(answer(n, line)); err != nil {
			return err
		}
		if err := ctx.Err(); err != nil {
			return err
		}
	}
	return sc.Err()
}

func printAnswer(w io.Writer, r answer.Result) {
	fmt.Fprintln(w, r.Say)
	if len(r.Products) == 0 {
		fmt.Fprintf(w, "(%s, nothing found, %.2f ms)\n", r.Intent, float64(r.Elapsed.Microseconds())/1000)
		return
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "SKU\tNAME\tPRICE\tSTOCK\tWHERE\tCATEGORY")
	for i, p := range r.Products {
		if i == 10 {
			fmt.Fprintf(tw, "…\t%d more\t\t\t\t\n", len(r.Products)-i)
			break
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\t%s\n", p.SKU, p.DisplayName(), p.Price, p.Quantity, p.Location, p.Category)
	}
	tw.Flush()
	fmt.Fprintf(w, "(%s, %.2f ms)\n", r.Intent, float64(r.Elapsed.Microseconds())/1000)
}

// multiFlag collects a repeatable string flag.
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }
