/**
 * Which reported values agree. Each report of a quantity is an interval (see the annotate stage's
 * `interval`: "more than four hours" is 4-5, "four hours" 3.75-4.25); the consensus is the value
 * covered by the most independent sources, and a report whose interval misses it conflicts. With
 * 4 / 4.5 / 4.5 / "more than 4", 4.5 is covered by three reports and "four hours" conflicts.
 */
import type { Quantity } from '../types.ts';
import { CURRENCIES } from '../language/lexicon/units.ts';

export { isVague } from '../03-annotate/quantities.ts';

/** True when the quantity's interval contains the point x. */
export function contains(q: Quantity, x: number): boolean {
  return x >= q.low && x <= q.high;
}

/** Points worth testing: each value inside its own interval, and midpoints of pairwise overlaps. */
function candidatePoints(quantities: readonly Quantity[]): number[] {
  const points: number[] = [];
  for (const q of quantities) if (contains(q, q.value)) points.push(q.value);
  for (let a = 0; a < quantities.length; a++) {
    for (let b = a + 1; b < quantities.length; b++) {
      const x = quantities[a] as Quantity;
      const y = quantities[b] as Quantity;
      const low = Math.max(x.low, y.low);
      const high = Math.min(x.high, y.high);
      if (low <= high) points.push((low + high) / 2);
    }
  }
  return points;
}

/**
 * The consensus point of a set of reports, each with the independent source it counts as (and,
 * where known, the outlet that printed it); null when no point is covered by any report.
 */
export function consensus(reports: ReadonlyArray<{ quantity: Quantity; source: string; outlet?: string }>): number | null {
  let best: number | null = null;
  let bestCount = 0;
  let bestOutlets = 0;
  let bestLeftOut = Infinity;
  const tried = new Set<number>();
  for (const point of candidatePoints(reports.map((report) => report.quantity))) {
    if (tried.has(point)) continue;
    tried.add(point);
    const holding = reports.filter((report) => contains(report.quantity, point));
    const sources = new Set(holding.map((report) => report.source));
    // Between points as many sources give, the one more outlets print: two outlets relaying one
    // source ("4.3%" in one, "4.27%, published as 4.3%" in another) agree where both can be read so.
    const outlets = new Set(holding.map((report) => report.outlet ?? report.source)).size;
    // Then the point fewer outlets give a figure against: one outlet's "hundreds of operations" and
    // its "412 operations" both hold 412, where 200 sets its own 412 against it. (Copies of one
    // article count as their outlet once: "4" and two copies of "4.5" still tie.)
    const leftOut = new Set(reports.filter((report) => !contains(report.quantity, point)).map((report) => report.outlet ?? report.source)).size;
    if (sources.size > bestCount || (sources.size === bestCount && (outlets > bestOutlets || (outlets === bestOutlets && leftOut < bestLeftOut)))) {
      best = point;
      bestCount = sources.size;
      bestOutlets = outlets;
      bestLeftOut = leftOut;
    }
  }
  return best;
}

/** A whole number written with a trailing zero ("$10 billion", "20%"): a round figure, whose step the reader cannot know. */
function roundNumber(q: Quantity): boolean {
  const digits = /(\d[\d,]*)(\.\d+)?/.exec(q.surface);
  return digits !== null && digits[2] === undefined && (digits[1] as string).endsWith('0');
}

/**
 * A share or a sum written with a coarser step than another report of it is read as that report's
 * figure rounded to its step ("31 per cent" beside "31.4 percent", "$10 billion" beside "$10.4
 * billion"): within just under half its step, not a quarter. A round figure ("$10 billion", "20%")
 * and counts keep their interval: "280 dead" and "284 dead" are two tolls. Returns the quantities to compare, in order (the same objects when
 * nothing is rounded).
 */
export function asRounded(quantities: readonly Quantity[]): Quantity[] {
  let finest = Infinity;
  for (let k = 0; k < quantities.length; k++) finest = Math.min(finest, (quantities[k] as Quantity).granularity);
  return quantities.map((q) => {
    if (q.qualifier !== 'exact' || q.granularity <= finest || (q.unit !== 'percent' && !CURRENCIES.has(q.unit)) || roundNumber(q)) return q;
    const half = q.granularity * 0.499;
    return { ...q, low: Math.min(q.low, q.value - half), high: Math.max(q.high, q.value + half) };
  });
}
