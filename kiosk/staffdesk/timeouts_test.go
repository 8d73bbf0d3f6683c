package staffdesk_test

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/storekiosk/storekiosk/kiosk/staff"
	"github.com/storekiosk/storekiosk/kiosk/staffdesk"
)

// dialFrom connects to the desk from a loopback address of the test's choosing (Linux
// answers on all of 127.0.0.0/8), so one machine can play several clients.
func dialFrom(t testing.TB, d *testDesk, from string) net.Conn {
	t.Helper()
	dl := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(from)}, Timeout: 5 * time.Second}
	c, err := dl.Dial("tcp", strings.TrimPrefix(d.URL, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// slowLogin starts a login whose body never finishes: the headers promise 200 bytes, and
// only the first few arrive.
func slowLogin(t testing.TB, d *testDesk, from string) net.Conn {
	t.Helper()
	c := dialFrom(t, d, from)
	fmt.Fprintf(c, "POST /api/login HTTP/1.1\r\nHost: desk\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{\"tok")
	return c
}

// requestFrom makes one request from address from and returns its status.
func requestFrom(t testing.TB, d *testDesk, from, method, path, body string, hdr ...string) int {
	t.Helper()
	tr := &http.Transport{DialContext: (&net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(from)}}).DialContext,
		DisableKeepAlives: true}
	defer tr.CloseIdleConnections()
	req, _ := http.NewRequest(method, d.URL+path, strings.NewReader(body))
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	resp, err := (&http.Client{Transport: tr, Timeout: 10 * time.Second}).Do(req)
	if err != nil {
		t.Fatalf("%s %s from %s: %v", method, path, from, err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp.StatusCode
}

// eventually retries f until it is true, for at most 10 s: generous for a loaded machine.
func eventually(t testing.TB, what string, f func() bool) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); !f(); time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("%s: not within 10 s", what)
		}
	}
}

// Clients that send a request slowly, or not at all, are cut off: 60 logins whose body
// never arrives, and 20 requests whose headers never end, are all closed by the desk.
func TestSlowClientsAreCutOff(t *testing.T) {
	d := startDeskWith(t, func(o *staffdesk.Options) {
		o.ReadHeaderTimeout, o.ReadTimeout, o.WriteTimeout, o.IdleTimeout = 200*time.Millisecond, 300*time.Millisecond, time.Second, time.Second
	})
	var conns []net.Conn
	for i := range 60 {
		conns = append(conns, slowLogin(t, d, fmt.Sprintf("127.0.0.%d", 1+i%3)))
	}
	for range 20 {
		c := dialFrom(t, d, "127.0.0.4")
		io.WriteString(c, "GET / HTTP/1.1\r\nHost: desk\r\nX-Slow: ")
		conns = append(conns, c)
	}
	var wg sync.WaitGroup
	for i, c := range conns {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// The desk answers (400, 408 or 503) or just closes; either way the read ends.
			c.SetReadDeadline(time.Now().Add(10 * time.Second))
			_, err := io.Copy(io.Discard, c)
			if ne, ok := err.(net.Error); ok && ne.Timeout() {
				t.Errorf("slow client %d: still open after 10 s", i)
			}
		}()
	}
	wg.Wait()
	// The desk still serves everyone else.
	if code := requestFrom(t, d, "127.0.0.5", "GET", "/healthz", ""); code != 200 {
		t.Errorf("healthz after the slow clients: %d", code)
	}
}

// Requests that have not shown a token or session are capped, per client and in all; one
// client's slow logins cannot keep staff out, and signed-in phones and kiosks pass regardless.
func TestUnauthenticatedRequestsAreCapped(t *testing.T) {
	d := startDeskWith(t, func(o *staffdesk.Options) {
		o.ReadTimeout = time.Minute // the slow logins hold their places for the whole test
		o.MaxUnauthenticated, o.MaxUnauthenticatedPerClient = 3, 2
	})
	login := `{"token":"guess"}`
	a := []net.Conn{slowLogin(t, d, "127.0.0.1"), slowLogin(t, d, "127.0.0.1")}
	eventually(t, "a third login from the same client refused", func() bool {
		return requestFrom(t, d, "127.0.0.1", "POST", "/api/login", login) == http.StatusServiceUnavailable
	})
	if code := requestFrom(t, d, "127.0.0.2", "GET", "/healthz", ""); code != 200 {
		t.Errorf("another client, with room left in all: %d", code)
	}
	b := slowLogin(t, d, "127.0.0.2")
	eventually(t, "a fourth login refused (3 in all)", func() bool {
		return requestFrom(t, d, "127.0.0.3", "GET", "/", "") == http.StatusServiceUnavailable
	})
	if code := requestFrom(t, d, "127.0.0.3", "GET", "/api/calls?state=open", "", bearer(staffToken)...); code != 200 {
		t.Errorf("staff with a token while the cap is reached: %d", code)
	}
	if code := requestFrom(t, d, "127.0.0.3", "PUT", "/api/kiosk/calls/k1", wire("k1", staff.Queued), bearer(kioskToken)...); code != http.StatusCreated {
		t.Errorf("a kiosk's call while the cap is reached: %d", code)
	}
	for _, c := range append(a, b) {
		c.Close()
	}
	eventually(t, "room again once the slow clients leave", func() bool {
		return requestFrom(t, d, "127.0.0.3", "GET", "/", "") == 200
	})
}

// The event stream is the one response that lasts: the desk's read and write timeouts must
// not end it, while each write still has a deadline.
func TestEventStreamOutlivesTheTimeouts(t *testing.T) {
	d := startDeskWith(t, func(o *staffdesk.Options) {
		o.ReadHeaderTimeout, o.ReadTimeout, o.WriteTimeout, o.IdleTimeout = 100*time.Millisecond, 100*time.Millisecond, 100*time.Millisecond, 100*time.Millisecond
		o.Heartbeat = 50 * time.Millisecond
	})
	req, _ := http.NewRequest("GET", d.URL+"/api/events", nil)
	req.Header.Set("Authorization", "Bearer "+staffToken)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	lines := make(chan string, 100)
	go func() {
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	// Ten times the timeouts, then a new call must still arrive on the same stream.
	end := time.After(time.Second)
	for waiting := true; waiting; {
		select {
		case _, ok := <-lines:
			if !ok {
				t.Fatal("the desk ended the event stream")
			}
		case <-end:
			waiting = false
		}
	}
	d.put(t, "late", staff.Queued)
	timeout := time.After(10 * time.Second)
	for {
		select {
		case l, ok := <-lines:
			if !ok {
				t.Fatal("the desk ended the event stream")
			}
			if strings.Contains(l, `"id":"late"`) {
				return
			}
		case <-timeout:
			t.Fatal("no event for the new call")
		}
	}
}
