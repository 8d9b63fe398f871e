/**
 * `npm run quality`: scores the engine on every labelled real story (src/quality/sets) and writes
 * the figures the methodology page publishes to src/quality/results.json. A unit test recomputes
 * them, so the published figures cannot drift from what the engine does.
 */
import { writeFileSync } from 'node:fs';
import { qualityReport, RESULTS_FILE } from '../src/quality/report.ts';

const report = qualityReport();
writeFileSync(RESULTS_FILE, `${JSON.stringify(report, null, 1)}\n`);
const pct = (x: number): string => x.toFixed(2);
for (const story of report.stories) {
  const s = story.inSample;
  console.log(`${story.id.padEnd(38)} recall ${pct(s.recall)} (${s.found}/${s.scored})  verdicts ${pct(s.relationAccuracy)}  purity ${pct(s.purity)} (${s.pure}/${s.purityChecked})  false alarms ${s.falseAlarms}/${s.alarms}`);
}
console.log(`wrote ${RESULTS_FILE}`);
