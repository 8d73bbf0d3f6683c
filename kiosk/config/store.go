package config

// Store describes the store the kiosk stands in.
type Store struct {
	// Name as shoppers know it, shown on the home screen. Default: the catalog's store name,
	// else "Welcome".
	Name string `toml:"name"`
	// ServiceDesk says where a shopper can always find a person, completing "please go to ...".
	ServiceDesk string `toml:"service_desk"`
}

func defaultStore() Store {
	return Store{ServiceDesk: "the service desk by the entrance"}
}

func (s Store) validate(bad func(key, format string, args ...any)) {
	if s.ServiceDesk == "" {
		bad("service_desk", "must say where the service desk is, e.g. \"the service desk by the entrance\"")
	}
	if len(s.Name) > 80 {
		bad("name", "is %d characters; at most 80 fit on the screen", len(s.Name))
	}
}
