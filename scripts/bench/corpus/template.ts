/**
 * The generator's sentence templates: `[a|b|c]` picks one alternative (nesting allowed), `{slot}`
 * asks the caller for a value (a person mention, a place, a number phrase). Writing paraphrases as
 * alternatives keeps each fact's wordings side by side in the source, where they are easy to review.
 */
import type { Rng } from './random.ts';

/** Resolves a `{slot}` name to text; throws on an unknown slot so a typo in a template fails loudly. */
export type SlotResolver = (name: string) => string;

/**
 * Renders a template with the given random stream and slot resolver. A sentence gets its first
 * letter upper-cased; a fragment (a title, a clause to embed) keeps the case it was written in.
 */
export function render(template: string, rng: Rng, slot: SlotResolver, kind: 'sentence' | 'fragment' = 'sentence'): string {
  const [text, end] = renderUntil(template, 0, rng, slot, false);
  if (end !== template.length) throw new Error(`template: unbalanced "]" in ${JSON.stringify(template)}`);
  const tidied = tidy(text);
  return kind === 'sentence' ? capitalize(tidied) : tidied;
}

/** Upper-cases the first letter (after any opening quote mark). */
export function capitalize(text: string): string {
  return text.replace(/^([“"‘']?)(\p{Ll})/u, (_, quote: string, letter: string) => quote + letter.toUpperCase());
}

/** "a" before these words (and numbers said with a vowel sound) becomes "an". */
const AN_BEFORE = /\b([Aa]) (about|around|approximately|over|almost|at least|eight|eleven|eighteen|8|11|18|8\d)\b/g;

/**
 * Collapses doubled spaces, fixes spaces before punctuation left by empty alternatives, writes
 * "the Netherlands'" for "the Netherlands's", and "an" for "a" before a vowel sound.
 */
function tidy(text: string): string {
  return text
    .replace(/ {2,}/g, ' ')
    .replace(/ ([,.;:?!])/g, '$1')
    .replace(/(\w)s's\b/g, "$1s'")
    .replace(AN_BEFORE, '$1n $2')
    .trim();
}

/** Renders from `start` until the end of the template or, inside a group, the closing `|` or `]`. */
function renderUntil(template: string, start: number, rng: Rng, slot: SlotResolver, inGroup: boolean): [string, number] {
  let out = '';
  let i = start;
  while (i < template.length) {
    const char = template[i];
    if (char === '[') {
      const alternatives: Array<[number, number]> = [];
      let j = i + 1;
      // Find the alternatives' extents first, so only the chosen one is rendered (and consumes randomness).
      for (;;) {
        const altStart = j;
        j = skipAlternative(template, j);
        alternatives.push([altStart, j]);
        if (template[j] === ']') break;
        if (template[j] !== '|') throw new Error(`template: unclosed "[" in ${JSON.stringify(template)}`);
        j += 1;
      }
      const [altStart] = rng.pick(alternatives);
      const [chosen] = renderUntil(template, altStart, rng, slot, true);
      out += chosen;
      i = j + 1;
    } else if (char === '{') {
      const close = template.indexOf('}', i);
      if (close === -1) throw new Error(`template: unclosed "{" in ${JSON.stringify(template)}`);
      out += slot(template.slice(i + 1, close));
      i = close + 1;
    } else if (inGroup && (char === '|' || char === ']')) {
      return [out, i];
    } else if (!inGroup && char === ']') {
      return [out, i];
    } else {
      out += char;
      i += 1;
    }
  }
  if (inGroup) throw new Error(`template: unclosed "[" in ${JSON.stringify(template)}`);
  return [out, i];
}

/** Index of the `|` or `]` that ends the alternative starting at `start` (skipping nested groups). */
function skipAlternative(template: string, start: number): number {
  let depth = 0;
  for (let i = start; i < template.length; i++) {
    const char = template[i];
    if (char === '[') depth += 1;
    else if (char === ']') {
      if (depth === 0) return i;
      depth -= 1;
    } else if (char === '|' && depth === 0) return i;
  }
  throw new Error(`template: unclosed "[" in ${JSON.stringify(template)}`);
}
