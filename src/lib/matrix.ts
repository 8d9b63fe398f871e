/** The claim × outlet agreement matrix of a story, as plain data for the table and tests. */
import type { Claim, Stance } from '../engine/types.ts';

/** What one outlet says about one claim: its strongest stance, or nothing. */
export type Cell = Stance | 'none';

/** Denial outranks conflict, which outranks support: the cell shows the most contested stance. */
const RANK: Record<Cell, number> = { denies: 3, conflicts: 2, supports: 1, none: 0 };

/** For each claim, the cell of each outlet (in the given outlet order). */
export function agreementMatrix<C extends Claim>(claims: readonly C[], outlets: readonly string[]): Array<{ claim: C; cells: Cell[] }> {
  return claims.map((claim) => ({
    claim,
    cells: outlets.map((outlet) =>
      claim.evidence
        .filter((evidence) => evidence.outlet === outlet)
        .reduce<Cell>((best, evidence) => (RANK[evidence.stance] > RANK[best] ? evidence.stance : best), 'none'),
    ),
  }));
}

/** How each cell is written: a one-letter class (s, c, d) and its words; "not mentioned" is an empty cell without a class. */
export const CELL_HTML: Record<Cell, { className: string; text: string }> = {
  supports: { className: 's', text: 'Supports' },
  conflicts: { className: 'c', text: 'Conflicts' },
  denies: { className: 'd', text: 'Denies' },
  none: { className: '', text: '' },
};

/**
 * A row's cells as HTML, as short as it can be (a 50 × 50 page has 2,500 of them):
 * `<td class="s">Supports`, and an empty cell for an outlet that does not mention the claim
 * (the table's caption says so). A cell's end tag is optional when another cell or the row's end
 * follows, as here (the cells end the row), so none is written. Only fixed words are written, never
 * content, so nothing needs escaping.
 */
export function cellsHtml(cells: readonly Cell[]): string {
  return cells.map((cell) => (cell === 'none' ? '<td>' : `<td class="${CELL_HTML[cell].className}">${CELL_HTML[cell].text}`)).join('');
}
