package config

import (
	"net"
	"strconv"
)

// Health is the kiosk's local health endpoint: /healthz (JSON, for a person or a load
// balancer) and /metrics (Prometheus), so store IT can watch a fleet of kiosks.
type Health struct {
	// Listen is the address to serve on. The default answers only on the kiosk itself; an
	// address beyond localhost (":9464", "0.0.0.0:9464") requires a token. Empty: no endpoint.
	Listen string `toml:"listen"`
	// TokenEnv names the environment variable holding the bearer token asked of requests
	// from other machines (credential "health-token" takes precedence). Requests from the
	// kiosk itself never need it.
	TokenEnv string `toml:"token_env"`
}

func defaultHealth() Health {
	return Health{Listen: "127.0.0.1:9464", TokenEnv: "KIOSK_HEALTH_TOKEN"}
}

func (h Health) validate(bad func(key, format string, args ...any)) {
	if h.Listen == "" {
		return
	}
	host, port, err := net.SplitHostPort(h.Listen)
	if err != nil {
		bad("listen", "must be host:port or :port, e.g. \"127.0.0.1:9464\" (got %q)", h.Listen)
		return
	}
	if p, err := strconv.Atoi(port); err != nil || p < 1 || p > 65535 {
		bad("listen", "port must be 1 to 65535 (got %q)", port)
	}
	if host != "" && host != "localhost" && net.ParseIP(host) == nil {
		bad("listen", "host must be an IP address or localhost, e.g. \"127.0.0.1:9464\" (got %q)", host)
	}
	if !h.Local() && h.TokenEnv == "" {
		bad("token_env", "must name the token's environment variable when listen (%q) is beyond localhost", h.Listen)
	}
}

// Local reports whether the endpoint answers only on the kiosk itself (a loopback address).
func (h Health) Local() bool {
	host, _, err := net.SplitHostPort(h.Listen)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// Token returns the bearer token for requests from other machines, or "".
func (h Health) Token() string { return Secret("health-token", h.TokenEnv) }
