/**
 * A small deterministic generator of search input at any size: stories with their articles,
 * claims (quotes, quantities and statements with speakers, outlets and verdicts) and people, shaped
 * like the engine's analysis so the benchmark builds the search index exactly as the site does.
 * Words follow a Zipf distribution over common news words plus a long tail of made-up words and
 * names, and each story repeats its own topic words, as real coverage does.
 */
import { claimSlug, slugWords } from '../../src/engine/06-judge/slug.ts';
import { contentWords } from '../../src/engine/06-judge/words.ts';
import { english } from '../../src/engine/language/index.ts';
import type { Verdict } from '../../src/engine/types.ts';
import type { SearchSource } from '../../src/search/documents.ts';

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends ReadonlyArray<infer U> ? U[] : T[K] };
type Source = Mutable<SearchSource>;

/** Options for the generator. */
export interface SyntheticOptions {
  /**
   * Number of claims. Articles: one per eight claims (the engine finds 66 claims in the five seed
   * articles, one per thirteen); people: one per ten claims, at least 30.
   */
  claims: number;
  /** Seed of the pseudo-random generator; the same seed gives the same corpus. */
  seed?: number;
  /** Articles per claim (at 10,000 generated articles the engine finds 3.4 claims per article). */
  articlesPerClaim?: number;
  /** Sentences per article. */
  sentencesPerArticle?: number;
}

const NEWS_WORDS = (
  'the of to and in a on for that said with as by at from was is it its has have were will be not ' +
  'but after talks minister president government officials meeting peace war ceasefire agreement ' +
  'sanctions security military forces troops ukraine russia russian ukrainian european union states ' +
  'united american foreign ministry kremlin white house washington moscow kyiv delegation negotiations ' +
  'plan deal statement spokesman spokeswoman told reporters according sources diplomatic conflict ' +
  'attack attacks drone drones missile missiles strike strikes city region border energy gas oil ' +
  'prices economy economic trade tariffs exports imports billion million percent year years month ' +
  'week day days hours four five three two six ten first second last new next previous former ' +
  'leader leaders summit visit talks round discussions serious conversation issues positions ' +
  'embassy staffing diplomats mission missions relations bilateral restore restoring resumption ' +
  'elections election vote parliament opposition court ruling law laws bill decree order orders ' +
  'prisoner prisoners exchange release released hostages humanitarian aid corridor refugees ' +
  'civilians killed wounded injured casualties damage infrastructure power plant nuclear grid ' +
  'winter heating support package funding weapons supplies ammunition air defence systems ' +
  'frontline front line offensive counteroffensive advance village villages captured control ' +
  'territory territories occupied annexed regions referendum guarantees guarantee membership nato ' +
  'alliance allies partners western sanctions assets frozen central bank reserves currency rouble ' +
  'inflation budget spending deficit debt loan investment companies company market markets shares ' +
  'investors business businesses sector industry production output growth forecast report reports ' +
  'reported reporting newspaper agency wire interview television broadcast channel channels press ' +
  'conference briefing announced announcement confirmed denied denial rejected dismissed fake ' +
  'claims claim allegations accused accusing blamed responsibility investigation investigators ' +
  'prosecutors charges charged arrested detained sentenced prison jail trial judge hearing evidence ' +
  'witnesses document documents leaked letter proposal proposals framework principles terms ' +
  'conditions demands demand withdrawal withdraw pullback zone zones buffer monitoring observers ' +
  'mediators mediation saudi arabia riyadh turkey istanbul geneva qatar china beijing india brussels ' +
  'london paris berlin warsaw minsk belarus poland germany france britain sea black port ports grain ' +
  'shipping ships navy fleet coast island bridge railway rail road roads airport flights aviation ' +
  'cyber hackers hacking disinformation propaganda media journalists journalist editor editors ' +
  'freedom rights human activists protest protests protesters police crackdown opposition exile ' +
  'election campaign candidate candidates poll polls voters turnout result results victory defeat ' +
  'step steps process stage stages phase phases timeline deadline schedule date dates delay delayed ' +
  'progress breakthrough stalemate impasse compromise concessions concession goodwill trust ' +
  'future possible possibility likely unlikely hard difficult clear unclear important major key ' +
  'senior top high level working group groups teams team experts technical details detail direct ' +
  'indirect contacts contact channel hotline call phone spoke speak speaking added stressed noted ' +
  'warned warning threat threats risk risks crisis emergency situation developments development ' +
  'end ending halt stop resume continue continued expected expects hope hopes believe believes'
).split(/\s+/);

/** Word sequences news prose repeats ("according to", "the White House"), drawn like words. */
const PHRASES = [
  'according to', 'said on Monday', 'said on Tuesday', 'said on Wednesday', 'said on Thursday', 'said on Friday',
  'the United States', 'the European Union', 'the White House', 'the Kremlin said', 'Foreign Minister',
  'peace talks', 'in a statement', 'told reporters', 'last week', 'earlier this month', 'the two sides',
  'the war in Ukraine', 'a senior official', 'officials said', 'it is not clear', 'is expected to', 'at least',
  'more than', 'as well as', 'for the first time', 'on the sidelines of', 'in the coming weeks', 'the next round',
  'security guarantees', 'a ceasefire', 'the talks in', 'the meeting in', 'he said', 'she said', 'they said',
  'would not', 'did not', 'could not', 'has said', 'have been', 'will be', 'would be', 'in order to',
  'the Russian side', 'the American side', 'the Ukrainian side', 'diplomatic sources', 'people familiar with',
  'a spokesman for', 'the head of', 'the end of', 'the start of', 'at the same time', 'in response to',
  'the prime minister', 'the president of', 'the foreign ministry', 'news agency', 'state media', 'in an interview',
];

const FIRST_NAMES = (
  'Anna Boris Carla Dmitry Elena Farid Greta Hugo Irina Jonas Katya Leon Maria Nikolai Olga Pavel ' +
  'Rosa Sergei Tatiana Viktor Yulia Zoran Adam Beatrix Chen David Emma Fatima Gabriel Hanna Ivan ' +
  'Julia Karl Lena Marek Nadia Oskar Petra Rustam Sofia Taras Ulla Vera Wojciech Xenia Yaroslav ' +
  'Alina Bogdan Daria Egor Halyna Ilya Kateryna Lev Mykola Natalia Oleksandr Roman Svitlana Vadym'
).split(/\s+/);

const ROLES = [
  'foreign minister', 'presidential aide', 'Kremlin spokesman', 'defence minister', 'prime minister',
  'national security adviser', 'special envoy', 'ambassador', 'governor', 'mayor', 'senator',
  'central bank governor', 'economy minister', 'military analyst', 'opposition leader', 'general',
];

const OUTLET_STEMS = [
  'Times', 'Post', 'Herald', 'Gazette', 'Daily', 'Tribune', 'Observer', 'Journal', 'Chronicle',
  'Courier', 'Standard', 'Independent', 'Review', 'Monitor', 'Dispatch', 'Telegraph',
];

/** The real names of the seed story, so benchmark queries find realistic targets. */
const SEED_PEOPLE: Array<[string, string[], string]> = [
  ['Yury Ushakov', ['Yuri Ushakov', 'Ushakov', 'Ushkaov'], 'Kremlin aide'],
  ['Sergey Lavrov', ['Sergei Lavrov', 'Lavrov'], 'Foreign Minister'],
  ['Marco Rubio', ['Rubio'], 'Secretary of State'],
  ['Mike Waltz', ['Michael Waltz', 'Waltz'], 'national security adviser'],
  ['Volodymyr Zelensky', ['Zelenskyy', 'Zelensky'], 'President'],
  ['Kirill Dmitriev', ['Dmitriev'], 'investment fund head'],
  ['Steve Witkoff', ['Witkoff'], 'special envoy'],
];

const SEED_STATEMENTS = [
  'The US and Russia were proposing a three-stage peace plan: a ceasefire, elections in Ukraine and a final agreement',
  'Length of the meeting in Riyadh',
  'Ushakov: “It was a very serious discussion on every issue we wanted to address.”',
  'The two sides agreed to restore embassy staffing in Washington and Moscow',
  'Rubio: “We’re going to need to have vibrant diplomatic missions that are able to function normally”',
  'Lavrov denied any knowledge of a three-stage plan and said Rubio and Waltz called the reports fake',
  'Ushakov said it is hard to say whether the positions of Moscow and Washington are getting closer',
  'Security guarantees for Ukraine were not discussed in Riyadh, according to diplomatic sources',
];

/** An evidence sentence for each seed statement, as the outlets wrote it. */
const SEED_EVIDENCE = [
  'Fox News correspondent Jacqui Heinrich wrote that the US and Russia were proposing a three-stage peace plan, to involve a ceasefire, elections in Ukraine and a final agreement.',
  'The more than four-hour meeting in Riyadh was attended by Rubio, Waltz and Witkoff.',
  'Ushakov said the delegations had undertaken “very serious discussions on all issues”.',
  'US Secretary of State Marco Rubio told AP that the delegations had agreed to restore embassy staffing.',
  '“We’re going to need to have vibrant diplomatic missions,” Rubio said.',
  'Russian Foreign Minister Sergey Lavrov denied any knowledge of the “three-stage plan” at a press conference held after the talks.',
  '“It is hard to say that they are getting closer,” Ushakov told a Russian television station.',
  'Security guarantees for Ukraine were not on the agenda, diplomatic sources said.',
];

const VERDICTS: Array<[Verdict, number]> = [
  ['corroborated', 0.45],
  ['single-source', 0.35],
  ['conflicting', 0.12],
  ['disputed', 0.08],
];

/** Search input with `claims` claims; deterministic for a given seed. */
export function syntheticSearchSource({
  claims: claimCount,
  seed = 20250218,
  articlesPerClaim = 1 / 3.4,
  sentencesPerArticle = 20,
}: SyntheticOptions): SearchSource {
  const random = mulberry32(seed);
  // Texts (evidence sentences, article sentences) come from a second stream, so changing how much
  // text there is leaves the claims' statements alone.
  const textRandom = mulberry32(seed + 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const between = (low: number, high: number): number => low + Math.floor(random() * (high - low + 1));

  const madeUp = Array.from({ length: 9000 }, () => pseudoWord(random, between(2, 4)));
  const vocabulary = [...new Set([...NEWS_WORDS, ...madeUp])];
  const zipf = zipfSampler(vocabulary.length, 1.05, random);
  const word = (): string => vocabulary[zipf()] as string;

  const outlets: Source['outlets'] = [
    ['kyiv-post', 'Kyiv Post'], ['moscow-times', 'The Moscow Times'], ['rferl', 'RFE/RL'],
    ['novaya-gazeta-europe', 'Novaya Gazeta Europe'], ['ap', 'AP'], ['reuters', 'Reuters'], ['tass', 'TASS'],
  ].map(([id, name]) => ({ id: id as string, name: name as string }));
  while (outlets.length < 80) {
    const name = `The ${capitalize(pseudoWord(random, between(2, 3)))} ${pick(OUTLET_STEMS)}`;
    outlets.push({ id: slugify(name), name });
  }

  const people: Source['entities'] = SEED_PEOPLE.map(([name, aliases, role]) => ({
    id: slugify(name), name, kind: 'person' as const, aliases, roles: [role],
  }));
  const peopleCount = Math.max(30, Math.round(claimCount / 10));
  while (people.length < peopleCount) {
    const surname = capitalize(pseudoWord(random, between(2, 4)));
    const name = `${pick(FIRST_NAMES)} ${surname}`;
    const id = `${slugify(name)}-${people.length}`;
    people.push({ id, name, kind: 'person', aliases: [surname], roles: [pick(ROLES)] });
  }

  const storyCount = Math.max(1, Math.round(claimCount / 20));
  const stories: Source['stories'] = [];
  const articles: Source['articles'] = [];
  const claims: Source['claims'] = [];
  for (let s = 0; s < storyCount; s++) {
    const seedStory = s === 0;
    const id = seedStory ? 'us-russia-talks-riyadh-2025' : `story-${s}`;
    const topic = Array.from({ length: 8 }, word).filter((w) => w.length > 3);
    const title = seedStory
      ? 'US and Russian officials meet in Riyadh for talks on Ukraine'
      : capitalize(`${pick(topic) ?? word()} ${word()} ${pick(['talks', 'dispute', 'deal', 'crisis', 'summit', 'vote'])} in ${capitalize(pick(madeUp))}`);
    const storyOutlets = seedStory ? outlets.slice(0, 4) : Array.from({ length: between(3, 8) }, () => pick(outlets));
    const cast = seedStory ? people.slice(0, SEED_PEOPLE.length) : Array.from({ length: between(3, 6) }, () => pick(people));
    const storyArticles: string[] = [];
    const articleTarget = Math.max(1, Math.round((claimCount * articlesPerClaim) / storyCount));
    for (let a = 0; a < articleTarget; a++) {
      const outlet = pick(storyOutlets);
      const articleId = `${id}-${outlet.id}-${a}`;
      storyArticles.push(articleId);
      const articleTitle = capitalize(sentence(random, word, topic, between(6, 12)));
      const sentences = Array.from({ length: sentencesPerArticle }, (_, index) => ({
        id: `s-${index.toString(16).padStart(8, '0')}`,
        text: `${capitalize(sentence(textRandom, word, topic, 8 + Math.floor(textRandom() * 20)))}.`,
      }));
      articles.push({ id: articleId, story: id, outlet: outlet.id, title: articleTitle, sentences });
    }
    const perStory = s === storyCount - 1 ? claimCount - claims.length : Math.round(claimCount / storyCount);
    for (let c = 0; c < perStory; c++) {
      const speaker = pick(cast);
      const roll = random();
      const statement = seedStory && c < SEED_STATEMENTS.length
        ? (SEED_STATEMENTS[c] as string)
        : roll < 0.4
          ? `${speaker.name.split(' ').at(-1)}: “${capitalize(sentence(random, word, topic, sentenceLength(random)))}.”`
          : roll < 0.55
            ? capitalize(`${pick(['number of', 'length of the', 'size of the', 'cost of the', 'date of the'])} ${word()} ${pick(topic) ?? word()}`)
            : capitalize(`${sentence(random, word, topic, sentenceLength(random))}`);
      const hash = (Math.floor(random() * 0xffffffff) >>> 0).toString(16).padStart(8, '0');
      const evidenceOutlets = Array.from({ length: between(1, Math.min(6, storyOutlets.length)) }, () => pick(storyOutlets));
      const verdict = pickWeighted(VERDICTS, random());
      claims.push({
        id: hash, story: id, statement, verdict,
        speakers: roll < 0.6 ? [speaker.name] : [],
        entities: [speaker.id],
        evidence: evidenceOutlets.map((outlet, index) => ({
          outlet: outlet.id,
          text:
            seedStory && c < SEED_EVIDENCE.length && index === 0
              ? (SEED_EVIDENCE[c] as string)
              : `${capitalize(sentence(textRandom, word, topic, 10 + Math.floor(textRandom() * 20)))}, ${speaker.name.split(' ').at(-1)} said.`,
        })),
      });
    }
    stories.push({ id, title });
  }
  // Slugs as the engine makes them: the rarest words of the statement, then the anchor hash.
  const lang = english();
  const frequency = new Map<string, number>();
  for (const claim of claims) for (const term of new Set(contentWords(lang, claim.statement).map((w) => w.term))) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  for (const claim of claims) claim.id = claimSlug(slugWords(lang, claim.statement, (term) => 1 / (frequency.get(term) ?? 1)), claim.id);
  return { claims, articles, entities: people, outlets, stories };
}

/**
 * Words in a claim's statement: log-normal around 19 (p90 about 38), which gives statements of the
 * length the engine makes from the seed story (median 115 characters, mean 128, p90 226).
 */
function sentenceLength(random: () => number): number {
  const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return Math.max(5, Math.min(60, Math.round(Math.exp(Math.log(19) + 0.55 * normal))));
}

/**
 * A sentence of about `length` words: a quarter from the story's own topic words, some stock news
 * phrases, the rest single words.
 */
function sentence(random: () => number, word: () => string, topic: readonly string[], length: number): string {
  const words: string[] = [];
  while (words.length < length) {
    const roll = random();
    if (topic.length > 0 && roll < 0.25) words.push(topic[Math.floor(random() * topic.length)] as string);
    else if (roll < 0.4) words.push(...(PHRASES[Math.floor(Math.pow(random(), 2) * PHRASES.length)] as string).split(' '));
    else words.push(word());
  }
  return words.join(' ');
}

const SYLLABLES = (
  'ka ro mi na vel is tra do ren sa lo vi ne ur an pe to li mar dan sho vko ev ich ov enko ski ya ' +
  'ber gen hol ma ti zu ko ra de la bo shi ter vin gor nov lin sta pol ' +
  'kel mun dro fa qui zel brek thal om ard ix'
).split(/\s+/);

function pseudoWord(random: () => number, syllables: number): string {
  let result = '';
  for (let i = 0; i < syllables; i++) result += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
  return result;
}

function zipfSampler(size: number, exponent: number, random: () => number): () => number {
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let rank = 0; rank < size; rank++) {
    total += 1 / Math.pow(rank + 1, exponent);
    cumulative[rank] = total;
  }
  return () => {
    const target = random() * total;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((cumulative[middle] as number) < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

function pickWeighted<T>(options: ReadonlyArray<[T, number]>, roll: number): T {
  let sum = 0;
  for (const [value, weight] of options) {
    sum += weight;
    if (roll < sum) return value;
  }
  return (options.at(-1) as [T, number])[0];
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A small, fast, seedable pseudo-random generator. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
