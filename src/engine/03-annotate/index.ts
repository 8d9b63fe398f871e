/**
 * Stage 3 — annotate: every sentence of every article of one story gets its entity mentions,
 * attribution, quotations, quantities, polarity and matching terms. Entities are resolved across
 * the whole story, so "Yuri Ushakov" in one outlet and "Yury Ushakov" in another are one person.
 *
 * Order: tokenize → story word statistics → candidates per sentence → story-wide resolution →
 * one reading-order pass per article (quotes, attribution, pronouns, numbers, polarity, terms).
 * Pure and deterministic: the same articles give the same output, whatever the machine.
 */
import type { AnnotatedSentence, Entity, OutletInput, Sentence } from '../types.ts';
import { annotateArticle, type PreparedSentence } from './article.ts';
import { isHeadline, phraseMatches, sentenceCandidates, type Candidate } from './candidates.ts';
import { gazetteerFor, type PhraseMatch } from './gazetteer.ts';
import { resolveEntities } from './resolve.ts';
import { initialPositions, type StoryStats } from './runs.ts';
import type { TokenMention } from './subjects.ts';
import { tokenize, type Token } from './tokens.ts';

/** One article of the story, as segmented by stage 2 (`Sentence.block` gives the paragraph). */
export interface AnnotateArticle {
  id: string;
  outlet: string;
  sentences: Sentence[];
}

/** Stage 3 output for one story. */
export interface StoryAnnotation {
  /** Annotated sentences per article id, in reading order. */
  sentences: Map<string, AnnotatedSentence[]>;
  /** The story's entities, sorted by id. */
  entities: Entity[];
}

interface Scanned {
  article: number;
  sentence: Sentence;
  tokens: Token[];
  matches: Array<PhraseMatch | null>;
  initial: Set<number>;
}

/** Annotates the articles of one story. `outlets` are the corpus outlets (their names become outlet entities). */
export function annotateStory(articles: readonly AnnotateArticle[], outlets: readonly OutletInput[]): StoryAnnotation {
  const gazetteer = gazetteerFor(outlets, (outlet) => outlet.name);
  const scanned: Scanned[] = [];
  articles.forEach((article, a) => {
    for (const sentence of article.sentences) {
      const tokens = tokenize(sentence.text);
      scanned.push({ article: a, sentence, tokens, matches: phraseMatches(tokens, gazetteer), initial: initialPositions(tokens) });
    }
  });
  const stats = storyStats(scanned);
  const candidates: Candidate[] = [];
  scanned.forEach((s, i) => candidates.push(...sentenceCandidates(s.sentence.text, s.tokens, s.matches, stats, i, s.initial)));
  const resolution = resolveEntities(candidates, scanned.map((s) => s.article), gazetteer, stats);

  const mentionsOf = scanned.map((): TokenMention[] => []);
  candidates.forEach((c, i) => {
    const entity = resolution.entityOf[i];
    const kind = entity ? resolution.kind.get(entity) : undefined;
    if (!entity || !kind) return;
    mentionsOf[c.sentence]?.push({ entity, kind, t0: c.tokens[0] ?? 0, t1: (c.tokens.at(-1) ?? 0) + 1, affiliation: c.affiliation });
  });
  const story = { byId: new Map(resolution.entities.map((e) => [e.id, e])), gender: resolution.gender };
  const sentences = new Map<string, AnnotatedSentence[]>();
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
  return { sentences, entities: resolution.entities };
}

/** Which words the story writes in lower case, and which it capitalises mid-sentence. */
function storyStats(scanned: readonly Scanned[]): StoryStats {
  const stats: StoryStats = { lower: new Set(), midCap: new Set() };
  for (const s of scanned) {
    for (const token of s.tokens) if (token.type === 'word' && !token.cap && !token.acronym) stats.lower.add(token.key);
  }
  for (const s of scanned) {
    if (isHeadline(s.tokens, s.matches, stats, s.initial)) continue;
    s.tokens.forEach((token, i) => {
      if (token.type === 'word' && token.cap && !s.initial.has(i)) stats.midCap.add(token.key);
    });
  }
  return stats;
}
