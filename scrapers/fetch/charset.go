package fetch

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
)

// ToUTF8 converts a fetched body to UTF-8 and returns it with the name of
// the encoding it was decoded from. The order of evidence is:
//
//  1. a body that is already valid UTF-8 passes through (only a UTF-8 BOM,
//     NUL and other C0 control bytes are dropped);
//  2. the per-source override, when not empty;
//  3. a byte-order mark;
//  4. the encoding named by an XML prolog (feeds: gofeed trusts the prolog,
//     never the HTTP header, so we must agree with it);
//  5. the Content-Type charset;
//  6. a <meta> charset in the first 1024 bytes (a later one is missed, as in
//     browsers' prescan);
//  7. windows-1252.
//
// Steps 3, 5, 6 and 7 are charset.DetermineEncoding. After conversion NUL,
// C0 controls (but tab, CR, LF), invalid sequences and replacement
// characters are removed, and an XML prolog naming another encoding is
// rewritten to say UTF-8, so that a feed parser does not decode it twice.
// The only error is an override that names no known encoding.
func ToUTF8(body []byte, contentType, override string) ([]byte, string, error) {
	if utf8.Valid(body) {
		return fixXMLProlog(sanitize(bytes.TrimPrefix(body, utf8BOM), false)), "utf-8", nil
	}
	enc, name, err := detectEncoding(body, contentType, override)
	if err != nil {
		return nil, "", err
	}
	decoded, err := enc.NewDecoder().Bytes(body)
	if err != nil {
		return nil, "", fmt.Errorf("decode %s: %w", name, err)
	}
	decoded = bytes.TrimPrefix(decoded, utf8BOM)
	return fixXMLProlog(sanitize(decoded, true)), name, nil
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// detectEncoding picks the encoding of a body that is not valid UTF-8.
func detectEncoding(body []byte, contentType, override string) (encoding.Encoding, string, error) {
	if override != "" {
		enc, name := charset.Lookup(override)
		if enc == nil {
			return nil, "", fmt.Errorf("unknown charset %q", override)
		}
		return enc, name, nil
	}
	if hasBOM(body) {
		enc, name, _ := charset.DetermineEncoding(body, "")
		return enc, name, nil
	}
	if label := xmlPrologEncoding(body); label != "" {
		if enc, name := charset.Lookup(label); enc != nil {
			return enc, name, nil
		}
	}
	enc, name, _ := charset.DetermineEncoding(body, contentType)
	return enc, name, nil
}

func hasBOM(b []byte) bool {
	return bytes.HasPrefix(b, utf8BOM) || bytes.HasPrefix(b, []byte{0xFE, 0xFF}) || bytes.HasPrefix(b, []byte{0xFF, 0xFE})
}

// sanitize drops what must never reach the store or a workbook: invalid
// UTF-8, NUL and the other C0 controls except tab, LF and CR, and (when
// dropReplacement is set, i.e. after a conversion) U+FFFD, which a decoder
// writes for bytes its charset does not map. It returns b itself when there
// is nothing to drop.
func sanitize(b []byte, dropReplacement bool) []byte {
	keep := func(r rune, size int) bool {
		switch {
		case r == utf8.RuneError && size == 1:
			return false
		case r == utf8.RuneError:
			return !dropReplacement
		case r < 0x20:
			return r == '\t' || r == '\n' || r == '\r'
		default:
			return true
		}
	}
	clean := true
	for i := 0; i < len(b) && clean; {
		r, size := utf8.DecodeRune(b[i:])
		clean = keep(r, size)
		i += size
	}
	if clean {
		return b
	}
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if keep(r, size) {
			out = append(out, b[i:i+size]...)
		}
		i += size
	}
	return out
}

// xmlProlog returns the "<?xml ... ?>" declaration at the start of b (after
// whitespace) and its offset, or -1 when there is none.
func xmlProlog(b []byte) (string, int) {
	start := len(b) - len(bytes.TrimLeft(b, " \t\r\n"))
	rest := b[start:]
	if !bytes.HasPrefix(rest, []byte("<?xml")) {
		return "", -1
	}
	if len(rest) > 512 {
		rest = rest[:512]
	}
	end := bytes.Index(rest, []byte("?>"))
	if end < 0 {
		return "", -1
	}
	return string(rest[:end+2]), start
}

// encodingAttr finds the value of the encoding pseudo-attribute in an XML
// declaration and its byte range within decl.
func encodingAttr(decl string) (value string, from, to int) {
	i := strings.Index(decl, "encoding")
	if i < 0 {
		return "", -1, -1
	}
	rest := strings.TrimLeft(decl[i+len("encoding"):], " \t\r\n")
	if !strings.HasPrefix(rest, "=") {
		return "", -1, -1
	}
	rest = strings.TrimLeft(rest[1:], " \t\r\n")
	if rest == "" || (rest[0] != '"' && rest[0] != '\'') {
		return "", -1, -1
	}
	end := strings.IndexByte(rest[1:], rest[0])
	if end < 0 {
		return "", -1, -1
	}
	from = len(decl) - len(rest) + 1
	return rest[1 : end+1], from, from + end
}

// xmlPrologEncoding returns the encoding an XML prolog names, or "".
func xmlPrologEncoding(b []byte) string {
	decl, _ := xmlProlog(b)
	v, _, _ := encodingAttr(decl)
	return v
}

// fixXMLProlog rewrites an XML prolog's encoding to UTF-8 when it names
// another one: the body is UTF-8 by now, and a parser honouring the prolog
// would otherwise decode it a second time.
func fixXMLProlog(b []byte) []byte {
	decl, at := xmlProlog(b)
	v, from, to := encodingAttr(decl)
	if v == "" || strings.EqualFold(v, "utf-8") || strings.EqualFold(v, "utf8") {
		return b
	}
	out := make([]byte, 0, len(b)-len(v)+5)
	out = append(out, b[:at+from]...)
	out = append(out, "UTF-8"...)
	return append(out, b[at+to:]...)
}
