/**
 * Word lists for the generator: people's names (with transliteration variants), places, outlet and
 * company name parts. None of the seed story's people, places, outlets or wires appear here (a unit
 * test checks), so an engine tuned to the seeds gains nothing on the benchmark corpus.
 */

/** A first or last name; extra spellings are transliteration variants different outlets use. */
export type Name = readonly [string, ...string[]];

/** First names by pronoun; several have variant spellings (Aleksei/Alexei/Alexey). */
export const FIRST_NAMES: { readonly he: readonly Name[]; readonly she: readonly Name[] } = {
  he: [
    ['Aleksei', 'Alexei', 'Alexey'], ['Yevgeny', 'Evgeny', 'Yevgeniy'], ['Nikolai', 'Nikolay'], ['Andrei', 'Andrey'],
    ['Grigory', 'Grigoriy'], ['Oleksandr', 'Olexandr'], ['Mohammed', 'Muhammad', 'Mohamed'], ['Hussein', 'Husein'],
    ['Abdulaziz', 'Abdelaziz'], ['Mikhail', 'Mikhael'], ['Arkady', 'Arkadiy'], ['Fyodor', 'Fedor'],
    ['Tomasz'], ['Jakub'], ['Kwame'], ['Chidi'], ['Olusegun'], ['Rafael'], ['Joaquín', 'Joaquin'], ['Matías', 'Matias'],
    ['Henrik'], ['Lars'], ['Pieter'], ['Bastien'], ['Théo', 'Theo'], ['Giorgos', 'Yiorgos'], ['Emre'], ['Oğuz', 'Oguz'],
    ['Ravi'], ['Arjun'], ['Kenji'], ['Haruto'], ['Min-jun', 'Minjun'], ['Wei'], ['Zhiyuan'], ['Thabo'], ['Sipho'],
    ['Callum'], ['Rhys'], ['Declan'], ['Nathaniel'], ['Gustavo'], ['Ignacio'], ['Luca'], ['Stefano'], ['Viktor', 'Victor'],
    ['Anders'], ['Tariq', 'Tarek'], ['Youssef', 'Yusuf', 'Yousef'], ['Omar'], ['Hamza'], ['Dariusz'], ['Levan'],
  ],
  she: [
    ['Yekaterina', 'Ekaterina'], ['Tatyana', 'Tatiana'], ['Natalya', 'Natalia'], ['Yuliya', 'Yulia', 'Julia'],
    ['Oksana'], ['Svitlana', 'Svetlana'], ['Aisha', 'Aysha'], ['Fatima', 'Fatma'], ['Leila', 'Layla', 'Leyla'],
    ['Agnieszka'], ['Zofia'], ['Ngozi'], ['Amara'], ['Chiamaka'], ['Lucía', 'Lucia'], ['Valentina'], ['Camila'],
    ['Ingrid'], ['Astrid'], ['Margot'], ['Élodie', 'Elodie'], ['Eleni', 'Helen'], ['Zeynep'], ['Elif'],
    ['Priya'], ['Ananya'], ['Yuki'], ['Haruka'], ['Seo-yeon', 'Seoyeon'], ['Mei'], ['Xiaoling'], ['Nomvula'],
    ['Siobhan', 'Shivaun'], ['Ffion'], ['Imogen'], ['Beatriz'], ['Renata'], ['Chiara'], ['Giulia'], ['Hanna', 'Hannah'],
    ['Sofie'], ['Noor', 'Nour'], ['Rania'], ['Ewa'], ['Nino'], ['Keiko'], ['Adaeze'], ['Paloma'],
  ],
};

/** Last names; several have variant spellings (Gorbunov/Gorbunoff, Al-Rashidi/Al Rashidi). */
export const LAST_NAMES: readonly Name[] = [
  ['Gorbunov', 'Gorbunoff'], ['Tchernykh', 'Chernykh'], ['Kovalchuk', 'Kovalchuck'], ['Shevchuk'], ['Yaroshenko', 'Iaroshenko'],
  ['Al-Rashidi', 'Al Rashidi', 'Alrashidi'], ['Qaddouri', 'Kaddouri'], ['El-Masri', 'Elmasri'], ['Haddad'], ['Nasrallah'],
  ['Wiśniewski', 'Wisniewski'], ['Zielińska', 'Zielinska'], ['Okonkwo'], ['Adebayo'], ['Mensah'], ['Acheampong'],
  ['Castellanos'], ['Iturbide'], ['Figueroa'], ['Quintero'], ['Lindqvist', 'Lindquist'], ['Haugen'], ['Van der Berg', 'Vandenberg'],
  ['Dubreuil'], ['Lefebvre'], ['Papadakis'], ['Karamanlis'], ['Yıldırım', 'Yildirim'], ['Öztürk', 'Ozturk'],
  ['Raghunathan'], ['Bhattacharya', 'Bhattacharyya'], ['Takahashi'], ['Nakamura'], ['Choi', 'Choe'], ['Hwang'],
  ['Zhou', 'Chou'], ['Xu', 'Hsu'], ['Dlamini'], ['Nkosi'], ['MacAllister', 'McAllister'], ['Pritchard'], ['Ashworth'],
  ['Moreira'], ['Albuquerque'], ['Benedetti'], ['Marchetti'], ['Halvorsen'], ['Szabó', 'Szabo'], ['Horváth', 'Horvath'],
  ['Kapanadze'], ['Tsereteli'], ['Brennan'], ['Oyelaran'], ['Villanueva'], ['Sandoval'], ['Eriksen'], ['Novák', 'Novak'],
  ['Terzić', 'Terzic'], ['Abramyan', 'Abrahamian'], ['Sarkissian', 'Sargsyan'], ['Balogun'], ['Koirala'], ['Rahimi'],
];

/** Cities with their country (none from the seed story). */
export const CITIES: ReadonlyArray<readonly [string, string]> = [
  ['Valparaíso', 'Chile'], ['Porto', 'Portugal'], ['Gdańsk', 'Poland'], ['Mombasa', 'Kenya'], ['Surabaya', 'Indonesia'],
  ['Tromsø', 'Norway'], ['Cebu', 'the Philippines'], ['Lyon', 'France'], ['Rotterdam', 'the Netherlands'],
  ['Thessaloniki', 'Greece'], ['Izmir', 'Türkiye'], ['Kochi', 'India'], ['Osaka', 'Japan'], ['Busan', 'South Korea'],
  ['Durban', 'South Africa'], ['Accra', 'Ghana'], ['Lagos', 'Nigeria'], ['Medellín', 'Colombia'], ['Córdoba', 'Argentina'],
  ['Recife', 'Brazil'], ['Halifax', 'Canada'], ['Aberdeen', 'Scotland'], ['Cork', 'Ireland'], ['Bilbao', 'Spain'],
  ['Genoa', 'Italy'], ['Graz', 'Austria'], ['Brno', 'the Czech Republic'], ['Debrecen', 'Hungary'], ['Tbilisi', 'Georgia'],
  ['Yerevan', 'Armenia'], ['Almaty', 'Kazakhstan'], ['Da Nang', 'Vietnam'], ['Penang', 'Malaysia'], ['Chittagong', 'Bangladesh'],
  ['Pokhara', 'Nepal'], ['Casablanca', 'Morocco'], ['Tunis', 'Tunisia'], ['Aqaba', 'Jordan'], ['Perth', 'Australia'],
  ['Dunedin', 'New Zealand'], ['Gothenburg', 'Sweden'], ['Tampere', 'Finland'], ['Aarhus', 'Denmark'], ['Antwerp', 'Belgium'],
  ['Cluj-Napoca', 'Romania'], ['Plovdiv', 'Bulgaria'], ['Split', 'Croatia'], ['Kaunas', 'Lithuania'], ['Tartu', 'Estonia'],
];

/** Invented words for outlet, wire and company names. */
export const NAME_WORDS: readonly string[] = [
  'Meridian', 'Northgate', 'Halcyon', 'Cobalt', 'Lantern', 'Ironbridge', 'Seabright', 'Kestrel', 'Harbourline', 'Silverleaf',
  'Redfern', 'Bluewater', 'Granite', 'Aurora', 'Beacon', 'Compass', 'Evergreen', 'Falcon', 'Highland', 'Juniper',
  'Larkspur', 'Marigold', 'Oakridge', 'Pinnacle', 'Quarry', 'Riverside', 'Saltmarsh', 'Thornbury', 'Upland', 'Vantage',
  'Westmoor', 'Yarrow', 'Zephyr', 'Ashcombe', 'Brightwater', 'Coldharbour', 'Driftwood', 'Eastwind', 'Foxglove', 'Glenmore',
  'Hollowell', 'Inkwell', 'Keystone', 'Lodestar', 'Millbrook', 'Nettlefield', 'Orchard', 'Peregrine', 'Quill', 'Rookwood',
  'Stonehaven', 'Tidewater', 'Umber', 'Verity', 'Wayfarer', 'Crossroads', 'Signal', 'Tribune', 'Clarion', 'Sentinel',
];

/** Nouns for newspaper mastheads. */
export const MASTHEADS: readonly string[] = [
  'Herald', 'Gazette', 'Courier', 'Post', 'Observer', 'Chronicle', 'Ledger', 'Sentinel', 'Examiner', 'Standard',
  'Record', 'Mercury', 'Dispatch', 'Journal', 'Advertiser', 'Messenger', 'Register', 'Star',
];

/** Company name endings, by sector. */
export const COMPANY_SUFFIXES: readonly string[] = [
  'Textiles', 'Chemicals', 'Logistics', 'Holdings', 'Energy', 'Steel', 'Foods', 'Pharma', 'Shipping', 'Mining',
  'Systems', 'Networks', 'Motors', 'Plastics', 'Paper', 'Cement', 'Bank', 'Telecom', 'Rail', 'Airways',
];

/** Weekday names. */
export const WEEKDAYS: readonly string[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Words a generated text must never contain: the seed story's people, places, outlets and numbers. */
export const SEED_WORDS: readonly string[] = [
  'Ushakov', 'Ushkaov', 'Lavrov', 'Rubio', 'Waltz', 'Witkoff', 'Putin', 'Trump', 'Zelensky', 'Peskov', 'Zakharova',
  'Dmitriev', 'Puglierin', 'Yury', 'Yuri', 'Sergey', 'Sergei', 'Tammy', 'Riyadh', 'Saudi', 'Kyiv', 'Moscow', 'Kremlin',
  'Ukraine', 'Russia', 'Washington', 'TASS', 'AFP', 'Reuters', 'Bloomberg', 'CNN', 'Fox News', 'AP News', 'Guardian',
  'four-hour', '4.5-hour', 'three-stage', 'three-year',
];
