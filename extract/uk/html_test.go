package uk

import "testing"

func TestPlainText(t *testing.T) {
	tests := []struct{ name, html, want string }{
		{"a t.me message body", `<div class="tgme_widget_message_text"><b>Збито/подавлено 122 цілі</b><br/><br/>У ніч на 15 листопада…<br/>– 3 балістичні ракети</div>`,
			"Збито/подавлено 122 цілі\n\nУ ніч на 15 листопада…\n– 3 балістичні ракети"},
		{"entities and scripts", `<p>Солом&#39;янський&nbsp;район</p><script>var x = "Київ";</script>`, "Солом'янський\u00a0район"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := PlainText(tc.html); got != tc.want {
				t.Errorf("PlainText = %q, want %q", got, tc.want)
			}
		})
	}
}
