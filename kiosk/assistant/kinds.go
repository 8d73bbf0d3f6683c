package assistant

import (
	"regexp"
	"slices"
	"strings"

	"github.com/storekiosk/storekiosk/kiosk/answer"
)

// Kind is a kind of question, as the [assistant] ask_for setting names them: Advice,
// Unanswered, Unclear, or one of the local engine's intents ("locate", "price", ...).
type Kind string

// The kinds that are not local intents.
const (
	// Advice is a question that needs more than a lookup: a substitute, a recipe or a meal,
	// a comparison, a suggestion.
	Advice Kind = "advice"
	// Unanswered is a product question the local engine found nothing for.
	Unanswered Kind = "unanswered"
	// Unclear is a question the local engine could not read.
	Unclear Kind = "unclear"
)

// adviceRe finds questions that ask for judgement rather than a shelf: substitutes, meals and
// recipes, comparisons, suggestions. It errs towards asking the model: the local answer stays
// if the model has nothing checked to add.
var adviceRe = regexp.MustCompile(`(?i)\b(` +
	`instead of|in place of|substitut\w*|replace\w*|replacement|swap|alternatives? (to|for)|what else|can i use|could i use|` +
	`recipes?|making|make (a|an|some|my|our)|cook\w*|bak(e|ing)|ingredients?|what do i need|what should i (buy|get|use|make)|` +
	`what goes (with|well)|go (well )?with|serve with|for (a|my|our|the) (party|dinner|lunch|breakfast|picnic|barbecue|bbq|birthday|guests)|` +
	`for (two|three|four|five|six|seven|eight|ten|twelve|\d+)( people| guests| of us)?|meal|snacks? for|` +
	`which (of these|one|ones|is|are|would|should)|compare|comparison|difference between|versus|vs\.?|better|best|gentlest|mildest|` +
	`recommend\w*|suggest\w*|ideas?|good for|what would|what should|` +
	`en lugar de|en vez de|sustitu\w*|reemplaz\w*|receta\w*|qu[eé] necesito|cu[aá]l es (el |la )?mejor|recomiend\w*|suger\w*)\b`)

// never are local intents that are not the model's business: a shopper asking for a person
// must not wait for a model, a barcode has one right answer, and the model knows nothing of
// the building.
var never = []answer.Intent{answer.Help, answer.Barcode, answer.Facility}

// kindsOf lists the kinds a question is, given the local answer.
func kindsOf(q string, local answer.Result) []Kind {
	if slices.Contains(never, local.Intent) || local.Intent == "" {
		return nil
	}
	var ks []Kind
	if adviceRe.MatchString(q) {
		ks = append(ks, Advice)
	}
	if local.Intent == answer.Unclear {
		ks = append(ks, Unclear)
	} else if !local.Found {
		ks = append(ks, Unanswered)
	}
	return append(ks, Kind(local.Intent))
}

// qualifies returns the first of the question's kinds the store lets the model answer.
func qualifies(q string, local answer.Result, allowed []Kind) (Kind, bool) {
	ks := kindsOf(strings.TrimSpace(q), local)
	for _, k := range ks {
		if slices.Contains(allowed, k) {
			return k, true
		}
	}
	if len(ks) > 0 {
		return ks[0], false
	}
	return Kind(local.Intent), false
}
