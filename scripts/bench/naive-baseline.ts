/**
 * The naive baseline the engine is compared with: split every article of a story into sentences,
 * turn each sentence into a TF-IDF vector of its words, and compare EVERY pair of sentences of the
 * story by cosine similarity (no blocking); pairs scoring at least 0.5 are joined into clusters.
 * It is what "line up claims across outlets" costs without the engine's candidate blocking, and it
 * stops at a time cap, extrapolating from the share of pairs it compared.
 */
import type { CorpusInput } from '../../src/engine/types.ts';

/** What the baseline did. */
export interface NaiveResult {
  sentences: number;
  /** All sentence pairs inside stories (what a full run compares). */
  pairs: number;
  /** Pairs actually compared (fewer when cut off). */
  comparedPairs: number;
  /** Pairs with cosine >= threshold. */
  matches: number;
  /** Clusters of matched sentences that span two or more articles (its "claims"). */
  clusters: number;
  ms: number;
  cutOff: boolean;
  /** When cut off: `ms` scaled by pairs / comparedPairs. */
  estimatedMs: number | null;
}

const STOPWORDS = new Set(
  'a an the and or but of to in on at by for with from as is are was were be been being has have had it its this that these those he she they we i you his her their our said says would will could can not no than then there which who whom what when where while after before about into over also more most some such only other'.split(' '),
);

interface Vector {
  article: number;
  terms: Int32Array;
  weights: Float64Array;
}

/** Sentences of a Markdown body: paragraphs, then a split after . ! ? (and a closing quote). */
export function naiveSentences(markdown: string): string[] {
  return markdown
    .split(/\n\s*\n/)
    .flatMap((paragraph) => paragraph.replace(/\s+/g, ' ').trim().split(/(?<=[.!?][”"’]?)\s+(?=[“"‘]?[\p{Lu}\d])/u))
    .filter((sentence) => /\p{L}/u.test(sentence));
}

/** Lower-case word tokens without stopwords. */
export function naiveTokens(sentence: string): string[] {
  return (sentence.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((token) => !STOPWORDS.has(token));
}

/** Runs the baseline over every story, stopping after `capMs`. */
export function runNaiveBaseline(corpus: CorpusInput, capMs: number, threshold = 0.5): NaiveResult {
  const start = performance.now();
  const byStory = new Map<string, string[]>();
  for (const article of corpus.articles) byStory.set(article.story, [...(byStory.get(article.story) ?? []), article.body]);
  const stories = [...byStory.values()];

  // Count the pairs first, so a cut-off run can extrapolate.
  const sentencesPerStory = stories.map((bodies) => bodies.map((body) => naiveSentences(body)));
  const sentences = sentencesPerStory.reduce((sum, story) => sum + story.reduce((s, list) => s + list.length, 0), 0);
  const pairs = sentencesPerStory.reduce((sum, story) => {
    const n = story.reduce((s, list) => s + list.length, 0);
    return sum + (n * (n - 1)) / 2;
  }, 0);

  let comparedPairs = 0;
  let matches = 0;
  let clusters = 0;
  let cutOff = false;
  const vocabulary = new Map<string, number>();
  outer: for (const story of sentencesPerStory) {
    // TF-IDF over the story's sentences.
    const documents = story.flatMap((list, article) => list.map((sentence) => ({ article, tokens: naiveTokens(sentence) })));
    const df = new Map<number, number>();
    const counted = documents.map(({ article, tokens }) => {
      const tf = new Map<number, number>();
      for (const token of tokens) {
        let id = vocabulary.get(token);
        if (id === undefined) {
          id = vocabulary.size;
          vocabulary.set(token, id);
        }
        tf.set(id, (tf.get(id) ?? 0) + 1);
      }
      for (const id of tf.keys()) df.set(id, (df.get(id) ?? 0) + 1);
      return { article, tf };
    });
    const vectors: Vector[] = counted.map(({ article, tf }) => {
      const terms = Int32Array.from([...tf.keys()].sort((a, b) => a - b));
      const weights = Float64Array.from(terms, (id) => (tf.get(id) ?? 0) * Math.log(1 + documents.length / (df.get(id) ?? 1)));
      const norm = Math.hypot(...weights) || 1;
      for (let i = 0; i < weights.length; i++) weights[i] = (weights[i] as number) / norm;
      return { article, terms, weights };
    });
    const parent = vectors.map((_, i) => i);
    const find = (i: number): number => {
      while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
      return i;
    };
    for (let i = 0; i < vectors.length; i++) {
      const a = vectors[i] as Vector;
      for (let j = i + 1; j < vectors.length; j++) {
        if (cosine(a, vectors[j] as Vector) >= threshold) {
          matches += 1;
          parent[find(i)] = find(j);
        }
      }
      comparedPairs += vectors.length - i - 1;
      if (performance.now() - start > capMs) {
        cutOff = true;
        break outer;
      }
    }
    const articlesPerRoot = new Map<number, Set<number>>();
    vectors.forEach((vector, i) => {
      const root = find(i);
      articlesPerRoot.set(root, (articlesPerRoot.get(root) ?? new Set()).add(vector.article));
    });
    for (const articles of articlesPerRoot.values()) if (articles.size >= 2) clusters += 1;
  }
  const ms = performance.now() - start;
  return {
    sentences,
    pairs,
    comparedPairs,
    matches,
    clusters,
    ms: Math.round(ms),
    cutOff,
    estimatedMs: cutOff && comparedPairs > 0 ? Math.round((ms * pairs) / comparedPairs) : null,
  };
}

/** Cosine of two unit vectors with sorted term ids. */
function cosine(a: Vector, b: Vector): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  const at = a.terms;
  const bt = b.terms;
  while (i < at.length && j < bt.length) {
    const x = at[i] as number;
    const y = bt[j] as number;
    if (x === y) {
      dot += (a.weights[i] as number) * (b.weights[j] as number);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return dot;
}
