package mail

import (
	"crypto/x509"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"sitrep/internal/mailpittest"
)

// servers are the mailpit instances shared by the tests of this package,
// started once in TestMain. It is the only package-level state, and only in
// tests: TestMain has no other way to hand them to the tests.
var servers *testServers

// testServers holds the two mailpit instances and the CA that signed the
// secure one's certificate.
type testServers struct {
	// plain accepts mail without TLS or AUTH and has chaos enabled.
	plain *mailpittest.Server
	// secure requires STARTTLS and AUTH (user "sitrep", password "s3cret").
	secure *mailpittest.Server
	// roots trusts secure's self-signed certificate.
	roots *x509.CertPool
}

func TestMain(m *testing.M) { os.Exit(runTests(m)) }

// runTests starts the servers, runs the tests and stops the servers. A
// missing mailpit binary fails the package: it is a real part of the tests.
func runTests(m *testing.M) int {
	bin, err := mailpittest.Binary()
	if err != nil {
		fmt.Fprintf(os.Stderr, "FAIL: mailpit not found (%v); run `%s`\n", err, mailpittest.Install)
		return 1
	}
	dir, err := os.MkdirTemp("", "sitrep-mail-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "FAIL:", err)
		return 1
	}
	defer os.RemoveAll(dir)
	s, stop, err := startServers(bin, dir)
	defer stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "FAIL:", err)
		return 1
	}
	servers = s
	return m.Run()
}

// startServers starts the plain and the secure instance. stop is always
// safe to call, also after an error.
func startServers(bin, dir string) (*testServers, func(), error) {
	var started []*mailpittest.Server
	stop := func() {
		for _, mp := range started {
			mp.Stop()
		}
	}
	cert, key, roots, err := writeSelfSigned(dir)
	if err != nil {
		return nil, stop, err
	}
	authFile := filepath.Join(dir, "smtp-auth")
	if err := os.WriteFile(authFile, []byte("sitrep:s3cret\n"), 0o600); err != nil {
		return nil, stop, err
	}
	plain, err := mailpittest.Start(bin, dir, "plain", "--enable-chaos")
	if err != nil {
		return nil, stop, err
	}
	started = append(started, plain)
	secure, err := mailpittest.Start(bin, dir, "secure",
		"--smtp-tls-cert", cert, "--smtp-tls-key", key, "--smtp-require-starttls",
		"--smtp-auth-file", authFile)
	if err != nil {
		return nil, stop, err
	}
	started = append(started, secure)
	return &testServers{plain: plain, secure: secure, roots: roots}, stop, nil
}
