package feed

import "testing"

func TestHTMLText(t *testing.T) {
	tests := map[string]struct {
		in, want string
	}{
		"empty":                        {"  ", ""},
		"plain sentence":               {"One drone was shot down.", "One drone was shot down."},
		"paragraphs":                   {"<p>First.</p><p>Second.</p>", "First.\n\nSecond."},
		"list items":                   {"<ul><li>Kyiv</li><li>Odesa</li></ul>", "Kyiv\n\nOdesa"},
		"heading then paragraph":       {"<h2>Update</h2>Three injured.", "Update\n\nThree injured."},
		"br is a line break":           {"Line one<br>line two", "Line one\nline two"},
		"double br ends paragraph":     {"Part one<br><br>part two", "Part one\n\npart two"},
		"inline keeps spacing":         {"<p>Hit in <b>Kharkiv</b>, <i>again</i>.</p>", "Hit in Kharkiv, again."},
		"words split by tags":          {"<p>Kyi<span>v</span></p>", "Kyiv"},
		"whitespace collapsed":         {"<p>  many \n\t spaces   here </p>", "many spaces here"},
		"nbsp is a space":              {"<p>at&nbsp;least&nbsp;five</p>", "at least five"},
		"entities decoded":             {"<p>Tom &amp; Jerry &lt;3</p>", "Tom & Jerry <3"},
		"script and style dropped":     {"<p>Text</p><script>var x = 1;</script><style>p{}</style>", "Text"},
		"blank line in plain text":     {"First part.\n\nSecond part.", "First part.\n\nSecond part."},
		"single newline in plain text": {"First line\nsame paragraph", "First line same paragraph"},
		"table cells spaced":           {"<table><tr><td>Killed</td><td>3</td></tr></table>", "Killed 3"},
		"pre keeps line breaks":        {"<pre>a  b\nc</pre>", "a b\nc"},
		"nested blocks":                {"<div><div><p>Deep</p></div>tail</div>", "Deep\n\ntail"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := HTMLText(tc.in); got != tc.want {
				t.Errorf("HTMLText(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestDropLeadingTitle(t *testing.T) {
	tests := map[string]struct {
		text, title, want string
	}{
		"repeated headline dropped": {"Drone attack on Kyiv\n\nFive injured.", "Drone  attack on kyiv", "Five injured."},
		"different first paragraph": {"Five injured.\n\nMore later.", "Drone attack on Kyiv", "Five injured.\n\nMore later."},
		"no title":                  {"Five injured.", "", "Five injured."},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := dropLeadingTitle(tc.text, tc.title); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
