/**
 * The readable words of a claim's slug: the words the evidence shares across sources (what the
 * claim is about, e.g. "three-stage plan" shared by a report and its denial) first, then the
 * statement's longest (most specific) words; attribution-frame words ("wrote", "sources") last. Quotes lead with
 * the speaker's name; quantities add the unit.
 */
import type { RelatedClaim } from '../05-relate/index.ts';
import { SLUG_WORDS, slugWords } from '../slug.ts';
import type { SourceModel } from '../sources.ts';
import type { StoryContext } from '../story-context.ts';
import { FRAME_WORDS, contentSpans, stem } from '../words.ts';
import { plural, shortName } from './statement.ts';

/** Stems that occur in evidence from at least two sources (a denial counts as its own source). */
function sharedStems(claim: RelatedClaim, sources: SourceModel): Set<string> {
  const bySource = new Map<string, Set<string>>();
  for (const e of claim.evidence) {
    const key = e.stance === 'denies' ? `denial:${e.f.i}` : sources.group(e.f.article);
    const set = bySource.get(key) ?? new Set<string>();
    for (const span of contentSpans(e.f, e.f.sentence.text)) if (span.start >= e.start && span.end <= e.end) set.add(span.stem);
    bySource.set(key, set);
  }
  const count = new Map<string, number>();
  for (const set of bySource.values()) for (const word of set) count.set(word, (count.get(word) ?? 0) + 1);
  return new Set([...count].filter(([, n]) => n >= 2).map(([word]) => word));
}

/** Word length from which a word counts as fully specific. */
const MAX_LENGTH = 10;

/** The slug words of a judged claim (3 to 6 of them when the text allows). */
export function slugFor(claim: RelatedClaim, statement: string, ctx: StoryContext, sources: SourceModel): string[] {
  const shared = sharedStems(claim, sources);
  const frame = new Set([...FRAME_WORDS].map(stem));
  const weight = (word: string): number => {
    if (frame.has(word)) return 0;
    // Longer words are the more specific ones. Not the story's IDF: an unrelated new article must
    // not change which words an existing claim's permalink carries.
    const specificity = Math.min(word.length, MAX_LENGTH) / MAX_LENGTH;
    return specificity + (shared.has(word) ? 100 : 0);
  };
  if (claim.kind === 'quote') {
    const speaker = claim.anchor.speaker ? shortName(ctx, claim.anchor.speaker) : null;
    const body = slugWords(statement.replace(/^[^:“]*:\s*/, ''), weight, SLUG_WORDS.max - 2);
    return [...(speaker ? [speaker] : []), ...body];
  }
  if (claim.kind === 'quantity') {
    const unit = claim.evidence.find((e) => e.quantity)?.quantity?.unit;
    const words = slugWords(statement, weight);
    return unit && words.length < SLUG_WORDS.min ? [...words, plural(unit)] : words;
  }
  return slugWords(statement, weight, SLUG_WORDS.max - 1);
}
