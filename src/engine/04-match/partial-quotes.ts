/**
 * Partial quotation: one report quotes a few words of a remark ("Ushakov said it was “hard to say”
 * whether relations were improving"), another the whole remark ("“It is hard to say that they are
 * getting closer,” Ushakov told a Russian television station"). The same speaker's words, in the
 * same order, inside the longer quotation are the same remark, however little else the two
 * sentences share, so the pair links whatever its words score.
 */
import type { Unit } from '../03-annotate/units.ts';

/** The fewest and most words a quotation may have to be read as a fragment of a longer one. */
const FRAGMENT_WORDS = { min: 2, max: 6 };

/** A unit's quotations as compared: speaker, lower-case words joined by single spaces, word count. */
interface QuoteWords {
  speaker: string;
  words: string;
  count: number;
}

/** Quotation words of each unit (by unit index), made once per story: most units have none. */
export function quoteWords(units: readonly Unit[]): ReadonlyArray<readonly QuoteWords[]> {
  return units.map((unit) =>
    unit.quotes.flatMap((quote) => {
      if (quote.speaker === null) return [];
      const words = quote.text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
      return words.length === 0 ? [] : [{ speaker: quote.speaker, words: ` ${words.join(' ')} `, count: words.length }];
    }),
  );
}

/** True when a short quotation of one unit is, word for word, inside a longer quotation of the same speaker in the other. */
export function partialQuotation(a: readonly QuoteWords[], b: readonly QuoteWords[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  // Index loops rather than `some` with closures: asked for every pair the matcher scores, and a
  // closure over `b` would cost a context at every call, even one that returns above.
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as QuoteWords;
    for (let j = 0; j < b.length; j++) {
      const y = b[j] as QuoteWords;
      if (fragmentOf(x, y) || fragmentOf(y, x)) return true;
    }
  }
  return false;
}

function fragmentOf(short: QuoteWords, long: QuoteWords): boolean {
  return short.speaker === long.speaker && short.count >= FRAGMENT_WORDS.min && short.count <= FRAGMENT_WORDS.max && long.count > short.count && long.words.includes(short.words);
}
