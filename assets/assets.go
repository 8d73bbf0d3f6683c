// Package assets holds what the kiosk carries inside its binary, so that it runs with no files
// around it: the demo store (catalog and floor layout), the shopper vocabulary (synonyms,
// needs), translations and fonts.
package assets

import "embed"

// FS is every embedded asset, by path: "demo/catalog.csv", "translations/en.json", ...
//
//go:embed demo translations vocabulary
var FS embed.FS

// DemoCatalog is the path within FS of the demo store's catalog.
const DemoCatalog = "demo/catalog.csv"

// Synonyms is the path within FS of the built-in shopper vocabulary.
const Synonyms = "vocabulary/synonyms.txt"
