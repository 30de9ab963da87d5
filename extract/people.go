package extract

// People nouns: the words that say a count is a count of people ("two truck
// drivers", "three crew members"), as opposed to floors, cars or drones.

// personNouns are singular nouns that "a"/"an" turns into a count of one.
var personNouns = map[string]bool{
	"man": true, "woman": true, "person": true, "child": true, "boy": true,
	"girl": true, "teenager": true, "resident": true, "civilian": true,
	"pensioner": true, "driver": true, "rescuer": true, "firefighter": true,
	"worker": true, "employee": true, "doctor": true, "medic": true,
	"baby": true, "infant": true, "toddler": true, "passenger": true,
	"member": true, "sailor": true, "guard": true, "officer": true, "policeman": true,
	"engineer": true, "student": true, "pupil": true, "patient": true, "nurse": true,
	"volunteer": true, "journalist": true, "miner": true, "farmer": true, "victim": true,
	"schoolboy": true, "schoolgirl": true, "newborn": true, "teen": true, "kid": true,
}

// personPlurals are the plural nouns of people.
var personPlurals = map[string]bool{
	"people": true, "persons": true, "civilians": true, "residents": true, "men": true,
	"women": true, "children": true, "kids": true, "teenagers": true, "boys": true,
	"girls": true, "adults": true, "workers": true, "employees": true, "passengers": true,
	"rescuers": true, "firefighters": true, "medics": true, "journalists": true,
	"pensioners": true, "volunteers": true, "drivers": true, "members": true, "sailors": true,
	"seafarers": true, "miners": true, "guards": true, "officers": true, "policemen": true,
	"engineers": true, "students": true, "pupils": true, "patients": true, "locals": true,
	"individuals": true, "victims": true, "doctors": true, "nurses": true, "farmers": true,
	"minors": true, "teens": true, "schoolchildren": true,
}

// isPersonWord reports whether w names one or more people.
func isPersonWord(w string) bool { return personNouns[w] || personPlurals[w] }
