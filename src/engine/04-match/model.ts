/**
 * The pair model: a logistic regression over the pair features (features.ts) that gives the
 * probability that two units state the same claim. Its weights are learned from the labelled real
 * stories by `npm run train` (scripts/train.ts) and committed in weights.json, so the engine is
 * deterministic and the training is reproducible.
 */
import weights from './weights.json' with { type: 'json' };
import { FEATURES } from './features.ts';

/** The thresholds chosen with the model on the same labelled stories. */
export interface ModelThresholds {
  link: number;
  cluster: number;
  minLink: number;
  frame: number;
  /** Frame similarity from which two numbers that differ by more than a reading of one figure are one frame (config `conflictThreshold`). */
  conflict: number;
}

/** A trained pair model. */
export interface PairModel {
  /** Feature names, in the order of the weights. */
  features: readonly string[];
  weights: readonly number[];
  bias: number;
  thresholds: ModelThresholds;
  /** What it was trained on, for the methodology page. */
  trainedOn: readonly string[];
}

/** The committed model. Throws when its features are not the engine's (retrain with `npm run train`). */
export function defaultModel(): PairModel {
  const model = weights as PairModel;
  if (model.features.join() !== FEATURES.join()) {
    throw new Error(`src/engine/04-match/weights.json was trained on other features (${model.features.join(', ')}); run npm run train`);
  }
  return model;
}

/** The probability the model gives a feature vector. */
export function probability(model: PairModel, x: ArrayLike<number>): number {
  let z = model.bias;
  for (let k = 0; k < x.length; k++) z += (model.weights[k] ?? 0) * (x[k] ?? 0);
  return 1 / (1 + Math.exp(-z));
}
