package lm

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"slices"
	"sort"
	"strings"
)

// pronounce returns a pronunciation dictionary for words: the base dictionary's entries
// (with their variants) where it has them, espeak-ng's pronunciation mapped to the same phone
// set where it does not. dropped lists words neither could pronounce.
func pronounce(ctx context.Context, words []string, opt Options) (dict map[string][]string, derived int, dropped []string, err error) {
	want := make(map[string]bool, len(words))
	for _, w := range words {
		want[w] = true
	}
	dict = map[string][]string{}
	f, err := os.Open(opt.BaseDict)
	if err != nil {
		return nil, 0, nil, fmt.Errorf("pronunciation dictionary: %w (install pocketsphinx-en-us)", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		head, phones, ok := strings.Cut(line, " ")
		if !ok {
			continue
		}
		base := head
		if i := strings.IndexByte(head, '('); i > 0 {
			base = head[:i]
		}
		if want[base] {
			dict[base] = append(dict[base], strings.TrimSpace(phones))
		}
	}
	if err := sc.Err(); err != nil {
		return nil, 0, nil, fmt.Errorf("read %s: %w", opt.BaseDict, err)
	}
	var missing []string
	for _, w := range words {
		if _, ok := dict[w]; !ok {
			missing = append(missing, w)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		ipa, err := espeakIPA(ctx, opt.Espeak, "en-us", missing)
		if err != nil {
			opt.Logger.Warn("cannot derive pronunciations; words missing from the dictionary are left out", "words", len(missing), "err", err)
			dropped = missing
		} else {
			for i, w := range missing {
				if ph := ipaToCMU(ipa[i]); len(ph) > 0 {
					dict[w] = []string{strings.Join(ph, " ")}
					derived++
				} else {
					dropped = append(dropped, w)
				}
			}
		}
	}
	// Other accents: the acoustic model is American, but a British "where" (no R) or
	// "tomato" is heard far better with a pronunciation that says so.
	for _, voice := range opt.Accents {
		var have []string
		for _, w := range words {
			if _, ok := dict[w]; ok {
				have = append(have, w)
			}
		}
		ipa, err := espeakIPA(ctx, opt.Espeak, voice, have)
		if err != nil {
			opt.Logger.Warn("cannot derive accent pronunciations", "voice", voice, "err", err)
			continue
		}
		for i, w := range have {
			ph := strings.Join(ipaToCMUFor(voice, ipa[i]), " ")
			if ph == "" || len(dict[w]) >= maxVariants || slices.Contains(dict[w], ph) {
				continue
			}
			dict[w] = append(dict[w], ph)
		}
	}
	for w, ps := range dict {
		dict[w] = withMergers(ps)
	}
	return dict, derived, dropped, nil
}

// maxVariants bounds the pronunciations of a word from the dictionary and the accents: each
// one costs decoding time. withMergers may add as many again.
const maxVariants = 4

// mergers are vowels that many speakers do not tell apart before an L: the fill–feel and
// pull–pool mergers of Southern American English, and speakers whose first language has a
// single i and a single u (Spanish, for one), say "milk" with the vowel of "meal". The
// acoustic model is strict about the difference; measured on the spoken dev questions, it
// heard every "milk" as "meal" until the merged vowel was allowed.
var mergers = [][2]string{{"IH L", "IY L"}, {"IY L", "IH L"}, {"UH L", "UW L"}, {"UW L", "UH L"}}

// withMergers adds to a word's pronunciations their variants with merged vowels before L.
func withMergers(ps []string) []string {
	out := slices.Clone(ps)
	for _, p := range ps {
		for _, m := range mergers {
			v := replacePhones(p, m[0], m[1])
			if v != p && !slices.Contains(out, v) {
				out = append(out, v)
			}
		}
	}
	return out
}

// replacePhones replaces a run of whole phones with another as long: with IH L → IY L,
// "M IH L K" becomes "M IY L K" and "W IH L IH L" (both) "W IY L IY L".
func replacePhones(p, old, repl string) string {
	f, o, r := strings.Fields(p), strings.Fields(old), strings.Fields(repl)
	for i := 0; i+len(o) <= len(f); i++ {
		if slices.Equal(f[i:i+len(o)], o) {
			copy(f[i:], r)
			i += len(o) - 1
		}
	}
	return strings.Join(f, " ")
}

// espeakIPA asks one espeak-ng process for the IPA of every word in a voice, one per line.
func espeakIPA(ctx context.Context, espeak, voice string, words []string) ([]string, error) {
	path, err := exec.LookPath(espeak)
	if err != nil {
		return nil, errNoEspeak
	}
	var in bytes.Buffer
	for _, w := range words {
		// Apostrophes inside a word are kept ("chick'n"); a full stop ends each clause so that
		// every word comes back on its own line.
		fmt.Fprintf(&in, "%s.\n", w)
	}
	cmd := exec.CommandContext(ctx, path, "-q", "--ipa", "--sep=_", "-v", voice)
	cmd.Stdin = &in
	var out, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("espeak-ng: %v: %s", err, strings.TrimSpace(stderr.String()))
	}
	var lines []string
	for _, l := range strings.Split(out.String(), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	if len(lines) != len(words) {
		// Some word split into two clauses; fall back to one process per word.
		lines = lines[:0]
		for _, w := range words {
			o, err := exec.CommandContext(ctx, path, "-q", "--ipa", "--sep=_", "-v", voice, w).Output()
			if err != nil {
				return nil, fmt.Errorf("espeak-ng %q: %w", w, err)
			}
			lines = append(lines, strings.Join(strings.Fields(string(o)), " "))
		}
	}
	return lines, nil
}

// ipaPhones maps espeak-ng's US English IPA symbols (stress and length marks removed) to the
// CMU phone set the acoustic model uses. Longer symbols are matched first.
var ipaPhones = map[string][]string{
	// vowels and diphthongs
	"aɪɚ": {"AY", "ER"}, "aɪə": {"AY", "ER"}, "aʊɚ": {"AW", "ER"}, "ɑːɹ": {"AA", "R"}, "ɔːɹ": {"AO", "R"},
	"oːɹ": {"AO", "R"}, "ɛɹ": {"EH", "R"}, "ɪɹ": {"IH", "R"}, "ʊɹ": {"UH", "R"}, "iə": {"IY", "AH"},
	"aɪ": {"AY"}, "aʊ": {"AW"}, "eɪ": {"EY"}, "oʊ": {"OW"}, "əʊ": {"OW"}, "ɔɪ": {"OY"},
	"ɑː": {"AA"}, "ɑ": {"AA"}, "ɒ": {"AA"}, "æ": {"AE"}, "ʌ": {"AH"}, "ə": {"AH"}, "ɐ": {"AH"},
	"ɚ": {"ER"}, "ɜː": {"ER"}, "ɜ": {"ER"}, "ɝ": {"ER"}, "ɔː": {"AO"}, "ɔ": {"AO"}, "ɛ": {"EH"},
	"e": {"EH"}, "ɪ": {"IH"}, "ᵻ": {"IH"}, "ɨ": {"IH"}, "iː": {"IY"}, "i": {"IY"}, "oː": {"OW"},
	"o": {"OW"}, "ʊ": {"UH"}, "uː": {"UW"}, "u": {"UW"}, "a": {"AA"}, "aː": {"AA"}, "y": {"UW"},
	// consonants
	"tʃ": {"CH"}, "dʒ": {"JH"}, "b": {"B"}, "d": {"D"}, "f": {"F"}, "ɡ": {"G"}, "g": {"G"},
	"h": {"HH"}, "k": {"K"}, "l": {"L"}, "ɫ": {"L"}, "m": {"M"}, "n": {"N"}, "ŋ": {"NG"}, "p": {"P"},
	"s": {"S"}, "t": {"T"}, "v": {"V"}, "w": {"W"}, "z": {"Z"}, "θ": {"TH"}, "ð": {"DH"},
	"ʃ": {"SH"}, "ʒ": {"ZH"}, "ɹ": {"R"}, "r": {"R"}, "ɾ": {"D"}, "j": {"Y"}, "ʔ": {"T"},
	"x": {"K"}, "ç": {"HH"}, "ʍ": {"W"}, "l̩": {"AH", "L"}, "n̩": {"AH", "N"}, "m̩": {"AH", "M"},
}

var ipaMaxLen = func() int {
	n := 0
	for k := range ipaPhones {
		if l := len([]rune(k)); l > n {
			n = l
		}
	}
	return n
}()

// britishPhones are where espeak-ng's British English differs: non-rhotic centring diphthongs
// and the TRAP vowel written "a".
var britishPhones = map[string][]string{
	"eə": {"EH"}, "ɪə": {"IH", "AH"}, "ʊə": {"UH", "AH"}, "a": {"AE"}, "aː": {"AA"}, "ɒ": {"AA"},
}

// ipaToCMUFor converts with the voice's own symbol meanings.
func ipaToCMUFor(voice, ipa string) []string {
	if strings.HasPrefix(voice, "en-gb") || voice == "en" {
		return convertIPA(ipa, britishPhones)
	}
	return convertIPA(ipa, nil)
}

// ipaToCMU converts "k_ˈɑː_m_b_ʌ_tʃ_ə" (US English) to [K AA M B AH CH AH]. Unknown symbols
// are skipped; nil means nothing usable came out.
func ipaToCMU(ipa string) []string { return convertIPA(ipa, nil) }

func convertIPA(ipa string, over map[string][]string) []string {
	clean := strings.NewReplacer("ˈ", "", "ˌ", "", "_", "", " ", "", "-", "", "'", "", "ː", "ː").Replace(ipa)
	rs := []rune(clean)
	var out []string
	for i := 0; i < len(rs); {
		matched := false
		for n := min(ipaMaxLen, len(rs)-i); n > 0; n-- {
			ph, ok := over[string(rs[i:i+n])]
			if !ok {
				ph, ok = ipaPhones[string(rs[i:i+n])]
			}
			if ok {
				out = append(out, ph...)
				i += n
				matched = true
				break
			}
		}
		if !matched {
			i++ // a symbol with no CMU counterpart (a tie bar, a rare diacritic)
		}
	}
	return out
}

func writeDict(w io.Writer, dict map[string][]string) error {
	ws := make([]string, 0, len(dict))
	for k := range dict {
		ws = append(ws, k)
	}
	sort.Strings(ws)
	bw := bufio.NewWriter(w)
	for _, k := range ws {
		for i, p := range dict[k] {
			if i == 0 {
				fmt.Fprintf(bw, "%s %s\n", k, p)
			} else {
				fmt.Fprintf(bw, "%s(%d) %s\n", k, i+1, p)
			}
		}
	}
	return bw.Flush()
}
