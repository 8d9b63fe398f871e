/**
 * `/data/claims.csv`: which outlets support, conflict with or deny each claim, for spreadsheets.
 * One row per claim that more than one outlet reports (a claim of one outlet is one cell of the
 * matrix, as on story pages; claims.json has every claim: two thirds of a year's claims, 11 MB of
 * rows); its stances are three columns that list outlet ids (space-separated, like the flags), the
 * claim × outlet matrix written sparsely: with one column per outlet, a year's 250 outlets made
 * every row 250 cells wide, nearly all empty (about 35 MB of commas and metadata).
 * RFC 4180 (CRLF, quoted fields), and safe to open: a cell that a spreadsheet would run as a
 * formula (= + - @, tab, CR) gets a leading apostrophe.
 */
import type { CorpusAnalysis, Stance } from '../engine/types.ts';

/** Which stance an outlet's cell shows when its articles take several: the most telling one. */
const PRIORITY: Record<Stance, number> = { denies: 3, conflicts: 2, supports: 1 };

/** One CSV field: formula-neutralised, then quoted if it contains a comma, quote or line break. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Builds the CSV text: one row per claim more than one outlet reports, then the outlets that support it, conflict with it and deny it. */
export function buildClaimsCsv(analysis: CorpusAnalysis): string {
  const header = ['claim', 'story', 'kind', 'verdict', 'flags', 'statement', 'supports', 'conflicts', 'denies'];
  const rows = analysis.claims.flatMap((claim) => {
    const cells = new Map<string, Stance>();
    for (const e of claim.evidence) {
      const current = cells.get(e.outlet);
      if (!current || PRIORITY[e.stance] > PRIORITY[current]) cells.set(e.outlet, e.stance);
    }
    if (cells.size < 2) return [];
    const outlets = [...cells.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const taking = (stance: Stance): string => outlets.filter((outlet) => cells.get(outlet) === stance).join(' ');
    return [[claim.id, claim.story, claim.kind, claim.verdict, claim.flags.join(' '), claim.statement, taking('supports'), taking('conflicts'), taking('denies')]];
  });
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
