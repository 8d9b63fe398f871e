/**
 * Proof that a speed-up changed nothing: runs the analysis of a content tree the way the build does
 * (src/analysis/, `--threads auto|N`) and prints a SHA-256 of the whole `CorpusAnalysis`, written
 * out exactly (non-finite numbers, `-0` and `undefined` fields kept apart from absent ones). With
 * `--out FILE` it also writes that text, so two runs can be diffed to find what differs.
 *
 * Usage: node --import tsx scripts/bench/output-digest.ts --content DIR [--threads auto|N] [--out FILE]
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyzeSite } from '../../src/analysis/index.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { ROOT } from './measure.ts';

/** JSON of `value` in which the values JSON would lose or merge are spelt out. */
export function exactJson(value: unknown): string {
  return JSON.stringify(
    value,
    function (this: unknown, _key: string, item: unknown) {
      if (item === undefined) return '\u0000undefined';
      if (typeof item === 'number' && (!Number.isFinite(item) || Object.is(item, -0))) return `\u0000number ${Object.is(item, -0) ? '-0' : String(item)}`;
      if (item instanceof Map) return { '\u0000map': [...item.entries()] };
      if (item instanceof Set) return { '\u0000set': [...item.values()] };
      return item;
    },
    1,
  );
}

const { values } = parseArgs({ options: { content: { type: 'string' }, threads: { type: 'string', default: '0' }, out: { type: 'string' } } });
if (!values.content) throw new Error('output-digest: --content DIR is required');
const threads = values.threads === 'auto' ? 'auto' : Number(values.threads);
const corpus = loadCorpus(values.content);
const run = await analyzeSite(corpus, { root: ROOT, cacheDir: null, workers: threads });
const text = exactJson(run.analysis);
if (values.out) writeFileSync(values.out, text);
const digest = createHash('sha256').update(text).digest('hex');
process.stdout.write(`${digest}  ${run.analysis.claims.length} claims, ${run.workers} threads, ${(text.length / 1e6).toFixed(1)} MB of JSON\n`);
