package feed

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"

	"github.com/mmcdole/gofeed"
)

// repeatedGUIDs returns the guids used by more than one item. Some feeds
// repeat one guid for every item; such a guid identifies nothing.
func repeatedGUIDs(items []*gofeed.Item) map[string]bool {
	count := make(map[string]int, len(items))
	for _, fi := range items {
		if fi != nil {
			if g := strings.TrimSpace(fi.GUID); g != "" {
				count[g]++
			}
		}
	}
	repeated := make(map[string]bool)
	for g, n := range count {
		if n > 1 {
			repeated[g] = true
		}
	}
	return repeated
}

// itemID picks the item's identity: its guid when present and unique in the
// feed, else its cleaned link, else a hash of its title and content.
func itemID(guid string, repeated map[string]bool, it Item) string {
	if g := strings.TrimSpace(guid); g != "" && !repeated[g] {
		return g
	}
	if it.Link != "" {
		return it.Link
	}
	h := sha256.New()
	h.Write([]byte(it.Title))
	h.Write([]byte{0})
	h.Write([]byte(it.Content))
	return "sha256:" + hex.EncodeToString(h.Sum(nil))
}
