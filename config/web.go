package config

// WebConfig is the web block of a source of kind web: how to find the items
// of a listing page, how to read their dates, how to reach older listing
// pages and, when the source fetches articles, how to read an article page.
//
// Selectors are CSS selectors as goquery (cascadia) understands them. A
// selector may end in "@attr" to read that attribute instead of the text,
// e.g. "time@datetime"; the link selector reads href unless told otherwise.
type WebConfig struct {
	// List holds the listing page's selectors.
	List ListSelectors `yaml:"list,omitempty"`
	// Article holds the article page's selectors, used when fetch_articles
	// is true (the default).
	Article ArticleSelectors `yaml:"article,omitempty"`
	// DateLayout is the Go time layout of the dates, such as "02.01.2006"
	// or "January 2, 2006". Write the Ukrainian genitive "січня" where the
	// month name goes for dates such as "14 листопада 2025" (layout
	// "2 січня 2006"). Empty means RFC 3339, as in <time datetime>.
	DateLayout string `yaml:"date_layout,omitempty"`
	// TimeZone is the IANA zone of dates without an offset; default the
	// configuration's timezone.
	TimeZone string `yaml:"timezone,omitempty"`
	// NextPage selects the link to the next (older) listing page.
	NextPage string `yaml:"next_page,omitempty"`
	// PageURLTemplate builds the URL of listing page .Page (2, 3, …) as a
	// text/template, e.g. "https://example.org/press?page={{.Page}}". At
	// most one of next_page and page_url_template may be set; with neither,
	// only the first page is read.
	PageURLTemplate string `yaml:"page_url_template,omitempty"`
}

// ListSelectors find the items of a listing page.
type ListSelectors struct {
	// Item selects one element per listed document; required. Matching
	// nothing is an error ("layout changed?"), never "no news".
	Item string `yaml:"item,omitempty"`
	// Link selects, inside an item, the link to the document; required
	// (reads href unless the selector ends in "@attr").
	Link string `yaml:"link,omitempty"`
	// Title selects the headline inside an item; default the link's text.
	Title string `yaml:"title,omitempty"`
	// Date selects the publication date inside an item; optional.
	Date string `yaml:"date,omitempty"`
}

// ArticleSelectors read an article page.
type ArticleSelectors struct {
	// Body selects the element(s) holding the main text; required when the
	// source fetches articles.
	Body string `yaml:"body,omitempty"`
	// Title selects the headline; default the listing's title.
	Title string `yaml:"title,omitempty"`
	// Date selects the publication date; it wins over the listing's date.
	Date string `yaml:"date,omitempty"`
}

// PageData is what page_url_template is executed with.
type PageData struct {
	// Page is the 1-based number of the listing page.
	Page int
}
