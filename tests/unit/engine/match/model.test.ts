/** The pair model: a logistic regression whose committed weights match the engine's features. */
import { describe, expect, test } from 'vitest';
import { FEATURES } from '../../../../src/engine/04-match/features.ts';
import { defaultModel, probability, type PairModel } from '../../../../src/engine/04-match/model.ts';

const zero: PairModel = { features: FEATURES, weights: FEATURES.map(() => 0), bias: 0, thresholds: { link: 0.5, cluster: 0.5, minLink: 0.3, frame: 0.4, conflict: 0.4 }, trainedOn: [] };

describe('the pair model', () => {
  test('the committed weights are for exactly the features the engine computes, with thresholds in 0-1', () => {
    const model = defaultModel();
    expect(model.features).toEqual([...FEATURES]);
    expect(model.weights).toHaveLength(FEATURES.length);
    for (const t of Object.values(model.thresholds)) {
      expect(t).toBeGreaterThan(0);
      expect(t).toBeLessThan(1);
    }
    expect(model.trainedOn.length).toBeGreaterThan(0);
  });

  test('is the logistic function of the weighted sum', () => {
    expect(probability(zero, FEATURES.map(() => 1))).toBe(0.5);
    const one = { ...zero, weights: FEATURES.map((_, k) => (k === 0 ? 2 : 0)), bias: -1 };
    expect(probability(one, FEATURES.map((_, k) => (k === 0 ? 1 : 0)))).toBeCloseTo(1 / (1 + Math.exp(-1)), 12);
    expect(probability(one, FEATURES.map(() => 0))).toBeCloseTo(1 / (1 + Math.exp(1)), 12);
  });

  test('a feature with a positive weight raises the probability', () => {
    const model = defaultModel();
    const k = model.weights.findIndex((w) => w > 0);
    const x = FEATURES.map(() => 0);
    const higher = [...x];
    higher[k] = 1;
    expect(probability(model, higher)).toBeGreaterThan(probability(model, x));
  });
});
