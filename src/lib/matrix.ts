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
