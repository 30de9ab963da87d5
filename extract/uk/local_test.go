package uk_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"sitrep/extract"
	"sitrep/extract/uk"
)

// kcma wraps a casualty line in a KCMA consequences post.
func kcma(line string) string {
	return "Наслідки нічної атаки на столицю.\n" + line
}

func TestCasualties(t *testing.T) {
	tests := []struct {
		name, text                         string
		killed, injured, rescued, children string
		missing                            string
		qualifiers                         map[string]string
	}{
		{"three killed including a child", "Загалом унаслідок атаки загинули троє людей, серед них дитина.", "3", "null", "null", "1", "null", nil},
		{"the injured rose to 12 is exact", "Кількість поранених зросла до 12.", "null", "12", "null", "null", "null", nil},
		{"a rise beats another figure", "Кількість загиблих внаслідок атаки у ніч на 14 листопада зросла до 4.\nЩе одна людина померла в лікарні.", "4", "null", "null", "null", "null", nil},
		{"one killed and fourteen injured", "На жаль, загинула 1 людина. Постраждали 14 киян, 7 з них – у лікарнях.", "1", "14", "null", "null", "null", nil},
		{"at least eleven injured", "Щонайменше 11 людей постраждали, серед них двоє дітей.", "null", "11", "null", "null", "null", map[string]string{"injured": "at_least"}},
		{"no fewer than two killed", "Загинули не менше двох людей. Ще 9 людей поранено.", "2", "9", "null", "null", "null", map[string]string{"killed": "at_least"}},
		{"about twenty injured", "Станом на 09:00 загинули 3 людини, близько 20 поранено, серед них 2 дітей.", "3", "20", "null", "null", "null", map[string]string{"injured": "about"}},
		{"several injured is a phrase", "Є кілька постраждалих. Уточнюємо інформацію.", "null", "null", "null", "null", "null", map[string]string{"injured": "кілька"}},
		{"hospitalised is not the injured", "Госпіталізовано 5 людей, їм надається допомога. У Деснянському районі загинули двоє чоловіків.", "2", "null", "null", "null", "null", nil},
		{"rescued includes the deblocked", "Рятувальники врятували 12 людей, серед них двох деблокували з-під завалів. З будинку евакуйовано 46 мешканців.", "null", "null", "12", "null", "null", nil},
		{"evacuated is not rescued", "З будинку евакуйовано 46 мешканців після влучання у житловий будинок.", "null", "null", "null", "null", "null", nil},
		{"people may be under the rubble", "Деснянський район – влучання у дев’ятиповерхівку. Під завалами можуть бути люди.", "null", "null", "null", "null", "null", map[string]string{"missing": "під завалами можуть бути люди"}},
		{"up to four under the rubble", "Під завалами можуть перебувати до 4 людей; влучання в будинок.", "null", "null", "null", "null", "4", map[string]string{"missing": "up_to"}},
		{"nobody injured is zero", "Попередньо, без постраждалих. Уламки впали поруч із багатоповерхівкою.", "null", "0", "null", "null", "null", nil},
		{"no deaths is zero killed", "Загалом постраждали 9 людей, з них 4 госпіталізовано. Загиблих немає.", "0", "9", "null", "null", "null", nil},
		{"a group not hurt gives no zero", "Уламки ракети впали на територію лікарні, медичний персонал і пацієнти не постраждали. Загалом поранено 7 людей.", "null", "7", "null", "null", "null", nil},
		{"an age is no count", "Постраждала одна людина – жінка 54 років.", "null", "1", "null", "null", "null", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := oneRow(t, kcma(tc.text), morning)
			got := []string{show(a.Killed), show(a.Injured), show(a.Rescued), show(a.ChildrenKilled), show(a.Missing)}
			want := []string{tc.killed, tc.injured, tc.rescued, tc.children, tc.missing}
			if !slices.Equal(got, want) {
				t.Errorf("killed/injured/rescued/children/missing = %v, want %v", got, want)
			}
			q := tc.qualifiers
			if q == nil {
				q = map[string]string{}
			}
			if len(a.Qualifiers) != len(q) {
				t.Errorf("qualifiers %v, want %v", a.Qualifiers, q)
			}
			for k, v := range q {
				if a.Qualifiers[k] != v {
					t.Errorf("qualifiers[%s] = %q, want %q", k, a.Qualifiers[k], v)
				}
			}
		})
	}
}

func TestDamageCategories(t *testing.T) {
	tests := []struct {
		name, line string
		want       []string
	}{
		{"high-rise and cars", "Деснянський район – влучання в багатоповерхівку, пошкоджено автомобілі.", []string{"residential", "vehicles"}},
		{"private houses and outbuildings", "Голосіївський район – уламки пошкодили приватні будинки та господарські споруди.", []string{"residential"}},
		{"boiler house", "Дніпровський район – пошкоджено котельню.", []string{"heating"}},
		{"buildings without heat", "Понад 120 будинків Деснянського району залишаються без теплопостачання.", []string{"heating"}},
		{"energy objects", "Одеса. Внаслідок атаки пошкоджено об'єкти портової інфраструктури та енергетики.", []string{"energy", "port"}},
		{"substation and outage", "Оболонський район – пошкоджено підстанцію, частина будинків знеструмлена.", []string{"energy"}},
		{"school and kindergarten", "Шевченківський район – вибито вікна у школі та дитячому садку.", []string{"education"}},
		{"clinic in the locative", "Шевченківський район – вибито вікна в поліклініці.", []string{"healthcare"}},
		{"railway track and cars", "Солом’янський район – пошкоджено залізничну колію та вагони.", []string{"rail"}},
		{"tram wires", "Подільський район – пошкоджено контактну мережу трамвая.", []string{"transport"}},
		{"warehouse, fuel station, supermarket, office", "Дарницький район – уламки на території АЗС, складу, супермаркету та офісної будівлі.", []string{"commercial"}},
		{"enterprise", "Подільський район – падіння уламків ракети на території підприємства.", []string{"industrial"}},
		{"administrative building", "Печерський район – уламки пошкодили адміністративну будівлю.", []string{"government"}},
		{"a non-residential building names no category", "Дарницький район – пожежа у нежитловій будівлі.", []string{}},
		{"critical infrastructure names no category", "Біла Церква – уламки пошкодили об'єкт критичної інфраструктури.", []string{}},
		{"a patient in hospital is no damage", "Постраждали 14 киян, 7 з них – у лікарнях.", []string{}},
		{"a warning is no damage", "Можливі відключення світла у Дарницькому районі.", []string{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := uk.Extract(extract.Input{Text: kcma(tc.line), Published: morning})
			got := []string{}
			for _, a := range f.Attacks {
				got = append(got, a.Damage...)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("damage %v, want %v", got, tc.want)
			}
		})
	}
}

func TestKyivDistricts(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"nominative with район", "Деснянський район – влучання в житловий будинок.", []string{"Desnianskyi"}},
		{"locative", "У Дарницькому районі уламки впали на дах супермаркету.", []string{"Darnytskyi"}},
		{"genitive", "Без теплопостачання залишаються 43 будинки Дніпровського району.", []string{"Dniprovskyi"}},
		{"straight apostrophe", "Солом'янський район – горять автомобілі.", []string{"Solomianskyi"}},
		{"right quote apostrophe", "Солом’янський район – горять автомобілі.", []string{"Solomianskyi"}},
		{"modifier apostrophe", "У Соломʼянському районі пошкоджено приватний будинок.", []string{"Solomianskyi"}},
		{"enumeration", "Наслідки зафіксовано у Деснянському, Дніпровському, Оболонському та Святошинському районах.", []string{"Desnianskyi", "Dniprovskyi", "Obolonskyi", "Sviatoshynskyi"}},
		{"bare names under a heading", "Наслідки у районах:\n▪️Печерський – уламки на даху офісної будівлі;\n▪️Голосіївський – пошкоджено приватні будинки.", []string{"Holosiivskyi", "Pecherskyi"}},
		{"a neighbourhood", "На Троєщині уламки пошкодили багатоповерхівку.", []string{"Desnianskyi"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := oneRow(t, "Київ. "+tc.text, morning)
			if !slices.Equal(a.Districts, tc.want) || deref(a.City) != "Kyiv" || deref(a.Oblast) != "Kyiv" {
				t.Errorf("%s/%s districts %v, want Kyiv/Kyiv %v", deref(a.Oblast), deref(a.City), a.Districts, tc.want)
			}
		})
	}
}

func TestPlaces(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // oblast|city per row
	}{
		{"KCMA post without a place is Kyiv", "Оновлення щодо наслідків: пошкоджено житловий будинок.", []string{"Kyiv|Kyiv"}},
		{"the capital", "Наслідки атаки на столицю: пошкоджено житловий будинок.", []string{"Kyiv|Kyiv"}},
		{"Kharkiv's Shevchenkivskyi is no Kyiv district", "Харків. Удар КАБами по Шевченківському району міста. Пошкоджено багатоповерхівку.", []string{"Kharkiv|Kharkiv"}},
		{"Kryvyi Rih in the locative", "У Кривому Розі внаслідок удару балістичною ракетою пошкоджено адмінбудівлю.", []string{"Dnipropetrovsk|Kryvyi Rih"}},
		{"a town and a raion of Kyiv oblast", "Ворог атакував Київщину ударними БпЛА.\nБіла Церква – уламки пошкодили 2 приватні будинки.\nБучанський район – пошкоджено склад.", []string{"Kyiv|Bila Tserkva", "Kyiv|"}},
		{"the oblast only", "На Київщині внаслідок атаки пошкоджено приватні будинки.", []string{"Kyiv|"}},
		{"Kyiv oblast is not Kyiv city", "У Київській області пошкоджено приватні будинки.", []string{"Kyiv|"}},
		{"a Latin look-alike in the name", "Хaрків. Пошкоджено багатоповерхівку.", []string{"Kharkiv|Kharkiv"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := uk.Extract(extract.Input{Text: tc.text, Published: morning})
			var got []string
			for _, a := range f.Attacks {
				got = append(got, deref(a.Oblast)+"|"+optional(a.City))
				if deref(a.City) != "Kyiv" && len(a.Districts) > 0 {
					t.Errorf("districts %v outside Kyiv", a.Districts)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("rows %v, want %v", got, tc.want)
			}
		})
	}
}

func optional(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func TestDates(t *testing.T) {
	kyivTime := func(s string) time.Time {
		p, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	summary := func(period string) string {
		return period + " противник атакував 64 ударними БпЛА.\nЗбито/подавлено 49 ворожих БпЛА."
	}
	tests := []struct {
		name, text, published, want, check string
	}{
		{"the night gives the day it ends on", summary("У ніч на 14 листопада (з 18:00 13 листопада)"), "2025-11-14T09:15:00+02:00", "2025-11-14", ""},
		{"during the day", summary("Протягом дня 6 листопада (з 08:00 до 17:30)"), "2025-11-06T18:10:00+02:00", "2025-11-06", ""},
		{"from hour to hour", summary("З 08:00 до 18:00 4 грудня"), "2025-12-04T18:40:00+02:00", "2025-12-04", ""},
		{"a December night posted in January", summary("У ніч на 31 грудня"), "2026-01-02T09:00:00+02:00", "2025-12-31", ""},
		{"a year typo takes the nearest year", summary("У ніч на 17 грудня 2024 року"), "2025-12-17T08:40:00+02:00", "2025-12-17", "year 2024"},
		{"UTC time converted to Kyiv", kcma("Попередньо: Дарницький район – падіння уламків БпЛА, пошкоджено автомобілі."), "2025-11-13T22:55:00Z", "2025-11-14", ""},
		{"an evening attack belongs to the night", "Ворог масовано атакує столицю дронами. Попередньо:\nГолосіївський район – падіння уламків БпЛА на дах складу.", "2025-12-05T23:48:00+02:00", "2025-12-06", ""},
		{"an evening post about a daytime strike keeps its day", "Харків. Близько 15:40 окупанти завдали удару КАБами. Пошкоджено багатоповерхівку.", "2025-11-29T19:20:00+02:00", "2025-11-29", ""},
		{"a later update keeps the night", "Кількість загиблих внаслідок атаки у ніч на 14 листопада зросла до 4.", "2025-11-15T10:00:00+02:00", "2025-11-14", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := oneRow(t, tc.text, kyivTime(tc.published))
			if deref(a.Date) != tc.want {
				t.Errorf("date %s, want %s", deref(a.Date), tc.want)
			}
			if got := a.Qualifiers["check"]; (tc.check == "") != (got == "") || !strings.Contains(got, tc.check) {
				t.Errorf("check %q, want %q", got, tc.check)
			}
		})
	}
}
