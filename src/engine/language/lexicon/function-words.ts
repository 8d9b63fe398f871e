/**
 * Function words and calendar words: what carries no content for matching and is never a name.
 * The stopword list is the Glasgow Information Retrieval Group's English stop list (as shipped in
 * scikit-learn), without its content words ("bill", "fire", "system", "interest"), plus the common
 * contractions; the calendar names are the English months and weekdays with their abbreviations.
 */

/** English function words, lower case: the one stopword set of the project. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    "a about above across after afterwards again against all almost alone along already also although " +
    "always am among amongst an and another any anyhow anyone anything anyway anywhere are around as at " +
    "back be became because become becomes been before beforehand behind being below beside besides between " +
    "beyond both but by can cannot could did do does doing done down due during each either else elsewhere " +
    "enough etc even ever every everyone everything everywhere except few for former formerly from further " +
    "had has have having he hence her here hereafter hereby herein hers herself him himself his how however " +
    "i ie if in indeed into is it its itself just last latter least less many may me meanwhile might mine " +
    "more moreover most mostly much must my myself namely neither never nevertheless next no nobody none " +
    "noone nor not nothing now nowhere of off often on once one only onto or other others otherwise our " +
    "ours ourselves out over own per perhaps please rather re same seem seemed seeming seems several she " +
    "should since so some somehow someone something sometime sometimes somewhere still such than that the " +
    "their theirs them themselves then thence there thereafter thereby therefore therein thereupon these " +
    "they this those though through throughout thru thus to together too toward towards under until up upon " +
    "us very via was we well were what whatever when whence whenever where whereafter whereas whereby " +
    "wherein whereupon wherever whether which while whither who whoever whole whom whose why will with " +
    "within without would yet you your yours yourself yourselves it's we're we've i'm that's there's " +
    "they're don't didn't won't can't isn't wasn't aren't weren't hasn't haven't hadn't couldn't wouldn't " +
    "shouldn't let's he's she's i've i'd we'll they'll you're"
  ).split(/\s+/),
);

/** Month and weekday names (and their abbreviations): dates, never names or quantities. */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  (
    'january:1 jan:1 february:2 feb:2 march:3 mar:3 april:4 apr:4 may:5 june:6 jun:6 july:7 jul:7 ' +
    'august:8 aug:8 september:9 sep:9 sept:9 october:10 oct:10 november:11 nov:11 december:12 dec:12'
  )
    .split(' ')
    .map((pair): [string, number] => {
      const [name = '', month = '0'] = pair.split(':');
      return [name, Number(month)];
    }),
);

/** See MONTHS. */
export const WEEKDAYS: ReadonlySet<string> = new Set(
  'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun'.split(' '),
);

/**
 * Words that open an adjunct of time or circumstance ("since the invasion", "amid the war", "ahead of
 * the summit"): what such a phrase names is the background a sentence is set against, not what it
 * asserts. The prepositions and complex prepositions of time of English grammars (Quirk et al.,
 * "adjuncts of time"), by their first word and the words that must follow it.
 */
export const BACKGROUND_OPENERS: ReadonlyMap<string, readonly string[]> = new Map([
  ['since', []], ['after', []], ['before', []], ['amid', []], ['amidst', []], ['following', []], ['during', []],
  ['until', []], ['till', []], ['ahead', ['of']], ['in', ['the', 'wake', 'of']], ['prior', ['to']],
]);
