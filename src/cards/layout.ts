/** Line breaking for share cards: greedy, by measured width, with an ellipsis when text runs out of lines. */

/** Splits `text` into at most `maxLines` lines no wider than `maxWidth`; true in `cut` when text was dropped. */
export function wrapLines(
  text: string,
  maxWidth: number,
  maxLines: number,
  measure: (line: string) => number,
): { lines: string[]; cut: boolean } {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const lines: string[] = [];
  let current = '';
  let index = 0;
  for (; index < words.length; index++) {
    const word = words[index] as string;
    const candidate = current ? `${current} ${word}` : word;
    if (measure(candidate) <= maxWidth || !current) {
      current = candidate;
      continue;
    }
    lines.push(current);
    current = word;
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines && current) {
    lines.push(current);
    current = '';
    index = words.length;
  }
  const cut = index < words.length || current !== '';
  if (cut && lines.length > 0) lines[lines.length - 1] = ellipsize(`${lines[lines.length - 1] ?? ''}`, maxWidth, measure);
  // A single word wider than the line is cut too.
  return { lines: lines.map((line) => (measure(line) > maxWidth ? ellipsize(line, maxWidth, measure) : line)), cut };
}

/** `line` shortened at a word (or, failing that, a letter) so that `line…` fits `maxWidth`. */
export function ellipsize(line: string, maxWidth: number, measure: (line: string) => number): string {
  let words = line.split(' ');
  while (words.length > 1 && measure(`${words.join(' ')}…`) > maxWidth) words = words.slice(0, -1);
  let result = words.join(' ').replace(/[\s,;:.–—-]+$/, '');
  while (result.length > 1 && measure(`${result}…`) > maxWidth) result = result.slice(0, -1);
  return `${result}…`;
}

/** Names joined with commas, as many as fit, then "and N more". */
export function fitList(names: readonly string[], maxWidth: number, measure: (line: string) => number, prefix = ''): string {
  for (let shown = names.length; shown > 0; shown--) {
    const rest = names.length - shown;
    const text = `${prefix}${names.slice(0, shown).join(', ')}${rest > 0 ? ` and ${rest} more` : ''}`;
    if (measure(text) <= maxWidth) return text;
  }
  return ellipsize(`${prefix}${names.join(', ')}`, maxWidth, measure);
}
