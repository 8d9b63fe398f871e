/**
 * The engine's accuracy on the labelled real stories: the figures the methodology page publishes
 * (src/quality/results.json, written by `npm run quality`) must be what the engine achieves now, and
 * no story may fall below its floor, so a change that loses accuracy fails CI. The engine is
 * deterministic: this is not a timed or flaky test.
 */
import { describe, expect, test } from 'vitest';
import { publishedReport, qualityReport } from '../../../src/quality/report.ts';

/** Floors at the figures the engine reaches (recall, verdict accuracy, purity) per story. */
const FLOORS: Record<string, { recall: number; relationAccuracy: number; purity: number }> = {
  '2023-03-france-pension-strike': { recall: 0.6, relationAccuracy: 0.55, purity: 0.6 },
  '2023-05-turkey-election-first-round': { recall: 0.1, relationAccuracy: 0.1, purity: 0.35 },
  '2023-06-odisha-train-collision': { recall: 0.4, relationAccuracy: 0.2, purity: 0.6 },
  '2024-07-crowdstrike-outage': { recall: 0.45, relationAccuracy: 0.45, purity: 0.55 },
  'us-russia-talks-riyadh-2025': { recall: 0.8, relationAccuracy: 0.75, purity: 1 },
};

const report = qualityReport();

describe('accuracy on the labelled real stories', () => {
  test('the published figures are the figures the engine achieves now (run `npm run quality` after an engine change)', () => {
    expect(publishedReport()).toEqual(JSON.parse(JSON.stringify(report)));
  });

  test.each(report.stories.map((story) => [story.id, story] as const))('%s stays at or above its floor', (id, story) => {
    const floor = FLOORS[id];
    expect(floor, `no floor for ${id}`).toBeDefined();
    expect(story.inSample.recall).toBeGreaterThanOrEqual(floor?.recall ?? 1);
    expect(story.inSample.relationAccuracy).toBeGreaterThanOrEqual(floor?.relationAccuracy ?? 1);
    expect(story.inSample.purity).toBeGreaterThanOrEqual(floor?.purity ?? 1);
  });
});
