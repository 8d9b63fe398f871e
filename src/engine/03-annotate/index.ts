/**
 * Stage 3 — annotate: every sentence of every article of one story gets its entity mentions,
 * attribution, quotations, quantities, polarity and matching terms. Entities are resolved across
 * the whole story, so "Yuri Ushakov" in one outlet and "Yury Ushakov" in another are one person.
 *
 * Order: tokenize → story word statistics → candidates per sentence → story-wide resolution →
 * one reading-order pass per article (quotes, attribution, pronouns, numbers, polarity, terms).
 * Pure and deterministic: the same articles give the same output, whatever the machine.
 */
import type { Language } from '../language/index.ts';
import type { Token } from '../language/tokens.ts';
import type { AnnotatedStory, SegmentedStory, StageContext } from '../contracts.ts';
import type { AnnotatedSentence, Entity, OutletInput, Sentence } from '../types.ts';
import { annotateArticle, type AnnotatedArticleSentence, type PreparedSentence } from './article.ts';
import { isHeadline, phraseMatches, sentenceCandidates, type Candidate } from './candidates.ts';
import { Gazetteer, gazetteerBase, type PhraseMatch } from './gazetteer.ts';
import { polarityReader, type PolarityReader } from './polarity.ts';
import { resolveEntities } from './resolve.ts';
import { initialPositions, type StoryStats } from './runs.ts';
import { findNearDuplicates, sharedCopies, type NarrationSentence } from './near-duplicates.ts';
import { buildSources, outletKeys } from './sources.ts';
import type { TokenMention } from './subjects.ts';
import { BYLINE_LINE } from '../02-segment.ts';
import { closedWords } from './terms.ts';
import { markAnswers } from './counter-accounts.ts';
import { copiedUnits, keepUnits, sentenceUnits, verbWords, type TextCheck, type TextClauses, type Unit, type UnitsMade } from './units.ts';
import type { VerbWords } from './clauses.ts';

/** What annotation needs across a corpus, built once per analysis: the language, its compiled phrases and patterns. */
export interface AnnotationKit {
  lang: Language;
  gazetteer: Gazetteer;
  polarity: PolarityReader;
  /** Normal forms of attribution words: speech verbs and unnamed-source heads say who, not what. */
  frame: ReadonlySet<string>;
  /** Which words are finite verbs and verbs of saying, for the clause splitter. */
  verbs: VerbWords;
  /** `outletKeys` of an outlet map, made once per map (every story of a corpus shares it). */
  outletKeys(outlets: ReadonlyMap<string, OutletInput>): ReadonlyMap<string, string>;
}

/** Compiles the language's lexicons and the corpus's outlet names for annotation. */
export function annotationKit(lang: Language, outlets: readonly OutletInput[]): AnnotationKit {
  const keys = new WeakMap<ReadonlyMap<string, OutletInput>, ReadonlyMap<string, string>>();
  return {
    lang,
    gazetteer: new Gazetteer(gazetteerBase(lang.lexicon), outlets.map((outlet) => outlet.name)),
    polarity: polarityReader(lang.lexicon),
    frame: frameTerms(lang),
    verbs: verbWords(lang),
    outletKeys(map) {
      let known = keys.get(map);
      if (!known) {
        known = outletKeys(lang.lexicon, map);
        keys.set(map, known);
      }
      return known;
    },
  };
}

/** Speech verbs, unnamed-source heads and reporting nouns, as normal forms. */
function frameTerms(lang: Language): ReadonlySet<string> {
  const out = new Set<string>();
  for (const word of lang.lexicon.cueWords.keys()) out.add(lang.normal(word));
  for (const word of lang.lexicon.anonymousHeads) out.add(lang.normal(word));
  for (const word of lang.lexicon.reportNouns) out.add(lang.normal(word));
  return out;
}

/** Stage 3 — annotate: sentences annotated, units made, near-duplicates and sources decided. */
export function annotate(input: SegmentedStory, ctx: StageContext): AnnotatedStory {
  const { lang, config, kit } = ctx;
  const { articles } = input;
  const read = annotateStory(kit, articles.map((article) => ({ id: article.id, outlet: article.outlet, sentences: input.sentences.get(article.id) ?? [] })));
  const sentences: AnnotatedSentence[] = [];
  const units: Unit[] = [];
  const kindOf = (entity: string): string | undefined => read.byId.get(entity)?.kind;
  const closed = closedWords([...read.sentences.values()].flat());
  // What `isCheckable` read of each text: a reprinted sentence is tested once.
  const checks = new Map<string, TextCheck>();
  // The clauses of each text, read once per story unless a copy's quotations run otherwise.
  const clauses = new Map<string, TextClauses>();
  // The units of each text, for the copies of a sentence that read alike (`copiedUnits`).
  const made: UnitsMade = new Map();
  for (const article of articles) {
    const list = read.sentences.get(article.id) ?? [];
    const year = article.published.slice(0, 4);
    list.forEach((item, k) => {
      const s = sentences.length;
      const last = k === list.length - 1;
      sentences.push(item.sentence);
      let own = copiedUnits(made, item.sentence, year, last, s, units.length);
      if (own === null) {
        own = sentenceUnits(lang, config.segment, kit.frame, kit.verbs, s, { ...item, kindOf, year, closed, checks, clauses }, units.length, last);
        keepUnits(made, item.sentence, year, last, own);
      }
      for (let u = 0; u < own.length; u++) units.push(own[u] as Unit);
    });
  }
  markAnswers(lang, sentences, units);
  const nearDuplicateOf = findNearDuplicates(
    articles.map((article) => ({ id: article.id, published: article.published, text: (read.sentences.get(article.id) ?? []).map((x) => x.sentence.text).join(' ') })),
    config.sources,
  );
  const outletOf = new Map(articles.map((article) => [article.id, input.outlets.get(article.outlet) ?? { id: article.outlet, name: article.outlet, url: '', kind: 'other' as const }]));
  return {
    ...input,
    outletOf,
    entities: read.byId,
    sentences,
    units,
    nearDuplicateOf,
    sources: buildSources(lang.lexicon, articles, kit.outletKeys(input.outlets), sentences, nearDuplicateOf, sharedCopies(narrationOf(sentences, articles), config.sources.shingleSize)),
  };
}

/** One article of the story, as segmented by stage 2 (`Sentence.block` gives the paragraph). */
export interface AnnotateArticle {
  id: string;
  outlet: string;
  sentences: Sentence[];
}

/** The annotation of one story's articles. */
export interface StoryAnnotation {
  /** Annotated sentences per article id, in reading order, with the tokens they were read from. */
  sentences: Map<string, AnnotatedArticleSentence[]>;
  /** The story's entities by id. */
  byId: Map<string, Entity>;
}

interface Scanned {
  article: number;
  sentence: Sentence;
  tokens: Token[];
  matches: Array<PhraseMatch | null>;
  initial: Set<number>;
  /** Whether the sentence reads as a headline (`isHeadline`), set by `storyStats`. */
  headline: boolean;
}

/** Annotates the articles of one story. `outlets` are the corpus outlets (their names become outlet entities). */
export function annotateStory(kit: AnnotationKit, articles: readonly AnnotateArticle[]): StoryAnnotation {
  const { lang, gazetteer } = kit;
  const lex = lang.lexicon;
  const scanned: Scanned[] = [];
  // Reprints repeat sentences (a third of a story's, in the generated corpus): each text is
  // tokenized and matched against the lexicon once per story. Tokens, matches and initials are
  // never changed once made, so copies share them.
  const read = new Map<string, Pick<Scanned, 'tokens' | 'matches' | 'initial'>>();
  articles.forEach((article, a) => {
    // An index loop: without TurboFan each for-of step allocates an iterator result.
    for (let k = 0; k < article.sentences.length; k++) {
      const sentence = article.sentences[k] as Sentence;
      let known = read.get(sentence.text);
      if (!known) {
        const tokens = lang.tokenize(sentence.text);
        known = { tokens, matches: phraseMatches(tokens, gazetteer), initial: initialPositions(tokens) };
        read.set(sentence.text, known);
      }
      scanned.push({ article: a, sentence, tokens: known.tokens, matches: known.matches, initial: known.initial, headline: false });
    }
  });
  const stats = storyStats(lex, scanned);
  const candidates: Candidate[] = [];
  // A byline's names are the reporters', not people of the story: one who shares a surname with a
  // spokesman ("By … ASHOK SHARMA and …", "said Amitabh Sharma") would be merged with him.
  // A repeated sentence shares its first copy's tokens, matches, initials and headline reading
  // (`read`, `storyStats`), so it has the same candidates: they are found once and copied with the
  // copy's index. Nothing changes a candidate or its lists once made.
  const candidatesOf = new Map<readonly Token[], Candidate[]>();
  scanned.forEach((s, i) => {
    if (BYLINE_LINE.test(s.sentence.text)) return;
    const known = candidatesOf.get(s.tokens);
    if (known) {
      for (let k = 0; k < known.length; k++) candidates.push({ ...(known[k] as Candidate), sentence: i });
      return;
    }
    const found = sentenceCandidates(lex, s.sentence.text, s.tokens, s.matches, stats, i, s.initial, s.headline);
    candidatesOf.set(s.tokens, found);
    candidates.push(...found);
  });
  const resolution = resolveEntities(lang, candidates, scanned.map((s) => s.article), gazetteer, stats);

  const mentionsOf = scanned.map((): TokenMention[] => []);
  candidates.forEach((c, i) => {
    const entity = resolution.entityOf[i];
    const kind = entity ? resolution.kind.get(entity) : undefined;
    if (!entity || !kind) return;
    mentionsOf[c.sentence]?.push({ entity, kind, t0: c.tokens[0] ?? 0, t1: (c.tokens.at(-1) ?? 0) + 1, affiliation: c.affiliation });
  });
  const story = { lang, polarity: kit.polarity, byId: new Map(resolution.entities.map((e) => [e.id, e])), gender: resolution.gender, nameTerms: new Map<string, readonly string[]>(), readings: new Map() };
  const sentences = new Map<string, AnnotatedArticleSentence[]>();
  let next = 0;
  articles.forEach((article) => {
    const prepared: PreparedSentence[] = article.sentences.map(() => {
      const s = scanned[next] as Scanned;
      const mentions = (mentionsOf[next] ?? []).sort((x, y) => x.t0 - y.t0);
      next++;
      return { sentence: s.sentence, tokens: s.tokens, mentions };
    });
    sentences.set(article.id, annotateArticle(prepared, story));
  });
  return { sentences, byId: story.byId };
}

/**
 * Which words the story writes in lower case, and which it capitalises mid-sentence; and whether
 * each sentence reads as a headline (`Scanned.headline`). A repeated sentence shares its tokens,
 * matches and initials with its first copy (`annotateStory`), so it is read once.
 */
function storyStats(lex: Language['lexicon'], scanned: readonly Scanned[]): StoryStats {
  const stats: StoryStats = { lower: new Set(), midCap: new Set() };
  const counted = new Set<readonly Token[]>();
  // Index loops, not for-of: this runs once per story over every token, mostly before the optimiser has compiled it.
  for (let k = 0; k < scanned.length; k++) {
    const { tokens } = scanned[k] as Scanned;
    if (counted.has(tokens)) continue;
    counted.add(tokens);
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      if (token.type === 'word' && !token.cap && !token.acronym) stats.lower.add(token.key);
    }
  }
  // Headlines are read once `lower` is complete, as candidates read them.
  const headlineOf = new Map<readonly Token[], boolean>();
  for (let k = 0; k < scanned.length; k++) {
    const s = scanned[k] as Scanned;
    const known = headlineOf.get(s.tokens);
    if (known !== undefined) {
      s.headline = known;
      continue;
    }
    s.headline = isHeadline(lex, s.tokens, s.matches, stats, s.initial);
    headlineOf.set(s.tokens, s.headline);
    if (s.headline) continue;
    for (let i = 0; i < s.tokens.length; i++) {
      const token = s.tokens[i] as Token;
      if (token.type === 'word' && token.cap && !s.initial.has(i)) stats.midCap.add(token.key);
    }
  }
  return stats;
}

/** Each sentence's words outside quotation marks and its whole text, with its article and outlet, for `sharedCopies`. */
function narrationOf(sentences: readonly AnnotatedSentence[], articles: ReadonlyArray<{ id: string; outlet: string }>): NarrationSentence[] {
  const outletOf = new Map(articles.map((a) => [a.id, a.outlet]));
  return sentences.map((sentence) => {
    let narration = '';
    let at = 0;
    for (let k = 0; k < sentence.quotes.length; k++) {
      const q = sentence.quotes[k] as AnnotatedSentence['quotes'][number];
      narration += `${sentence.text.slice(at, q.start)} `;
      at = q.end;
    }
    narration += sentence.text.slice(at);
    return { article: sentence.article, outlet: outletOf.get(sentence.article) ?? sentence.article, narration, text: sentence.text };
  });
}
