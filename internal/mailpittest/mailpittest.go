// Package mailpittest runs real mailpit SMTP servers for tests: it starts an
// instance on free loopback ports, waits until it answers, and reads stored
// messages back through mailpit's HTTP API. Only tests import it.
package mailpittest

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

// Install is the command that installs the mailpit version the tests use.
const Install = "go install github.com/axllent/mailpit@v1.33.1"

// startupDeadline bounds how long a mailpit instance may take to listen.
const startupDeadline = 20 * time.Second

// Server is one running mailpit process.
type Server struct {
	cmd      *exec.Cmd
	done     chan struct{} // closed when the process has exited
	SMTPPort int
	API      string // base URL, e.g. http://127.0.0.1:1234
	logPath  string
	client   *http.Client
}

// Binary finds mailpit on PATH, else in $(go env GOPATH)/bin.
func Binary() (string, error) {
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

// FreePort returns a loopback port that was free a moment ago.
func FreePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// Start starts an instance on free loopback ports with its database
// in dir and waits until its SMTP port and API answer.
func Start(bin, dir, name string, extra ...string) (*Server, error) {
	SMTPPort, err := FreePort()
	if err != nil {
		return nil, err
	}
	httpPort, err := FreePort()
	if err != nil {
		return nil, err
	}
	mp := &Server{
		SMTPPort: SMTPPort,
		API:      "http://127.0.0.1:" + strconv.Itoa(httpPort),
		logPath:  filepath.Join(dir, name+".log"),
		done:     make(chan struct{}),
		client:   &http.Client{Timeout: 10 * time.Second},
	}
	logFile, err := os.Create(mp.logPath)
	if err != nil {
		return nil, err
	}
	args := append([]string{
		"--smtp", "127.0.0.1:" + strconv.Itoa(SMTPPort),
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
		mp.Stop()
		return nil, fmt.Errorf("mailpit %s: %w\n%s", name, err, mp.Log())
	}
	return mp, nil
}

// waitReady polls the SMTP port and the API until both answer, the process
// exits or the deadline passes.
func (mp *Server) waitReady() error {
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
func (mp *Server) ready() bool {
	c, err := net.DialTimeout("tcp", mp.SMTPAddr(), time.Second)
	if err != nil {
		return false
	}
	c.Close()
	resp, err := mp.client.Get(mp.API + "/api/v1/info")
	if err != nil {
		return false
	}
	resp.Body.Close()
	return resp.StatusCode == http.StatusOK
}

// Stop interrupts the process and kills it if it has not exited in time.
func (mp *Server) Stop() {
	_ = mp.cmd.Process.Signal(os.Interrupt) // it may have exited already
	select {
	case <-mp.done:
	case <-time.After(5 * time.Second):
		_ = mp.cmd.Process.Kill()
		<-mp.done
	}
}

// Log returns the instance's output, for failure messages.
func (mp *Server) Log() string {
	b, err := os.ReadFile(mp.logPath)
	if err != nil {
		return err.Error()
	}
	return string(b)
}

// SMTPAddr is the SMTP listener's address.
func (mp *Server) SMTPAddr() string { return "127.0.0.1:" + strconv.Itoa(mp.SMTPPort) }

// Call sends an API request with an optional JSON body and decodes a JSON
// answer into out (when out is not nil). It returns the raw body.
func (mp *Server) Call(t testing.TB, method, path string, in, out any) []byte {
	t.Helper()
	var body io.Reader
	if in != nil {
		b, err := json.Marshal(in)
		if err != nil {
			t.Fatalf("encode %s %s: %v", method, path, err)
		}
		body = bytes.NewReader(b)
	}
	req, err := http.NewRequest(method, mp.API+path, body)
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

// readBackDeadline bounds the wait for a sent message to show in the API.
const readBackDeadline = 10 * time.Second

// Address is an address as mailpit's API returns it.
type Address struct {
	Name    string
	Address string
}

// Summary is one entry of GET /api/v1/messages.
type Summary struct {
	ID        string
	MessageID string
	Subject   string
}

// Attachment is an attachment of GET /api/v1/message/{ID}.
type Attachment struct {
	PartID      string
	FileName    string
	ContentType string
	Size        int64
}

// Message is GET /api/v1/message/{ID}.
type Message struct {
	ID          string
	MessageID   string
	From        Address
	To, Cc, Bcc []Address
	Subject     string
	Text        string
	HTML        string
	Attachments []Attachment
}

// ChaosTrigger and ChaosTriggers are the body of PUT /api/v1/chaos.
type ChaosTrigger struct {
	ErrorCode   int
	Probability int
}

type ChaosTriggers struct {
	Sender, Recipient, Authentication ChaosTrigger
}

// Reset deletes every stored message and, on the chaos instance, turns
// chaos off again when the test ends.
func (mp *Server) Reset(t testing.TB, chaos bool) {
	t.Helper()
	mp.Call(t, "DELETE", "/api/v1/messages", map[string][]string{"IDs": {}}, nil)
	if chaos {
		t.Cleanup(func() { mp.SetChaos(t, ChaosTriggers{}) })
	}
}

// SetChaos sets the chaos triggers (probability 0 disables one).
func (mp *Server) SetChaos(t testing.TB, c ChaosTriggers) {
	t.Helper()
	mp.Call(t, "PUT", "/api/v1/chaos", c, nil)
}

// Messages lists the stored messages.
func (mp *Server) Messages(t testing.TB) []Summary {
	t.Helper()
	var list struct {
		Messages []Summary `json:"messages"`
	}
	mp.Call(t, "GET", "/api/v1/messages", nil, &list)
	return list.Messages
}

// WaitMessage polls until a message with Message-ID id is stored, within
// readBackDeadline, and returns it in full.
func (mp *Server) WaitMessage(t testing.TB, id string) Message {
	t.Helper()
	deadline := time.Now().Add(readBackDeadline)
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for {
		for _, s := range mp.Messages(t) {
			if s.MessageID == id {
				var m Message
				mp.Call(t, "GET", "/api/v1/message/"+s.ID, nil, &m)
				return m
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("message %q not in mailpit after %s", id, readBackDeadline)
		}
		<-tick.C
	}
}

// Part downloads one MIME part's decoded bytes.
func (mp *Server) Part(t testing.TB, id, partID string) []byte {
	t.Helper()
	return mp.Call(t, "GET", "/api/v1/message/"+id+"/part/"+partID, nil, nil)
}
