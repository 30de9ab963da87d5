package telegram

import (
	"fmt"
	"html"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"

	"sitrep/scrapers/feed"
)

// mediaKinds maps the preview's attachment classes to media kinds. Each
// attachment of an album is its own wrap, so an album of three photos gives
// three "photo" entries.
var mediaKinds = []struct{ selector, kind string }{
	{".tgme_widget_message_photo_wrap", "photo"},
	{".tgme_widget_message_video_player, .tgme_widget_message_roundvideo_player", "video"},
	{".tgme_widget_message_document_wrap", "document"},
	{".tgme_widget_message_poll", "poll"},
	{".tgme_widget_message_voice_player", "voice"},
}

// parsePost reads one div.tgme_widget_message.
func parsePost(s *goquery.Selection, channel string) (Post, error) {
	dataPost := s.AttrOr("data-post", "")
	name, idText, ok := strings.Cut(dataPost, "/")
	id, err := strconv.ParseInt(idText, 10, 64)
	if !ok || err != nil || id <= 0 || name == "" {
		return Post{}, fmt.Errorf("post %q: data-post is not <channel>/<id>", dataPost)
	}
	if channel != "" && !strings.EqualFold(name, channel) {
		return Post{}, fmt.Errorf("post %q: not a post of channel %q", dataPost, channel)
	}
	p := Post{ID: id, Channel: name, URL: "https://t.me/" + name + "/" + idText, Service: s.HasClass("service_message")}
	outer, err := goquery.OuterHtml(s)
	if err != nil {
		return Post{}, fmt.Errorf("post %q: %w", dataPost, err)
	}
	p.HTML = outer
	bubble := s.ChildrenFiltered(".tgme_widget_message_bubble")
	// A service message may carry no time; a post must.
	if p.Time, err = postTime(bubble); err != nil && !p.Service {
		return Post{}, fmt.Errorf("post %q: %w", dataPost, err)
	}
	// The post's own text is the direct child of the bubble; a reply quote
	// (a.tgme_widget_message_reply) holds the quoted post's text element too.
	text := bubble.ChildrenFiltered(".tgme_widget_message_text")
	p.Text = postText(text)
	p.Links = links(text, name)
	p.readMeta(bubble)
	return p, nil
}

// readMeta fills the fields that never fail: views, forward, reply, edits,
// media and poll.
func (p *Post) readMeta(bubble *goquery.Selection) {
	own := bubble.Find("*").Not(".tgme_widget_message_reply, .tgme_widget_message_reply *")
	p.ViewsLabel = strings.TrimSpace(own.Filter(".tgme_widget_message_views").First().Text())
	p.Views = parseViews(p.ViewsLabel)
	p.ForwardedFrom = strings.TrimSpace(own.Filter(".tgme_widget_message_forwarded_from_name").First().Text())
	p.ReplyTo = bubble.ChildrenFiltered("a.tgme_widget_message_reply").AttrOr("href", "")
	meta := own.Filter(".tgme_widget_message_meta").First().Clone()
	meta.Find("time").Remove()
	p.Edited = strings.Contains(strings.ToLower(meta.Text()), "edited")
	for _, m := range mediaKinds {
		for range own.Filter(m.selector).Length() {
			p.Media = append(p.Media, m.kind)
		}
	}
	p.Poll = strings.TrimSpace(own.Filter(".tgme_widget_message_poll_question").First().Text())
}

// postTime reads the permalink's time[datetime] (ISO 8601 with offset; the
// visible text is only a local HH:MM) and returns it in UTC.
func postTime(bubble *goquery.Selection) (time.Time, error) {
	t := bubble.Find("a.tgme_widget_message_date time[datetime]").First()
	if t.Length() == 0 {
		t = bubble.Find(".tgme_widget_message_footer time[datetime]").First()
	}
	raw, ok := t.Attr("datetime")
	if !ok {
		return time.Time{}, fmt.Errorf("no time[datetime]")
	}
	ts, err := time.Parse(time.RFC3339, strings.TrimSpace(raw))
	if err != nil {
		return time.Time{}, fmt.Errorf("time %q: %w", raw, err)
	}
	return ts.UTC(), nil
}

// postText turns the text element into plain text: <br> is a line break,
// two in a row a paragraph break, emoji images keep their character.
func postText(text *goquery.Selection) string {
	inner, err := text.First().Html()
	if err != nil || text.Length() == 0 {
		return ""
	}
	return feed.HTMLText(inner)
}

// links returns the hrefs of the text's links, absolute. Links that carry an
// onclick confirmation have their & double-escaped in href ("&amp;amp;"), so
// after HTML parsing one "&amp;" is left, unescaped here.
func links(text *goquery.Selection, channel string) []string {
	base := &url.URL{Scheme: "https", Host: "t.me", Path: "/s/" + channel}
	var out []string
	text.First().Find("a[href]").Each(func(_ int, a *goquery.Selection) {
		href := strings.TrimSpace(a.AttrOr("href", ""))
		if _, ok := a.Attr("onclick"); ok {
			href = html.UnescapeString(href)
		}
		if u, err := base.Parse(href); err == nil {
			href = u.String()
		}
		if href != "" {
			out = append(out, href)
		}
	})
	return out
}
