package staffdesk_test

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// browser is a headless Chromium driven through chromedriver's W3C WebDriver HTTP API, set
// up like a cheap Android phone (360 × 740 CSS pixels, touch). Each test gets its own
// chromedriver, browser and profile, and both processes are gone when it ends.
type browser struct {
	t       testing.TB
	base    string // http://127.0.0.1:PORT/session/ID
	driver  *exec.Cmd
	profile string
}

// elementKey is the W3C name of the field holding an element reference.
const elementKey = "element-6066-11e4-a52e-4f735466cecf"

func findTool(t testing.TB, names ...string) string {
	for _, n := range names {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	msg := fmt.Sprintf("%s not installed (Debian: apt-get install chromium chromium-driver; scripts/deps.sh test)", names[0])
	if os.Getenv("CI") == "true" {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return ""
}

func startBrowser(t testing.TB) *browser {
	t.Helper()
	chromium := findTool(t, "chromium", "chromium-browser")
	driverPath := findTool(t, "chromedriver")

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	cmd := exec.Command(driverPath, fmt.Sprintf("--port=%d", port), "--allowed-ips=127.0.0.1")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true} // so cleanup reaches the browser it starts
	var logs bytes.Buffer
	cmd.Stdout, cmd.Stderr = &logs, &logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	b := &browser{t: t, driver: cmd, profile: t.TempDir()}
	t.Cleanup(b.quit)
	root := fmt.Sprintf("http://127.0.0.1:%d", port)
	for i := 0; ; i++ {
		resp, err := http.Get(root + "/status")
		if err == nil {
			resp.Body.Close()
			break
		}
		if i > 100 {
			t.Fatalf("chromedriver did not start: %v\n%s", err, logs.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
	caps := map[string]any{"capabilities": map[string]any{"alwaysMatch": map[string]any{
		"browserName": "chrome",
		"goog:chromeOptions": map[string]any{
			"binary": chromium,
			"args": []string{"--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--user-data-dir=" + b.profile},
			"mobileEmulation": map[string]any{
				"deviceMetrics": map[string]any{"width": 360, "height": 740, "pixelRatio": 2, "touch": true},
				"userAgent":     "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36",
			},
		},
	}}}
	var sess struct {
		SessionID string `json:"sessionId"`
	}
	b.base = root
	if err := b.call("POST", "/session", caps, &sess); err != nil {
		t.Fatalf("new session: %v\n%s", err, logs.String())
	}
	b.base = root + "/session/" + sess.SessionID
	if err := b.call("POST", "/timeouts", map[string]any{"script": 15000, "pageLoad": 15000}, nil); err != nil {
		t.Fatal(err)
	}
	return b
}

func (b *browser) quit() {
	if b.driver == nil {
		return
	}
	if strings.Contains(b.base, "/session/") {
		_ = b.call("DELETE", "", nil, nil)
	}
	_ = syscall.Kill(-b.driver.Process.Pid, syscall.SIGKILL) // the driver's group: only what we started
	_ = b.driver.Wait()
	b.driver = nil
}

// call makes one WebDriver request and decodes its "value".
func (b *browser) call(method, path string, in, out any) error {
	var body io.Reader
	if in != nil {
		j, _ := json.Marshal(in)
		body = bytes.NewReader(j)
	}
	req, _ := http.NewRequest(method, b.base+path, body)
	req.Header.Set("Content-Type", "application/json")
	resp, err := (&http.Client{Timeout: 60 * time.Second}).Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var env struct {
		Value json.RawMessage `json:"value"`
	}
	if err := json.Unmarshal(raw, &env); err != nil {
		return fmt.Errorf("%s %s: %s: %s", method, path, resp.Status, raw)
	}
	if resp.StatusCode != 200 {
		return fmt.Errorf("%s %s: %s: %s", method, path, resp.Status, env.Value)
	}
	if out != nil {
		return json.Unmarshal(env.Value, out)
	}
	return nil
}

func (b *browser) must(err error) {
	b.t.Helper()
	if err != nil {
		b.t.Fatal(err)
	}
}

func (b *browser) open(url string) {
	b.t.Helper()
	b.must(b.call("POST", "/url", map[string]any{"url": url}, nil))
}

func (b *browser) refresh() { b.t.Helper(); b.must(b.call("POST", "/refresh", map[string]any{}, nil)) }

// js runs a script (a function body; use "return") and decodes its result into out.
func (b *browser) js(out any, script string, args ...any) {
	b.t.Helper()
	if args == nil {
		args = []any{}
	}
	b.must(b.call("POST", "/execute/sync", map[string]any{"script": script, "args": args}, out))
}

// jsAsync runs a script whose last argument is the callback that ends it.
func (b *browser) jsAsync(out any, script string, args ...any) error {
	if args == nil {
		args = []any{}
	}
	return b.call("POST", "/execute/async", map[string]any{"script": script, "args": args}, out)
}

// waitFor polls a boolean script until it is true.
func (b *browser) waitFor(what, script string, args ...any) {
	b.t.Helper()
	if !b.until(10*time.Second, script, args...) {
		b.t.Fatalf("browser: %s: not within 10 s", what)
	}
}

// until polls a boolean script until it is true or d has passed, and says which.
func (b *browser) until(d time.Duration, script string, args ...any) bool {
	b.t.Helper()
	deadline := time.Now().Add(d)
	for {
		var ok bool
		b.js(&ok, script, args...)
		if ok {
			return true
		}
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(25 * time.Millisecond)
	}
}

func (b *browser) find(css string) string {
	b.t.Helper()
	var el map[string]string
	b.must(b.call("POST", "/element", map[string]any{"using": "css selector", "value": css}, &el))
	return el[elementKey]
}

// tap clicks an element as a finger would (WebDriver scrolls it into view first).
func (b *browser) tap(css string) {
	b.t.Helper()
	b.must(b.call("POST", "/element/"+b.find(css)+"/click", map[string]any{}, nil))
}

// tapFound clicks the element a script returns (for elements a CSS selector cannot name).
func (b *browser) tapFound(script string, args ...any) {
	b.t.Helper()
	var el map[string]string
	b.js(&el, script, args...)
	if el[elementKey] == "" {
		b.t.Fatalf("browser: no element from %s %v", script, args)
	}
	b.must(b.call("POST", "/element/"+el[elementKey]+"/click", map[string]any{}, nil))
}

func (b *browser) typeInto(css, text string) {
	b.t.Helper()
	id := b.find(css)
	b.must(b.call("POST", "/element/"+id+"/clear", map[string]any{}, nil))
	b.must(b.call("POST", "/element/"+id+"/value", map[string]any{"text": text}, nil))
}

func (b *browser) text(css string) string {
	b.t.Helper()
	var s string
	b.must(b.call("GET", "/element/"+b.find(css)+"/text", nil, &s))
	return s
}

// screenshot saves the page as PNG: into $STAFFDESK_SHOTS if set, else into testdata/failed
// when the test has failed, else into a temporary directory. It returns the path.
func (b *browser) screenshot(name string) string {
	b.t.Helper()
	var enc string
	b.must(b.call("GET", "/screenshot", nil, &enc))
	png, err := base64.StdEncoding.DecodeString(enc)
	b.must(err)
	dir := os.Getenv("STAFFDESK_SHOTS")
	switch {
	case dir != "":
	case b.t.Failed():
		dir = filepath.Join("testdata", "failed")
	default:
		dir = b.t.TempDir()
	}
	b.must(os.MkdirAll(dir, 0o755))
	path := filepath.Join(dir, name+".png")
	b.must(os.WriteFile(path, png, 0o644))
	b.t.Logf("screenshot: %s", path)
	return path
}
