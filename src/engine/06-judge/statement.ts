/**
 * The claim as a reader reads it: `Ushakov: “…”` for a quote, what was measured for a quantity
 * ("Length of the meeting"), else the clearest supporting sentence (or clause), reduced to what it
 * states: connectives and attribution dropped ("Meanwhile, …", "X said that …", "…, TASS reported.").
 */
import type { RelatedClaim, RelatedEvidence } from '../05-relate/index.ts';
import type { StoryContext } from '../story-context.ts';
import type { Quantity } from '../types.ts';
import { proposition } from './proposition.ts';

const TIME_UNITS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'century']);
const MONEY_UNITS = new Set(['usd', 'eur', 'gbp', 'jpy', 'cny', 'rub', 'uah', 'inr', 'chf', 'dollar', 'euro', 'pound', 'rouble', 'ruble', 'yuan', 'yen']);
/** Currency codes as a reader says them. */
const CURRENCY_NAMES = new Map([
  ['usd', 'dollars'], ['eur', 'euros'], ['gbp', 'pounds'], ['jpy', 'yen'], ['cny', 'yuan'], ['rub', 'roubles'],
  ['uah', 'hryvnias'], ['inr', 'rupees'], ['chf', 'Swiss francs'],
]);
const DISTANCE_UNITS = new Set(['km', 'kilometre', 'kilometer', 'mile', 'metre', 'meter', 'foot', 'feet', 'yard']);
const WEIGHT_UNITS = new Set(['kg', 'kilogram', 'tonne', 'ton', 'pound-weight', 'gram']);
/** Words after a count that say what happened to it: "12 people killed", "30 injured". */
const PARTICIPLE = /^(?:\p{L}+ed|hurt|dead|missing|held|taken|born|sent|lost|left|found|built|sold|paid|cut|won|killed|injured)$/u;
const AUXILIARY = new Set(['were', 'was', 'had', 'have', 'has', 'been', 'are', 'is', 'be', 'being', 'reportedly', 'also', 'could', 'would', 'will', 'may', 'might', 'to']);

/** English plural of a unit word. */
export function plural(word: string): string {
  if (/(?:s|x|ch|sh)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

/** The value as a reader would say it: "four-hour" → "four hours", "more than 4.5-hour" → "more than 4.5 hours". */
export function valueText(q: Quantity): string {
  const surface = q.surface.trim();
  const unit = q.unit.toLowerCase();
  const hyphenated = new RegExp(`^(.*\\S)[-\\s]${unit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}s?$`, 'i').exec(surface);
  if (hyphenated?.[1]) return `${hyphenated[1]} ${q.value === 1 && q.qualifier === 'exact' ? unit : plural(unit)}`;
  return surface;
}

/** What a quantity claim measures: "Length of the meeting", "Number of people killed". */
export function measuredThing(claim: RelatedClaim): string {
  const anchor = claim.evidence.find((e) => e.f === claim.anchor && e.quantity) ?? claim.evidence.find((e) => e.quantity);
  const q = anchor?.quantity;
  if (!q) return 'Reported figure';
  const measures = q.measures ?? q.unit;
  const unit = q.unit.toLowerCase();
  // No noun says what is measured ("the recall would cost 200 million euros"): name the unit instead.
  const unitName = CURRENCY_NAMES.get(unit) ?? plural(unit);
  if (TIME_UNITS.has(unit)) return q.measures ? `Length of the ${measures}` : `Duration in ${unitName}`;
  if (MONEY_UNITS.has(unit)) return q.measures ? `Amount of the ${measures}` : `Amount in ${unitName}`;
  if (unit === 'percent') return q.measures ? `Percentage of the ${measures}` : 'Reported percentage';
  if (DISTANCE_UNITS.has(unit)) return q.measures ? `Distance of the ${measures}` : `Distance in ${unitName}`;
  if (WEIGHT_UNITS.has(unit)) return q.measures ? `Weight of the ${measures}` : `Weight in ${unitName}`;
  const after = anchor ? participleAfter(anchor.f.sentence.text, q) : null;
  // A count is of a plural thing: "Number of workers", even when stage 3 gives the singular unit.
  const counted = measures.toLowerCase() === unit ? plural(measures) : measures;
  return `Number of ${counted}${after ? ` ${after}` : ''}`;
}

/** The participle that follows a count ("12 people were killed" → "killed"), if any. */
function participleAfter(text: string, q: Quantity): string | null {
  const words = text.slice(q.end).match(/\p{L}+/gu) ?? [];
  let i = 0;
  if (q.measures && words[0]?.toLowerCase() === q.measures.toLowerCase()) i = 1;
  while (i < words.length && AUXILIARY.has((words[i] ?? '').toLowerCase())) i++;
  const word = (words[i] ?? '').toLowerCase();
  return PARTICIPLE.test(word) && word.length > 3 ? word : null;
}

/** A speaker's short name: the surname, unless another person in the story shares it. */
export function shortName(ctx: StoryContext, entityId: string): string {
  const entity = ctx.entities.get(entityId);
  if (!entity) return entityId;
  if (entity.kind !== 'person') return entity.name;
  const surname = entity.name.split(/\s+/).at(-1) ?? entity.name;
  const clash = [...ctx.entities.values()].some(
    (other) => other.id !== entity.id && other.kind === 'person' && other.name.split(/\s+/).at(-1) === surname,
  );
  return clash ? entity.name : surname;
}

/**
 * A sentence (or a clause of one) as a statement: without connectives and attribution, capitalised
 * and closed (see proposition.ts). Only words of the sentence are kept.
 */
export function cleanSentence(text: string, clause = false): string {
  return proposition(text, clause);
}

/** The quote text for a statement: trimmed of dangling punctuation, in curly quotes. */
function quoted(text: string): string {
  const inner = text.trim().replace(/^["“‘']+|["”’']+$/g, '').replace(/[,;:\s]+$/, '');
  return `“${inner}”`;
}

/**
 * A clause that cannot stand alone: a participle or "with"-clause ("turning down a request", "with
 * the president vowing ...") or one that opens with a pronoun whose referent is in the other clause.
 */
const DEPENDENT_CLAUSE = /^(?:(?:and|but|as|while|whereas)\s+)?(?:with\b|\p{Ll}+ing\b|(?:his|her|its|their|he|she|it|they)\b)/iu;

/**
 * The supporting sentence that reads best on its own: the shortest of the supporting ones,
 * preferring whole sentences and clauses that stand alone.
 */
export function representative(claim: RelatedClaim): RelatedEvidence {
  const supporting = claim.evidence.filter((e) => e.stance === 'supports');
  const pool = supporting.length > 0 ? supporting : claim.evidence;
  const dependent = (e: RelatedEvidence): number => (e.start > 0 && DEPENDENT_CLAUSE.test(e.f.sentence.text.slice(e.start, e.end)) ? 1 : 0);
  return [...pool].sort((a, b) => dependent(a) - dependent(b) || a.end - a.start - (b.end - b.start) || a.f.i - b.f.i)[0] as RelatedEvidence;
}

/** The reader-facing statement of a claim. */
export function statementOf(claim: RelatedClaim, ctx: StoryContext): string {
  if (claim.kind === 'quantity') return measuredThing(claim);
  if (claim.kind === 'quote') {
    const withQuote = claim.evidence
      .filter((e) => e.stance === 'supports')
      .map((e) => ({ e, quote: e.quote ?? [...e.f.quotes].sort((a, b) => b.words.length - a.words.length)[0] ?? null }))
      .filter((x) => x.quote?.speaker);
    const best = [...withQuote].sort((a, b) => (b.quote?.text.length ?? 0) - (a.quote?.text.length ?? 0) || a.e.f.i - b.e.f.i)[0];
    if (best?.quote?.speaker) return `${shortName(ctx, best.quote.speaker)}: ${quoted(best.quote.text)}`;
  }
  const chosen = representative(claim);
  return cleanSentence(chosen.f.sentence.text.slice(chosen.start, chosen.end), chosen.start > 0);
}
