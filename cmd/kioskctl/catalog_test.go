package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A command that answers from the catalog, given a path where none is, says so and how to
// make one; it does not make an empty catalog there and answer "not loaded yet" from it.
func TestAnsweringCommandsRefuseAMissingCatalog(t *testing.T) {
	db := filepath.Join(t.TempDir(), "typo.db")
	for _, args := range [][]string{
		{"ask", "--db", db, "milk"},
		{"search", "--db", db, "milk"},
	} {
		code, out, errs := kctl(t, args...)
		if code == 0 || !strings.Contains(errs, "no catalog at "+db) || !strings.Contains(errs, "kioskctl import") {
			t.Errorf("%s: exit %d, out %q, err %q", args[0], code, out, errs)
		}
		if _, err := os.Stat(db); !os.IsNotExist(err) {
			t.Fatalf("%s made a catalog at the mistyped path: %v", args[0], err)
		}
	}
}
