/**
 * The engine's accuracy on the labelled real stories: the figures the methodology page publishes
 * (src/quality/results.json, written by `npm run train` or `npm run quality`) must be what the
 * engine achieves now, in sample and left out, and no story may fall below its floor, so a change
 * that loses accuracy fails CI. The engine is deterministic: this is not a timed or flaky test.
 */
import { describe, expect, test } from 'vitest';
import { defaultModel } from '../../../src/engine/04-match/model.ts';
import { publishedReport, qualityReport } from '../../../src/quality/report.ts';

/** What a story must keep of recall, verdict accuracy and purity. */
interface Floor {
  recall: number;
  relationAccuracy: number;
  purity: number;
}

/**
 * Floors just below the figures the engine reaches, in sample and left out (each story scored by the
 * model fitted without it: the honest figures, so a change that keeps the stories it was made on but
 * loses on the others fails too).
 */
const FLOORS: Record<string, { inSample: Floor; leaveOneOut: Floor }> = {
  // France's verdict floor fell from 0.45 to 0.40 when sentences glued without a space were split: one
  // claim had been 'corroborated' by a five-sentence run of 07's text that held a gold quote.
  // It fell again, to 0.35, when an edited copy of one wire sentence in two outlets became one source
  // (near-duplicates.ts): 01 and 03 print Reuters' 'rolling strikes' sentence with two words changed,
  // which the gold labels agree with a third outlet the engine does not match; alone they are one report.
  // The same holds, at 0.40, for 'will spill into Wednesday' / 'will spill into today', Reuters copy the
  // gold notes itself as shared by 01 and 03, now one source as the two articles share copy elsewhere.
  '2023-03-france-pension-strike': { inSample: { recall: 0.65, relationAccuracy: 0.5, purity: 0.85 }, leaveOneOut: { recall: 0.7, relationAccuracy: 0.55, purity: 0.85 } },
  '2023-05-turkey-election-first-round': { inSample: { recall: 0.4, relationAccuracy: 0.35, purity: 0.75 }, leaveOneOut: { recall: 0.4, relationAccuracy: 0.35, purity: 0.75 } },
  '2023-06-odisha-train-collision': { inSample: { recall: 0.45, relationAccuracy: 0.45, purity: 0.95 }, leaveOneOut: { recall: 0.5, relationAccuracy: 0.45, purity: 0.95 } },
  // CrowdStrike's left-out floor fell from 0.65 to 0.60 when differing figures came to need a closer
  // frame than agreeing ones (config `conflictThreshold`): fitted without it, the threshold is 0.6, which
  // parts the shares' 20% fall before the market opened from the fall reported later (frame similarity
  // 0.5-0.6); on the made-up probe stories the same rule took conflicting claims 46 -> 34.
  '2024-07-crowdstrike-outage': { inSample: { recall: 0.65, relationAccuracy: 0.65, purity: 0.95 }, leaveOneOut: { recall: 0.6, relationAccuracy: 0.6, purity: 0.9 } },
  'us-russia-talks-riyadh-2025': { inSample: { recall: 0.65, relationAccuracy: 0.55, purity: 0.95 }, leaveOneOut: { recall: 0.7, relationAccuracy: 0.5, purity: 0.95 } },
};

const published = publishedReport();
const report = qualityReport(published.folds);

describe('accuracy on the labelled real stories', () => {
  test('the published figures are what the engine achieves now (run `npm run quality` after an engine change)', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(published);
  });

  test('the committed model was fitted on every labelled story, and each left-out model on all but its own', () => {
    expect([...defaultModel().trainedOn].sort()).toEqual(report.stories.map((story) => story.id).sort());
    for (const story of report.stories) {
      const fold = published.folds[story.id];
      expect(fold?.trainedOn).not.toContain(story.id);
      expect(fold?.trainedOn.length).toBe(report.stories.length - 1);
    }
  });

  const fits = ['inSample', 'leaveOneOut'] as const;
  test.each(report.stories.flatMap((story) => fits.map((fit) => [story.id, fit, story] as const)))('%s (%s) stays at or above its floor, with no false alarm', (id, fit, story) => {
    const floor = FLOORS[id]?.[fit];
    expect(floor, `no floor for ${id}`).toBeDefined();
    const score = story[fit];
    expect(score.recall).toBeGreaterThanOrEqual(floor?.recall ?? 1);
    expect(score.relationAccuracy).toBeGreaterThanOrEqual(floor?.relationAccuracy ?? 1);
    expect(score.purity).toBeGreaterThanOrEqual(floor?.purity ?? 1);
    expect(score.falseAlarms).toBe(0);
  });
});
