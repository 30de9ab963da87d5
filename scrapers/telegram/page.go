// Package telegram reads the web preview of public Telegram channels,
// https://t.me/s/<channel>: ParsePage turns one preview page into posts, and
// Source pages back through a channel with ?before=<id> and turns the posts
// into Documents.
package telegram

import (
	"errors"
	"time"
)

// Kind is the configuration kind of Telegram channel sources.
const Kind = "telegram"

// Sentinel errors callers branch on with errors.Is.
var (
	// ErrUnavailable means t.me answered with its generic contact page
	// instead of a channel preview: the channel has no public preview, is a
	// user account or does not exist. t.me says so with HTTP 200.
	ErrUnavailable = errors.New("channel preview unavailable (t.me answered with its contact page)")
	// ErrRateLimited means t.me answered with a 200 page saying "too many
	// requests" instead of posts.
	ErrRateLimited = errors.New("t.me says too many requests")
	// ErrLayoutChanged means the page has a message history but no post
	// could be read from it: the markup has probably changed.
	ErrLayoutChanged = errors.New("layout changed")
)

// Page is one parsed preview page.
type Page struct {
	// Posts are in page order, which on t.me is oldest first.
	Posts []Post `json:"posts"`
	// Before is the cursor for older posts (a.tme_messages_more
	// data-before, or link rel=prev); "" on the channel's oldest page.
	Before string `json:"before"`
	// After is the cursor for newer posts (data-after, or link rel=next).
	After string `json:"after"`
	// Empty is true when the page explicitly says the channel has no
	// messages, which is not an error.
	Empty bool `json:"empty"`
}

// Post is one channel message as the preview shows it.
type Post struct {
	ID      int64     `json:"id"`      // per-channel message id, from data-post "<channel>/<id>"
	Channel string    `json:"channel"` // channel name as data-post spells it
	URL     string    `json:"url"`     // permalink https://t.me/<channel>/<id>
	Time    time.Time `json:"time"`    // from time[datetime], UTC
	// Text is the post's own text (never a quoted reply's): <br> becomes a
	// newline, links keep their text, paragraphs are separated by blank lines.
	Text          string   `json:"text"`
	Views         int64    `json:"views"`          // the views label read as a number ("1.2K" → 1200); 0 when absent
	ViewsLabel    string   `json:"views_label"`    // the label as shown
	Links         []string `json:"links"`          // hrefs of the links in the text, absolute
	ForwardedFrom string   `json:"forwarded_from"` // the original author's name of a forward
	ReplyTo       string   `json:"reply_to"`       // permalink of the quoted post of a reply
	Edited        bool     `json:"edited"`         // the meta line says "edited"
	Media         []string `json:"media"`          // one kind per attachment: photo, video, document, poll, voice
	Poll          string   `json:"poll"`           // the question of a poll
	Service       bool     `json:"service"`        // a service message ("channel photo updated"); sources skip these
	// HTML is the post's outer HTML, kept as the document's raw page.
	HTML string `json:"-"`
}
