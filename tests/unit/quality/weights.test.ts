/**
 * The committed pair model is reproducible: fitting it again on the labelled stories, as
 * `npm run train` does, gives exactly the weights, bias and thresholds in weights.json. A change to
 * the features, the rules that make the units or the training that is not followed by
 * `npm run train` fails here, rather than leaving the engine on a model today's code would not fit.
 */
import { expect, test } from 'vitest';
import { defaultModel } from '../../../src/engine/04-match/model.ts';
import { fit } from '../../../src/quality/fit.ts';
import { labelledSets } from '../../../src/quality/sets.ts';
import { storyExamples } from '../../../src/quality/training.ts';

test('weights.json is what `npm run train` fits on the labelled stories today', () => {
  const sets = labelledSets();
  const { model } = fit(sets, sets.map(storyExamples));
  expect(JSON.parse(JSON.stringify(model))).toEqual(defaultModel());
}, 120_000);
