/**
 * Which words of each evidence sentence to mark on the claim page: the number for a quantity, the
 * matched quote for a quote, and otherwise the content words the sentence shares with evidence
 * from another source (what made the match), merged into runs. Read from the units' terms and
 * offsets (stage 3), not from the raw text.
 */
import type { RelatedClaim, RelatedEvidence, RelatedStory } from '../contracts.ts';

/** Merges sorted spans that touch or are separated only by spaces and hyphens. */
export function mergeSpans(text: string, spans: ReadonlyArray<[number, number]>): Array<[number, number]> {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Array<[number, number]> = [];
  // Index reads, not for-of and destructuring: without TurboFan each step would allocate.
  for (let k = 0; k < sorted.length; k++) {
    const start = (sorted[k] as [number, number])[0];
    const end = (sorted[k] as [number, number])[1];
    const last = out.at(-1);
    if (last && (start <= last[1] || /^[\s-]*$/.test(text.slice(last[1], start)))) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/** The content terms of an evidence unit with their spans (names and attribution words left out). */
function spans(e: RelatedEvidence): Array<{ term: string; start: number; end: number }> {
  // A unit has a few dozen content terms at most: looked up in the list, with no set made per evidence.
  const { content, terms, offsets, ends } = e.unit;
  const out: Array<{ term: string; start: number; end: number }> = [];
  for (let k = 0; k < terms.length; k++) {
    const term = terms[k] as string;
    if (content.includes(term)) out.push({ term, start: offsets[k] ?? 0, end: ends[k] ?? 0 });
  }
  return out;
}

/** Marks for every evidence sentence of a claim, in evidence order. */
export function claimMarks(story: RelatedStory, claim: RelatedClaim): Array<Array<[number, number]>> {
  const termsBySource = new Map<string, Set<string>>();
  // Each evidence unit's spans, read once for both uses below.
  const spansOf: Array<ReturnType<typeof spans>> = [];
  for (let k = 0; k < claim.evidence.length; k++) {
    const e = claim.evidence[k] as RelatedEvidence;
    const key = e.stance === 'denies' ? `denial:${e.unit.i}` : (story.sources.group.get(e.unit.article) ?? e.unit.article);
    const set = termsBySource.get(key) ?? new Set<string>();
    const own = spans(e);
    spansOf.push(own);
    for (let s = 0; s < own.length; s++) set.add((own[s] as { term: string }).term);
    termsBySource.set(key, set);
  }
  const sourceCount = new Map<string, number>();
  termsBySource.forEach((set) => set.forEach((term) => sourceCount.set(term, (sourceCount.get(term) ?? 0) + 1)));
  return claim.evidence.map((e, k) => {
    const text = e.sentence.text;
    if (e.quantity) return mergeSpans(text, [[e.quantity.start, e.quantity.end]]);
    if (e.quote) return mergeSpans(text, [[e.quote.start, e.quote.end]]);
    if (termsBySource.size < 2) return [];
    const shared = (spansOf[k] as ReturnType<typeof spans>).filter((span) => (sourceCount.get(span.term) ?? 0) >= 2);
    return mergeSpans(text, shared.map((span): [number, number] => [span.start, span.end]));
  });
}
