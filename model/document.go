// Package model holds the plain data types that cross package boundaries:
// the documents scrapers produce and the day model reports are built from.
// It has no behaviour beyond small helpers and imports nothing of sitrep's.
package model

import (
	"crypto/sha256"
	"encoding/hex"
	"time"
)

// Document is one fetched report: a feed item with its article page, a
// Telegram post or a press release. Scrapers produce it; the store keeps it
// once per (Source, ExternalID) and updates it when its content changes.
type Document struct {
	Source     string    // configured source name
	ExternalID string    // guid, post id or canonical URL: the identity within the source
	URL        string    // canonical URL of the document
	Title      string    // headline, as published
	Publisher  string    // human name of the publisher (the source's title)
	Published  time.Time // publication time in UTC; zero when the source gave none
	Fetched    time.Time // when sitrep fetched it, UTC
	Lang       string    // ISO 639-1 code ("en", "uk", "ru"), or "" when unknown
	Text       string    // the main text, plain, paragraphs separated by blank lines
	Raw        []byte    // the raw page or item as fetched (UTF-8), kept for debugging and re-extraction
	Authority  string    // the source's authority class (see config): official, air_force, media
	// PublishedGuessed is true when the source gave no parseable date and
	// Published was set from the fetch time.
	PublishedGuessed bool
}

// ContentHash returns the hex SHA-256 of what makes a document's content:
// title and text. An edited article has a different hash.
func (d Document) ContentHash() string {
	h := sha256.New()
	h.Write([]byte(d.Title))
	h.Write([]byte{0})
	h.Write([]byte(d.Text))
	return hex.EncodeToString(h.Sum(nil))
}
