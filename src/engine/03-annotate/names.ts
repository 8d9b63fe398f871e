/**
 * Name comparison: general rules that make transliteration variants (Yuri/Yury, Sergey/Sergei,
 * Zelensky/Zelenskyy), hypocorisms (Mike/Michael) and one-letter typos compare equal, without
 * any list of the people in a story.
 */
import { FEMALE_NAMES, MALE_NAMES, NAME_FAMILIES } from './lexicon/given-names.ts';
import { wordKey } from './tokens.ts';

/** Ordered spelling rules applied to a lower-case, accent-free name. */
const TRANSLIT_RULES: ReadonlyArray<[RegExp, string]> = [
  [/['’-]/g, ''],
  [/x/g, 'ks'],
  [/ck/g, 'k'],
  [/ph/g, 'f'],
  [/kh/g, 'h'],
  [/(?:iy|yy|ii|ij|yi|iy)$/, 'y'],
  [/ei$/, 'ey'],
  [/i$/, 'y'],
  [/(?:iya|ija|iia)$/, 'ia'],
  [/ow$/, 'ov'],
  [/(\p{L})\1+/gu, '$1'],
];

/** Folds a name word to a key shared by its usual romanisations: "Zelenskyy" and "Zelensky" → "zelensky". */
export function transliterationKey(word: string): string {
  let key = KEYS.get(word);
  if (key === undefined) {
    key = wordKey(word);
    for (const [pattern, replacement] of TRANSLIT_RULES) key = key.replace(pattern, replacement);
    if (KEYS.size >= MAX_CACHED_KEYS) KEYS.clear();
    KEYS.set(word, key);
  }
  return key;
}

/** Keys already computed (a cache only: names repeat across a story). */
const KEYS = new Map<string, string>();
const MAX_CACHED_KEYS = 20_000;

/** True when two given names can be the same person's: equal keys, one family, or an initial. */
export function givenNamesCompatible(a: string, b: string): boolean {
  const ka = wordKey(a);
  const kb = wordKey(b);
  if (ka === kb || transliterationKey(a) === transliterationKey(b)) return true;
  if (ka.length === 1 || kb.length === 1) return ka[0] === kb[0];
  const fa = NAME_FAMILIES.get(ka) ?? NAME_FAMILIES.get(transliterationKey(a));
  const fb = NAME_FAMILIES.get(kb) ?? NAME_FAMILIES.get(transliterationKey(b));
  if (fa && fb && fa.some((family) => fb.includes(family))) return true;
  return ka.length >= 4 && kb.length >= 4 && damerauLevenshtein(ka, kb, 1) <= 1;
}

/**
 * Optimal-string-alignment distance (insertions, deletions, substitutions and adjacent
 * transpositions each cost 1), stopping early once it must exceed `limit`.
 */
export function damerauLevenshtein(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    row[0] = i;
    rows.push(row);
  }
  const first = rows[0] as number[];
  for (let j = 0; j <= b.length; j++) first[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const up = rows[i - 1] as number[];
    let best = row[0] as number;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = value;
      if (value < best) best = value;
    }
    if (best > limit) return limit + 1;
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/** A URL-safe id from a display name: "Yury Ushakov" → "yury-ushakov". */
export function slugify(name: string): string {
  const slug = wordKey(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'entity' : slug;
}

/** Grammatical gender of a person, as far as names and roles tell; null when unknown. */
export type Gender = 'female' | 'male' | null;

const FEMALE_SURNAME = /(?:ova|eva|yova|ina|aya|ska|skaya|tskaya)$/;
const MALE_SURNAME = /(?:ov|ev|yov|in|sky|skiy|skyy|ski|tsky)$/;

/** Gender suggested by a given name or a Slavic surname ending (Zakharova, Peskov); null if unsure. */
export function genderOfName(given: string | null, surname: string): Gender {
  const g = given ? wordKey(given) : '';
  if (FEMALE_NAMES.has(g)) return 'female';
  if (MALE_NAMES.has(g)) return 'male';
  const s = wordKey(surname);
  if (s.length >= 5 && FEMALE_SURNAME.test(s)) return 'female';
  if (s.length >= 5 && MALE_SURNAME.test(s)) return 'male';
  return null;
}
