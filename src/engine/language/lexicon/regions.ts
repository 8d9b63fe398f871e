/**
 * Continents, regions, seas, US states and other named areas, one per line (`Canonical|alias`):
 * general world knowledge, so a region is never taken for a person.
 * Entries: continents, world regions, seas and US states from general gazetteers.
 */

/** Continents, sub-national and disputed regions, seas and other named areas in the news. */
export const REGIONS = `
Europe
Asia
Africa
North America
South America
Latin America
Middle East
Persian Gulf|Gulf
Balkans
Caucasus
Baltics
Scandinavia
Central Asia
East Asia
Southeast Asia
South Asia
Eastern Europe
Western Europe
Central Europe
Crimea
Donbas|Donbass
Siberia
Arctic
Antarctica
Black Sea
Baltic Sea
Mediterranean
Red Sea
Indo-Pacific
Pacific
Atlantic
Sahel
Horn of Africa
West Bank
Gaza Strip
Golan Heights
Kashmir
Tibet
Xinjiang
Kurdistan
Catalonia
Scotland
Wales
England
Northern Ireland
Bavaria
Chechnya
Dagestan
Transnistria
Abkhazia
South Ossetia
Nagorno-Karabakh
Alabama
Alaska
Arizona
Arkansas
California
Colorado
Connecticut
Delaware
Florida
Hawaii
Idaho
Illinois
Indiana
Iowa
Kansas
Kentucky
Louisiana
Maine
Maryland
Massachusetts
Michigan
Minnesota
Mississippi
Missouri
Montana
Nebraska
Nevada
New Hampshire
New Jersey
New Mexico
North Carolina
North Dakota
Ohio
Oklahoma
Oregon
Pennsylvania
Rhode Island
South Carolina
South Dakota
Tennessee
Texas
Utah
Vermont
Virginia
West Virginia
Wisconsin
Wyoming
Ontario
Quebec
Alberta
British Columbia
Queensland
New South Wales
`;
