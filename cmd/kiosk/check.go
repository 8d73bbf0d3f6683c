package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/storekiosk/storekiosk/kiosk/config"
)

// checkConfig is `kiosk --check-config [FILE]`: it reads and validates the file the kiosk
// would use, without opening a window, and says what is wrong with it. Exit status 0: the
// kiosk can start with it (warnings say what will not work); 2: it cannot.
func checkConfig(path string, stdout, stderr io.Writer) int {
	if path == "" {
		if _, err := os.Stat(config.DefaultPath); errors.Is(err, fs.ErrNotExist) {
			fmt.Fprintf(stdout, "no configuration file at %s: the kiosk would run the built-in demo store with the defaults\n", config.DefaultPath)
			return 0
		}
		path = config.DefaultPath
	}
	cfg, err := config.Load(path)
	if err != nil {
		fmt.Fprintf(stderr, "kiosk: configuration NOT valid: %v\n", err)
		return 2
	}
	warnings := configWarnings(cfg)
	for _, w := range warnings {
		fmt.Fprintf(stderr, "warning: %s\n", w)
	}
	fmt.Fprintf(stdout, "configuration valid: %s (%q at %q; %d warning(s))\n", path, cfg.Kiosk.Name, cfg.Kiosk.Location, len(warnings))
	return 0
}

// configWarnings lists what a valid configuration will not do on this machine: files it names
// that are missing, secrets nobody provided. The kiosk still starts; shoppers are told plainly
// when something (the map, voice, staff calls) is not there.
func configWarnings(cfg config.Config) []string {
	var w []string
	missing := func(p string) bool {
		_, err := os.Stat(p)
		return errors.Is(err, fs.ErrNotExist)
	}
	if p := cfg.Catalog.DB; p != "" && missing(p) {
		if cfg.Sync.Enabled() {
			w = append(w, fmt.Sprintf("catalog.db: %s does not exist yet; the first sync from %s creates it", p, cfg.Sync.Feed))
		} else {
			w = append(w, fmt.Sprintf("catalog.db: %s does not exist: import a catalog (kioskctl import --db %s FILE) or set sync.feed", p, p))
		}
	}
	if p := cfg.Catalog.Synonyms; p != "" && missing(p) {
		w = append(w, fmt.Sprintf("catalog.synonyms: %s does not exist: only the built-in vocabulary is used", p))
	}
	if p := cfg.Kiosk.Layout; p != "" && missing(p) {
		w = append(w, fmt.Sprintf("kiosk.layout: %s does not exist: products are shown without a map", p))
	}
	if p := cfg.Sync.Feed; p != "" && !cfg.Sync.IsURL() && missing(p) {
		w = append(w, fmt.Sprintf("sync.feed: directory %s does not exist (a USB stick not mounted?)", p))
	}
	if cfg.Speech.Listen != "off" {
		for _, f := range []struct{ key, path string }{{"speech.acoustic_model", cfg.Speech.AcousticModel}, {"speech.dictionary", cfg.Speech.Dictionary}} {
			if f.path != "" && missing(f.path) {
				w = append(w, fmt.Sprintf("%s: %s does not exist: offline voice questions will not work (package pocketsphinx-en-us)", f.key, f.path))
			}
		}
	}
	const creds = " (if the kiosk runs as a service, run this check there: systemctl status store-kiosk shows its ExecStartPre check)"
	d := cfg.Staff.Desk
	if d.Enabled && d.KioskToken() == "" {
		w = append(w, fmt.Sprintf("staff.desk: no kiosk token (credential staffdesk-kiosk-token or staffdesk-token, or $%s or $STAFFDESK_TOKEN): "+
			"staff calls through the desk will not work and shoppers are sent to %s%s", d.KioskTokenEnv, cfg.Store.ServiceDesk, creds))
	}
	if d.Enabled && d.Serve != "" && d.StaffToken() == "" {
		w = append(w, fmt.Sprintf("staff.desk.serve: no staff token (credential staffdesk-staff-token or staffdesk-token, or $%s or $STAFFDESK_TOKEN): "+
			"the staff desk will not start%s", d.StaffTokenEnv, creds))
	}
	if cfg.Kiosk.StaffPIN() == "" {
		w = append(w, fmt.Sprintf("kiosk.staff_pin_env: no staff PIN (credential staff-pin or $%s): staff mode is off", cfg.Kiosk.StaffPINEnv))
	}
	if h := cfg.Health; h.Listen != "" && !h.Local() && h.Token() == "" {
		w = append(w, fmt.Sprintf("health.listen: %s is beyond localhost and there is no token (credential health-token or $%s): the health endpoint will not start%s",
			h.Listen, h.TokenEnv, creds))
	}
	return w
}
