/**
 * The same words about other people or places. Two sentences that say the same thing of different
 * named referents of one kind ("Clashes broke out in Lyon on Tuesday" / "… in Nantes …"; "The court
 * convicted Anna Berg of fraud" / "… convicted Piotr Nowak …") state two facts, however many words
 * they share: each names someone or somewhere the other does not, where the other names another of
 * the same kind. The word-based model cannot see this: it sets names apart from the words it weighs.
 *
 * Kinds whose referents cannot hold one another: people (not the speaker: two people who say the
 * same thing is corroboration, not this), and places of one rank: two countries, or two cities or
 * towns (any place that is neither a country nor a region). A city and a country may be one place named twice
 * ("in Riyadh" / "in Saudi Arabia"), regions may hold one another, and bodies may be parts of one
 * another ("the AKP" / "the People's Alliance"), so none of these counts, unless two bodies say they
 * are of one kind: two universities, two ministries (organizationRank).
 */
import type { Lexicon } from '../language/index.ts';
import type { Unit } from '../03-annotate/units.ts';
import type { Entity } from '../types.ts';
import type { UnitVector } from './features.ts';

/** Share of content terms two units must have in common (of all either has): half of what they say. */
export const SAME_WORDS = 0.5;

/** Lower-case names of the lexicon's countries and regions, by lexicon. */
const ranks = new WeakMap<Lexicon, Array<ReadonlySet<string>>>();

function placeRanks(lex: Lexicon): Array<ReadonlySet<string>> {
  let known = ranks.get(lex);
  if (!known) {
    const names = (lines: string): ReadonlySet<string> => new Set(lines.split('\n').flatMap((line) => line.split('|')).map((name) => name.trim().toLowerCase()).filter(Boolean));
    known = [names(lex.countries), names(lex.regions)];
    ranks.set(lex, known);
  }
  return known;
}

/** The rank of a referent, among which two different ones are two referents: "person", "country", "town"; null for any other. */
function rank(entity: Entity | undefined, lex: Lexicon): string | null {
  if (entity === undefined) return null;
  if (entity.kind === 'person') return 'person';
  if (entity.kind === 'organization') return organizationRank(entity, lex);
  return placeRank(entity, lex);
}

/**
 * Organisations of one kind, by the word that says what they are ("University of Split", "the
 * Foreign Ministry": "university", "ministry"): two universities or two ministries cannot hold one
 * another, as a party and the alliance it belongs to can. Null for a name without such a word.
 */
function organizationRank(entity: Entity, lex: Lexicon): string | null {
  const words = entity.name.toLowerCase().split(/\s+/);
  const of = words.indexOf('of');
  const head = of > 0 ? words[of - 1] : words.at(-1);
  return head !== undefined && lex.orgHeads.has(head) ? `organization ${head}` : null;
}

/** The rank of a place: "country", "town" (any city or town), or null for a region or anything that is no place. */
export function placeRank(entity: Entity | undefined, lex: Lexicon): 'country' | 'town' | null {
  if (entity?.kind !== 'place') return null;
  const name = entity.name.toLowerCase();
  const [countries, regions] = placeRanks(lex) as [ReadonlySet<string>, ReadonlySet<string>];
  if (countries.has(name)) return 'country';
  // A region of the lexicon may hold another ("Europe", "Bavaria"); any other place is a city or a
  // town, whether the lexicon lists it (capitals, the largest cities) or not.
  return regions.has(name) ? null : 'town';
}

/**
 * True when `a` and `b` say nearly the same words (SAME_WORDS) and each names a referent
 * that the other does not, of a rank the other names another of.
 */
export function otherReferents(a: UnitVector, b: UnitVector, entities: ReadonlyMap<string, Entity>, lex: Lexicon): boolean {
  // Proper nouns the story does not know as names ("the Juniper music festival", "the Tribune music
  // festival") name something as names do: each unit naming one the other does not is the same test.
  // A known town or country against an unknown proper noun is the same test ("the Antwerp marathon" /
  // "the Tromsø marathon").
  const properA = ownProper(a.unit, b.unit);
  const properB = ownProper(b.unit, a.unit);
  if ((properA || properB) && (properA || ownPlace(a, b, entities, lex)) && (properB || ownPlace(b, a, entities, lex)) && sameWords(a.unit, b.unit)) return true;
  // Asked for every pair the model scores: most units name no referent, and the test ends there.
  // Every entity counts, the story's own setting too: "police in Recife" in a story set in Recife
  // is another fact from "police in Tbilisi", though Recife is too common there to be distinctive.
  if (a.unit.entities.length === 0 || b.unit.entities.length === 0) return false;
  const ranksA = ranksOnly(a, b, entities, lex);
  if (ranksA.length === 0 || !sharesAny(ranksOnly(b, a, entities, lex), ranksA)) return false;
  return sameWords(a.unit, b.unit);
}

/**
 * True when the lists share an item. A loop rather than `some` with a closure over `ranksA` in
 * `otherReferents`: that would cost a context at every call of it, asked for every pair scored.
 */
function sharesAny(x: readonly string[], y: readonly string[]): boolean {
  for (let k = 0; k < x.length; k++) if (y.includes(x[k] as string)) return true;
  return false;
}

/** The ranks of the referents `x` names and `y` does not, its speaker left out. */
function ranksOnly(x: UnitVector, y: UnitVector, entities: ReadonlyMap<string, Entity>, lex: Lexicon): string[] {
  const found: string[] = [];
  for (let k = 0; k < x.unit.entities.length; k++) {
    const id = x.unit.entities[k] as string;
    if (id === x.unit.speaker || y.unit.entities.includes(id)) continue;
    const r = rank(entities.get(id), lex);
    if (r !== null && !found.includes(r)) found.push(r);
  }
  return found;
}

/** A weekday ("w-tuesday") or a day of a month ("m3-d7"): a day, as annotate keys it. */
const DAY = /^(?:w-|m\d+-d)/;

/**
 * True when `a` and `b` say what they say of two different days: each names a day of one kind (a
 * weekday, or a day of a month) and they name none in common, or each names a year and they name
 * none in common ("for fixing a race in April 2022" and "… in April 2020" disagree on the year). "The central bank raised its key rate on
 * Saturday" and "… on Thursday" are two decisions; "were handed over … at about 4 p.m. on Tuesday" and
 * "… shortly after 9 p.m. on Monday" disagree on when: neither confirms the other. "On Tuesday" and
 * "on 7 March" may be one day and are not compared.
 */
export function otherDays(a: UnitVector, b: UnitVector): boolean {
  return otherYears(a.unit.dates, b.unit.dates) || otherDaysOnly(a.unit.dates, b.unit.dates);
}

function otherDaysOnly(a: readonly string[], b: readonly string[]): boolean {
  // Asked for every pair the model scores: index loops and bits of day kinds, no filtered lists.
  const kindsA = dayKinds(a);
  if (kindsA === 0 || (kindsA & dayKinds(b)) === 0) return false;
  for (let k = 0; k < a.length; k++) {
    const d = a[k] as string;
    if (DAY.test(d) && b.includes(d)) return false;
  }
  return true;
}

/** A year ("y2022"), as annotate keys it. */
const YEAR = /^y\d{4}$/;

/** True when each names a year and they name none in common ("for fixing a race in April 2022" and "… in April 2020"). */
function otherYears(a: readonly string[], b: readonly string[]): boolean {
  let named = false;
  for (let k = 0; k < a.length; k++) {
    const d = a[k] as string;
    if (!YEAR.test(d)) continue;
    if (b.includes(d)) return false;
    named = true;
  }
  if (!named) return false;
  for (let k = 0; k < b.length; k++) if (YEAR.test(b[k] as string)) return true;
  return false;
}

/** The kinds of day among dates, as bits: 1 for a weekday, 2 for a day of a month. */
function dayKinds(dates: readonly string[]): number {
  let kinds = 0;
  for (let k = 0; k < dates.length; k++) {
    const d = dates[k] as string;
    if (DAY.test(d)) kinds |= d.startsWith('w-') ? 1 : 2;
  }
  return kinds;
}

/** True when `x` names a town or a country (not its speaker) that `y` does not name. */
function ownPlace(x: UnitVector, y: UnitVector, entities: ReadonlyMap<string, Entity>, lex: Lexicon): boolean {
  // The place's name written in `y` as a proper noun annotate did not take for a name ("the market of
  // Kestrel" / "Kestrel's market") is the same place: `x` must name a word `y` does not use at all.
  let unused = false;
  for (const word of x.unit.names) {
    if (y.unit.content.includes(word) || y.unit.names.has(word)) continue;
    unused = true;
    break;
  }
  if (!unused) return false;
  for (let k = 0; k < x.unit.entities.length; k++) {
    const id = x.unit.entities[k] as string;
    if (id !== x.unit.speaker && !y.unit.entities.includes(id) && placeRank(entities.get(id), lex) !== null) return true;
  }
  return false;
}

/** True when unit `x` writes a proper noun (Unit.proper) that `y` uses neither as a word nor in a name. */
export function ownProper(x: Unit, y: Unit): boolean {
  for (let k = 0; k < x.proper.length; k++) {
    const term = x.proper[k] as string;
    if (!y.content.includes(term) && !y.names.has(term)) return true;
  }
  return false;
}

/**
 * True when two units have at least SAME_WORDS of their content terms in common (of all either has),
 * their proper nouns left out as names are, and any term `skip` names.
 */
export function sameWords(a: Unit, b: Unit, skip: (term: string) => boolean = NOTHING): boolean {
  let shared = 0;
  let union = 0;
  const contentA = a.content;
  const contentB = b.content;
  // Words, not figures: the numbers are what two reports of one fact may differ in.
  for (let k = 0; k < contentA.length; k++) {
    const term = contentA[k] as string;
    if (a.proper.includes(term) || skip(term) || DIGIT.test(term)) continue;
    union++;
    if (contentB.includes(term) && !b.proper.includes(term)) shared++;
  }
  for (let k = 0; k < contentB.length; k++) {
    const term = contentB[k] as string;
    if (!b.proper.includes(term) && !skip(term) && !DIGIT.test(term) && !contentA.includes(term)) union++;
  }
  return union > 0 && shared / union >= SAME_WORDS;
}

const NOTHING = (): boolean => false;
const DIGIT = /^\d/;

/**
 * The way a unit's content terms say a value moved: 1 up (a word of `rise` and none of `fall`), -1
 * down, 0 neither or both. The matcher reads it once per unit (`otherDirections`' `ways`), not once
 * for every pair the unit is in.
 */
export function moveWay(v: UnitVector, fall: ReadonlySet<string>, rise: ReadonlySet<string>): number {
  let up = false;
  let down = false;
  for (let k = 0; k < v.unit.content.length; k++) {
    const term = v.unit.content[k] as string;
    if (rise.has(term)) up = true;
    else if (fall.has(term)) down = true;
  }
  return up === down ? 0 : up ? 1 : -1;
}

/** A word for one end of a series before what the series is of: "the opening game", "its final stage", "first seen". */
const SERIES_END = /\b(first|opening|initial|last|final|closing)\s+(\p{L}+)/giu;

/** "from north-west to south-east", "from Kolkata to Chennai": a route's two ends, one to three words each. */
const ROUTE = /\bfrom\s+(?:the\s+)?((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+to\s+(?:the\s+)?((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\b/giu;

/**
 * The sides a text takes where a report may take the opposite one, as keys in lower case: the end of
 * a series it names ("end first game", "end last game") and the routes it names ("route
 * north-west→south-east"). Read once per sentence; `otherSides` compares two lists.
 */
export function sidesOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(SERIES_END)) out.push(`end ${/^(?:first|opening|initial)$/i.test(m[1] as string) ? 'first' : 'last'} ${(m[2] as string).toLowerCase()}`);
  if (text.includes('from')) for (const m of text.matchAll(ROUTE)) out.push(`route ${(m[1] as string).toLowerCase()}→${(m[2] as string).toLowerCase()}`);
  return out;
}

/** The other side of a side key: the other end of the same series, the same route the other way round. */
function otherSide(side: string): string {
  if (side.startsWith('end first ')) return `end last ${side.slice(10)}`;
  if (side.startsWith('end last ')) return `end first ${side.slice(9)}`;
  return `route ${side.slice(6).split('→').reverse().join('→')}`;
}

/**
 * True when one sentence takes a side (`sidesOf`) and the other the opposite one, and neither takes
 * both: "in the final game of their 18-game match" and "the opening game of the 18-game match";
 * "moving from north-west to south-east" and "the fire moved from south-east to north-west". Two
 * facts, never one.
 */
export function otherSides(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  return a.some((side) => b.includes(otherSide(side)) && !b.includes(side) && !a.includes(otherSide(side)));
}

/**
 * True when `a` and `b` say nearly the same words (SAME_WORDS, the words of moving left out) of a
 * value moving two ways: one says it went up and not down, the other down and not up ("shares
 * jumped 5%" / "shares plunged 5%", "cut its key rate" / "raised its key rate"). Two moves, never one fact.
 * `wayA` and `wayB`, when given, are the units' `moveWay`s, read beforehand.
 */
export function otherDirections(a: UnitVector, b: UnitVector, fall: ReadonlySet<string>, rise: ReadonlySet<string>, wayA = moveWay(a, fall, rise), wayB?: number): boolean {
  if (wayA === 0) return false;
  const wb = wayB ?? moveWay(b, fall, rise);
  return wb === -wayA && sameWordsButMoves(a.unit, b.unit, fall, rise);
}

/**
 * `sameWords` with the words of moving left out. Apart from `otherDirections`, which the matcher
 * asks for every pair it scores: a function whose parameters a closure captures allocates a context
 * for them at every call, and almost every call returns before comparing words.
 */
function sameWordsButMoves(a: Unit, b: Unit, fall: ReadonlySet<string>, rise: ReadonlySet<string>): boolean {
  return sameWords(a, b, (term) => fall.has(term) || rise.has(term));
}
