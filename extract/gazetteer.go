package extract

// Gazetteer data (DOMAIN.md section 7). Names are the common English
// transliteration; variants are lower case, as the tokenizer folds them.

// oblastTable lists Ukraine's oblasts (plus Crimea and Sevastopol) with the
// spellings that, followed by "region"/"oblast", mean the oblast. Oblasts
// marked alone=true are the oblast even without that word (Donetsk,
// Dnipropetrovsk, Volyn…), because the bare name rarely means a city in
// today's war reporting.
var oblastTable = []struct {
	name     string
	alone    bool
	variants []string
}{
	{"Cherkasy", false, []string{"cherkasy", "cherkassy"}},
	{"Chernihiv", false, []string{"chernihiv", "chernigov"}},
	{"Chernivtsi", false, []string{"chernivtsi", "chernovtsy"}},
	{"Chernivtsi", true, []string{"bukovina"}},
	{"Dnipropetrovsk", true, []string{"dnipropetrovsk", "dnepropetrovsk"}},
	{"Dnipropetrovsk", false, []string{"dnipro", "dnepr"}},
	{"Donetsk", true, []string{"donetsk", "donetska"}},
	{"Ivano-Frankivsk", false, []string{"ivano-frankivsk", "ivano-frankovsk"}},
	{"Ivano-Frankivsk", true, []string{"prykarpattia"}},
	{"Kharkiv", false, []string{"kharkiv", "kharkov"}},
	{"Kherson", false, []string{"kherson"}},
	{"Khmelnytskyi", false, []string{"khmelnytskyi", "khmelnytsky", "khmelnitsky", "khmelnytskyy"}},
	{"Kirovohrad", true, []string{"kirovohrad", "kirovograd"}},
	{"Kyiv", false, []string{"kyiv", "kiev"}},
	{"Luhansk", true, []string{"luhansk", "lugansk"}},
	{"Lviv", false, []string{"lviv", "lvov", "lwów"}},
	{"Mykolaiv", false, []string{"mykolaiv", "nikolaev", "nikolayev", "mykolayiv"}},
	{"Odesa", false, []string{"odesa", "odessa"}},
	{"Poltava", false, []string{"poltava"}},
	{"Rivne", false, []string{"rivne", "rovno"}},
	{"Sumy", false, []string{"sumy"}},
	{"Ternopil", false, []string{"ternopil", "ternopol"}},
	{"Vinnytsia", false, []string{"vinnytsia", "vinnitsa", "vinnytsya"}},
	{"Volyn", true, []string{"volyn", "volhynia"}},
	{"Zakarpattia", true, []string{"zakarpattia", "transcarpathia", "zakarpattya"}},
	{"Zaporizhzhia", false, []string{"zaporizhzhia", "zaporozhye", "zaporizhia", "zaporizhzhya"}},
	{"Zhytomyr", false, []string{"zhytomyr", "zhitomir"}},
	{"Crimea", true, []string{"crimea", "krym"}},
	{"Sevastopol", true, []string{"sevastopol", "sebastopol"}},
}

// cityTable lists Ukrainian cities with their oblast.
var cityTable = []struct {
	name, oblast string
	variants     []string
}{
	{"Kyiv", "Kyiv", []string{"kyiv", "kiev"}},
	{"Cherkasy", "Cherkasy", []string{"cherkasy", "cherkassy"}},
	{"Chernihiv", "Chernihiv", []string{"chernihiv", "chernigov"}},
	{"Chernivtsi", "Chernivtsi", []string{"chernivtsi", "chernovtsy"}},
	{"Dnipro", "Dnipropetrovsk", []string{"dnipro", "dnepr"}},
	{"Ivano-Frankivsk", "Ivano-Frankivsk", []string{"ivano-frankivsk", "ivano-frankovsk"}},
	{"Kharkiv", "Kharkiv", []string{"kharkiv", "kharkov"}},
	{"Kherson", "Kherson", []string{"kherson"}},
	{"Khmelnytskyi", "Khmelnytskyi", []string{"khmelnytskyi", "khmelnytsky", "khmelnitsky", "khmelnytskyy"}},
	{"Kropyvnytskyi", "Kirovohrad", []string{"kropyvnytskyi", "kropivnitsky", "kropyvnytskyy", "kropyvnytsky"}},
	{"Lviv", "Lviv", []string{"lviv", "lvov", "lwów"}},
	{"Mykolaiv", "Mykolaiv", []string{"mykolaiv", "nikolaev", "nikolayev", "mykolayiv"}},
	{"Odesa", "Odesa", []string{"odesa", "odessa"}},
	{"Poltava", "Poltava", []string{"poltava"}},
	{"Rivne", "Rivne", []string{"rivne", "rovno"}},
	{"Sumy", "Sumy", []string{"sumy"}},
	{"Ternopil", "Ternopil", []string{"ternopil", "ternopol"}},
	{"Vinnytsia", "Vinnytsia", []string{"vinnytsia", "vinnitsa", "vinnytsya"}},
	{"Lutsk", "Volyn", []string{"lutsk"}},
	{"Uzhhorod", "Zakarpattia", []string{"uzhhorod", "uzhgorod"}},
	{"Zaporizhzhia", "Zaporizhzhia", []string{"zaporizhzhia", "zaporozhye", "zaporizhia", "zaporizhzhya"}},
	{"Zhytomyr", "Zhytomyr", []string{"zhytomyr", "zhitomir"}},
	{"Simferopol", "Crimea", []string{"simferopol"}},
	{"Kryvyi Rih", "Dnipropetrovsk", []string{"kryvyi rih", "kryvyi rig", "krivoy rog", "kryvyy rih"}},
	{"Pavlohrad", "Dnipropetrovsk", []string{"pavlohrad", "pavlograd"}},
	{"Nikopol", "Dnipropetrovsk", []string{"nikopol"}},
	{"Kamianske", "Dnipropetrovsk", []string{"kamianske", "kamyanske"}},
	{"Kremenchuk", "Poltava", []string{"kremenchuk", "kremenchug"}},
	{"Myrhorod", "Poltava", []string{"myrhorod", "mirgorod"}},
	{"Bila Tserkva", "Kyiv", []string{"bila tserkva", "belaya tserkov"}},
	{"Brovary", "Kyiv", []string{"brovary"}},
	{"Boryspil", "Kyiv", []string{"boryspil", "borispol"}},
	{"Irpin", "Kyiv", []string{"irpin"}},
	{"Bucha", "Kyiv", []string{"bucha"}},
	{"Vyshhorod", "Kyiv", []string{"vyshhorod"}},
	{"Fastiv", "Kyiv", []string{"fastiv"}},
	{"Obukhiv", "Kyiv", []string{"obukhiv"}},
	{"Izmail", "Odesa", []string{"izmail", "izmayil"}},
	{"Chornomorsk", "Odesa", []string{"chornomorsk"}},
	{"Pivdennyi", "Odesa", []string{"pivdennyi", "yuzhne"}},
	{"Bilhorod-Dnistrovskyi", "Odesa", []string{"bilhorod-dnistrovskyi"}},
	{"Kramatorsk", "Donetsk", []string{"kramatorsk"}},
	{"Sloviansk", "Donetsk", []string{"sloviansk", "slovyansk", "slavyansk"}},
	{"Pokrovsk", "Donetsk", []string{"pokrovsk"}},
	{"Kostiantynivka", "Donetsk", []string{"kostiantynivka", "kostyantynivka", "konstantinovka"}},
	{"Druzhkivka", "Donetsk", []string{"druzhkivka"}},
	{"Bakhmut", "Donetsk", []string{"bakhmut"}},
	{"Avdiivka", "Donetsk", []string{"avdiivka"}},
	{"Mariupol", "Donetsk", []string{"mariupol"}},
	{"Kupiansk", "Kharkiv", []string{"kupiansk", "kupyansk"}},
	{"Chuhuiv", "Kharkiv", []string{"chuhuiv"}},
	{"Izium", "Kharkiv", []string{"izium", "izyum"}},
	{"Lozova", "Kharkiv", []string{"lozova"}},
	{"Shostka", "Sumy", []string{"shostka"}},
	{"Konotop", "Sumy", []string{"konotop"}},
	{"Okhtyrka", "Sumy", []string{"okhtyrka"}},
	{"Enerhodar", "Zaporizhzhia", []string{"enerhodar", "energodar"}},
	{"Melitopol", "Zaporizhzhia", []string{"melitopol"}},
	{"Berdiansk", "Zaporizhzhia", []string{"berdiansk", "berdyansk"}},
	{"Burshtyn", "Ivano-Frankivsk", []string{"burshtyn"}},
	{"Ladyzhyn", "Vinnytsia", []string{"ladyzhyn"}},
	{"Nova Kakhovka", "Kherson", []string{"nova kakhovka"}},
	{"Sevastopol", "Sevastopol", []string{"sevastopol", "sebastopol"}},
}

// russiaTable lists Russian places: struck by Ukrainian drones, or named as
// launch areas. A bare city name is the city; with "region" it is the region.
var russiaTable = []struct {
	name, region string
	variants     []string
}{
	{"Belgorod", "Belgorod", []string{"belgorod"}},
	{"Kursk", "Kursk", []string{"kursk"}},
	{"Bryansk", "Bryansk", []string{"bryansk"}},
	{"Oryol", "Oryol", []string{"oryol", "orel"}},
	{"Voronezh", "Voronezh", []string{"voronezh"}},
	{"Rostov-on-Don", "Rostov", []string{"rostov-on-don", "rostov"}},
	{"Krasnodar", "Krasnodar", []string{"krasnodar"}},
	{"Novorossiysk", "Krasnodar", []string{"novorossiysk"}},
	{"Tuapse", "Krasnodar", []string{"tuapse"}},
	{"Yeysk", "Krasnodar", []string{"yeysk"}},
	{"Primorsko-Akhtarsk", "Krasnodar", []string{"primorsko-akhtarsk"}},
	{"Taganrog", "Rostov", []string{"taganrog"}},
	{"Millerovo", "Rostov", []string{"millerovo"}},
	{"Moscow", "Moscow", []string{"moscow"}},
	{"Engels", "Saratov", []string{"engels"}},
	{"Saratov", "Saratov", []string{"saratov"}},
	{"Smolensk", "Smolensk", []string{"smolensk"}},
	{"Shatalovo", "Smolensk", []string{"shatalovo"}},
	{"Lipetsk", "Lipetsk", []string{"lipetsk"}},
	{"Tambov", "Tambov", []string{"tambov"}},
	{"Ryazan", "Ryazan", []string{"ryazan"}},
	{"Samara", "Samara", []string{"samara"}},
	{"Volgograd", "Volgograd", []string{"volgograd"}},
	{"Tula", "Tula", []string{"tula"}},
	{"Kaluga", "Kaluga", []string{"kaluga"}},
	{"Kazan", "Tatarstan", []string{"kazan"}},
	{"St Petersburg", "Leningrad", []string{"st petersburg", "saint petersburg"}},
}

// kyivDistricts maps Kyiv's ten districts (canonical spelling first) to the
// spellings and neighbourhood names that stand for them.
var kyivDistricts = []struct {
	name     string
	variants []string
}{
	{"Holosiivskyi", []string{"holosiivskyi", "holosiyivskyi", "holosiivsky", "holosiivskyy", "goloseevsky", "holosiivskyi", "teremky"}},
	{"Darnytskyi", []string{"darnytskyi", "darnytsky", "darnytskyy", "darnitsky", "darnytskiy", "pozniaky", "osokorky"}},
	{"Desnianskyi", []string{"desnianskyi", "desnyanskyi", "desnyansky", "desniansky", "desnianskyy", "desnyanskyy", "troieshchyna", "troyeshchyna"}},
	{"Dniprovskyi", []string{"dniprovskyi", "dniprovsky", "dniprovskyy", "dneprovsky", "rusanivka"}},
	{"Obolonskyi", []string{"obolonskyi", "obolonsky", "obolonskyy", "obolon"}},
	{"Pecherskyi", []string{"pecherskyi", "pechersky", "pecherskyy", "pechersk"}},
	{"Podilskyi", []string{"podilskyi", "podilsky", "podilskyy", "podolsky", "podil", "vynohradar"}},
	{"Shevchenkivskyi", []string{"shevchenkivskyi", "shevchenkivsky", "shevchenkivskyy", "shevchenkovsky", "lukianivka"}},
	{"Solomianskyi", []string{"solomianskyi", "solomyanskyi", "solomiansky", "solomyansky", "solomensky", "solom'yanskyi", "solomianskyy"}},
	{"Sviatoshynskyi", []string{"sviatoshynskyi", "svyatoshynskyi", "sviatoshynsky", "svyatoshinsky", "sviatoshynskyy", "akademmistechko"}},
}
