/**
 * Learning the pair model from the labelled real stories. Each story is run through the engine's
 * first stages; every candidate pair that blocking proposes becomes one example, labelled positive
 * when both units hold a quote of the same gold claim. A logistic regression (L2-regularised,
 * batch gradient descent, deterministic) gives the weights; `leaveOneOut` retrains without each
 * story in turn, so the figures it scores are honest for stories the model never saw.
 */
import { loadCorpus } from '../corpus/load.ts';
import type { AnnotatedStory, StageContext } from '../engine/contracts.ts';
import { candidatePairs, matchable } from '../engine/04-match/blocking.ts';
import { FEATURES, pairFeatures, shareContent, storyStats, unitVectors } from '../engine/04-match/features.ts';
import type { PairModel } from '../engine/04-match/model.ts';
import { rankingSpans } from '../engine/04-match/rankings.ts';
import { stageContext } from '../engine/index.ts';
import { annotateStage, segmentStage } from '../engine/pipeline.ts';
import { byPublished } from '../engine/03-annotate/near-duplicates.ts';
import { markdownToBlocks } from '../markdown/blocks.ts';
import { normalize } from './score.ts';
import type { LabelledSet } from './sets.ts';

/** The training examples of one story. */
export interface StoryExamples {
  story: string;
  x: number[][];
  y: number[];
}

/** Words of a text for overlap tests. */
function words(text: string): string[] {
  return normalize(text).replace(/[^\p{L}\p{N} ]/gu, ' ').split(/\s+/).filter(Boolean);
}

/** Gold claim ids per unit: a unit holds a quote when most of the quote's words are in its clause. */
export function unitLabels(story: AnnotatedStory, set: LabelledSet, relations?: ReadonlySet<string>): Map<number, Set<string>> {
  const labels = new Map<number, Set<string>>();
  const sentenceText = story.sentences.map((s) => normalize(s.text));
  for (const claim of set.gold.claims) {
    if (relations && !relations.has(claim.relation)) continue;
    for (const quotes of Object.values(claim.sources)) {
      for (const quote of quotes) {
        const q = normalize(quote);
        const qWords = words(quote);
        story.units.forEach((unit) => {
          const text = sentenceText[unit.s] ?? '';
          const whole = text.includes(q) || (q.includes(text) && text.length > 15);
          if (!whole && !(q.length > 20 && sentenceOverlaps(text, q))) return;
          const clause = new Set(words((story.sentences[unit.s]?.text ?? '').slice(unit.start, unit.end)));
          const inClause = qWords.filter((w) => clause.has(w)).length;
          if (unit.parts === 1 || inClause >= Math.min(3, qWords.length) || inClause / Math.max(1, qWords.length) >= 0.5) {
            const set = labels.get(unit.i) ?? new Set<string>();
            set.add(claim.id);
            labels.set(unit.i, set);
          }
        });
      }
    }
  }
  return labels;
}

/** A quote that runs across a sentence boundary overlaps the sentence by a long common stretch. */
function sentenceOverlaps(sentence: string, quote: string): boolean {
  const head = quote.slice(0, 30);
  const tail = quote.slice(-30);
  return sentence.includes(head) || sentence.includes(tail);
}

/** The story of a labelled set run through stages 1-3. */
export function annotatedSet(set: LabelledSet, ctx?: StageContext): { story: AnnotatedStory; ctx: StageContext } {
  const corpus = loadCorpus(set.content);
  const context = ctx ?? stageContext(corpus, { textBlocks: markdownToBlocks });
  const story = corpus.stories[0];
  if (!story) throw new Error(`${set.dir}: no story in its content tree`);
  const articles = corpus.articles.filter((a) => a.story === story.id).sort(byPublished);
  const outlets = new Map(corpus.outlets.map((o) => [o.id, o]));
  const segmented = segmentStage.run({ story, articles, outlets }, context);
  return { story: annotateStage.run(segmented, context), ctx: context };
}

/** The candidate pairs of a labelled story as training examples. */
export function storyExamples(set: LabelledSet): StoryExamples {
  const { story, ctx } = annotatedSet(set);
  // Reports of one number that disagree are grouped by frame, not by their words: the pair model
  // learns what makes two sentences state the same thing.
  const labels = unitLabels(story, set, new Set(['agree', 'variance', 'disputed', 'uncertain']));
  const stats = storyStats(story);
  const vectors = unitVectors(ctx.lang, story, stats, rankingSpans(ctx.lang, story));
  const usable = matchable(vectors, ctx.config.match);
  const { pairs } = candidatePairs(vectors, usable, stats, ctx.config.match);
  const x: number[][] = [];
  const y: number[] = [];
  for (const [i, j] of pairs) {
    // Relative clauses made units repeat words of their sentences' units: the model learns from those.
    if (vectors[i]!.unit.antecedent !== undefined || vectors[j]!.unit.antecedent !== undefined) continue;
    if (!shareContent(vectors[i]!, vectors[j]!)) continue;
    const a = labels.get(i);
    const b = labels.get(j);
    x.push(pairFeatures(ctx.lang, vectors[i]!, vectors[j]!, stats));
    y.push(a && b && [...a].some((id) => b.has(id)) ? 1 : 0);
  }
  return { story: set.id, x, y };
}

/** Training options: L2 strength, iterations, step, weight of a positive example. */
export interface TrainOptions {
  l2: number;
  iterations: number;
  step: number;
  positiveWeight: number;
}

export const TRAIN_DEFAULTS: TrainOptions = { l2: 1, iterations: 2000, step: 0.5, positiveWeight: 1 };

/** Fits a logistic regression to the examples (deterministic: fixed start, full-batch gradient descent). */
export function train(examples: readonly StoryExamples[], trainedOn: readonly string[], thresholds: PairModel['thresholds'], options: TrainOptions = TRAIN_DEFAULTS): PairModel {
  const x = examples.flatMap((e) => e.x);
  const y = examples.flatMap((e) => e.y);
  const d = FEATURES.length;
  const w = new Array<number>(d).fill(0);
  let bias = 0;
  let total = 0;
  for (const label of y) total += label ? options.positiveWeight : 1;
  for (let it = 0; it < options.iterations; it++) {
    const grad = new Array<number>(d).fill(0);
    let gradBias = 0;
    for (let n = 0; n < x.length; n++) {
      const row = x[n] as number[];
      let z = bias;
      for (let k = 0; k < d; k++) z += (w[k] as number) * (row[k] as number);
      const p = 1 / (1 + Math.exp(-z));
      const weight = y[n] ? options.positiveWeight : 1;
      const e = (p - (y[n] as number)) * weight;
      for (let k = 0; k < d; k++) grad[k] = (grad[k] as number) + e * (row[k] as number);
      gradBias += e;
    }
    for (let k = 0; k < d; k++) w[k] = (w[k] as number) - options.step * ((grad[k] as number) / total + (options.l2 * (w[k] as number)) / total);
    bias -= options.step * (gradBias / total);
  }
  const round = (v: number): number => Math.round(v * 10_000) / 10_000;
  return { features: [...FEATURES], weights: w.map(round), bias: round(bias), thresholds, trainedOn: [...trainedOn] };
}
