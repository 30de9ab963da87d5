package uk

// The Ukrainian gazetteer (DOMAIN.md §7): every oblast in all its forms, the
// oblast centres and the frequently hit towns in their case forms, a few
// raions, and Kyiv's ten districts with their best-known neighbourhoods.
// Forms are folded (lower case, apostrophe as '), separated by "|".

// oblastStems gives each oblast's adjective stem, to which the endings of
// "Київська область / Київської області / Київській області / Київську
// область / Київською областю" are added, and its "-щина" name stem (or
// the whole set of forms, written out, for Волинь, Закарпаття, Буковина).
var oblastStems = []struct {
	oblast, adjective, region string
}{
	{"Cherkasy", "черкаськ", "черкащин"},
	{"Chernihiv", "чернігівськ", "чернігівщин"},
	{"Chernivtsi", "чернівецьк", "буковин"},
	{"Dnipropetrovsk", "дніпропетровськ", "дніпропетровщин"},
	{"Donetsk", "донецьк", "донеччин"},
	{"Ivano-Frankivsk", "івано-франківськ", "івано-франківщин"},
	{"Kharkiv", "харківськ", "харківщин"},
	{"Kherson", "херсонськ", "херсонщин"},
	{"Khmelnytskyi", "хмельницьк", "хмельниччин"},
	{"Kirovohrad", "кіровоградськ", "кіровоградщин"},
	{"Kyiv", "київськ", "київщин"},
	{"Luhansk", "луганськ", "луганщин"},
	{"Lviv", "львівськ", "львівщин"},
	{"Mykolaiv", "миколаївськ", "миколаївщин"},
	{"Odesa", "одеськ", "одещин"},
	{"Poltava", "полтавськ", "полтавщин"},
	{"Rivne", "рівненськ", "рівненщин"},
	{"Sumy", "сумськ", "сумщин"},
	{"Ternopil", "тернопільськ", "тернопільщин"},
	{"Vinnytsia", "вінницьк", "вінниччин"},
	{"Volyn", "волинськ", ""},
	{"Zakarpattia", "закарпатськ", ""},
	{"Zaporizhzhia", "запорізьк", "запоріжчин"},
	{"Zhytomyr", "житомирськ", "житомирщин"},
}

// oblastForms are the oblast names that no stem rule makes.
var oblastForms = map[string]string{
	"Volyn":           "волинь|волині|волинню|волиню",
	"Zakarpattia":     "закарпаття|закарпатті|закарпаттю|закарпаттям",
	"Ivano-Frankivsk": "прикарпаття|прикарпатті|прикарпаттю",
	"Crimea":          "крим|криму|кримом|ар крим|автономна республіка крим|автономної республіки крим",
}

// kyivForms name Kyiv city: the city in its cases, "the capital", and
// its people.
const kyivForms = "київ|києва|києві|києву|києвом|столиця|столиці|столицю|столицею|кияни|киян|киянам|киянами"

// cityForms are the oblast centres and frequently hit towns: English name,
// oblast, folded case forms.
var cityForms = []struct {
	city, oblast, forms string
}{
	{"Kharkiv", "Kharkiv", "харків|харкова|харкові|харкову|харковом"},
	{"Odesa", "Odesa", "одеса|одеси|одесі|одесу|одесою"},
	{"Dnipro", "Dnipropetrovsk", "дніпро|дніпра|дніпрі|дніпру|дніпром"},
	{"Zaporizhzhia", "Zaporizhzhia", "запоріжжя|запоріжжі|запоріжжю|запоріжжям"},
	{"Lviv", "Lviv", "львів|львова|львові|львову|львовом"},
	{"Kryvyi Rih", "Dnipropetrovsk", "кривий ріг|кривого рогу|кривому розі|кривому рогу|кривим рогом|кривому рогові"},
	{"Mykolaiv", "Mykolaiv", "миколаїв|миколаєва|миколаєві|миколаєву|миколаєвом"},
	{"Kherson", "Kherson", "херсон|херсона|херсоні|херсону|херсоном"},
	{"Sumy", "Sumy", "суми|сумах|сумам|сумами"},
	{"Chernihiv", "Chernihiv", "чернігів|чернігова|чернігові|чернігову|черніговом"},
	{"Poltava", "Poltava", "полтава|полтави|полтаві|полтаву|полтавою"},
	{"Cherkasy", "Cherkasy", "черкаси|черкас|черкасах|черкасам|черкасами"},
	{"Zhytomyr", "Zhytomyr", "житомир|житомира|житомирі|житомиру|житомиром"},
	{"Vinnytsia", "Vinnytsia", "вінниця|вінниці|вінницю|вінницею"},
	{"Rivne", "Rivne", "рівне|рівного|рівному|рівним"},
	{"Lutsk", "Volyn", "луцьк|луцька|луцьку|луцьком"},
	{"Ternopil", "Ternopil", "тернопіль|тернополя|тернополі|тернополю|тернополем"},
	{"Khmelnytskyi", "Khmelnytskyi", "хмельницький|хмельницького|хмельницькому|хмельницьким"},
	{"Ivano-Frankivsk", "Ivano-Frankivsk", "івано-франківськ|івано-франківська|івано-франківську|івано-франківськом"},
	{"Uzhhorod", "Zakarpattia", "ужгород|ужгорода|ужгороді|ужгороду|ужгородом"},
	{"Chernivtsi", "Chernivtsi", "чернівці|чернівців|чернівцях|чернівцям|чернівцями"},
	{"Kropyvnytskyi", "Kirovohrad", "кропивницький|кропивницького|кропивницькому|кропивницьким"},
	{"Donetsk", "Donetsk", "донецьк|донецька|донецьку|донецьком"},
	{"Luhansk", "Luhansk", "луганськ|луганська|луганську|луганськом"},
	{"Simferopol", "Crimea", "сімферополь|сімферополя|сімферополі|сімферополю"},
	{"Sevastopol", "Sevastopol", "севастополь|севастополя|севастополі|севастополю|севастополем"},
	{"Pavlohrad", "Dnipropetrovsk", "павлоград|павлограда|павлограді|павлограду"},
	{"Nikopol", "Dnipropetrovsk", "нікополь|нікополя|нікополі|нікополю"},
	{"Kamianske", "Dnipropetrovsk", "кам'янське|кам'янського|кам'янському"},
	{"Kremenchuk", "Poltava", "кременчук|кременчука|кременчуці|кременчуку"},
	{"Bila Tserkva", "Kyiv", "біла церква|білої церкви|білій церкві|білу церкву|білою церквою"},
	{"Brovary", "Kyiv", "бровари|броварів|броварах|броварам"},
	{"Boryspil", "Kyiv", "бориспіль|борисполя|борисполі|бориспілю"},
	{"Irpin", "Kyiv", "ірпінь|ірпеня|ірпені|ірпеню"},
	{"Bucha", "Kyiv", "буча|бучі|бучу|бучею"},
	{"Vyshhorod", "Kyiv", "вишгород|вишгорода|вишгороді|вишгороду"},
	{"Fastiv", "Kyiv", "фастів|фастова|фастові|фастову"},
	{"Obukhiv", "Kyiv", "обухів|обухова|обухові|обухову"},
	{"Izmail", "Odesa", "ізмаїл|ізмаїла|ізмаїлі|ізмаїлу"},
	{"Chornomorsk", "Odesa", "чорноморськ|чорноморська|чорноморську"},
	{"Bilhorod-Dnistrovskyi", "Odesa", "білгород-дністровський|білгорода-дністровського|білгороді-дністровському|білгород-дністровського|білгород-дністровському"},
	{"Kramatorsk", "Donetsk", "краматорськ|краматорська|краматорську|краматорськом"},
	{"Sloviansk", "Donetsk", "слов'янськ|слов'янська|слов'янську|слов'янськом"},
	{"Pokrovsk", "Donetsk", "покровськ|покровська|покровську|покровськом"},
	{"Kostiantynivka", "Donetsk", "костянтинівка|костянтинівки|костянтинівці|костянтинівку"},
	{"Druzhkivka", "Donetsk", "дружківка|дружківки|дружківці|дружківку"},
	{"Kupiansk", "Kharkiv", "куп'янськ|куп'янська|куп'янську"},
	{"Chuhuiv", "Kharkiv", "чугуїв|чугуєва|чугуєві|чугуєву"},
	{"Izium", "Kharkiv", "ізюм|ізюма|ізюмі|ізюму"},
	{"Shostka", "Sumy", "шостка|шостки|шостці|шостку"},
	{"Konotop", "Sumy", "конотоп|конотопа|конотопі|конотопу"},
	{"Okhtyrka", "Sumy", "охтирка|охтирки|охтирці|охтирку"},
	{"Burshtyn", "Ivano-Frankivsk", "бурштин|бурштина|бурштині|бурштину"},
	{"Ladyzhyn", "Vinnytsia", "ладижин|ладижина|ладижині|ладижину"},
	{"Enerhodar", "Zaporizhzhia", "енергодар|енергодара|енергодарі|енергодару"},
	{"Nizhyn", "Chernihiv", "ніжин|ніжина|ніжині|ніжину"},
	{"Uman", "Cherkasy", "умань|умані|уманню"},
	{"Kovel", "Volyn", "ковель|ковеля|ковелі|ковелю"},
	{"Berdychiv", "Zhytomyr", "бердичів|бердичева|бердичеві|бердичеву"},
	{"Korosten", "Zhytomyr", "коростень|коростеня|коростені|коростеню"},
	{"Stryi", "Lviv", "стрий|стрия|стрию|стриї"},
	{"Drohobych", "Lviv", "дрогобич|дрогобича|дрогобичі|дрогобичу"},
}

// raionStems are raions (districts of an oblast) whose name differs from
// any Kyiv city district: a raion gives the oblast-level row. Raions named
// like a Kyiv district (Подільський in Odesa oblast, Дніпровський in
// Dnipropetrovsk oblast) are left out on purpose.
var raionStems = []struct {
	oblast, stem string
}{
	{"Kyiv", "білоцерківськ"}, {"Kyiv", "бориспільськ"}, {"Kyiv", "броварськ"},
	{"Kyiv", "бучанськ"}, {"Kyiv", "вишгородськ"}, {"Kyiv", "обухівськ"}, {"Kyiv", "фастівськ"},
	{"Odesa", "одеськ"}, {"Odesa", "ізмаїльськ"}, {"Odesa", "білгород-дністровськ"},
	{"Kharkiv", "харківськ"}, {"Kharkiv", "чугуївськ"}, {"Kharkiv", "ізюмськ"}, {"Kharkiv", "куп'янськ"},
	{"Kharkiv", "богодухівськ"},
	{"Dnipropetrovsk", "криворізьк"}, {"Dnipropetrovsk", "нікопольськ"}, {"Dnipropetrovsk", "павлоградськ"},
	{"Dnipropetrovsk", "синельниківськ"}, {"Dnipropetrovsk", "кам'янськ"},
	{"Zaporizhzhia", "запорізьк"}, {"Poltava", "полтавськ"}, {"Poltava", "кременчуцьк"},
	{"Poltava", "миргородськ"}, {"Sumy", "сумськ"}, {"Sumy", "шосткинськ"}, {"Sumy", "конотопськ"},
	{"Sumy", "охтирськ"}, {"Chernihiv", "чернігівськ"}, {"Chernihiv", "ніжинськ"},
	{"Chernihiv", "новгород-сіверськ"}, {"Chernihiv", "корюківськ"}, {"Lviv", "львівськ"},
	{"Lviv", "стрийськ"}, {"Lviv", "дрогобицьк"}, {"Mykolaiv", "миколаївськ"},
	{"Kherson", "херсонськ"}, {"Kherson", "бериславськ"}, {"Donetsk", "краматорськ"},
	{"Donetsk", "покровськ"}, {"Donetsk", "бахмутськ"}, {"Zhytomyr", "житомирськ"},
	{"Zhytomyr", "коростенськ"}, {"Cherkasy", "черкаськ"}, {"Cherkasy", "уманськ"},
	{"Vinnytsia", "вінницьк"}, {"Rivne", "рівненськ"}, {"Volyn", "луцьк"}, {"Volyn", "ковельськ"},
	{"Ternopil", "тернопільськ"}, {"Ivano-Frankivsk", "івано-франківськ"}, {"Ivano-Frankivsk", "калуськ"},
	{"Khmelnytskyi", "хмельницьк"}, {"Zakarpattia", "ужгородськ"}, {"Chernivtsi", "чернівецьк"},
	{"Kirovohrad", "кропивницьк"},
}

// kyivDistricts are Kyiv's ten districts: the canonical English name, the
// Ukrainian and Russian adjective stems, and neighbourhood names.
var kyivDistricts = []struct {
	name, stems, places string
}{
	{"Holosiivskyi", "голосіївськ|голосеевск", "теремк|теремках"},
	{"Darnytskyi", "дарницьк|дарницк", "позняк|осокорк"},
	{"Desnianskyi", "деснянськ|деснянск", "троєщин|троещин"},
	{"Dniprovskyi", "дніпровськ|днепровск", "русанівк|лівобережн\\pL* масив"},
	{"Obolonskyi", "оболонськ|оболонск", "оболон[ьі]"},
	{"Pecherskyi", "печерськ|печерск", ""},
	{"Podilskyi", "подільськ|подольск", "виноградар"},
	{"Shevchenkivskyi", "шевченківськ|шевченковск", "лук'янівк"},
	{"Solomianskyi", "солом'янськ|соломенск", "жулян"},
	{"Sviatoshynskyi", "святошинськ", "академмістечк"},
}

// raionWords are the forms of "район" after a raion's adjective.
const raionWords = "район|району|районі|районом|районах"

// adjectiveEndings are the endings of a masculine adjective in every case,
// used after raion and district stems.
const adjectiveEndings = "ий|ого|ому|им|ім|их|і|іх"
