/**
 * Units and qualifiers of quantities: currency signs and words, measurement units (whose quantity
 * measures something else: "four hours of talks"), and the phrases that turn a number into an
 * interval ("more than", "nearly", "at least").
 * Entries: ISO 4217 currencies in common news use, SI and customary units, and English quantifier phrases from grammars of English ("more than", "at least", "up to").
 */
import type { Qualifier } from '../../types.ts';

/** Currency signs before a number. */
export const CURRENCY_SIGNS: ReadonlyMap<string, string> = new Map([
  ['$', 'usd'], ['€', 'eur'], ['£', 'gbp'], ['¥', 'jpy'], ['₽', 'rub'], ['₴', 'uah'], ['₹', 'inr'],
  // The rupee's abbreviation, written before the number as a sign is ("Rs 500 crore").
  ['Rs', 'inr'],
]);

/**
 * Currency words after a number, singular, by currency: an ISO 4217 code, or the English name where
 * one name covers several currencies ("crowns": Swedish, Norwegian, Danish, Czech; "pesos", "dinars").
 */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollar', 'usd'], ['usd', 'usd'], ['euro', 'eur'], ['eur', 'eur'], ['pound', 'gbp'], ['sterling', 'gbp'],
  ['rouble', 'rub'], ['ruble', 'rub'], ['yuan', 'cny'], ['renminbi', 'cny'], ['yen', 'jpy'], ['hryvnia', 'uah'],
  ['rupee', 'inr'], ['franc', 'chf'], ['lira', 'try'],
  ['crown', 'crown'], ['krona', 'crown'], ['kronor', 'crown'], ['krone', 'crown'], ['kroner', 'crown'], ['koruna', 'crown'],
  ['peso', 'peso'], ['dinar', 'dinar'], ['dirham', 'dirham'], ['riyal', 'riyal'], ['rial', 'riyal'], ['shilling', 'shilling'],
  ['rand', 'zar'], ['shekel', 'ils'], ['zloty', 'pln'], ['forint', 'huf'], ['baht', 'thb'], ['ringgit', 'myr'],
  ['naira', 'ngn'], ['taka', 'bdt'], ['rupiah', 'idr'], ['leu', 'ron'], ['lei', 'ron'], ['tenge', 'kzt'], ['cedi', 'ghs'],
]);

/**
 * A hundredth of a currency, after the number: "760p" (attached only: "p" alone is no word), "760
 * pence". Only the pound's: "cents" and "c" are a hundredth of many currencies, and "25c" may be degrees.
 */
export const CURRENCY_HUNDREDTHS: ReadonlyMap<string, string> = new Map([['p', 'gbp'], ['pence', 'gbp'], ['penny', 'gbp']]);

/** Every currency the quantity reader names, by sign or word. */
export const CURRENCIES: ReadonlySet<string> = new Set([...CURRENCY_SIGNS.values(), ...CURRENCY_WORDS.values()]);

/** A currency's name in a heading ("Amount, in crowns"). */
export const CURRENCY_NAMES: ReadonlyMap<string, string> = new Map([
  ['usd', 'dollars'], ['eur', 'euros'], ['gbp', 'pounds'], ['jpy', 'yen'], ['cny', 'yuan'], ['rub', 'roubles'],
  ['uah', 'hryvnias'], ['inr', 'rupees'], ['chf', 'Swiss francs'], ['try', 'lira'],
  ['crown', 'crowns'], ['peso', 'pesos'], ['dinar', 'dinars'], ['dirham', 'dirhams'], ['riyal', 'riyals'], ['shilling', 'shillings'],
  ['zar', 'rand'], ['ils', 'shekels'], ['pln', 'zlotys'], ['huf', 'forints'], ['thb', 'baht'], ['myr', 'ringgit'],
  ['ngn', 'naira'], ['bdt', 'taka'], ['idr', 'rupiah'], ['ron', 'lei'], ['kzt', 'tenge'], ['ghs', 'cedis'],
]);

/** Units of how long something lasts (a number in them is a duration, not a count). */
export const TIME_UNITS: ReadonlySet<string> = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'century']);

/** Units of distance, as the quantity reader names them. */
export const DISTANCE_UNITS: ReadonlySet<string> = new Set(['kilometre', 'metre', 'mile', 'foot', 'yard', 'centimetre', 'millimetre']);

/** Units that measure something else: the thing measured comes from context, not the unit. */
export const MEASURE_UNITS: ReadonlySet<string> = new Set(
  (
    'second minute hour day week month year decade century km kilometre kilometer mile metre meter foot ' +
    'centimetre centimeter millimetre millimeter yard kilometre-per-hour mile-per-hour metre-per-hour ' +
    'inch ton tonne kg kilogram gram barrel litre liter gallon degree percent point acre hectare mph ' +
    'percentage-point basis-point'
  )
    .split(' ')
    // Every currency: a sum measures what costs it ("the repairs cost 42 million crowns").
    .concat([...CURRENCIES]),
);

/** Irregular plurals of unit and measured nouns. */
export const IRREGULAR_PLURALS: ReadonlyMap<string, string> = new Map([
  ['people', 'person'], ['men', 'man'], ['women', 'woman'], ['children', 'child'], ['feet', 'foot'],
  ['lives', 'life'], ['wives', 'wife'], ['halves', 'half'], ['teeth', 'tooth'], ['mice', 'mouse'],
  ['data', 'data'], ['media', 'media'], ['series', 'series'], ['species', 'species'], ['news', 'news'],
  // English nouns whose plural is the singular (zero plurals): "170,000 fish", "two aircraft".
  ['fish', 'fish'], ['sheep', 'sheep'], ['deer', 'deer'], ['salmon', 'salmon'], ['trout', 'trout'], ['cod', 'cod'],
  ['aircraft', 'aircraft'], ['spacecraft', 'spacecraft'], ['hovercraft', 'hovercraft'], ['bison', 'bison'],
  ['moose', 'moose'], ['swine', 'swine'], ['offspring', 'offspring'],
]);

/** Qualifier phrases before a number, longest first in use. */
export const QUALIFIER_PHRASES: ReadonlyArray<[string, Qualifier]> = (
  [
    ['more than', 'more-than'], ['greater than', 'more-than'], ['in excess of', 'more-than'], ['upwards of', 'more-than'],
    ['over', 'more-than'], ['above', 'more-than'], ['exceeding', 'more-than'], ['well over', 'more-than'],
    ['less than', 'less-than'], ['fewer than', 'less-than'], ['under', 'less-than'], ['below', 'less-than'], ['just under', 'less-than'],
    ['nearly', 'nearly'], ['almost', 'nearly'], ['close to', 'nearly'], ['just shy of', 'nearly'], ['not quite', 'nearly'],
    ['about', 'about'], ['around', 'about'], ['some', 'about'], ['roughly', 'about'], ['approximately', 'about'],
    ['approx', 'about'], ['circa', 'about'], ['an estimated', 'about'], ['estimated', 'about'], ['an approximate', 'about'],
    ['at least', 'at-least'], ['no fewer than', 'at-least'], ['no less than', 'at-least'], ['a minimum of', 'at-least'],
    ['up to', 'at-most'], ['as much as', 'at-most'], ['at most', 'at-most'], ['no more than', 'at-most'], ['a maximum of', 'at-most'], ['as many as', 'at-most'],
  ] satisfies Array<[string, Qualifier]>
).sort((a, b) => b[0].split(' ').length - a[0].split(' ').length);

/** Adjectives that may stand between a number and its noun ("12 more people", "four new principles"). */
export const NUMBER_ADJECTIVES: ReadonlySet<string> = new Set(
  'more new additional other further extra key major separate different consecutive straight full whole main basic core'.split(' '),
);

/**
 * Prepositions that put a limit in time, a time a running figure is counted up to ("as of 6:00 AM",
 * "by noon", "until 6 p.m."), as one alternation; "before" and "since" are read beside them.
 */
export const TIME_LIMITS = String.raw`as\s+of|by|until|till|up\s+to`;

/** Verbs after which a duration measures the subject ("the meeting lasted four hours"). */
export const DURATION_VERBS: ReadonlySet<string> = new Set(['lasted', 'lasting', 'lasts', 'took', 'ran', 'spanned', 'continued', 'stretched']);

/**
 * Adjectives for the state an event leaves people in, with the event's verb ("288 dead" → die).
 * "Hurt" and "wounded" are the satellites of "injured" in WordNet's adjective cluster (each word's
 * first sense: "suffering from physical injury"): "five people were hurt" counts the injured.
 */
export const STATE_WORDS: ReadonlyMap<string, string> = new Map([['dead', 'die'], ['hurt', 'injure'], ['wounded', 'injure']]);

/** Nouns for the tally of an event, with the event's verb ("the death toll rose to 288" → die). */
export const TALLY_NOUNS: ReadonlyMap<string, string> = new Map([['toll', 'die']]);

/**
 * Nouns that stand for a figure already given ("police put the number at 81,000", "the estimate
 * rose to 300"): general words for a reported amount, which name nothing counted by themselves.
 */
export const FIGURE_NOUNS: ReadonlySet<string> = new Set('number figure total count estimate tally'.split(' '));

/**
 * Words a measured noun is looked for across, leftwards ("the toll rose to 14", "a rate of 4.5%"):
 * prepositions, verbs of being and change, modals, and verbs of price ("the recall would cost ...").
 */
export const LEFT_LINKS: ReadonlySet<string> = new Set(
  (
    'cost costs valued priced worth amounted amounts ' +
    'to at of by from rose fell climbed dropped increased decreased grew declined jumped stood reached hit be was is were ' +
    'are has had have been stands stood totalled totaled topped put set kept held raised cut lowered now reach rise ' +
    'fall climb exceed exceeded top total could would may might will should can drop drops decline declines grow ' +
    'grows increase increases decrease decreases shrink shrank jump jumps slide slid slip slipped gain gained lose lost'
  ).split(' '),
);

/** Nouns in -ing that a measured-noun phrase may end on ("four-hour meeting"). */
export const ING_NOUNS: ReadonlySet<string> = new Set(
  'meeting briefing building funding spending hearing training bombing shelling shooting offering ceasefire ruling morning evening'.split(' '),
);

/**
 * Vague amounts as the interval English usage gives them: "dozens" is at least two dozen, "hundreds"
 * at least two hundred and below a thousand, "thousands" from two thousand to under a million
 * ("tens of thousands" is read by the number parser as 10,000 and more).
 */
export const VAGUE_NUMBERS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['dozens', [24, 100]],
  ['scores', [40, 200]],
  ['hundreds', [200, 1000]],
  ['thousands', [2000, 1_000_000]],
  ['millions', [2_000_000, 1_000_000_000]],
  ['billions', [2_000_000_000, 1e12]],
]);

/** Spellings and symbols of one unit of measure, folded to one name (SI and customary units). */
export const UNIT_NAMES: ReadonlyMap<string, string> = new Map([
  ['km', 'kilometre'], ['kilometer', 'kilometre'], ['kms', 'kilometre'],
  ['m', 'metre'], ['meter', 'metre'],
  ['cm', 'centimetre'], ['centimeter', 'centimetre'], ['mm', 'millimetre'], ['millimeter', 'millimetre'],
  ['mi', 'mile'], ['ft', 'foot'], ['feet', 'foot'],
  ['kg', 'kilogram'], ['kilo', 'kilogram'], ['g', 'gram'], ['t', 'tonne'], ['ton', 'tonne'],
  ['hr', 'hour'], ['hrs', 'hour'], ['h', 'hour'], ['min', 'minute'], ['mins', 'minute'], ['sec', 'second'], ['secs', 'second'],
  ['l', 'litre'], ['liter', 'litre'], ['kmh', 'kilometre-per-hour'], ['mph', 'mile-per-hour'],
  ['kw', 'kilowatt'], ['mw', 'megawatt'], ['gw', 'gigawatt'],
]);

/** Watts in each SI-prefixed unit of power, for comparing "4,200 megawatts" and "4.2 GW". */
export const WATTS_IN: ReadonlyMap<string, number> = new Map([['watt', 1], ['kilowatt', 1e3], ['megawatt', 1e6], ['gigawatt', 1e9]]);
