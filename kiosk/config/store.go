package config

import (
	"strings"
	"unicode/utf8"
)

// Store describes the store the kiosk stands in.
type Store struct {
	// Name as shoppers know it, shown on the home screen. Default: the catalog's store name,
	// else "Welcome".
	Name string `toml:"name"`
	// Kind is what kind of store it is, in a few words: "grocery store", "hardware store",
	// "pharmacy". The AI assistant is told it.
	Kind string `toml:"kind"`
	// ServiceDesk says where a shopper can always find a person, completing "please go to ...".
	ServiceDesk string `toml:"service_desk"`
}

func defaultStore() Store {
	return Store{Kind: "grocery store", ServiceDesk: "the service desk by the entrance"}
}

func (s Store) validate(bad func(key, format string, args ...any)) {
	if strings.TrimSpace(s.Kind) == "" {
		bad("kind", "must say what kind of store it is, e.g. \"grocery store\" or \"hardware store\"")
	} else if n := utf8.RuneCountInString(s.Kind); n > 60 || strings.ContainsAny(s.Kind, "\r\n") {
		bad("kind", "must be a few words on one line, at most 60 characters (got %q)", s.Kind)
	}
	if s.ServiceDesk == "" {
		bad("service_desk", "must say where the service desk is, e.g. \"the service desk by the entrance\"")
	}
	if len(s.Name) > 80 {
		bad("name", "is %d characters; at most 80 fit on the screen", len(s.Name))
	}
}
