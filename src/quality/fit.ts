/**
 * Fitting the engine to the labelled stories, reproducibly: the pair model's weights (training.ts)
 * and the thresholds it is used with, chosen on the same stories from a small grid by one stated
 * objective. `fitAll` fits on every story (the committed model); `leaveOneOut` fits on all stories
 * but one and scores that one, for each story in turn: the honest figures.
 */
import type { ModelThresholds, PairModel } from '../engine/04-match/model.ts';
import { english, type Language } from '../engine/language/index.ts';
import { evaluateSet, exportSet } from './evaluate.ts';
import type { Score } from './score.ts';
import type { LabelledSet } from './sets.ts';
import { storyExamples, train, type StoryExamples } from './training.ts';

/**
 * The thresholds tried: pair links, the floor inside a claim, frame similarity, and the similarity
 * two differing figures need to conflict. Where two settings score alike the first is kept, so the
 * conflict threshold is tried strictest first: figures set against each other only as the stories
 * show they must be (0.3 or below is no stricter than the frame threshold: off).
 */
export const GRID: readonly ModelThresholds[] = (() => {
  const out: ModelThresholds[] = [];
  for (const link of [0.15, 0.25, 0.35, 0.5]) {
    for (const minLink of [0.05, 0.1]) for (const frame of [0.3, 0.45]) for (const conflict of [0.6, 0.5, 0.3]) out.push({ link, cluster: link, minLink, frame, conflict });
  }
  return out;
})();

/**
 * What the thresholds are chosen for, precision first: verdict accuracy (found and right), minus
 * twice the share of impure claims, minus a fifth for every false alarm. A wrong claim costs more
 * than a missed one.
 */
export function objective(scores: readonly Score[]): number {
  const n = Math.max(1, scores.length);
  const accuracy = scores.reduce((sum, s) => sum + s.relationAccuracy, 0) / n;
  const impurity = scores.reduce((sum, s) => sum + (1 - s.purity), 0) / n;
  const alarms = scores.reduce((sum, s) => sum + s.falseAlarms, 0);
  return accuracy - 2 * impurity - 0.2 * alarms;
}

/** A fitted model and how it scored on the stories it was fitted on. */
export interface Fit {
  model: PairModel;
  objective: number;
}

/** Fits weights on the examples of `sets`, then picks the thresholds that score best on those sets. */
export function fit(sets: readonly LabelledSet[], examples: readonly StoryExamples[], lang: Language = english()): Fit {
  const ids = sets.map((set) => set.id);
  const chosen = examples.filter((e) => ids.includes(e.story));
  let best: Fit | null = null;
  const weights = train(chosen, ids, GRID[0] as ModelThresholds);
  for (const thresholds of GRID) {
    const model: PairModel = { ...weights, thresholds };
    const value = objective(sets.map((set) => evaluateSet(set, exportSet(set, { model, language: lang }))));
    if (!best || value > best.objective + 1e-9) best = { model, objective: value };
  }
  return best as Fit;
}

/** Per story: the model fitted without it, and its score on it. */
export interface HeldOut {
  story: string;
  model: PairModel;
  score: Score;
}

/** Leave-one-story-out: fit on the others, score the one left out. */
export function leaveOneOut(sets: readonly LabelledSet[], examples: readonly StoryExamples[] = sets.map(storyExamples), lang: Language = english()): HeldOut[] {
  return sets.map((held) => {
    const others = sets.filter((set) => set !== held);
    const { model } = fit(others, examples, lang);
    return { story: held.id, model, score: evaluateSet(held, exportSet(held, { model, language: lang })) };
  });
}
