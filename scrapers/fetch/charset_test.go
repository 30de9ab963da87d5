package fetch

import (
	"bytes"
	"context"
	"net/http"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
)

// encode turns UTF-8 test text into a legacy charset, so fixtures are written
// here in readable form.
func encode(t *testing.T, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

const (
	ukText    = "Уночі над Києвом збили дванадцять дронів"
	frText    = "Réunion à Genève : déclaration commune"
	ukPage    = "<html><head><title>Зведення</title></head><body><p>" + ukText + "</p></body></html>"
	metaPage  = `<html><head><meta charset="windows-1251"><title>Зведення</title></head><body><p>` + ukText + "</p></body></html>"
	metaHTTPE = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body><p>` + ukText + "</p></body></html>"
)

func TestGetCharset(t *testing.T) {
	cp1251 := charmap.Windows1251
	tests := map[string]struct {
		body        []byte
		contentType string
		override    string
		want        string
		wantCharset string
	}{
		"windows-1251 by header": {
			body: encode(t, cp1251, ukPage), contentType: "text/html; charset=windows-1251",
			want: ukPage, wantCharset: "windows-1251",
		},
		"windows-1251 by meta charset": {
			body: encode(t, cp1251, metaPage), contentType: "text/html",
			want: metaPage, wantCharset: "windows-1251",
		},
		"windows-1251 by meta http-equiv": {
			body: encode(t, cp1251, metaHTTPE), contentType: "text/html",
			want: metaHTTPE, wantCharset: "windows-1251",
		},
		"latin-1 by header": {
			body: encode(t, charmap.ISO8859_1, "<p>"+frText+"</p>"), contentType: "text/html; charset=ISO-8859-1",
			want: "<p>" + frText + "</p>", wantCharset: "windows-1252",
		},
		"latin-1 undeclared falls back to windows-1252": {
			body: encode(t, charmap.ISO8859_1, "<p>"+frText+"</p>"), contentType: "text/html",
			want: "<p>" + frText + "</p>", wantCharset: "windows-1252",
		},
		"utf-8 with a wrong header charset is untouched": {
			body: []byte(ukPage), contentType: "text/html; charset=windows-1251",
			want: ukPage, wantCharset: "utf-8",
		},
		"override beats a wrong header": {
			body: encode(t, charmap.KOI8U, ukPage), contentType: "text/html; charset=windows-1251", override: "koi8-u",
			want: ukPage, wantCharset: "koi8-u",
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			srv, c := serve(t, func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", tc.contentType)
				_, _ = w.Write(tc.body)
			}, Options{})
			resp, err := c.Get(context.Background(), srv.URL, GetOptions{Charset: tc.override})
			if err != nil {
				t.Fatal(err)
			}
			if string(resp.Body) != tc.want {
				t.Errorf("body = %q\nwant   %q", resp.Body, tc.want)
			}
			if resp.Charset != tc.wantCharset {
				t.Errorf("charset = %q, want %q", resp.Charset, tc.wantCharset)
			}
			if resp.ContentType != strings.ToLower(strings.Split(tc.contentType, ";")[0]) {
				t.Errorf("content type = %q", resp.ContentType)
			}
		})
	}
}

func TestGetUnknownCharsetOverride(t *testing.T) {
	srv, c := serve(t, func(w http.ResponseWriter, r *http.Request) {
		_, _ = w.Write([]byte{0xC0, 0xE8})
	}, Options{})
	_, err := c.Get(context.Background(), srv.URL, GetOptions{Charset: "no-such-charset"})
	wantKind(t, err, KindCharset)
}

func TestToUTF8(t *testing.T) {
	cp1251 := charmap.Windows1251
	rss := func(enc string) string {
		return `<?xml version="1.0" encoding="` + enc + `"?><rss version="2.0"><channel><title>` + ukText + `</title></channel></rss>`
	}
	// A <meta> after the first 1024 bytes is not seen, as in browsers.
	lateMeta := "<html><head><!--" + strings.Repeat(" ", 1100) + `--><meta charset="windows-1251"></head><body>Київ</body></html>`
	tests := map[string]struct {
		body        []byte
		contentType string
		override    string
		want        string
		wantCharset string
	}{
		"xml prolog names the encoding; prolog rewritten": {
			body: encode(t, cp1251, rss("windows-1251")), contentType: "application/rss+xml",
			want: rss("UTF-8"), wantCharset: "windows-1251",
		},
		"xml prolog beats the header": {
			body: encode(t, cp1251, rss("windows-1251")), contentType: "text/xml; charset=iso-8859-1",
			want: rss("UTF-8"), wantCharset: "windows-1251",
		},
		"utf-8 xml with a lying prolog only gets its prolog fixed": {
			body: []byte(rss("ISO-8859-1")), contentType: "text/xml",
			want: rss("UTF-8"), wantCharset: "utf-8",
		},
		"utf-8 xml prolog left alone": {
			body: []byte(rss("utf-8")), want: rss("utf-8"), wantCharset: "utf-8",
		},
		"utf-8 BOM dropped": {
			body: append([]byte{0xEF, 0xBB, 0xBF}, "Київ"...), want: "Київ", wantCharset: "utf-8",
		},
		"utf-16 with BOM": {
			body: []byte{0xFF, 0xFE, 'K', 0, 'y', 0, 'i', 0, 'v', 0}, want: "Kyiv", wantCharset: "utf-16le",
		},
		"NUL and C0 controls stripped, tab and newline kept": {
			body: []byte("a\x00b\x01c\td\ne\x0b"), want: "abc\td\ne", wantCharset: "utf-8",
		},
		"unmapped byte and NUL stripped after conversion": {
			body: append(encode(t, cp1251, "Київ"), 0x98, 0x00, '!'), contentType: "text/plain; charset=windows-1251",
			want: "Київ!", wantCharset: "windows-1251",
		},
		"invalid utf-8 declared as utf-8 is cleaned": {
			body: []byte("ok \xff\xfe done"), contentType: "text/plain; charset=utf-8",
			want: "ok  done", wantCharset: "utf-8",
		},
		"meta after 1024 bytes is missed": {
			body: encode(t, cp1251, lateMeta), contentType: "text/html",
			want: strings.Replace(lateMeta, "Київ", "Êè¿â", 1), wantCharset: "windows-1252",
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			got, cs, err := ToUTF8(tc.body, tc.contentType, tc.override)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
			if cs != tc.wantCharset {
				t.Errorf("charset = %q, want %q", cs, tc.wantCharset)
			}
		})
	}
}

func TestToUTF8UntouchedIsSameSlice(t *testing.T) {
	in := []byte(ukPage)
	got, _, err := ToUTF8(in, "text/html; charset=koi8-r", "")
	if err != nil {
		t.Fatal(err)
	}
	if &got[0] != &in[0] || !bytes.Equal(got, in) {
		t.Errorf("valid UTF-8 was copied or changed")
	}
}
