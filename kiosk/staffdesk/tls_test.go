package staffdesk_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/storekiosk/storekiosk/kiosk/staffdesk"
)

// writeCert writes a self-signed certificate for 127.0.0.1 (as a store's own CA would issue
// for the desk) and its key, and returns the certificate.
func writeCert(t *testing.T, certFile, keyFile string, serial int64) *x509.Certificate {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(serial), Subject: pkix.Name{CommonName: "staffdesk.store.lan"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}, DNSNames: []string{"staffdesk.store.lan"},
		KeyUsage: x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		IsCA: true, BasicConstraintsValid: true}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	kb, _ := x509.MarshalECPrivateKey(key)
	os.WriteFile(certFile, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600)
	os.WriteFile(keyFile, pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: kb}), 0o600)
	c, _ := x509.ParseCertificate(der)
	return c
}

// Given the store's certificate and key, the desk serves HTTPS: the page, the API, the
// event stream, a Secure session cookie; and it picks up a renewed certificate by itself.
func TestServesHTTPSWithTheStoresCertificate(t *testing.T) {
	dir := t.TempDir()
	certFile, keyFile := filepath.Join(dir, "desk.crt"), filepath.Join(dir, "desk.key")
	first := writeCert(t, certFile, keyFile, 1)
	store, err := staffdesk.Open(filepath.Join(dir, "desk.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	srv, err := staffdesk.New(store, staffdesk.Options{KioskToken: kioskToken, StaffToken: staffToken,
		TLSCertFile: certFile, TLSKeyFile: keyFile})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ctx, ln) }()
	defer func() { cancel(); <-done }()
	url := "https://" + ln.Addr().String()

	client := func(ca *x509.Certificate) *http.Client {
		pool := x509.NewCertPool()
		pool.AddCert(ca)
		return &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{
			TLSClientConfig: &tls.Config{RootCAs: pool}, ForceAttemptHTTP2: true}}
	}
	c := client(first)
	resp, err := c.Get(url + "/")
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(page), "Staff calls") || resp.TLS == nil {
		t.Fatalf("page over HTTPS: %d", resp.StatusCode)
	}
	if resp, err := http.Get("http://" + ln.Addr().String() + "/"); err == nil {
		resp.Body.Close()
		if resp.StatusCode != http.StatusBadRequest {
			t.Errorf("plain HTTP on the HTTPS port: %d", resp.StatusCode)
		}
	}
	req, _ := http.NewRequest("POST", url+"/api/login", strings.NewReader(`{"token":"`+staffToken+`"}`))
	resp, err = c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if sc := resp.Header.Get("Set-Cookie"); resp.StatusCode != http.StatusNoContent || !strings.Contains(sc, "; Secure") {
		t.Errorf("login over HTTPS: %d, Set-Cookie %q", resp.StatusCode, sc)
	}
	req, _ = http.NewRequest("GET", url+"/api/events", nil)
	req.Header.Set("Authorization", "Bearer "+staffToken)
	resp, err = c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	line := make([]byte, 64)
	n, _ := resp.Body.Read(line)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(line[:n]), "retry") {
		t.Errorf("event stream over HTTPS: %d %q", resp.StatusCode, line[:n])
	}

	// The store renews the certificate: new connections get the new one, no restart.
	second := writeCert(t, certFile, keyFile, 2)
	later := time.Now().Add(time.Minute)
	os.Chtimes(certFile, later, later)
	os.Chtimes(keyFile, later, later)
	resp, err = client(second).Get(url + "/healthz")
	if err != nil {
		t.Fatalf("after renewal: %v", err)
	}
	resp.Body.Close()
	if got := resp.TLS.PeerCertificates[0].SerialNumber.Int64(); got != 2 {
		t.Errorf("certificate after renewal: serial %d, want 2", got)
	}

	// Half a configuration is refused.
	if _, err := staffdesk.New(store, staffdesk.Options{KioskToken: "k", StaffToken: "s", TLSCertFile: certFile}); err == nil {
		t.Error("a certificate without a key was accepted")
	}
}

// Behind a reverse proxy on the same machine (TrustProxy), the desk tells phones apart by
// X-Forwarded-For: one guesser does not lock out the others, and a phone that reached the
// proxy over HTTPS gets a Secure cookie. Without TrustProxy the headers count for nothing.
func TestBehindATrustedProxy(t *testing.T) {
	d := startDeskWith(t, func(o *staffdesk.Options) { o.TrustProxy = true })
	for range 10 {
		d.do(t, "POST", "/api/login", `{"token":"guess"}`, "X-Forwarded-For", "192.168.1.66")
	}
	if r := d.do(t, "POST", "/api/login", `{"token":"guess"}`, "X-Forwarded-For", "192.168.1.66"); r.code != http.StatusTooManyRequests {
		t.Errorf("the guesser: %d, want 429", r.code)
	}
	r := d.do(t, "POST", "/api/login", `{"token":"`+staffToken+`","device":"Ana"}`,
		"X-Forwarded-For", "203.0.113.9, 192.168.1.20", "X-Forwarded-Proto", "https")
	if r.code != http.StatusNoContent || !strings.Contains(r.hdr.Get("Set-Cookie"), "; Secure") {
		t.Errorf("another phone through the proxy: %d, Set-Cookie %q", r.code, r.hdr.Get("Set-Cookie"))
	}
	if list := sessionsOf(t, d); len(list) != 1 || list[0].Remote != "192.168.1.20" {
		t.Errorf("sessions: %+v", list)
	}

	d = startDesk(t) // not told to trust a proxy
	for range 10 {
		d.do(t, "POST", "/api/login", `{"token":"guess"}`, "X-Forwarded-For", "192.168.1.66")
	}
	r = d.do(t, "POST", "/api/login", `{"token":"`+staffToken+`"}`, "X-Forwarded-For", "192.168.1.20", "X-Forwarded-Proto", "https")
	if r.code != http.StatusTooManyRequests {
		t.Errorf("a forged X-Forwarded-For without TrustProxy: %d, want 429", r.code)
	}
}
