/**
 * How the engine's cost grows with the size of a story. Builds synthetic stories of 10, 20, 40 and
 * 80 articles (seed sentences recombined, with names and numbers varied), runs the whole engine on
 * each, and prints candidate pairs and milliseconds per article (median of runs). Near-constant
 * figures per article mean near-linear growth: blocking, not all pairs.
 *
 * `tsx scripts/engine-scaling.ts [--sizes 10,20,40,80] [--runs 3] [--corpus 1000,10000]`
 * With --corpus, also times whole corpora of that many articles in stories of 5-50 articles.
 */
import { performance } from 'node:perf_hooks';
import { loadCorpus } from '../src/corpus/load.ts';
import { analyzeCorpus } from '../src/engine/index.ts';
import { analyzeStory, segmentArticle } from '../src/engine/pipeline.ts';
import type { ArticleInput, CorpusInput, OutletInput, StoryInput } from '../src/engine/types.ts';

const NAMES = ['Anna Berg', 'Tomas Varga', 'Ilse Brandt', 'Pavel Dorin', 'Marta Ilves', 'Omar Haddad', 'Lena Sato', 'Jonas Meyer', 'Ruth Okafor', 'Diego Ramos'];
const PLACES = ['Orvieda', 'Sallow', 'Kestrel', 'Marrow Bay', 'Tallin Ford', 'Vesna', 'Oakridge', 'Port Ellery'];
const WORDS = ['harbour', 'tariff', 'river', 'council', 'ceasefire', 'pipeline', 'budget', 'airport', 'election', 'reactor', 'strike', 'vaccine'];

/** Deterministic PRNG (mulberry32), so every run builds the same corpus. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Seed sentences, from the content tree (CONTENT_DIR respected). */
function seedPool(): string[] {
  const corpus = loadCorpus();
  return corpus.articles.flatMap((article) => segmentArticle(article).map((sentence) => sentence.text)).filter((text) => text.length > 40);
}

/** One synthetic article: ~20 pool sentences with names, places, numbers and some words varied. */
function syntheticBody(pool: readonly string[], next: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const sentences: string[] = [];
  for (let i = 0; i < 20; i++) {
    let text = pick(pool);
    text = text.replace(/\b\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+\b/gu, (match) => (next() < 0.5 ? pick(NAMES) : match));
    text = text.replace(/\b(?:Riyadh|Moscow|Washington|Kyiv|Ukraine|Russia)\b/g, (match) => (next() < 0.5 ? pick(PLACES) : match));
    text = text.replace(/\d+(?:\.\d+)?/g, () => String(1 + Math.floor(next() * 60)));
    text = text.replace(/\b(talks|meeting|war|peace|summit)\b/g, (match) => (next() < 0.3 ? pick(WORDS) : match));
    sentences.push(text);
  }
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 3) paragraphs.push(sentences.slice(i, i + 3).join(' '));
  return `${paragraphs.join('\n\n')}\n`;
}

const OUTLETS: OutletInput[] = Array.from({ length: 12 }, (_, i) => ({ id: `outlet-${i}`, name: `Outlet ${i}`, url: `https://outlet-${i}.example/`, kind: 'newspaper' }));

function syntheticStory(id: string, size: number, pool: readonly string[], seed: number): { story: StoryInput; articles: ArticleInput[] } {
  const next = random(seed);
  const story: StoryInput = { id, title: id, date: '2030-01-01', summary: '' };
  const articles = Array.from({ length: size }, (_, n): ArticleInput => ({
    id: `${id}-a${String(n).padStart(4, '0')}`,
    title: `Article ${n}`,
    story: id,
    outlet: OUTLETS[n % OUTLETS.length]?.id ?? 'outlet-0',
    published: `2030-01-${String(1 + (n % 28)).padStart(2, '0')}`,
    body: syntheticBody(pool, next),
  }));
  return { story, articles };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

function main(): void {
  const sizes = option('sizes', '10,20,40,80').split(',').map(Number);
  const runs = Number(option('runs', '3'));
  const pool = seedPool();
  console.log(`Seed pool: ${pool.length} sentences. Median of ${runs} runs per size.\n`);
  console.log('articles  sentences  candidate pairs  pairs/article  ms/article  (all-pairs would be)');
  for (const size of sizes) {
    const { story, articles } = syntheticStory(`scale-${size}`, size, pool, size);
    const times: number[] = [];
    let stats = { sentences: 0, candidatePairs: 0, skippedBlocks: 0 };
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      const result = analyzeStory(story, articles, OUTLETS);
      times.push(performance.now() - started);
      stats = result.stats;
    }
    const allPairs = (stats.sentences * (stats.sentences - 1)) / 2;
    console.log(
      `${String(size).padStart(8)}  ${String(stats.sentences).padStart(9)}  ${String(stats.candidatePairs).padStart(15)}  ${(stats.candidatePairs / size).toFixed(1).padStart(13)}  ${(median(times) / size).toFixed(2).padStart(10)}  (${allPairs})`,
    );
  }
  const corpusSizes = option('corpus', '').split(',').filter(Boolean).map(Number);
  const timings: Array<[number, number]> = [];
  for (const total of corpusSizes) {
    const next = random(total);
    const corpus: CorpusInput = { stories: [], outlets: OUTLETS, articles: [] };
    let made = 0;
    for (let s = 0; made < total; s++) {
      const size = Math.min(total - made, 5 + Math.floor(next() * 46));
      const { story, articles } = syntheticStory(`story-${String(s).padStart(5, '0')}`, size, pool, total * 7919 + s);
      corpus.stories.push(story);
      corpus.articles.push(...articles);
      made += size;
    }
    const started = performance.now();
    const analysis = analyzeCorpus(corpus);
    const ms = performance.now() - started;
    timings.push([total, ms]);
    const heap = process.memoryUsage().rss / 2 ** 20;
    console.log(`\ncorpus of ${total} articles in ${corpus.stories.length} stories: ${(ms / 1000).toFixed(1)} s (${(ms / total).toFixed(2)} ms/article), ${analysis.claims.length} claims, rss ${heap.toFixed(0)} MiB`);
  }
  if (timings.length >= 2) {
    const [small, large] = [timings[0] as [number, number], timings.at(-1) as [number, number]];
    console.log(`time ratio ${large[0]}/${small[0]} articles: ${(large[1] / small[1]).toFixed(1)} (linear would be ${(large[0] / small[0]).toFixed(1)})`);
  }
}

main();
