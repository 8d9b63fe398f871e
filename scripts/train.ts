/**
 * `npm run train`: fits the pair model and its thresholds on the labelled real stories
 * (src/quality/sets), writes the weights the engine uses (src/engine/04-match/weights.json), fits
 * one model without each story in turn (leave one story out) and writes every figure the
 * methodology page publishes (src/quality/results.json). Deterministic: the same stories and code
 * give the same files.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { english } from '../src/engine/language/index.ts';
import { fit, leaveOneOut } from '../src/quality/fit.ts';
import { qualityReport, reportLines, RESULTS_FILE } from '../src/quality/report.ts';
import { labelledSets } from '../src/quality/sets.ts';
import { storyExamples } from '../src/quality/training.ts';

const WEIGHTS = path.resolve(import.meta.dirname, '../src/engine/04-match/weights.json');
const sets = labelledSets();
const lang = english();
const started = performance.now();
const examples = sets.map(storyExamples);
for (const e of examples) console.log(`${e.story.padEnd(38)} ${e.x.length} candidate pairs, ${e.y.filter(Boolean).length} positive`);
const all = fit(sets, examples, lang);
writeFileSync(WEIGHTS, `${JSON.stringify(all.model, null, 1)}\n`);
console.log(`fitted on all ${sets.length} stories: thresholds ${JSON.stringify(all.model.thresholds)}`);
const folds = Object.fromEntries(leaveOneOut(sets, examples, lang).map((fold) => [fold.story, fold.model]));
const report = qualityReport(folds, sets, all.model);
writeFileSync(RESULTS_FILE, `${JSON.stringify(report, null, 1)}\n`);
for (const line of reportLines(report)) console.log(line);
console.log(`wrote ${WEIGHTS} and ${RESULTS_FILE} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
