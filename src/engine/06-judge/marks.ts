/**
 * Which words of each evidence sentence to mark on the claim page: the quantity for a quantity
 * claim, the matched quote for a quote, and otherwise the content words the sentence shares with
 * evidence from another source (what made the match), merged into runs.
 */
import type { RelatedClaim, RelatedEvidence } from '../05-relate/index.ts';
import type { SourceModel } from '../sources.ts';
import { contentSpans } from '../words.ts';

/** Merges sorted spans that touch or are separated only by spaces and hyphens. */
export function mergeSpans(text: string, spans: ReadonlyArray<[number, number]>): Array<[number, number]> {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Array<[number, number]> = [];
  for (const [start, end] of sorted) {
    const last = out.at(-1);
    if (last && (start <= last[1] || /^[\s-]*$/.test(text.slice(last[1], start)))) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/** Marks for every evidence sentence of a claim, in evidence order. */
export function claimMarks(claim: RelatedClaim, sources: SourceModel): Array<Array<[number, number]>> {
  const stemsBySource = new Map<string, Set<string>>();
  const spansOf = new Map<RelatedEvidence, ReturnType<typeof contentSpans>>();
  for (const e of claim.evidence) {
    const spans = contentSpans(e.f, e.f.sentence.text).filter((span) => span.start >= e.start && span.end <= e.end);
    spansOf.set(e, spans);
    const key = e.stance === 'denies' ? `denial:${e.f.i}` : sources.group(e.f.article);
    const set = stemsBySource.get(key) ?? new Set<string>();
    for (const span of spans) set.add(span.stem);
    stemsBySource.set(key, set);
  }
  const sourceCount = new Map<string, number>();
  for (const set of stemsBySource.values()) for (const stem of set) sourceCount.set(stem, (sourceCount.get(stem) ?? 0) + 1);
  return claim.evidence.map((e) => {
    const text = e.f.sentence.text;
    if (e.quantity) return mergeSpans(text, [[e.quantity.start, e.quantity.end]]);
    if (e.quote) return mergeSpans(text, [[e.quote.start, e.quote.end]]);
    if (stemsBySource.size < 2) return [];
    const spans = (spansOf.get(e) ?? []).filter((span) => (sourceCount.get(span.stem) ?? 0) >= 2);
    return mergeSpans(text, spans.map((span): [number, number] => [span.start, span.end]));
  });
}
