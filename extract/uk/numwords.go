package uk

import "strings"

// numberWords are the Ukrainian number words in every case form (DOMAIN.md
// §4), with the collective forms (двоє, троє, п'ятеро) and "обидва". A form
// missing here is no count, never 0.
var numberWords = buildNumberWords(map[int]string{
	1:  "один одна одне одного одної однієї одному одній одним однією одну",
	2:  "два дві двох двом двома двоє обидва обидві обох обом обома обоє",
	3:  "три трьох трьом трьома троє",
	4:  "чотири чотирьох чотирьом чотирма четверо",
	5:  "п'ять п'яти п'ятьом п'ятьма п'ятьох п'ятеро",
	6:  "шість шести шістьом шістьма шістьох шестеро",
	7:  "сім семи сімом сьома сімома сімох семеро",
	8:  "вісім восьми вісьмом вісьмома восьма вісьмох восьмеро",
	9:  "дев'ять дев'яти дев'ятьом дев'ятьма дев'ятьох дев'ятеро",
	10: "десять десяти десятьом десятьма десятьох десятеро",
	11: "одинадцять одинадцяти одинадцятьом одинадцятьма",
	12: "дванадцять дванадцяти дванадцятьом дванадцятьма",
	13: "тринадцять тринадцяти",
	14: "чотирнадцять чотирнадцяти",
	15: "п'ятнадцять п'ятнадцяти",
	20: "двадцять двадцяти двадцятьма",
	30: "тридцять тридцяти тридцятьма",
})

// vagueWords are quantities with no number: the figure stays null and the
// word is kept as the field's qualifier (DOMAIN.md §6).
var vagueWords = map[string]bool{
	"кілька": true, "декілька": true, "кількох": true, "декількох": true, "кільком": true,
	"кільканадцять": true, "десятки": true, "десятків": true, "сотні": true, "сотень": true,
}

func buildNumberWords(forms map[int]string) map[string]int {
	m := map[string]int{}
	for v, list := range forms {
		for _, w := range strings.Fields(list) {
			m[w] = v
		}
	}
	return m
}
