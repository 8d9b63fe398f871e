/**
 * `npm run quality`: recomputes the published figures (src/quality/results.json) with the committed
 * model and the stored leave-one-out models, without refitting (`npm run train` refits). Run it
 * after an engine change that does not call for new weights.
 */
import { writeFileSync } from 'node:fs';
import { publishedReport, qualityReport, RESULTS_FILE } from '../src/quality/report.ts';

const report = qualityReport(publishedReport().folds);
writeFileSync(RESULTS_FILE, `${JSON.stringify(report, null, 1)}\n`);
const pct = (x: number): string => x.toFixed(2);
for (const story of report.stories) {
  const a = story.inSample;
  const b = story.leaveOneOut;
  console.log(`${story.id.padEnd(38)} in sample R ${pct(a.recall)} V ${pct(a.relationAccuracy)} P ${pct(a.purity)} FA ${a.falseAlarms} | left out R ${pct(b.recall)} V ${pct(b.relationAccuracy)} P ${pct(b.purity)} FA ${b.falseAlarms}`);
}
console.log(`wrote ${RESULTS_FILE}`);
