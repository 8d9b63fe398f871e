/**
 * "Did you mean" for stale reviews: which current sentence is closest to a quote that no longer
 * matches. Character bigrams need no tokenizer and tolerate edits inside words; the score is how much
 * of the quote a sentence contains (a quote is usually part of a sentence), then how alike they are overall.
 */
import type { Sentence } from '../engine/types.ts';

/** Character bigrams of folded, lower-case text, with counts. */
function bigrams(text: string): Map<string, number> {
  const folded = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201C\u201D"'«»]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const grams = new Map<string, number>();
  for (let i = 0; i + 1 < folded.length; i++) {
    const gram = folded.slice(i, i + 2);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

function size(grams: Map<string, number>): number {
  let total = 0;
  for (const count of grams.values()) total += count;
  return total;
}

/** [share of the quote's bigrams found in the text, Dice coefficient of the two]. */
export function closeness(quote: string, text: string): [number, number] {
  const a = bigrams(quote);
  const b = bigrams(text);
  let shared = 0;
  for (const [gram, count] of a) shared += Math.min(count, b.get(gram) ?? 0);
  const [na, nb] = [size(a), size(b)];
  return [na === 0 ? 0 : shared / na, na + nb === 0 ? 0 : (2 * shared) / (na + nb)];
}

/** The sentence closest to `quote`, or undefined when there are none. */
export function closestSentence<S extends Pick<Sentence, 'id' | 'text'>>(quote: string, sentences: readonly S[]): S | undefined {
  let best: S | undefined;
  let bestScore: [number, number] = [-1, -1];
  for (const sentence of sentences) {
    const score = closeness(quote, sentence.text);
    if (score[0] > bestScore[0] || (score[0] === bestScore[0] && score[1] > bestScore[1])) {
      best = sentence;
      bestScore = score;
    }
  }
  return best;
}
