/**
 * Random strings for tests that compare a fast path with the pattern it replaces: drawn with a fixed
 * seed (a linear congruential generator), so every run tests the same strings.
 */

/** What a generator needs to draw one string: its length bound and how to pick each character. */
export interface TextDraw {
  seed: number;
  /** Strings are shorter than this many characters. */
  maxLength: number;
  /** One character, given the generator's next number in [0, 1). */
  pick: (next: () => number) => string;
}

/** `count` strings drawn as `draw` says, the same on every run. */
export function randomTexts(count: number, draw: TextDraw): string[] {
  let seed = draw.seed;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const texts: string[] = [];
  for (let n = 0; n < count; n++) {
    let text = '';
    const length = Math.floor(next() * draw.maxLength);
    for (let k = 0; k < length; k++) text += draw.pick(next);
    texts.push(text);
  }
  return texts;
}
