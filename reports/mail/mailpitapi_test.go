package mail

import (
	"testing"
	"time"
)

// readBackDeadline bounds the wait for a sent message to show in the API.
const readBackDeadline = 10 * time.Second

// apiAddress is an address as mailpit's API returns it.
type apiAddress struct {
	Name    string
	Address string
}

// apiSummary is one entry of GET /api/v1/messages.
type apiSummary struct {
	ID        string
	MessageID string
	Subject   string
}

// apiAttachment is an attachment of GET /api/v1/message/{ID}.
type apiAttachment struct {
	PartID      string
	FileName    string
	ContentType string
	Size        int64
}

// apiMessage is GET /api/v1/message/{ID}.
type apiMessage struct {
	ID          string
	MessageID   string
	From        apiAddress
	To, Cc, Bcc []apiAddress
	Subject     string
	Text        string
	HTML        string
	Attachments []apiAttachment
}

// chaosTrigger and chaosTriggers are the body of PUT /api/v1/chaos.
type chaosTrigger struct {
	ErrorCode   int
	Probability int
}

type chaosTriggers struct {
	Sender, Recipient, Authentication chaosTrigger
}

// reset deletes every stored message and, on the chaos instance, turns
// chaos off again when the test ends.
func (mp *mailpit) reset(t *testing.T, chaos bool) {
	t.Helper()
	mp.call(t, "DELETE", "/api/v1/messages", map[string][]string{"IDs": {}}, nil)
	if chaos {
		t.Cleanup(func() { mp.setChaos(t, chaosTriggers{}) })
	}
}

// setChaos sets the chaos triggers (probability 0 disables one).
func (mp *mailpit) setChaos(t *testing.T, c chaosTriggers) {
	t.Helper()
	mp.call(t, "PUT", "/api/v1/chaos", c, nil)
}

// messages lists the stored messages.
func (mp *mailpit) messages(t *testing.T) []apiSummary {
	t.Helper()
	var list struct {
		Messages []apiSummary `json:"messages"`
	}
	mp.call(t, "GET", "/api/v1/messages", nil, &list)
	return list.Messages
}

// waitMessage polls until a message with Message-ID id is stored, within
// readBackDeadline, and returns it in full.
func (mp *mailpit) waitMessage(t *testing.T, id string) apiMessage {
	t.Helper()
	deadline := time.Now().Add(readBackDeadline)
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for {
		for _, s := range mp.messages(t) {
			if s.MessageID == id {
				var m apiMessage
				mp.call(t, "GET", "/api/v1/message/"+s.ID, nil, &m)
				return m
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("message %q not in mailpit after %s", id, readBackDeadline)
		}
		<-tick.C
	}
}

// part downloads one MIME part's decoded bytes.
func (mp *mailpit) part(t *testing.T, id, partID string) []byte {
	t.Helper()
	return mp.call(t, "GET", "/api/v1/message/"+id+"/part/"+partID, nil, nil)
}
