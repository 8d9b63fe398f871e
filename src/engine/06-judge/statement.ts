/**
 * The claim as a reader reads it: `Ushakov: “…”` for a quote, what was measured for a quantity
 * ("Length of the meeting"), else the clearest supporting sentence, cleaned of connectives and
 * trailing attributions ("Meanwhile, …", "…, TASS reported.").
 */
import type { RelatedClaim, RelatedEvidence } from '../05-relate/index.ts';
import type { StoryContext } from '../story-context.ts';
import type { Quantity } from '../types.ts';

const TIME_UNITS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'century']);
const MONEY_UNITS = new Set(['usd', 'eur', 'gbp', 'jpy', 'cny', 'rub', 'uah', 'inr', 'chf', 'dollar', 'euro', 'pound', 'rouble', 'ruble', 'yuan', 'yen']);
const DISTANCE_UNITS = new Set(['km', 'kilometre', 'kilometer', 'mile', 'metre', 'meter', 'foot', 'feet', 'yard']);
const WEIGHT_UNITS = new Set(['kg', 'kilogram', 'tonne', 'ton', 'pound-weight', 'gram']);
/** Words after a count that say what happened to it: "12 people killed", "30 injured". */
const PARTICIPLE = /^(?:\p{L}+ed|hurt|dead|missing|held|taken|born|sent|lost|left|found|built|sold|paid|cut|won|killed|injured)$/u;
const AUXILIARY = new Set(['were', 'was', 'had', 'have', 'has', 'been', 'are', 'is', 'be', 'being', 'reportedly', 'also', 'could', 'would', 'will', 'may', 'might', 'to']);

/** Leading connectives that only link a sentence to the previous one. */
const CONNECTIVE =
  /^(?:that said|meanwhile|however|at the same time|separately|in addition|additionally|also|but|and|still|moreover|furthermore|on the other hand|earlier|later|then|instead|nonetheless|nevertheless|in a statement|in contrast)\s*,?\s+/i;
/** Trailing attributions to a relay: "…, TASS reported.", "…, according to AP News." */
const TRAILING_RELAY = /,?\s+(?:according to [^,;.]{1,60}|as [^,;.]{1,40} (?:had )?(?:earlier )?reported|[A-Z][\p{L}/&.' -]{0,40} (?:reported|reports))\s*([.!]?)["”’]?\s*$/u;

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

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What a quantity claim measures: "Length of the meeting", "Number of people killed". */
export function measuredThing(claim: RelatedClaim): string {
  const anchor = claim.evidence.find((e) => e.f === claim.anchor && e.quantity) ?? claim.evidence.find((e) => e.quantity);
  const q = anchor?.quantity;
  if (!q) return 'Reported figure';
  const measures = q.measures ?? q.unit;
  const unit = q.unit.toLowerCase();
  if (TIME_UNITS.has(unit)) return `Length of the ${measures}`;
  if (MONEY_UNITS.has(unit)) return `Amount of the ${measures}`;
  if (unit === 'percent') return `Percentage of the ${measures}`;
  if (DISTANCE_UNITS.has(unit)) return `Distance of the ${measures}`;
  if (WEIGHT_UNITS.has(unit)) return `Weight of the ${measures}`;
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

/** A sentence without its leading connective and trailing relay, capitalised and closed. */
export function cleanSentence(text: string): string {
  let out = text.trim().replace(CONNECTIVE, '');
  out = out.replace(TRAILING_RELAY, (_match, stop: string) => stop || '.');
  out = capitalise(out.trim());
  return /[.!?…"”’]$/.test(out) ? out : `${out}.`;
}

/** The quote text for a statement: trimmed of dangling punctuation, in curly quotes. */
function quoted(text: string): string {
  const inner = text.trim().replace(/^["“‘']+|["”’']+$/g, '').replace(/[,;:\s]+$/, '');
  return `“${inner}”`;
}

/** The supporting sentence that reads best on its own: the shortest of the supporting ones. */
export function representative(claim: RelatedClaim): RelatedEvidence {
  const supporting = claim.evidence.filter((e) => e.stance === 'supports');
  const pool = supporting.length > 0 ? supporting : claim.evidence;
  return [...pool].sort((a, b) => a.f.sentence.text.length - b.f.sentence.text.length || a.f.i - b.f.i)[0] as RelatedEvidence;
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
  return cleanSentence(representative(claim).f.sentence.text);
}
