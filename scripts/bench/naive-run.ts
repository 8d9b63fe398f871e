/**
 * Child process of the bench: runs the naive all-pairs baseline (naive-baseline.ts) over a content
 * tree, with a time cap, and reports what it did.
 *
 * Usage: node --import tsx scripts/bench/naive-run.ts --content DIR --cap-ms MS
 */
import { parseArgs } from 'node:util';
import { loadCorpus } from '../../src/corpus/load.ts';
import { peakRssMb, report } from './measure.ts';
import { runNaiveBaseline } from './naive-baseline.ts';

const { values } = parseArgs({ options: { content: { type: 'string' }, 'cap-ms': { type: 'string', default: '120000' } } });
if (!values.content) throw new Error('naive-run: --content DIR is required');
const corpus = loadCorpus(values.content);
const result = runNaiveBaseline(corpus, Number(values['cap-ms']));
report({ ...result, peakRssMb: peakRssMb() });
