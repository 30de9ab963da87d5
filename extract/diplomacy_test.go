package extract

import (
	"slices"
	"testing"
)

func TestFindDiplomacy(t *testing.T) {
	// Each want entry is "actor action target amount"; "-" for null.
	tests := []struct {
		name, text string
		want       []string
	}{
		{"new sanctions", "Canada unveiled new sanctions targeting Russia's drone industry.",
			[]string{"Canada sanctions Russia -"}},
		{"sanctions package", "The EU adopted its 19th sanctions package against Moscow on Wednesday.",
			[]string{"European Union sanctions Russia -"}},
		{"threatened sanctions are sanctions", "Trump threatened sanctions on Russian oil buyers.",
			[]string{"United States sanctions Russia -"}},
		{"G7 ceasefire call", "G7 foreign ministers called for an immediate ceasefire in Ukraine.",
			[]string{"G7 ceasefire_call - -"}},
		{"weighing frozen assets", "The European Commission is weighing the use of frozen Russian assets for Ukraine's financial and military support.",
			[]string{"European Commission frozen_assets Russia -"}},
		{"rejection and peace talks in one sentence", "Moscow rejected ceasefire proposals, including attempts by US President Donald Trump to revive stalled peace negotiations.",
			[]string{"Russia rejection - -", "United States peace_talks - -"}},
		{"Kremlin rejects a plan", "The Kremlin rejected the European peace plan for Ukraine.",
			[]string{"Russia rejection - -"}},
		{"peace proposal", "Washington presented a peace plan to Kyiv and Moscow.",
			[]string{"United States peace_proposal - -"}},
		{"financial aid keeps the amount", "Japan will provide Ukraine with $1.5 billion in budget support.",
			[]string{"Japan financial_aid Ukraine $1.5 billion"}},
		{"euro amount", "The EU approved a €90bn loan for Ukraine.",
			[]string{"European Union financial_aid Ukraine €90bn"}},
		{"military aid", "Germany pledged new military aid to Ukraine.",
			[]string{"Germany military_aid Ukraine -"}},
		{"humanitarian aid", "London will send generators and humanitarian aid to Ukraine.",
			[]string{"United Kingdom humanitarian_aid Ukraine -"}},
		{"condemnation", "Macron condemned the Russian strike on Kyiv.",
			[]string{"France statement_condemnation Russia -"}},
		{"summit", "Zelensky met with Starmer in London to discuss the war with Russia.",
			[]string{"Ukraine summit_meeting - -"}},
		{"us as a pronoun is no actor", "Russia keeps attacking us, and we will not accept a ceasefire.",
			[]string{"Russia rejection - -"}},
		{"another war's diplomacy", "Qatar called for a ceasefire in the region.", nil},
		{"considered sanctions are no sanctions", "Australia will consider further sanctions against Russia.", nil},
		{"a ceasefire nobody calls for is no call", "A ceasefire without guarantees simply gives Russia time to rearm.", nil},
		{"the recipient never acts", "Ukraine has asked its partners for more air defence systems.", nil},
		{"a pledge with a sum is aid", "The Netherlands will contribute €250 million to a package of American weapons for Ukraine.",
			[]string{"Netherlands military_aid Ukraine €250 million"}},
		{"demining money is humanitarian", "Switzerland will allocate CHF 100 million for demining in Ukraine.",
			[]string{"Switzerland humanitarian_aid Ukraine CHF 100 million"}},
		{"a rejected loan plan is only rejected", "Belgium's prime minister rejected the reparations loan plan for Ukraine.",
			[]string{"Belgium rejection - -"}},
		{"talks about peace are peace talks", "A US delegation held talks with Ukrainian officials in Geneva on a framework for ending the war.",
			[]string{"United States peace_talks - -"}},
		{"a telephone call is a meeting", "Macron spoke by telephone with Zelensky about the war.",
			[]string{"France summit_meeting - -"}},
		{"a UN resolution is other", "The United Nations General Assembly adopted a resolution demanding that Russia return Ukrainian children.",
			[]string{"United Nations other Russia -"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, a := range findDiplomacy(tokenize(tc.text), tc.text, false, "") {
				got = append(got, a.Actor+" "+a.Action+" "+orDash(a.Target)+" "+orDash(a.Amount))
				if a.Evidence != tc.text {
					t.Errorf("evidence = %q, want the sentence", a.Evidence)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("findDiplomacy(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

func orDash(s *string) string {
	if s == nil {
		return "-"
	}
	return *s
}
