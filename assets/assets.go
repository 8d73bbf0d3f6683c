// Package assets holds what the kiosk carries inside its binary, so that it runs with no files
// around it: the demo store (catalog and floor layout), the shopper vocabulary (synonyms,
// needs), translations and fonts.
package assets

import "embed"

// FS is every embedded asset, by path: "demo/catalog.csv", "translations/en.json", ...
//
//go:embed demo translations vocabulary fonts
var FS embed.FS

// DemoCatalog is the path within FS of the demo store's catalog.
const DemoCatalog = "demo/catalog.csv"

// Synonyms is the path within FS of the built-in shopper vocabulary.
const Synonyms = "vocabulary/synonyms.txt"

// DemoLayout is the path within FS of the demo store's floor plan, for the kiosk's map.
const DemoLayout = "demo/layout.json"

// Fonts are the paths within FS of the kiosk's typeface, Atkinson Hyperlegible (designed by the
// Braille Institute for low vision; SIL Open Font License, fonts/OFL.txt).
const (
	FontRegular = "fonts/AtkinsonHyperlegible-Regular.ttf"
	FontBold    = "fonts/AtkinsonHyperlegible-Bold.ttf"
)
