/**
 * A story result as bytes (pack.ts): read back, it is the result value for value; its evidence
 * texts, which its sentences already hold, are not in the bytes; and serializing leaves the result
 * the caller holds as it was.
 */
import { serialize } from 'node:v8';
import { expect, test } from 'vitest';
import { readResult, serializeResult } from '../../../src/analysis/pack.ts';
import { analyzeStory, outletMap, stageContext, storyTasks } from '../../../src/engine/index.ts';
import { markdownToBlocks } from '../../../src/markdown/blocks.ts';
import { corpusOf, outlet } from '../engine/support/corpus.ts';

const corpus = corpusOf(
  [
    { id: 'a', outlet: 'one-daily', body: ['The four-hour meeting in Riyadh ended without a deal on Tuesday.', 'Officials said talks would resume next week.'] },
    { id: 'b', outlet: 'two-herald', body: ['Tuesday’s four-hour meeting in Riyadh produced no breakthrough.', 'Officials said the talks would resume next week.'] },
  ],
  { outlets: [outlet('one-daily'), outlet('two-herald')] },
);

test('a result read back from its bytes is the result; the bytes leave out every evidence text; the result is untouched', () => {
  const ctx = stageContext(corpus, { textBlocks: markdownToBlocks });
  const result = analyzeStory(storyTasks(corpus)[0] as ReturnType<typeof storyTasks>[number], ctx, outletMap(corpus));
  const before = structuredClone(result);
  const evidence = result.claims.flatMap((claim) => claim.evidence);
  expect(evidence.length).toBeGreaterThan(2);
  const raw = serializeResult(result);
  expect(result).toEqual(before);
  expect(readResult(raw)).toEqual(result);
  // Every evidence sentence's text is one of the article sentences', and none is in the bytes twice.
  const plain = serialize(result).byteLength;
  const texts = evidence.reduce((sum, e) => sum + serialize(e.text).byteLength - 3, 0);
  expect(raw.byteLength).toBeLessThanOrEqual(plain - texts + evidence.length * 2);
});
