/**
 * `npm run quality`: recomputes the published figures (src/quality/results.json) with the committed
 * model and the stored leave-one-out models, without refitting (`npm run train` refits). Run it
 * after an engine change that does not call for new weights.
 */
import { writeFileSync } from 'node:fs';
import { publishedReport, qualityReport, reportLines, RESULTS_FILE } from '../src/quality/report.ts';

const report = qualityReport(publishedReport().folds);
writeFileSync(RESULTS_FILE, `${JSON.stringify(report, null, 1)}\n`);
for (const line of reportLines(report)) console.log(line);
console.log(`wrote ${RESULTS_FILE}`);
