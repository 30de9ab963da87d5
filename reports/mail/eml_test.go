package mail

import (
	"bytes"
	"encoding/base64"
	"errors"
	"io"
	"io/fs"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sitrep/config"
)

func TestWriteEML(t *testing.T) {
	cfg := plainConfig(25)
	m, data := compose(t, cfg, 70_000)
	dir := t.TempDir()
	path := filepath.Join(dir, "sitrep-2025-11-14.eml")
	if err := WriteEML(m, cfg, path); err != nil {
		t.Fatalf("WriteEML: %v", err)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	msg, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("parse eml: %v", err)
	}
	var dec mime.WordDecoder
	subject, err := dec.DecodeHeader(msg.Header.Get("Subject"))
	if err != nil {
		t.Fatal(err)
	}
	headers := []struct{ name, got, want string }{
		{"subject", subject, m.Subject},
		{"message-id", msg.Header.Get("Message-Id"), "<" + m.MessageID + ">"},
		{"auto-submitted", msg.Header.Get("Auto-Submitted"), "auto-generated"},
		{"bcc", msg.Header.Get("Bcc"), ""},
	}
	for _, h := range headers {
		if h.got != h.want {
			t.Errorf("%s = %q, want %q", h.name, h.got, h.want)
		}
	}
	if to, err := msg.Header.AddressList("To"); err != nil || len(to) != 2 || to[1].Address != "analyst@example.org" {
		t.Errorf("to = %v (%v)", to, err)
	}
	parts := readParts(t, msg)
	if !strings.Contains(parts["text/plain"], "Killed") || !strings.Contains(parts["text/html"], "<b>17</b>") {
		t.Errorf("bodies missing figures: %q", parts)
	}
	if got := parts[xlsxType]; got != string(data) {
		t.Errorf("attachment: %d bytes, want %d equal to the file", len(got), len(data))
	}
	if left := tempFiles(t, dir); len(left) != 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

// readParts walks the multipart tree and returns each leaf's decoded body
// by media type.
func readParts(t *testing.T, msg *mail.Message) map[string]string {
	t.Helper()
	out := map[string]string{}
	var walk func(ctype, cte string, body io.Reader)
	walk = func(ctype, cte string, body io.Reader) {
		mt, params, err := mime.ParseMediaType(ctype)
		if err != nil {
			t.Fatalf("content type %q: %v", ctype, err)
		}
		if strings.HasPrefix(mt, "multipart/") {
			r := multipart.NewReader(body, params["boundary"])
			for {
				p, err := r.NextRawPart()
				if errors.Is(err, io.EOF) {
					return
				}
				if err != nil {
					t.Fatalf("multipart: %v", err)
				}
				walk(p.Header.Get("Content-Type"), p.Header.Get("Content-Transfer-Encoding"), p)
			}
		}
		out[mt] = decodeBody(t, cte, body)
	}
	walk(msg.Header.Get("Content-Type"), msg.Header.Get("Content-Transfer-Encoding"), msg.Body)
	return out
}

// decodeBody undoes base64 or quoted-printable.
func decodeBody(t *testing.T, cte string, body io.Reader) string {
	t.Helper()
	switch strings.ToLower(cte) {
	case "base64":
		body = base64.NewDecoder(base64.StdEncoding, body)
	case "quoted-printable":
		body = quotedprintable.NewReader(body)
	}
	b, err := io.ReadAll(body)
	if err != nil {
		t.Fatalf("decode %s: %v", cte, err)
	}
	return string(b)
}

// tempFiles lists leftover ".*.tmp" files in dir.
func tempFiles(t *testing.T, dir string) []string {
	t.Helper()
	left, err := filepath.Glob(filepath.Join(dir, ".*.tmp"))
	if err != nil {
		t.Fatal(err)
	}
	return left
}

func TestWriteEMLErrors(t *testing.T) {
	tests := []struct {
		name string
		edit func(m *Message, c *config.EmailConfig)
	}{
		{"attachment removed since compose", func(m *Message, _ *config.EmailConfig) { m.Attachment += ".gone" }},
		{"no recipients", func(_ *Message, c *config.EmailConfig) { c.To = nil }},
		{"bad sender", func(_ *Message, c *config.EmailConfig) { c.From = "not an address" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := plainConfig(25)
			m, _ := compose(t, cfg, 100)
			tt.edit(&m, &cfg)
			dir := t.TempDir()
			path := filepath.Join(dir, "out.eml")
			if err := WriteEML(m, cfg, path); err == nil {
				t.Fatal("WriteEML succeeded, want an error")
			}
			if _, err := os.Stat(path); !errors.Is(err, fs.ErrNotExist) {
				t.Errorf("stat %s: %v, want not exist", path, err)
			}
			if left := tempFiles(t, dir); len(left) != 0 {
				t.Errorf("temporary files left: %v", left)
			}
		})
	}
}
