package config

// Source kinds. Adding a kind is one constant here plus one entry in
// KnownKinds; the scrapers package maps each kind to its constructor.
const (
	// KindFeed is an RSS, Atom or JSON feed, optionally with linked pages.
	KindFeed = "feed"
	// KindTelegram is the web preview of a public Telegram channel,
	// https://t.me/s/<channel>, paged back with ?before=<id>.
	KindTelegram = "telegram"
	// KindWeb is a listing page (and optionally its article pages) read
	// with the CSS selectors of the source's web block.
	KindWeb = "web"
)

// KnownKinds lists the source kinds a configuration may use.
func KnownKinds() []string { return []string{KindFeed, KindTelegram, KindWeb} }

// pagingKinds are the kinds that read several pages per run and so take
// max_pages and page_delay.
func pagingKinds() []string { return []string{KindTelegram, KindWeb} }

// Authorities rank sources when several report the same figure.
const (
	// AuthorityAirForce is the Air Force's own tally of launches and kills.
	AuthorityAirForce = "air_force"
	// AuthorityOfficial is a government or military administration.
	AuthorityOfficial = "official"
	// AuthorityMedia is a news outlet (the default).
	AuthorityMedia = "media"
)

// KnownAuthorities lists the accepted values of a source's authority.
func KnownAuthorities() []string {
	return []string{AuthorityAirForce, AuthorityOfficial, AuthorityMedia}
}

// SMTP transport security modes.
const (
	// TLSStartTLS upgrades a plain connection and fails when the server does
	// not offer STARTTLS (the default; never falls back to plain text).
	TLSStartTLS = "starttls"
	// TLSImplicit connects with TLS from the first byte (usually port 465).
	TLSImplicit = "tls"
	// TLSNone sends in plain text; only for a local relay.
	TLSNone = "none"
)

// KnownTLSModes lists the accepted values of email.smtp.tls.
func KnownTLSModes() []string { return []string{TLSStartTLS, TLSImplicit, TLSNone} }
