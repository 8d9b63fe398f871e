/**
 * Screen-reader announcements of the result count: a polite live region updated once typing pauses,
 * so a reader hears "12 claims, 3 people" once rather than at every keystroke.
 */
import { countLabel } from './render.ts';
import type { SearchResults } from './site-search.ts';

/** The sentence that describes a set of results. */
export function resultSummary(results: SearchResults): string {
  if (!results.searchable) return results.query.text ? 'Keep typing: at least two letters.' : '';
  if (results.total === 0) return `No results for “${results.query.text}”.`;
  const parts = results.groups.filter((group) => group.total > 0).map((group) => countLabel(group.kind, group.total));
  return `${parts.join(', ')} for “${results.query.text}”.`;
}

/** Updates a live region after a pause. */
export class Announcer {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly region: HTMLElement,
    private readonly delayMs = 600,
  ) {}

  /** Announces `text` once nothing else has been announced for a moment. */
  say(text: string): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      // Same text twice would not be announced again: clear first.
      if (this.region.textContent === text) this.region.textContent = '';
      this.region.textContent = text;
    }, this.delayMs);
  }

  /** Drops a pending announcement. */
  cancel(): void {
    clearTimeout(this.timer);
  }
}
