package extract

import (
	"slices"
	"testing"
)

func TestFindDamage(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"substation", "A drone hit a substation.", []string{"energy"}},
		{"thermal power plant is energy not industry", "Missiles hit a thermal power plant.", []string{"energy"}},
		{"energy and rail facilities", "Missiles targeted energy and rail facilities.", []string{"energy", "rail"}},
		{"energy infrastructure", "Strikes on energy infrastructure continued.", []string{"energy"}},
		{"boiler house", "Debris damaged a boiler house.", []string{"heating"}},
		{"heating network", "The heating network was damaged.", []string{"heating"}},
		{"without heat", "Strikes left 300 buildings without heat.", []string{"heating"}},
		{"apartment block", "A drone hit an apartment block.", []string{"residential"}},
		{"high-rise", "A high-rise caught fire.", []string{"residential"}},
		{"nine-storey building", "A missile hit a nine-storey building.", []string{"residential"}},
		{"private house", "Debris hit a private house.", []string{"residential"}},
		{"hospital", "A hospital was damaged.", []string{"healthcare"}},
		{"maternity ward", "A maternity ward was damaged.", []string{"healthcare"}},
		{"school and kindergarten", "A school and a kindergarten were damaged.", []string{"education", "education"}},
		{"railway depot", "A railway depot was hit.", []string{"rail"}},
		{"grain terminal", "A grain terminal burned.", []string{"port"}},
		{"port infrastructure", "Drones hit port infrastructure.", []string{"port"}},
		{"warehouse", "A warehouse burned.", []string{"commercial"}},
		{"supermarket", "A supermarket was destroyed.", []string{"commercial"}},
		{"fuel station", "A fuel station burned.", []string{"commercial"}},
		{"church", "A church was damaged.", []string{"cultural_religious"}},
		{"cars", "Several cars burned.", []string{"vehicles"}},
		{"pumping station", "A pumping station was hit.", []string{"water"}},
		{"gas production", "Missiles hit gas production facilities.", []string{"gas"}},
		{"factory", "A factory was hit.", []string{"industrial"}},
		{"administrative building", "An administrative building was hit.", []string{"government"}},
		{"bridge", "A bridge was hit.", []string{"transport"}},
		{"critical infrastructure names no category", "Critical infrastructure was targeted.", nil},
		{"a warning is not damage", "Officials warned that power and water supplies could be disrupted.", nil},
		{"a risk is not damage", "Strikes could leave Ukraine vulnerable to energy infrastructure outages.", nil},
		{"homes without power are an outage", "The strike left 2,000 homes without power.", []string{"energy"}},
		{"port of a city is a name", "Drones hit a refinery in the port of Novorossiysk.", []string{"energy"}},
		{"hospitalised is no hospital", "Eleven of the injured were hospitalised.", nil},
		{"died in hospital is no hospital hit", "A woman died in hospital.", nil},
		{"tram depot is transport", "Debris damaged a tram depot.", []string{"transport"}},
		{"bus stop is transport, not a bus", "Shells hit a bus stop.", []string{"transport"}},
		{"railway overpass is transport", "A railway overpass was damaged.", []string{"transport"}},
		{"oil terminal is energy and port", "Drones set fire to an oil terminal.", []string{"energy", "port"}},
		{"grain warehouses are agriculture", "Drones damaged two grain warehouses.", []string{"agriculture"}},
		{"non-residential building is commercial", "A drone hit a non-residential building.", []string{"commercial"}},
		{"truck drivers are people", "Two truck drivers were injured.", nil},
		{"a prosecutor's office is no office hit", "The regional prosecutor's office said.", nil},
		{"the housing market is no shop", "Strikes hit the housing market.", nil},
		{"power cut after a hit", "Drones attacked Shostka, cutting power to much of the town.", []string{"energy"}},
		{"heating disrupted", "Heating has been disrupted in 26 high-rise buildings.", []string{"heating", "residential"}},
		{"power is off", "Power is off in several neighbourhoods.", []string{"energy"}},
		{"an airbase a party claims to have hit", "Drones struck a depot serving the military airbase.", []string{"military"}},
		{"an industrial area of a city locates the hit", "Bombs hit an industrial area of Kharkiv.", nil},
		{"the plant refers back", "It was the fifth attack on the plant this year.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, h := range findDamage(tokenize(tc.text)) {
				got = append(got, h.val)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("findDamage(%q) = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}
