// Package cupstest starts a private CUPS scheduler for tests: its own configuration, spool
// and socket in a temporary directory, the system's filters, drivers and backends, and test
// backends for a printer out of paper ("nopaper:/") and one that never answers ("stuck:/").
// Tests print to it through the real lp and lpstat, as the kiosk does.
package cupstest

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/storekiosk/storekiosk/kiosk/receipt"
)

// need finds a tool a test needs: missing in CI is a failure, locally a skip.
func Need(t testing.TB, tool, pkg string) string {
	t.Helper()
	p, err := exec.LookPath(tool)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is not installed (Debian package %s; scripts/deps.sh test)", tool, pkg)
		}
		t.Skipf("%s is not installed: apt-get install %s", tool, pkg)
	}
	return p
}

// Start starts a private CUPS scheduler the test starts: its own configuration, spool and socket
// in a temporary directory, the system's filters and backends, plus the test's own backends.
// CUPS is the private scheduler: Dir is its directory, Sock its socket (a server for lp -h).
type CUPS struct {
	t    testing.TB
	Dir  string
	Sock string
	cmd  *exec.Cmd
}

// The system's PDF printer driver (cups-filters): a queue with it prints a PDF as a PDF. It is
// given to lpadmin as a file (-P), not a driver name (-m): naming one needs cups-driverd, which
// only the full cups package has.
const PDFDriver = "/usr/share/ppd/cupsfilters/Generic-PDF_Printer-PDF.ppd"

func Start(t testing.TB) *CUPS {
	t.Helper()
	cupsd := Need(t, "cupsd", "cups-daemon")
	Need(t, "lp", "cups-client")
	Need(t, "lpadmin", "cups-client")
	// Filters and backends run as the lp user: the directory must be theirs to read, and
	// its tmp theirs to write. Sockets have short paths.
	dir, err := os.MkdirTemp("", "kc")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	for _, d := range []string{"spool", "cache", "state", "bin/backend"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "tmp"), 0o777); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{dir, filepath.Join(dir, "tmp")} {
		mode := os.FileMode(0o755)
		if strings.HasSuffix(p, "tmp") {
			mode = 0o1777
		}
		if err := os.Chmod(p, mode); err != nil {
			t.Fatal(err)
		}
	}
	for _, d := range []string{"filter", "cgi-bin", "daemon", "driver", "notifier", "monitor"} {
		if _, err := os.Stat("/usr/lib/cups/" + d); err == nil {
			if err := os.Symlink("/usr/lib/cups/"+d, filepath.Join(dir, "bin", d)); err != nil {
				t.Fatal(err)
			}
		}
	}
	backends, _ := filepath.Glob("/usr/lib/cups/backend/*")
	for _, b := range backends {
		_ = os.Symlink(b, filepath.Join(dir, "bin/backend", filepath.Base(b)))
	}
	c := &CUPS{t: t, Dir: dir, Sock: filepath.Join(dir, "s")}
	// A receipt printer with no paper says so the way backends do, then stops the queue.
	c.backend("nopaper", `echo "STATE: +media-empty-error" >&2; echo "ERROR: Out of paper" >&2; exit 4`)
	// A printer that never answers: the job hangs in its backend.
	c.backend("stuck", `sleep 600`)
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("cupsd.conf", "Listen "+c.Sock+`
LogLevel info
WebInterface No
Browsing No
DefaultAuthType None
<Location />
  Order allow,deny
  Allow all
</Location>
<Location /admin>
  Order allow,deny
  Allow all
</Location>
`)
	write("cups-files.conf", fmt.Sprintf(`ServerRoot %[1]s
RequestRoot %[1]s/spool
TempDir %[1]s/tmp
CacheDir %[1]s/cache
StateDir %[1]s/state
ErrorLog %[1]s/error_log
AccessLog %[1]s/access_log
PageLog %[1]s/page_log
ServerBin %[1]s/bin
DataDir /usr/share/cups
FileDevice Yes
`, dir))
	c.cmd = exec.Command(cupsd, "-f", "-c", filepath.Join(dir, "cupsd.conf"), "-s", filepath.Join(dir, "cups-files.conf"))
	c.cmd.Stdout, c.cmd.Stderr = os.Stderr, os.Stderr
	if err := c.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.stop)
	// Ready when it answers.
	deadline := time.Now().Add(20 * time.Second)
	for {
		// lpstat -r says whether the scheduler runs (exit status 0 either way).
		if out, err := exec.Command("lpstat", "-h", c.Sock, "-r").Output(); err == nil && strings.Contains(string(out), "scheduler is running") {
			break
		}
		if time.Now().After(deadline) {
			log, _ := os.ReadFile(filepath.Join(dir, "error_log"))
			t.Fatalf("cupsd did not start:\n%s", log)
		}
		time.Sleep(20 * time.Millisecond)
	}
	return c
}

func (c *CUPS) stop() {
	if c.cmd.Process != nil && c.cmd.ProcessState == nil {
		_ = c.cmd.Process.Kill()
		_ = c.cmd.Wait()
	}
}

// backend installs a CUPS backend named name running script (as root: mode 0700).
func (c *CUPS) backend(name, script string) {
	text := "#!/bin/sh\nif [ $# -eq 0 ]; then echo 'direct " + name + " \"Unknown\" \"test printer\"'; exit 0; fi\n" + script + "\n"
	if err := os.WriteFile(filepath.Join(c.Dir, "bin/backend", name), []byte(text), 0o700); err != nil {
		c.t.Fatal(err)
	}
}

// Admin runs a CUPS tool against the private scheduler.
func (c *CUPS) Admin(tool string, args ...string) string {
	c.t.Helper()
	out, err := exec.Command(tool, append([]string{"-h", c.Sock}, args...)...).CombinedOutput()
	if err != nil {
		c.t.Fatalf("%s %v: %v: %s", tool, args, err, out)
	}
	return string(out)
}

// Queue adds an enabled queue printing to uri through the PDF driver.
func (c *CUPS) Queue(name, uri string) {
	c.t.Helper()
	if _, err := os.Stat(PDFDriver); err != nil {
		if os.Getenv("CI") == "true" {
			c.t.Fatalf("%s is missing (Debian package cups-filters; scripts/deps.sh test)", PDFDriver)
		}
		c.t.Skipf("%s is missing: apt-get install cups-filters", PDFDriver)
	}
	c.Admin("lpadmin", "-p", name, "-E", "-v", uri, "-P", PDFDriver)
}

// Printer prints on queue of this scheduler.
func (c *CUPS) Printer(queue string, timeout time.Duration) *receipt.Printer {
	return &receipt.Printer{Queue: queue, Server: c.Sock, WidthMM: 80, Timeout: timeout, Poll: 20 * time.Millisecond}
}

// WaitFile waits for a file the printer writes to be complete (non-empty and a whole PDF).
func WaitFile(t testing.TB, path string) []byte {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		b, err := os.ReadFile(path)
		if err == nil && len(b) > 0 && strings.Contains(string(b[max(0, len(b)-64):]), "%%EOF") {
			return b
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s was not printed (%d bytes)", path, len(b))
		}
		time.Sleep(20 * time.Millisecond)
	}
}
