/**
 * Name comparison: general rules that make transliteration variants (Yuri/Yury, Sergey/Sergei,
 * Zelensky/Zelenskyy), hypocorisms (Mike/Michael) and one-letter typos compare equal, without
 * any list of the people in a story.
 */
import type { Language } from '../language/index.ts';
import { wordKey } from '../language/tokens.ts';

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
  let key = wordKey(word);
  // An index loop: without TurboFan each for-of step and destructuring allocates.
  for (let k = 0; k < TRANSLIT_RULES.length; k++) {
    const rule = TRANSLIT_RULES[k] as [RegExp, string];
    key = key.replace(rule[0], rule[1]);
  }
  return key;
}

/** A given name this short may be a hypocorism of a longer one ("Mike", "Tom", "Kate"). */
const SHORT_FORM = 5;

/**
 * True when two given names can be the same person's (the surname already agrees): equal keys,
 * one transliteration, an initial, one a prefix of the other ("Alex"/"Alexander"), one typo, or
 * a short form with the same initial and no conflict of gender ("Mike"/"Michael", "Kate"/"Katherine";
 * English hypocorisms keep the first letter and are short).
 */
export function givenNamesCompatible(lang: Language, a: string, b: string): boolean {
  const ka = wordKey(a);
  const kb = wordKey(b);
  if (ka === kb || transliterationKey(a) === transliterationKey(b)) return true;
  if (ka.length === 1 || kb.length === 1) return ka[0] === kb[0];
  if (ka.length >= 3 && kb.length >= 3 && (ka.startsWith(kb) || kb.startsWith(ka))) return true;
  if (ka.length >= 4 && kb.length >= 4 && damerauLevenshtein(ka, kb, 1) <= 1) return true;
  if (ka[0] !== kb[0] || Math.min(ka.length, kb.length) > SHORT_FORM) return false;
  const ga = lang.nameGender(ka);
  const gb = lang.nameGender(kb);
  return ga === null || gb === null || ga === gb;
}

/**
 * Optimal-string-alignment distance (insertions, deletions, substitutions and adjacent
 * transpositions each cost 1), stopping early once it must exceed `limit`.
 */
export function damerauLevenshtein(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  // The one limit the engine asks for (a typo: one edit at most), read in one pass without a table.
  if (limit === 1) return withinOneEdit(a, b);
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

/**
 * `damerauLevenshtein(a, b, 1)` for strings whose lengths differ by one at most: 0 when equal, 1 for
 * one substitution, insertion, deletion or swap of neighbours, else 2.
 */
function withinOneEdit(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === b.length) {
    let first = 0;
    while (a.charCodeAt(first) === b.charCodeAt(first)) first++;
    let last = a.length - 1;
    while (last > first && a.charCodeAt(last) === b.charCodeAt(last)) last--;
    if (last === first) return 1;
    return last === first + 1 && a.charCodeAt(first) === b.charCodeAt(last) && a.charCodeAt(last) === b.charCodeAt(first) ? 1 : 2;
  }
  const short = a.length < b.length ? a : b;
  const long = a.length < b.length ? b : a;
  let at = 0;
  while (at < short.length && short.charCodeAt(at) === long.charCodeAt(at)) at++;
  for (let k = at; k < short.length; k++) if (short.charCodeAt(k) !== long.charCodeAt(k + 1)) return 2;
  return 1;
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
export function genderOfName(lang: Language, given: string | null, surname: string): Gender {
  const byName = given ? lang.nameGender(wordKey(given)) : null;
  if (byName) return byName;
  const s = wordKey(surname);
  if (s.length >= 5 && FEMALE_SURNAME.test(s)) return 'female';
  if (s.length >= 5 && MALE_SURNAME.test(s)) return 'male';
  return null;
}
