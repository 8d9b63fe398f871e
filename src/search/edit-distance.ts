/**
 * Edit distance for misspellings: insertions, deletions, substitutions and swaps of two neighbouring
 * letters each cost one ("Ushkaov" is one swap from "ushakov"). Bounded, so a scan over the whole
 * vocabulary stops early on words that are far away.
 */

const LONGEST = 64;
const rows = [new Int32Array(LONGEST + 1), new Int32Array(LONGEST + 1), new Int32Array(LONGEST + 1)] as const;

/**
 * The optimal-string-alignment distance between `a` and `b`, or `max + 1` as soon as it is certain
 * to exceed `max`. Words longer than 64 letters only match themselves.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max || a.length > LONGEST || b.length > LONGEST) return max + 1;
  const n = b.length;
  let before = rows[0]; // row i - 2
  let previous = rows[1]; // row i - 1
  let current = rows[2];
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    const caBefore = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = 1; j <= n; j++) {
      const cb = b.charCodeAt(j - 1);
      let value = (previous[j - 1] as number) + (ca === cb ? 0 : 1);
      const deletion = (previous[j] as number) + 1;
      const insertion = (current[j - 1] as number) + 1;
      if (deletion < value) value = deletion;
      if (insertion < value) value = insertion;
      if (j > 1 && ca === b.charCodeAt(j - 2) && caBefore === cb) {
        const swap = (before[j - 2] as number) + 1;
        if (swap < value) value = swap;
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    const spare = before;
    before = previous;
    previous = current;
    current = spare;
  }
  const distance = previous[n] as number;
  return distance > max ? max + 1 : distance;
}

/** How many typing mistakes a word of this length may contain and still find its target. */
export function allowedEdits(length: number): number {
  if (length < 4) return 0;
  return length < 8 ? 1 : 2;
}
