package packaging_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
)

// need finds a tool a test needs: missing in CI is a failure, locally a skip.
func need(t *testing.T, tool, pkg string) string {
	t.Helper()
	p, err := exec.LookPath(tool)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is not installed (Debian package %s; scripts/deps.sh)", tool, pkg)
		}
		t.Skipf("%s is not installed: apt-get install %s", tool, pkg)
	}
	return p
}

func run(t *testing.T, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(name, args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s: %v\n%s%s", name, strings.Join(args, " "), err, out.String(), errb.String())
	}
	return out.String()
}

var (
	debOnce sync.Once
	debPath string
	debErr  string
)

// testVersion is the version the tests build the package with.
const testVersion = "0.0.1~test"

// buildDeb runs `make deb`'s script once for all tests (about 35 s with a warm build cache;
// the first build of the binaries takes minutes).
func buildDeb(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the Debian package: slow")
	}
	if runtime.GOOS != "linux" {
		t.Skip("Debian packages are built on Linux")
	}
	need(t, "dpkg-deb", "dpkg")
	debOnce.Do(func() {
		cmd := exec.Command("../scripts/deb.sh")
		cmd.Env = append(os.Environ(), "VERSION="+testVersion)
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		if err := cmd.Run(); err != nil {
			debErr = err.Error() + "\n" + errb.String()
			return
		}
		lines := strings.Split(strings.TrimSpace(out.String()), "\n")
		debPath = filepath.Join("..", lines[len(lines)-1])
	})
	if debErr != "" {
		t.Fatalf("scripts/deb.sh: %s", debErr)
	}
	return debPath
}

// field reads one field of a package's control file.
func field(control, name string) string {
	m := regexp.MustCompile(`(?m)^ ?` + name + `: (.*)$`).FindStringSubmatch(control)
	if m == nil {
		return ""
	}
	return m[1]
}

func TestDebControl(t *testing.T) {
	deb := buildDeb(t)
	info := run(t, "dpkg-deb", "-I", deb)
	arch := strings.TrimSpace(run(t, "dpkg", "--print-architecture"))
	for name, want := range map[string]string{"Package": "store-kiosk", "Version": testVersion, "Architecture": arch, "Section": "misc"} {
		if got := field(info, name); got != want {
			t.Errorf("%s: %q, want %q", name, got, want)
		}
	}
	depends := strings.Split(field(info, "Depends"), ", ")
	for _, d := range []string{"cage", "xwayland", "espeak-ng", "pocketsphinx-en-us", "sphinxbase-utils", "libpocketsphinx3", "libsphinxbase3",
		"libgl1", "libasound2", "libpulse0", "libpam-systemd", "procps", "systemd", "cups-client"} {
		if !slices.Contains(depends, d) {
			t.Errorf("Depends lacks %s: %v", d, depends)
		}
	}
	for _, script := range []string{"postinst", "prerm", "postrm", "conffiles", "md5sums"} {
		if !regexp.MustCompile(`\d+ bytes, +\d+ lines +\*? +` + script + `\b`).MatchString(info) {
			t.Errorf("control archive lacks %s:\n%s", script, info)
		}
	}
	dir := t.TempDir()
	run(t, "dpkg-deb", "-e", deb, dir)
	b, err := os.ReadFile(filepath.Join(dir, "conffiles"))
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Fields(string(b))
	sort.Strings(got)
	if want := []string{"/etc/pam.d/store-kiosk", "/etc/store-kiosk/config.toml"}; !slices.Equal(got, want) {
		t.Errorf("conffiles %v, want %v", got, want)
	}
	for _, s := range []string{"postinst", "prerm", "postrm"} {
		run(t, "sh", "-n", filepath.Join(dir, s))
		if fi, err := os.Stat(filepath.Join(dir, s)); err != nil || fi.Mode()&0o111 == 0 {
			t.Errorf("%s missing or not executable", s)
		}
	}
	fi, _ := os.Stat(deb)
	t.Logf("%s: %.1f MB, Installed-Size %s KiB", filepath.Base(deb), float64(fi.Size())/1e6, field(info, "Installed-Size"))
}

func TestDebFiles(t *testing.T) {
	deb := buildDeb(t)
	listing := run(t, "dpkg-deb", "-c", deb)
	files := map[string]string{} // path -> mode and owner
	for _, line := range strings.Split(strings.TrimSpace(listing), "\n") {
		f := strings.Fields(line)
		if len(f) < 6 {
			continue
		}
		files[strings.TrimPrefix(f[len(f)-1], ".")] = f[0] + " " + f[1]
	}
	for path, want := range map[string]string{
		"/usr/bin/kiosk":                              "-rwxr-xr-x root/root",
		"/usr/bin/kioskctl":                           "-rwxr-xr-x root/root",
		"/usr/bin/staffdesk":                          "-rwxr-xr-x root/root",
		"/etc/store-kiosk/config.toml":                "-rw-r--r-- root/root",
		"/etc/pam.d/store-kiosk":                      "-rw-r--r-- root/root",
		"/usr/lib/systemd/system/store-kiosk.service": "-rw-r--r-- root/root",
		"/usr/lib/systemd/system/staffdesk.service":   "-rw-r--r-- root/root",
		"/usr/lib/sysusers.d/store-kiosk.conf":        "-rw-r--r-- root/root",
		"/usr/lib/tmpfiles.d/store-kiosk.conf":        "-rw-r--r-- root/root",
		"/usr/share/doc/store-kiosk/INSTALL.md":       "-rw-r--r-- root/root",
		"/usr/share/doc/store-kiosk/CONFIG.md":        "-rw-r--r-- root/root",
		"/usr/share/doc/store-kiosk/copyright":        "-rw-r--r-- root/root",
	} {
		if got := files[path]; got != want {
			t.Errorf("%s: %q, want %q", path, got, want)
		}
	}
	root := t.TempDir()
	run(t, "dpkg-deb", "-x", deb, root)
	// The shipped configuration is the generated one, and the shipped kiosk accepts it.
	shipped, _ := os.ReadFile(filepath.Join(root, "etc/store-kiosk/config.toml"))
	repo, _ := os.ReadFile("config.toml")
	if !bytes.Equal(shipped, repo) {
		t.Error("the packaged config.toml differs from packaging/config.toml")
	}
	kiosk := filepath.Join(root, "usr/bin/kiosk")
	out := run(t, kiosk, "--check-config", filepath.Join(root, "etc/store-kiosk/config.toml"))
	if !strings.Contains(out, "configuration valid") {
		t.Errorf("kiosk --check-config on the packaged file: %s", out)
	}
	if v := strings.TrimSpace(run(t, kiosk, "-version")); v != "kiosk "+testVersion {
		t.Errorf("kiosk -version: %q", v)
	}
}

// Every shared library a packaged binary links comes from a package the .deb depends on.
func TestDebDependsCoverLinkedLibraries(t *testing.T) {
	deb := buildDeb(t)
	need(t, "readelf", "binutils")
	depends := strings.Split(field(run(t, "dpkg-deb", "-I", deb), "Depends"), ", ")
	root := t.TempDir()
	run(t, "dpkg-deb", "-x", deb, root)
	libs := ldconfig(t)
	for _, bin := range []string{"kiosk", "kioskctl", "staffdesk"} {
		dyn := run(t, "readelf", "-d", filepath.Join(root, "usr/bin", bin))
		for _, m := range regexp.MustCompile(`\(NEEDED\)\s+Shared library: \[([^\]]+)\]`).FindAllStringSubmatch(dyn, -1) {
			lib := m[1]
			path, ok := libs[lib]
			if !ok {
				t.Errorf("%s needs %s, which this machine does not have", bin, lib)
				continue
			}
			owner := ownerOf(t, path)
			if !slices.Contains(depends, owner) {
				t.Errorf("%s needs %s (package %s), not in Depends: %v", bin, lib, owner, depends)
			} else {
				t.Logf("%s: %s from %s", bin, lib, owner)
			}
		}
	}
}

// ownerOf is the package a file belongs to. dpkg may know it by its /usr/lib path or by
// the /lib alias (merged /usr), so both are asked.
func ownerOf(t *testing.T, path string) string {
	t.Helper()
	tries := []string{path}
	if real, err := filepath.EvalSymlinks(filepath.Dir(path)); err == nil {
		tries = append(tries, filepath.Join(real, filepath.Base(path)))
	}
	if rest, ok := strings.CutPrefix(path, "/usr"); ok {
		tries = append(tries, rest)
	} else {
		tries = append(tries, "/usr"+path)
	}
	for _, p := range tries {
		if out, err := exec.Command("dpkg", "-S", p).Output(); err == nil {
			return strings.TrimSpace(strings.SplitN(string(out), ":", 2)[0])
		}
	}
	t.Errorf("no package owns %s", path)
	return ""
}

// ldconfig maps library sonames to their paths on this machine.
func ldconfig(t *testing.T) map[string]string {
	out := run(t, "/sbin/ldconfig", "-p")
	arch := map[string]string{"amd64": "x86-64", "arm64": "AArch64"}[runtime.GOARCH]
	libs := map[string]string{}
	for _, line := range strings.Split(out, "\n") {
		m := regexp.MustCompile(`^\s+(\S+) \(([^)]*)\) => (\S+)$`).FindStringSubmatch(line)
		if m == nil || !strings.Contains(m[2], arch) {
			continue
		}
		if _, seen := libs[m[1]]; !seen {
			libs[m[1]] = m[3]
		}
	}
	return libs
}

// The packaged units pass systemd-analyze verify, with cage (from Debian) and the packaged
// binaries in place.
func TestDebUnitsVerify(t *testing.T) {
	deb := buildDeb(t)
	analyze := need(t, "systemd-analyze", "systemd")
	need(t, "cage", "cage")
	root := t.TempDir()
	run(t, "dpkg-deb", "-x", deb, root)
	dir := t.TempDir()
	var units []string
	for _, u := range []string{"store-kiosk.service", "staffdesk.service"} {
		b, err := os.ReadFile(filepath.Join(root, "usr/lib/systemd/system", u))
		if err != nil {
			t.Fatal(err)
		}
		// The binaries are where the package puts them, under root, not installed here.
		s := strings.NewReplacer("/usr/bin/kiosk", filepath.Join(root, "usr/bin/kiosk"),
			"/usr/bin/staffdesk", filepath.Join(root, "usr/bin/staffdesk")).Replace(string(b))
		p := filepath.Join(dir, u)
		os.WriteFile(p, []byte(s), 0o644)
		units = append(units, p)
	}
	cmd := exec.Command(analyze, append([]string{"verify", "--man=no"}, units...)...)
	out, err := cmd.CombinedOutput()
	if err != nil || len(bytes.TrimSpace(out)) > 0 {
		t.Errorf("systemd-analyze verify: %v\n%s", err, out)
	}
	kiosk := string(mustRead(t, filepath.Join(root, "usr/lib/systemd/system/store-kiosk.service")))
	for _, line := range []string{"Type=notify", "NotifyAccess=all", "WatchdogSec=30s", "Restart=always",
		"ExecStart=/usr/bin/cage -d -- /usr/bin/kiosk", "ExecStartPre=/usr/bin/kiosk --check-config",
		"PAMName=store-kiosk", "TTYPath=/dev/tty1", "Conflicts=getty@tty1.service", "StateDirectory=store-kiosk",
		"User=kiosk", "LoadCredential=staffdesk-token", "WantedBy=graphical.target", "Environment=FYNE_CACHE=20s"} {
		if !strings.Contains(kiosk, "\n"+line+"\n") {
			t.Errorf("store-kiosk.service lacks %q", line)
		}
	}
}

func mustRead(t *testing.T, p string) []byte {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
