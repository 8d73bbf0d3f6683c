package staffdesk

import (
	"crypto/tls"
	"fmt"
	"os"
	"sync"
	"time"
)

// certLoader serves a certificate from files the store renews (an internal CA, an ACME
// client): it rereads them when either changes, so a renewal needs no restart.
type certLoader struct {
	certFile, keyFile string

	mu      sync.Mutex
	cert    *tls.Certificate
	modTime time.Time
}

func newCertLoader(certFile, keyFile string) (*certLoader, error) {
	l := &certLoader{certFile: certFile, keyFile: keyFile}
	if _, err := l.get(nil); err != nil {
		return nil, err
	}
	return l, nil
}

// get is tls.Config.GetCertificate. A renewal caught half-written keeps the old certificate.
func (l *certLoader) get(*tls.ClientHelloInfo) (*tls.Certificate, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	var latest time.Time
	for _, f := range []string{l.certFile, l.keyFile} {
		fi, err := os.Stat(f)
		if err != nil {
			if l.cert != nil {
				return l.cert, nil
			}
			return nil, fmt.Errorf("staff desk TLS: %w", err)
		}
		if fi.ModTime().After(latest) {
			latest = fi.ModTime()
		}
	}
	if l.cert != nil && !latest.After(l.modTime) {
		return l.cert, nil
	}
	c, err := tls.LoadX509KeyPair(l.certFile, l.keyFile)
	if err != nil {
		if l.cert != nil {
			return l.cert, nil
		}
		return nil, fmt.Errorf("staff desk TLS: %w", err)
	}
	l.cert, l.modTime = &c, latest
	return l.cert, nil
}
