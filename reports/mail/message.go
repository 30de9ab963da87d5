package mail

import (
	"fmt"
	"os"
	"path/filepath"

	"sitrep/config"
	"sitrep/model"
)

// Message is one composed report e-mail. The recipients and the sender come
// from config.EmailConfig when it is sent or written.
type Message struct {
	// Subject is the rendered email.subject template.
	Subject string
	// Text is the plain-text body.
	Text string
	// HTML is the HTML body; every scraped string in it is escaped.
	HTML string
	// Attachment is the path of the workbook to attach.
	Attachment string
	// MessageID is the Message-ID without angle brackets; stable per report
	// day and recipient list (see NewMessageID).
	MessageID string
}

// Compose builds the message for one day's report: the subject from
// cfg.Subject, the text and HTML bodies from r, and workbook as the
// attachment, which must be an existing regular file.
func Compose(cfg config.EmailConfig, r model.DayReport, workbook string) (Message, error) {
	if err := checkAttachment(workbook); err != nil {
		return Message{}, err
	}
	subject, err := renderSubject(cfg.Subject, r)
	if err != nil {
		return Message{}, err
	}
	v := newView(r, filepath.Base(workbook))
	text, err := renderText(v)
	if err != nil {
		return Message{}, fmt.Errorf("text body: %w", err)
	}
	html, err := renderHTML(v)
	if err != nil {
		return Message{}, fmt.Errorf("html body: %w", err)
	}
	return Message{
		Subject:    subject,
		Text:       text,
		HTML:       html,
		Attachment: workbook,
		MessageID:  NewMessageID(cfg, r.Day),
	}, nil
}

// checkAttachment fails unless path is an existing regular file; go-mail
// would otherwise drop a missing attachment without a word.
func checkAttachment(path string) error {
	fi, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("attachment: %w", err)
	}
	if !fi.Mode().IsRegular() {
		return fmt.Errorf("attachment %s: not a regular file", path)
	}
	return nil
}
