/**
 * Nationality and regional adjectives ("Russian", "Saudi Arabian", "Western"). They qualify people
 * and organisations but are never entities themselves, and never part of a role or a name.
 * Entries: the demonyms of the UN member states and of continents and regions.
 */

/** Lower-case demonyms and proper adjectives; multi-word ones are space-separated. */
export const DEMONYMS: readonly string[] = (
  'afghan albanian algerian american angolan argentine argentinian armenian australian austrian azerbaijani ' +
  'bahraini bangladeshi belarusian belgian bolivian bosnian brazilian british bulgarian burmese cambodian ' +
  'cameroonian canadian chilean chinese colombian congolese croatian cuban cypriot czech danish dutch ' +
  'ecuadorian egyptian emirati english eritrean estonian ethiopian european filipino finnish french georgian ' +
  'german ghanaian greek hungarian icelandic indian indonesian iranian iraqi irish israeli italian jamaican ' +
  'japanese jordanian kazakh kenyan korean kosovar kurdish kuwaiti kyrgyz lao latvian lebanese libyan ' +
  'lithuanian malaysian malian maltese mexican moldovan mongolian montenegrin moroccan nepali nigerian ' +
  'nigerien norwegian omani pakistani palestinian panamanian peruvian polish portuguese qatari romanian ' +
  'russian rwandan saudi scottish senegalese serbian singaporean slovak slovenian somali spanish sudanese ' +
  'swedish swiss syrian taiwanese tajik tanzanian thai tunisian turkish turkmen ugandan ukrainian uruguayan ' +
  'uzbek venezuelan vietnamese welsh yemeni zambian zimbabwean chechen crimean siberian catalan bavarian ' +
  'texan californian western eastern northern southern arab arabic african asian latin nordic baltic ' +
  'balkan caucasian soviet islamic christian muslim jewish sunni shia shiite catholic orthodox ' +
  'transatlantic american-led ' +
  'saudi_arabian south_african south_korean north_korean sri_lankan new_zealand latin_american ' +
  'middle_eastern east_european eastern_european west_european western_european central_asian'
)
  .split(' ')
  .filter((word) => word !== '')
  .map((word) => word.replace(/_/g, ' '));
