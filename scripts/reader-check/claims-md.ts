/**
 * Writes the claims a strict reader judges (docs/reader-checks/<date>/claims.md): every claim of the
 * labelled real stories with evidence from two or more outlets or a contested verdict, with its
 * statement, explanation, confidence and evidence (stance, outlet, article, sentence, and the clause
 * the claim rests on when it is a part of the sentence). Claims are numbered #S<story>-<n>.
 *
 *   tsx scripts/reader-check/claims-md.ts <title line> > docs/reader-checks/<folder>/claims.md
 */
import { loadCorpus } from '../../src/corpus/load.ts';
import { analyzeContent } from '../../src/corpus/analyze.ts';
import { labelledSets } from '../../src/quality/sets.ts';

const CONTESTED = new Set(['conflicting', 'disputed']);
const title = process.argv[2] ?? 'Claims to judge';
const lines: string[] = [`# ${title}`, ''];
for (const [n, set] of labelledSets().entries()) {
  const analysis = analyzeContent(loadCorpus(set.content));
  lines.push(`=== STORY ${set.id}`, '');
  let k = 0;
  for (const claim of analysis.claims) {
    const outlets = new Set(claim.evidence.map((e) => e.outlet));
    if (outlets.size < 2 && !CONTESTED.has(claim.verdict)) continue;
    lines.push(`#S${n + 1}-${++k} [${claim.verdict}] kind=${claim.kind} confidence=${claim.confidence.toFixed(2)}`);
    lines.push(`STATEMENT: ${claim.statement}`, `EXPLANATION: ${claim.explanation}`);
    for (const e of claim.evidence) {
      lines.push(`  - ${e.stance} | ${e.outlet} | ${e.article}: ${e.text}`);
      const [from, to] = e.clause;
      if (from > 0 || to < e.text.length) lines.push(`      (clause used: ${e.text.slice(from, to)})`);
    }
    lines.push('');
  }
}
process.stdout.write(`${lines.join('\n')}\n`);
