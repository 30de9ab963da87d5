package fetch

import (
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"time"
)

// Defaults used when an Options or GetOptions field is zero.
const (
	DefaultUserAgent    = "sitrep/dev"
	DefaultTimeout      = 30 * time.Second
	DefaultMaxBodyBytes = 10 << 20 // 10 MiB, after decompression
	DefaultMaxRedirects = 10
)

// Options configure a Client. Zero fields take the defaults above.
type Options struct {
	// UserAgent is sent with every request, in the form
	// "sitrep/<version> (+<contact>)" (see UserAgent). The bot token comes
	// first because robots.txt groups are matched by prefix.
	// Default DefaultUserAgent.
	UserAgent string
	// Timeout bounds one request from dialling to the last body byte.
	// Default DefaultTimeout.
	Timeout time.Duration
	// MaxBodyBytes caps the decompressed body. Default DefaultMaxBodyBytes.
	MaxBodyBytes int64
	// MaxRedirects caps the redirects followed. Default DefaultMaxRedirects.
	MaxRedirects int
	// Logger receives a debug line per request. Nil discards.
	Logger *slog.Logger
	// Transport replaces the shared transport, for tests. Nil builds one
	// http.Transport for the client's lifetime.
	Transport http.RoundTripper
}

// GetOptions tune one request. Zero fields take the client's setting.
type GetOptions struct {
	Accept       string        // Accept header; default "*/*"
	Charset      string        // charset label that overrides every detection
	UserAgent    string        // per-source User-Agent
	Timeout      time.Duration // per-source timeout
	MaxBodyBytes int64         // per-source body cap
	MaxRedirects int           // per-source redirect cap
}

// UserAgent builds the User-Agent sitrep sends: "sitrep/<version> (+<contact>)".
func UserAgent(version, contact string) string {
	return fmt.Sprintf("sitrep/%s (+%s)", version, contact)
}

// CheckUserAgent reports whether ua has the form "sitrep/<version> (+<contact>)".
func CheckUserAgent(ua string) error {
	rest, ok := strings.CutPrefix(ua, "sitrep/")
	if !ok {
		return fmt.Errorf("user agent %q: must start with \"sitrep/\"", ua)
	}
	version, contact, ok := strings.Cut(rest, " (+")
	if !ok || version == "" || !strings.HasSuffix(contact, ")") || len(contact) < 2 {
		return fmt.Errorf("user agent %q: want \"sitrep/<version> (+<contact>)\"", ua)
	}
	return nil
}

// withDefaults returns o with zero fields filled.
func (o Options) withDefaults() Options {
	if o.UserAgent == "" {
		o.UserAgent = DefaultUserAgent
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.MaxBodyBytes <= 0 {
		o.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if o.MaxRedirects <= 0 {
		o.MaxRedirects = DefaultMaxRedirects
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	return o
}

// resolve fills the zero fields of g from the client's options.
func (g GetOptions) resolve(o Options) GetOptions {
	if g.Accept == "" {
		g.Accept = "*/*"
	}
	if g.UserAgent == "" {
		g.UserAgent = o.UserAgent
	}
	if g.Timeout <= 0 {
		g.Timeout = o.Timeout
	}
	if g.MaxBodyBytes <= 0 {
		g.MaxBodyBytes = o.MaxBodyBytes
	}
	if g.MaxRedirects <= 0 {
		g.MaxRedirects = o.MaxRedirects
	}
	return g
}
