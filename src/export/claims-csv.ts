/**
 * `/data/claims.csv`: the claim × outlet stance matrix, for spreadsheets. RFC 4180 (CRLF, quoted
 * fields), and safe to open: a cell that a spreadsheet would run as a formula (= + - @, tab, CR)
 * gets a leading apostrophe.
 */
import type { CorpusAnalysis, Stance } from '../engine/types.ts';

/** Which stance an outlet's cell shows when its articles take several: the most telling one. */
const PRIORITY: Record<Stance, number> = { denies: 3, conflicts: 2, supports: 1 };

/** One CSV field: formula-neutralised, then quoted if it contains a comma, quote or line break. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Builds the CSV text: one row per claim, one column per outlet, cells supports/conflicts/denies/empty. */
export function buildClaimsCsv(analysis: CorpusAnalysis): string {
  const outlets = [...analysis.outlets].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const header = ['claim', 'story', 'kind', 'verdict', 'flags', 'statement', ...outlets.map((outlet) => outlet.id)];
  const rows = analysis.claims.map((claim) => {
    const cells = new Map<string, Stance>();
    for (const e of claim.evidence) {
      const current = cells.get(e.outlet);
      if (!current || PRIORITY[e.stance] > PRIORITY[current]) cells.set(e.outlet, e.stance);
    }
    return [
      claim.id,
      claim.story,
      claim.kind,
      claim.verdict,
      claim.flags.join(' '),
      claim.statement,
      ...outlets.map((outlet) => cells.get(outlet.id) ?? ''),
    ];
  });
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
