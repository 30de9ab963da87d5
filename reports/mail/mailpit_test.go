package mail

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// startupDeadline bounds how long a mailpit instance may take to listen.
const startupDeadline = 20 * time.Second

// mailpit is one running mailpit process.
type mailpit struct {
	cmd      *exec.Cmd
	done     chan struct{} // closed when the process has exited
	smtpPort int
	api      string // base URL, e.g. http://127.0.0.1:1234
	logPath  string
	client   *http.Client
}

// mailpitBinary finds mailpit on PATH, else in $(go env GOPATH)/bin.
func mailpitBinary() (string, error) {
	if p, err := exec.LookPath("mailpit"); err == nil {
		return p, nil
	}
	out, err := exec.Command("go", "env", "GOPATH").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOPATH: %w", err)
	}
	p := filepath.Join(strings.TrimSpace(string(out)), "bin", "mailpit")
	if _, err := os.Stat(p); err != nil {
		return "", err
	}
	return p, nil
}

// freePort returns a loopback port that was free a moment ago.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// startMailpit starts an instance on free loopback ports with its database
// in dir and waits until its SMTP port and API answer.
func startMailpit(bin, dir, name string, extra ...string) (*mailpit, error) {
	smtpPort, err := freePort()
	if err != nil {
		return nil, err
	}
	httpPort, err := freePort()
	if err != nil {
		return nil, err
	}
	mp := &mailpit{
		smtpPort: smtpPort,
		api:      "http://127.0.0.1:" + strconv.Itoa(httpPort),
		logPath:  filepath.Join(dir, name+".log"),
		done:     make(chan struct{}),
		client:   &http.Client{Timeout: 10 * time.Second},
	}
	logFile, err := os.Create(mp.logPath)
	if err != nil {
		return nil, err
	}
	args := append([]string{
		"--smtp", "127.0.0.1:" + strconv.Itoa(smtpPort),
		"--listen", "127.0.0.1:" + strconv.Itoa(httpPort),
		"--database", filepath.Join(dir, name+".db"),
		"--disable-version-check", "--smtp-disable-rdns",
	}, extra...)
	mp.cmd = exec.Command(bin, args...)
	mp.cmd.Stdout, mp.cmd.Stderr = logFile, logFile
	if err := mp.cmd.Start(); err != nil {
		logFile.Close()
		return nil, fmt.Errorf("start mailpit %s: %w", name, err)
	}
	go func() {
		_ = mp.cmd.Wait() // the exit status is irrelevant; done signals it
		logFile.Close()
		close(mp.done)
	}()
	if err := mp.waitReady(); err != nil {
		mp.stop()
		return nil, fmt.Errorf("mailpit %s: %w\n%s", name, err, mp.log())
	}
	return mp, nil
}

// waitReady polls the SMTP port and the API until both answer, the process
// exits or the deadline passes.
func (mp *mailpit) waitReady() error {
	deadline := time.Now().Add(startupDeadline)
	tick := time.NewTicker(25 * time.Millisecond)
	defer tick.Stop()
	for {
		if mp.ready() {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("not ready after %s", startupDeadline)
		}
		select {
		case <-mp.done:
			return errors.New("exited during startup")
		case <-tick.C:
		}
	}
}

// ready reports whether SMTP accepts a connection and the API answers 200.
func (mp *mailpit) ready() bool {
	c, err := net.DialTimeout("tcp", mp.smtpAddr(), time.Second)
	if err != nil {
		return false
	}
	c.Close()
	resp, err := mp.client.Get(mp.api + "/api/v1/info")
	if err != nil {
		return false
	}
	resp.Body.Close()
	return resp.StatusCode == http.StatusOK
}

// stop interrupts the process and kills it if it has not exited in time.
func (mp *mailpit) stop() {
	_ = mp.cmd.Process.Signal(os.Interrupt) // it may have exited already
	select {
	case <-mp.done:
	case <-time.After(5 * time.Second):
		_ = mp.cmd.Process.Kill()
		<-mp.done
	}
}

// log returns the instance's output, for failure messages.
func (mp *mailpit) log() string {
	b, err := os.ReadFile(mp.logPath)
	if err != nil {
		return err.Error()
	}
	return string(b)
}

// smtpAddr is the SMTP listener's address.
func (mp *mailpit) smtpAddr() string { return "127.0.0.1:" + strconv.Itoa(mp.smtpPort) }

// call sends an API request with an optional JSON body and decodes a JSON
// answer into out (when out is not nil). It returns the raw body.
func (mp *mailpit) call(t *testing.T, method, path string, in, out any) []byte {
	t.Helper()
	var body io.Reader
	if in != nil {
		b, err := json.Marshal(in)
		if err != nil {
			t.Fatalf("encode %s %s: %v", method, path, err)
		}
		body = bytes.NewReader(b)
	}
	req, err := http.NewRequest(method, mp.api+path, body)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := mp.client.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("%s %s: read body: %v", method, path, err)
	}
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("%s %s: status %d: %s", method, path, resp.StatusCode, raw)
	}
	if out != nil {
		if err := json.Unmarshal(raw, out); err != nil {
			t.Fatalf("%s %s: decode: %v", method, path, err)
		}
	}
	return raw
}
