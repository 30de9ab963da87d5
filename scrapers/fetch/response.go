package fetch

import (
	"mime"
	"net/http"
	"strings"
)

// Response is a successful fetch.
type Response struct {
	URL         string      // the final URL, after redirects
	StatusCode  int         // a 2xx status
	Header      http.Header // the final response's headers
	ContentType string      // the media type, lower case, without parameters ("text/html")
	Charset     string      // the encoding the body was decoded from ("utf-8" when it already was)
	Body        []byte      // the body, decompressed and converted to UTF-8
}

// mediaType returns the lower-case media type of a Content-Type value, or ""
// when there is none.
func mediaType(contentType string) string {
	if contentType == "" {
		return ""
	}
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		mt, _, _ = strings.Cut(contentType, ";")
	}
	return strings.ToLower(strings.TrimSpace(mt))
}
