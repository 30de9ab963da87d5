package mail

import (
	"fmt"
	"mime"
	"path/filepath"
	"strings"

	gomail "github.com/wneessen/go-mail"

	"sitrep/config"
)

// xlsxType is the workbook's media type; Go's mime table may not know it.
const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

// newMsg builds the go-mail message: sender and recipients from cfg, the
// stable Message-ID, a plain-text body with an HTML alternative and the
// attachment. Bcc recipients get the message but no header.
func newMsg(m Message, cfg config.EmailConfig) (*gomail.Msg, error) {
	if err := checkAttachment(m.Attachment); err != nil {
		return nil, err
	}
	msg := gomail.NewMsg()
	if err := msg.From(cfg.From); err != nil {
		return nil, fmt.Errorf("from %q: %w", cfg.From, err)
	}
	if len(cfg.To) == 0 {
		return nil, fmt.Errorf("no recipients: email.to is empty")
	}
	if err := msg.To(cfg.To...); err != nil {
		return nil, fmt.Errorf("to: %w", err)
	}
	if err := msg.Cc(cfg.Cc...); err != nil {
		return nil, fmt.Errorf("cc: %w", err)
	}
	if err := msg.Bcc(cfg.Bcc...); err != nil {
		return nil, fmt.Errorf("bcc: %w", err)
	}
	msg.Subject(m.Subject)
	if m.MessageID != "" {
		msg.SetMessageIDWithValue(m.MessageID)
	}
	msg.SetUserAgent("sitrep")
	// RFC 3834: ask autoresponders (out-of-office) not to answer a report.
	msg.SetGenHeader(gomail.Header("Auto-Submitted"), "auto-generated")
	msg.SetBodyString(gomail.TypeTextPlain, m.Text)
	if m.HTML != "" {
		msg.AddAlternativeString(gomail.TypeTextHTML, m.HTML)
	}
	msg.AttachFile(m.Attachment, gomail.WithFileContentType(contentType(m.Attachment)))
	return msg, nil
}

// contentType is the attachment's media type by extension.
func contentType(path string) gomail.ContentType {
	ext := strings.ToLower(filepath.Ext(path))
	if ext == ".xlsx" {
		return xlsxType
	}
	if t := mime.TypeByExtension(ext); t != "" {
		return gomail.ContentType(t)
	}
	return gomail.TypeAppOctetStream
}
