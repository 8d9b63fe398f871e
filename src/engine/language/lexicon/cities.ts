/**
 * Capitals and major cities, one per line (`Canonical|alias`), so that a city is recognised as a
 * place even without "in" before it. General world knowledge; not tied to any story.
 * Entries: national capitals (Wikipedia "List of national capitals") and the world's largest cities.
 */

/** Capitals and large or newsworthy cities. */
export const CITIES = `
Kabul
Tirana
Algiers
Luanda
Buenos Aires
Yerevan
Canberra
Sydney
Melbourne
Vienna
Baku
Nassau
Manama
Dhaka
Minsk
Brussels
Porto-Novo
Thimphu
La Paz
Sarajevo
Gaborone
Brasilia|Brasília
Rio de Janeiro
Sao Paulo|São Paulo
Sofia
Ouagadougou
Phnom Penh
Yaounde
Ottawa
Toronto
Montreal
Vancouver
N'Djamena
Santiago
Beijing|Peking
Shanghai
Hong Kong
Shenzhen
Guangzhou
Wuhan
Bogota|Bogotá
Kinshasa
Brazzaville
San Jose
Zagreb
Havana
Nicosia
Prague
Copenhagen
Santo Domingo
Quito
Cairo
Alexandria
San Salvador
Asmara
Tallinn
Addis Ababa
Helsinki
Paris
Marseille
Lyon
Strasbourg
Libreville
Tbilisi
Berlin
Munich
Frankfurt
Hamburg
Bonn
Accra
Athens
Guatemala City
Conakry
Port-au-Prince
Tegucigalpa
Budapest
Reykjavik
New Delhi|Delhi
Mumbai|Bombay
Kolkata
Bangalore|Bengaluru
Chennai
Jakarta
Tehran
Isfahan
Baghdad
Mosul
Basra
Erbil
Dublin
Belfast
Jerusalem
Tel Aviv
Haifa
Rome
Milan
Naples
Venice
Florence
Kingston
Tokyo
Osaka
Hiroshima
Amman
Astana|Nur-Sultan
Almaty
Nairobi
Pristina
Kuwait City
Bishkek
Vientiane
Riga
Beirut
Maseru
Monrovia
Tripoli
Benghazi
Vilnius
Antananarivo
Lilongwe
Kuala Lumpur
Male
Bamako
Valletta
Nouakchott
Mexico City
Chisinau|Chișinău
Ulaanbaatar
Podgorica
Rabat
Casablanca
Maputo
Naypyidaw
Yangon|Rangoon
Windhoek
Kathmandu
Amsterdam
Rotterdam
The Hague
Wellington
Auckland
Managua
Niamey
Abuja
Lagos
Pyongyang
Skopje
Oslo
Muscat
Islamabad
Karachi
Lahore
Ramallah
Gaza City
Panama City
Asuncion|Asunción
Lima
Manila
Warsaw
Krakow|Kraków
Gdansk|Gdańsk
Lisbon
Porto
Doha
Bucharest
Moscow
St Petersburg|St. Petersburg|Saint Petersburg
Novosibirsk
Yekaterinburg
Kazan
Sochi
Vladivostok
Murmansk
Kaliningrad
Belgorod
Kursk
Rostov-on-Don
Volgograd
Kigali
Riyadh
Jeddah
Mecca
Medina
Dakar
Belgrade
Freetown
Bratislava
Ljubljana
Mogadishu
Pretoria
Johannesburg
Cape Town
Durban
Seoul
Busan
Juba
Madrid
Barcelona
Seville
Valencia
Colombo
Khartoum
Stockholm
Gothenburg
Bern
Geneva
Zurich
Basel
Davos
Damascus
Aleppo
Homs
Idlib
Taipei
Dushanbe
Dodoma
Dar es Salaam
Bangkok
Lome
Tunis
Ankara
Istanbul
Izmir
Ashgabat
Kampala
Kyiv|Kiev
Kharkiv|Kharkov
Odesa|Odessa
Lviv
Dnipro
Zaporizhzhia
Kherson
Mariupol
Donetsk
Luhansk
Bakhmut
Avdiivka
Sevastopol
Abu Dhabi
Dubai
London
Manchester
Birmingham
Liverpool
Glasgow
Edinburgh
Cardiff
Washington|Washington D.C.|Washington DC
New York|New York City|NYC
Los Angeles
Chicago
Houston
Philadelphia
Phoenix
San Francisco
San Diego
Seattle
Boston
Miami
Atlanta
Dallas
Denver
Detroit
Las Vegas
New Orleans
Montevideo
Tashkent
Caracas
Hanoi
Ho Chi Minh City|Saigon
Sanaa|Sana'a
Aden
Lusaka
Harare
Brussels
Luxembourg City
Monaco
Cologne
Stuttgart
Dresden
Leipzig
Nice
Bordeaux
Toulouse
Salzburg
Antwerp
Sochi
`;
