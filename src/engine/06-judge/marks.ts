/**
 * Which words of each evidence sentence to mark on the claim page: the number for a quantity, the
 * matched quote for a quote, and otherwise the content words the sentence shares with evidence
 * from another source (what made the match), merged into runs. Read from the units' terms and
 * offsets (stage 3), not from the raw text.
 */
import type { RelatedClaim, RelatedEvidence, RelatedStory } from '../contracts.ts';
import { isWhitespace } from '../language/tokens.ts';

/** Merges sorted spans that touch or are separated only by spaces and hyphens. */
export function mergeSpans(text: string, spans: ReadonlyArray<[number, number]>): Array<[number, number]> {
  // Spans already in order (a unit's words are, in reading order) are read as they are: sorting a
  // copy would give the same order, and this runs for every evidence sentence.
  const sorted = inOrder(spans) ? spans : [...spans].sort(bySpan);
  const out: Array<[number, number]> = [];
  // Index reads, not for-of, destructuring or `at(-1)`: without TurboFan each would allocate or call.
  for (let k = 0; k < sorted.length; k++) {
    const start = (sorted[k] as [number, number])[0];
    const end = (sorted[k] as [number, number])[1];
    const last = out[out.length - 1];
    if (last && (start <= last[1] || onlySpacesAndHyphens(text, last[1], start))) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

const bySpan = (a: readonly [number, number], b: readonly [number, number]): number => a[0] - b[0] || a[1] - b[1];

/** True when no span comes after the next one in `bySpan`'s order. */
function inOrder(spans: ReadonlyArray<[number, number]>): boolean {
  for (let k = 1; k < spans.length; k++) if (bySpan(spans[k - 1] as [number, number], spans[k] as [number, number]) > 0) return false;
  return true;
}

/** True when `text` from `from` to `to` is only whitespace and hyphens (`/^[\s-]*$/`), read without a slice. */
function onlySpacesAndHyphens(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 45 && !isWhitespace(code)) return false;
  }
  return true;
}

/**
 * The positions in an evidence unit's terms of its content terms (names and attribution words left
 * out): their words are what may be marked.
 */
function contentAt(e: RelatedEvidence): number[] {
  // A unit has a few dozen content terms at most: looked up in the list, with no set made per evidence.
  const { content, terms } = e.unit;
  const out: number[] = [];
  for (let k = 0; k < terms.length; k++) if (content.includes(terms[k] as string)) out.push(k);
  return out;
}

/** The mark of evidence that gives the claim's number or quotation: that span alone (one span is already merged); else null. */
function spanMark(e: RelatedEvidence): Array<[number, number]> | null {
  if (e.quantity) return [[e.quantity.start, e.quantity.end]];
  if (e.quote) return [[e.quote.start, e.quote.end]];
  return null;
}

/** Marks for every evidence sentence of a claim, in evidence order. */
export function claimMarks(story: RelatedStory, claim: RelatedClaim): Array<Array<[number, number]>> {
  const keys: string[] = [];
  let sources = 0;
  for (let k = 0; k < claim.evidence.length; k++) {
    const e = claim.evidence[k] as RelatedEvidence;
    const key = e.stance === 'denies' ? `denial:${e.unit.i}` : (story.sources.group.get(e.unit.article) ?? e.unit.article);
    if (!keys.includes(key)) sources++;
    keys.push(key);
  }
  // Evidence from one source shares no words with another's (a claim of one sentence, most of them):
  // only its number or quotation is marked, and its words are not read.
  if (sources < 2) return claim.evidence.map((e) => spanMark(e) ?? []);
  const termsBySource = new Map<string, Set<string>>();
  // Each evidence unit's content positions, read once for both uses below.
  const contentOf: number[][] = [];
  for (let k = 0; k < claim.evidence.length; k++) {
    const e = claim.evidence[k] as RelatedEvidence;
    const key = keys[k] as string;
    const set = termsBySource.get(key) ?? new Set<string>();
    const own = contentAt(e);
    contentOf.push(own);
    for (let s = 0; s < own.length; s++) set.add(e.unit.terms[own[s] as number] as string);
    termsBySource.set(key, set);
  }
  const sourceCount = new Map<string, number>();
  termsBySource.forEach((set) => set.forEach((term) => sourceCount.set(term, (sourceCount.get(term) ?? 0) + 1)));
  return claim.evidence.map((e, k): Array<[number, number]> => {
    const own = spanMark(e);
    if (own) return own;
    const { terms, offsets, ends } = e.unit;
    const positions = contentOf[k] as number[];
    const shared: Array<[number, number]> = [];
    for (let s = 0; s < positions.length; s++) {
      const at = positions[s] as number;
      if ((sourceCount.get(terms[at] as string) ?? 0) >= 2) shared.push([offsets[at] ?? 0, ends[at] ?? 0]);
    }
    return mergeSpans(e.sentence.text, shared);
  });
}
