package answer

// A service asked of the store ("can you hem these pants", "do you board dogs", "where do I
// get my ears pierced") is no product: the kiosk says it only finds products and offers a
// person, rather than a product that shares a word with the request (a nail trimmer for "can
// you trim my cat's nails").

// askingVerb are words after "do you", "can you" that still ask about products: "do you
// still have", "can you check", "do you happen to have", "do you ever get".
var askingVerb = setOf(`still also even ever currently usually normally happen check see close
	open all guys folks`)

// asksService reports whether the question asks the store to do something: "can you", "could
// you", "will you", "do you" followed by a verb that is not a way of asking for products (have,
// sell, carry, keep, show, tell: see intentWords and filler), or "get my X done" said of the
// shopper's own thing ("get my ears pierced", "have my keys copied").
func asksService(toks []string) bool {
	for i := 0; i+2 < len(toks); i++ {
		switch toks[i] {
		case "can", "could", "will", "would", "do", "does":
		default:
			continue
		}
		if toks[i+1] != "you" && toks[i+1] != "u" && toks[i+1] != "ya" {
			continue
		}
		k := i + 2
		for k < len(toks) && (toks[k] == "guys" || toks[k] == "folks" || toks[k] == "all") {
			k++
		}
		if k+1 >= len(toks) {
			continue
		}
		w := toks[k]
		if w == "do" && !filler[toks[k+1]] || w == "make" && toks[i] != "do" && toks[i] != "does" {
			return true // "do you do alterations", "can you make a copy of my key"
		}
		if filler[w] || intentWords[w] != "" || askingVerb[w] || w == "stock" || isNumber(w) {
			continue
		}
		return true
	}
	// "where do I get my ears pierced": a thing of the shopper's, then what is to be done to it.
	for i := 0; i+2 < len(toks); i++ {
		if toks[i] != "get" && toks[i] != "have" || !possessive[toks[i+1]] {
			continue
		}
		for k := i + 2; k < len(toks) && k <= i+4; k++ {
			if w := toks[k]; len(w) > 4 && w[len(w)-2:] == "ed" && !filler[w] {
				return true
			}
		}
	}
	return false
}
