package extract

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// Tables for the way wires and officials write (extractor 0.2.1): updates
// later in a text, counting words, children among the dead, places that are
// not places hit, raions, drills and anniversaries, and aid and meeting
// announcements. Texts are invented and written for these tests.

var newsPublished = time.Date(2025, 11, 20, 18, 0, 0, 0, kyiv) // a Thursday

// extractText runs Extract on a headline and body joined by a blank line.
func extractText(text string) Facts {
	title, body, _ := strings.Cut(text, "\n\n")
	return Extract(Input{Title: title, Text: body, Published: newsPublished})
}

// rowFor returns the row of a place ("Kharkiv/Kharkiv", "Kharkiv/" for the
// oblast, "/" for the national tally).
func rowFor(f Facts, where string) (Attack, bool) {
	for _, a := range f.Attacks {
		if a.Country == countryUkraine && orEmpty(a.Oblast)+"/"+orEmpty(a.City) == where {
			return a, true
		}
	}
	return Attack{}, false
}

func TestLaterUpdatesWin(t *testing.T) {
	tests := []struct {
		name, text, where, field string
		want                     int
	}{
		{"update in a later paragraph", "Missile hits Poltava\n\n" +
			"A missile struck a block of flats in Poltava on Thursday, killing four people and injuring 17, the governor said.\n\n" +
			"Rescuers worked through the afternoon.\n\n" +
			"Later the governor said the number of injured had risen to 23.",
			"Poltava/Poltava", fieldInjured, 23},
		{"by evening, in the pluperfect", "Drones hit Odesa\n\n" +
			"Drones struck apartment buildings in Odesa overnight, injuring eight people, officials said.\n\n" +
			"By evening, 13 people had been reported injured, the regional administration said.",
			"Odesa/Odesa", fieldInjured, 13},
		{"a longer number-of phrase", "Bomb hits Zaporizhzhia\n\n" +
			"A guided bomb hit Zaporizhzhia, wounding six people. " +
			"The number of people who were wounded later rose to nine.",
			"Zaporizhzhia/Zaporizhzhia", fieldInjured, 9},
		{"a third person died", "Drones hit Kyiv\n\n" +
			"Drones attacked Kyiv overnight, killing two people. Later on Thursday a third person died in hospital.",
			"Kyiv/Kyiv", fieldKilled, 3},
		{"an opening earlier still recalls", "Missile hits Kharkiv\n\n" +
			"A missile hit Kharkiv, killing five people. Earlier, officials had reported three dead by evening.",
			"Kharkiv/Kharkiv", fieldKilled, 5},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, ok := rowFor(extractText(tc.text), tc.where)
			if !ok {
				t.Fatalf("no %s row", tc.where)
			}
			if v := figureOf(&a, tc.field); v == nil || *v != tc.want {
				t.Errorf("%s = %v, want %d", tc.field, deref2(v), tc.want)
			}
		})
	}
}

func TestCountingWords(t *testing.T) {
	tests := []struct {
		name, text, where, field string
		want                     int // -1: null
	}{
		{"both of the two just named", "Missiles at Dnipro\n\n" +
			"Russia fired two cruise missiles at Dnipro overnight. Both were shot down by air defence, the governor said.",
			"Dnipropetrovsk/Dnipro", fieldMissilesDowned, 2},
		{"all of them in one sentence", "Drones at Volyn\n\n" +
			"Russia sent seven drones at the Volyn region, all of them were destroyed by air defence.",
			"Volyn/", fieldDronesDowned, 7},
		{"a bare count after the launch", "Missiles at Odesa\n\n" +
			"Russia launched three ballistic missiles at Odesa. One was intercepted by air defence.",
			"Odesa/Odesa", fieldMissilesDowned, 1},
		{"n of them", "Air Force report\n\n" +
			"Russia attacked Ukraine overnight with 80 Shahed drones, the Air Force said. Air defence shot down 61 of them.",
			"/", fieldDronesDowned, 61},
		{"both with a place and no launch before is nothing", "Kherson shelled\n\n" +
			"Russian artillery shelled Kherson; both hospitals were damaged.",
			"Kherson/Kherson", fieldMissilesDowned, -1},
		{"a woman is one", "Kherson shelled\n\n" +
			"Russian artillery shelled Kherson. A woman was killed, the administration said.",
			"Kherson/Kherson", fieldKilled, 1},
		{"a couple is vague", "Sumy hit\n\n" +
			"A drone hit a house in Sumy, injuring a couple of neighbours.",
			"Sumy/Sumy", fieldInjured, -1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, ok := rowFor(extractText(tc.text), tc.where)
			if !ok {
				t.Fatalf("no %s row", tc.where)
			}
			v := figureOf(&a, tc.field)
			if tc.want < 0 {
				if v != nil {
					t.Errorf("%s = %d, want null", tc.field, *v)
				}
				return
			}
			if v == nil || *v != tc.want {
				t.Errorf("%s = %v, want %d", tc.field, deref2(v), tc.want)
			}
		})
	}
	if q, _, ok := readQuantity(tokenize("a couple of residents"), 0); !ok || q.known || q.phrase != "a couple" {
		t.Errorf(`"a couple" = %+v, want the vague phrase`, q)
	}
}

func TestChildrenAmongTheDead(t *testing.T) {
	tests := []struct {
		name, text     string
		killed, childn int
	}{
		{"including, after an active verb", "Missile hits Kryvyi Rih\n\nA missile hit Kryvyi Rih, killing ten people, including three children.", 10, 3},
		{"among them, after an active verb", "Missile hits Kryvyi Rih\n\nA missile hit Kryvyi Rih, killing eight people, among them two children.", 8, 2},
		{"a child among the dead, next sentence", "Drone hits Kryvyi Rih\n\nA drone hit a house in Kryvyi Rih. Five people were killed. A child was among the dead.", 5, 1},
		{"n of the dead were children", "Missile hits Kryvyi Rih\n\nA missile hit Kryvyi Rih on Thursday, killing 12 people. Four of the dead were children, officials said.", 12, 4},
		{"a boy of twelve killed", "Shelling in Kryvyi Rih\n\nRussian shelling hit Kryvyi Rih. A 12-year-old boy was killed.", 1, 1},
		{"among them opening the next sentence", "Missile hits Kryvyi Rih\n\nA missile hit Kryvyi Rih, and seven people were killed. Among them were two girls.", 7, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, ok := rowFor(extractText(tc.text), "Dnipropetrovsk/Kryvyi Rih")
			if !ok {
				t.Fatal("no Kryvyi Rih row")
			}
			if a.Killed == nil || *a.Killed != tc.killed || a.ChildrenKilled == nil || *a.ChildrenKilled != tc.childn {
				t.Errorf("killed %v, children %v; want %d, %d", deref2(a.Killed), deref2(a.ChildrenKilled), tc.killed, tc.childn)
			}
		})
	}
	// An adult's age is no child; injured children are not children killed.
	for _, text := range []string{"A 52-year-old man was killed.", "Two children were injured."} {
		for _, o := range findCasualties(tokenize(text)) {
			if o.field == fieldChildrenKilled {
				t.Errorf("findCasualties(%q) gave children killed", text)
			}
		}
	}
}

func TestPlacesNotHit(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // the rows' places
	}{
		{"the capital as the government", "Strike on Odesa\n\n" +
			"Russian drones struck the port of Odesa overnight, damaging a grain terminal. " +
			"Kyiv says Moscow is trying to choke its exports. Kyiv accused Moscow of targeting civilians.",
			[]string{"Odesa/Odesa"}},
		{"the capital's allies", "Strike on Sumy\n\n" +
			"A missile struck Sumy, killing two people. Kyiv's allies condemned the attack.",
			[]string{"Sumy/Sumy"}},
		{"officials in the capital", "Drones hit Chernihiv\n\n" +
			"Russian drones struck a substation in Chernihiv overnight, officials in Kyiv said, cutting power to thousands.",
			[]string{"Chernihiv/Chernihiv"}},
		{"a title-case wire dateline", "Drones hit Chernihiv\n\n" +
			"Kyiv (Reuters) - Russian drones hit a power plant in Chernihiv overnight, damaging equipment.",
			[]string{"Chernihiv/Chernihiv"}},
		{"a byline", "Drones hit Rivne\n\n" +
			"By Anna Kovalenko and Petro Melnyk in Kyiv\n\n" +
			"Russian drones damaged an energy facility in Rivne overnight.",
			[]string{"Rivne/Rivne"}},
		{"main directions without a hit there", "Air Force report\n\n" +
			"Russia attacked Ukraine with 75 drones overnight, the Air Force said. " +
			"The main directions of the attack were Kharkiv and Odesa. Two people were injured in Poltava.",
			[]string{"/", "Poltava/Poltava"}},
		{"the capital hit is still the capital", "Drones hit Kyiv\n\n" +
			"Kyiv was hit by drones overnight; two people were injured, the city administration said.",
			[]string{"Kyiv/Kyiv"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, a := range extractText(tc.text).Attacks {
				got = append(got, orEmpty(a.Oblast)+"/"+orEmpty(a.City))
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("rows = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestRaionsAreOblastRows(t *testing.T) {
	text := "Attacks across the Kharkiv region\n\n" +
		"Glide bombs hit Kharkiv on Thursday, injuring four people, the governor said. " +
		"In the Kupiansk district, shelling killed two people. " +
		"A drone wounded a man in the Chuhuivskyi raion. " +
		"In the Velykyi Burluk hromada, a woman was killed. " +
		"Drones also damaged houses in the Izium and Bohodukhiv districts."
	f := extractText(text)
	city, ok := rowFor(f, "Kharkiv/Kharkiv")
	if !ok || city.Injured == nil || *city.Injured != 4 || city.Killed != nil {
		t.Errorf("Kharkiv city row = %+v, want 4 injured and no dead of the raions", city)
	}
	oblast, ok := rowFor(f, "Kharkiv/")
	if !ok || oblast.Killed == nil || oblast.Injured == nil {
		t.Fatalf("Kharkiv oblast row = %+v, want the raions' figures", oblast)
	}
	for _, a := range f.Attacks {
		if c := orEmpty(a.City); c == "Kupiansk" || c == "Chuhuiv" || c == "Izium" || c == "Bohodukhiv" {
			t.Errorf("a raion became its town: %s", c)
		}
	}
	// A raion the gazetteer does not know, with nothing in context, is no row.
	if f := extractText("Shelling\n\nShelling killed a man in the Velykyi Burluk hromada."); len(f.Attacks) != 0 {
		t.Errorf("an unplaced hromada gave rows: %+v", f.Attacks)
	}
}

func TestNonEventsGiveNoAttack(t *testing.T) {
	for _, tc := range []struct{ name, text string }{
		{"a rescue drill", "Rescuers train in Lviv\n\nEmergency services in Lviv held a rescue drill on Thursday, simulating a drone strike on a school. " +
			"Forty rescuers practised evacuating children, and two simulated casualties were carried out."},
		{"a training exercise", "Exercise in Odesa port\n\nThe port of Odesa hosted a training exercise on Thursday in which crews responded to a mock strike on a grain terminal."},
		{"an anniversary", "City remembers\n\nResidents of Dnipro gathered on Thursday to mark two years since a missile strike killed 46 people in an apartment block. " +
			"Mourners laid flowers at a memorial near the rebuilt block."},
		{"a court case", "Verdict over Kramatorsk strike\n\nA court in Kyiv sentenced a Russian commander in absentia over the 2023 missile strike on a Kramatorsk pizzeria that killed 13 people."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if f := extractText(tc.text); len(f.Attacks) != 0 {
				t.Errorf("attacks = %+v, want none", f.Attacks)
			}
		})
	}
	real := "Russia strikes Kyiv on the anniversary\n\n" +
		"Russian missiles and drones struck Kyiv overnight, killing two people and injuring nine, the city administration said. " +
		"Debris damaged a high-rise in the Obolonskyi district. The attack came on the anniversary of the full-scale invasion."
	if a, ok := rowFor(extractText(real), "Kyiv/Kyiv"); !ok || a.Killed == nil || *a.Killed != 2 {
		t.Errorf("a strike on an anniversary is still a strike: %+v", a)
	}
}

func TestAidPledgesMeetingsAndTargets(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a package of goods without a sum", "Germany pledged a new package of air defence interceptors and artillery shells for Ukraine.",
			[]string{"Germany military_aid Ukraine -"}},
		{"will send goods", "Sweden will send more ammunition and two air defence systems to Ukraine.",
			[]string{"Sweden military_aid Ukraine -"}},
		{"a humanitarian package", "Japan announced a package of winter relief, including generators, for Ukraine.",
			[]string{"Japan humanitarian_aid Ukraine -"}},
		{"Russia gives Ukraine no aid", "Russia sent more drones and artillery shells towards Ukraine's front line.", nil},
		{"a meeting of the contact group", "Speaking at a meeting of the Ukraine Defence Contact Group, the German minister urged more help for Ukraine.",
			[]string{"Ukraine Defense Contact Group summit_meeting - -"}},
		{"Ramstein-format talks", "Defence ministers met in the Ramstein format to coordinate help for Ukraine.",
			[]string{"Ukraine Defense Contact Group summit_meeting - -"}},
		{"a call addressed to a party", "Poland and Finland called on Russia to accept an immediate ceasefire in Ukraine.",
			[]string{"Finland ceasefire_call Russia -", "Poland ceasefire_call Russia -"}},
		{"a call to no one", "Zelensky called for an unconditional ceasefire with Russia.",
			[]string{"Ukraine ceasefire_call - -"}},
		{"a rejection of a party's offer", "Moscow rejected Ukraine's offer of an energy truce.",
			[]string{"Russia rejection Ukraine -"}},
		{"a rejection of a plan put forward by a party", "The Kremlin dismissed a peace plan put forward by Washington for Ukraine.",
			[]string{"Russia rejection United States -"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, a := range findDiplomacy(tokenize(tc.text), tc.text, false, "") {
				got = append(got, a.Actor+" "+a.Action+" "+orDash(a.Target)+" "+orDash(a.Amount))
			}
			slices.Sort(got)
			if !slices.Equal(got, tc.want) {
				t.Errorf("findDiplomacy(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
