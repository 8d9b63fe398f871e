// node scripts/reader-check/make-gold.mjs <story dir> (or <round>/make-gold.mjs, which runs this) : reads <story>/spec.mjs, checks every quote is a verbatim substring of its
// article body (text after the header block) and prints body lengths; writes GOLD.md and gold.json.
import fs from 'node:fs'; import path from 'node:path'; import { pathToFileURL } from 'node:url';
const dir = path.resolve(process.argv[2]);
const spec = (await import(pathToFileURL(path.join(dir, 'spec.mjs')).href)).default;
const files = fs.readdirSync(dir).filter(f => /^\d\d-.*\.txt$/.test(f)).sort();
const body = {}; let bad = 0;
for (const f of files) { const t = fs.readFileSync(path.join(dir, f), 'utf8'); body[f] = t.split(/\n\s*\n/).slice(1).join('\n\n'); console.log(f, body[f].length); }
let nq = 0; const rel = {};
for (const c of spec.claims) {
  rel[c.relation] = (rel[c.relation] || 0) + 1;
  for (const [f, qs] of Object.entries(c.sources)) {
    if (!body[f]) { console.log('NO FILE', c.id, f); bad++; continue; }
    for (const q of qs) { nq++; const n = body[f].split(q).length - 1; if (n < 1) { console.log('NOT VERBATIM', c.id, f, JSON.stringify(q)); bad++; } }
  }
}
const ids = spec.claims.map(c => c.id); if (new Set(ids).size !== ids.length) { console.log('DUP IDS'); bad++; }
const R = { agree: 'AGREE', conflict: 'CONFLICT', disputed: 'DISPUTED', variance: 'VARIANCE' };
const json = { about: spec.about, claims: spec.claims.map((c, i) => ({ id: c.id, gold: `C${i + 1}`, statement: c.statement, relation: c.relation, sources: c.sources })), duplicates: [] };
fs.writeFileSync(path.join(dir, 'gold.json'), JSON.stringify(json, null, 1) + '\n');
let md = `# GOLD: ${path.basename(dir)} (written before any engine run)\n\n${spec.event}\n\n## Files\n\n| file | outlet | date | notes |\n|---|---|---|---|\n`;
for (const r of spec.files) md += `| ${r[0]} | ${r[1]} | ${r[2]} | ${r[3]} |\n`;
md += `\n## Claims\n\nQuotes are verbatim substrings of each article body (the text after the header block), checked against the files by a script before any engine run. "Files" lists every file in the set that states the claim.\n`;
spec.claims.forEach((c, i) => {
  md += `\n### C${i + 1}. \`${c.id}\`: **${R[c.relation]}**\n\n${c.statement}\n\nFiles: ${Object.keys(c.sources).join(', ')}\n\n`;
  for (const [f, qs] of Object.entries(c.sources)) for (const q of qs) md += `- \`${f}\`: "${q}"\n`;
  if (c.note) md += `\nNote: ${c.note}\n`;
});
md += `\n## Traps\n\n${spec.traps.map(t => `- ${t}`).join('\n')}\n\n## Summary\n\n${spec.claims.length} claims: ${Object.entries(rel).map(([k, v]) => `${k} ${v}`).join(', ')}; ${nq} quotes.\n`;
fs.writeFileSync(path.join(dir, 'GOLD.md'), md);
console.log(bad ? `${bad} PROBLEMS` : 'all quotes verbatim', `${spec.claims.length} claims, ${nq} quotes`, rel);
