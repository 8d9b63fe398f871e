/** A weights file trained on other features is refused with a message that says how to fix it. */
import { expect, test, vi } from 'vitest';
import { defaultModel } from '../../../../src/engine/04-match/model.ts';

vi.mock('../../../../src/engine/04-match/weights.json', () => ({
  default: { features: ['cosAll', 'retiredFeature'], weights: [1, 2], bias: 0, thresholds: { link: 0.5, cluster: 0.5, minLink: 0.3, frame: 0.4, conflict: 0.4 }, trainedOn: [] },
}));

test('stale weights name the file, the features they were trained on and the command that retrains them', () => {
  expect(() => defaultModel()).toThrow(/src\/engine\/04-match\/weights\.json was trained on other features \(cosAll, retiredFeature\); run npm run train/);
});
