/**
 * Where an `astro build` spends its time, read from its log: each line is stamped with the time the
 * bench received it (build.ts), and the lines Astro and the site's integrations print mark the
 * phases. Pages are counted by kind: rendered or kept from the page cache (src/lib/page-cache.ts),
 * with the wall time each kind took.
 */

/** One line of a build's output, with the milliseconds since the build started. */
export interface LogLine {
  ms: number;
  text: string;
}

/** One phase of a build, in order. */
export interface BuildPhase {
  name: string;
  ms: number;
}

/**
 * The pages of one kind (route group): how many were rendered and kept, and the wall time they took:
 * the time between the log lines of consecutive pages, counted to the kind of the later one (Astro
 * renders two pages at a time, astro.config.mjs, so its own per-page times overlap and would add up
 * to more than the build took).
 */
export interface PageGroup {
  group: string;
  rendered: number;
  restored: number;
  ms: number;
}

/** A build's time by phase and its pages by kind. */
export interface BuildProfile {
  phases: BuildPhase[];
  pages: PageGroup[];
}

/**
 * Phase boundaries: a phase ends at the first line (after the previous boundary) that matches. The
 * integrations' lines after the pages may come in any order (the integrations' order in the config).
 */
const BOUNDARIES: ReadonlyArray<readonly [string, RegExp]> = [
  ['config and content check', /\[factcheck:content-guard\] content OK/],
  ['content layer sync', /\[content\] Synced content/],
  ['types and Vite bundles', /generating static routes/],
  ['content and analysis', /\[analysis\] \d+ stories/],
  ['page cache keys', /\[page-cache\]/],
  ['other static paths', /[├└]─ /],
  ['pages (render or restore)', /✓ Completed in (?:\d+m )?[\d.]+m?s\.\s*$/],
];
const AFTER_PAGES: ReadonlyArray<readonly [string, RegExp]> = [
  ['small claim pages', /small claim pages written/],
  ['sitemap', /sitemap-index\.xml` created/],
];

/** The kind of page a built file is, e.g. `claims`, `stories/<id>/`, `stories (lists)` or `people (lists)`. */
export function pageGroup(file: string): string {
  const parts = file.replace(/^\/+/, '').split('/');
  const [top = '', second = '', third = ''] = parts;
  if (parts.length === 1) return '(root)';
  if (top === 'stories') {
    if (['contested', 'month', 'page', 'index.html'].includes(second)) return 'stories (lists)';
    if (third === 'rss.xml') return 'stories/<id>/rss.xml';
    return 'stories/<id>/';
  }
  if (top === 'claims' && (/^\d+$/.test(second) || parts.length === 2)) return 'claims (index, lists)';
  if (['people', 'organisations', 'outlets'].includes(top) && (second === 'index.html' || second === 'page')) return `${top} (lists)`;
  return top;
}

/** A page's part of the log: its marker and path, and `(cached)` or `(restored)` when it was kept. */
const PAGE = /^[├└]─ (\S+?)(?: \((cached|restored)\))?(?=\s|$)/;
/** The time Astro prints before a page's marker, which ends up after the path of a page still rendering. */
const TRAILING_TIME = /\d{1,2}:\d\d:\d\d$/;

/** One page as the log shows it: its output file, whether it was kept, when its line arrived. */
export interface PageLine {
  file: string;
  kept: boolean;
  ms: number;
}

/**
 * The pages in a build's log, in order. Astro prints `├─ <path>` before it renders a page and the
 * render time (or `(cached)`) after it, and renders two at a time, so a line can hold the path of a
 * page still rendering, then (after its time stamp) the next page's; `(cached)` always follows its
 * own path at once.
 */
export function pageLines(lines: readonly LogLine[]): PageLine[] {
  const found: PageLine[] = [];
  for (const line of lines) {
    if (!line.text.includes('─ ')) continue;
    for (const part of line.text.split(/(?=[├└]─ )/)) {
      const match = PAGE.exec(part);
      if (!match) continue;
      const [, path = '', kept] = match;
      found.push({ file: path.replace(TRAILING_TIME, ''), kept: kept !== undefined, ms: line.ms });
    }
  }
  return found;
}

/** The profile of one build from its stamped log lines; `endMs` is when the process exited. */
export function buildProfile(lines: readonly LogLine[], endMs: number): BuildProfile {
  const ends: Array<{ name: string; at: number }> = [];
  let index = 0;
  for (const [name, pattern] of BOUNDARIES) {
    const at = lines.findIndex((line, i) => i >= index && pattern.test(line.text));
    if (at === -1) continue;
    ends.push({ name, at });
    index = at + 1;
  }
  for (const [name, pattern] of AFTER_PAGES) {
    const at = lines.findIndex((line, i) => i >= index && pattern.test(line.text));
    if (at !== -1) ends.push({ name, at });
  }
  ends.sort((a, b) => a.at - b.at);
  const phases: BuildPhase[] = [];
  let from = 0;
  for (const { name, at } of ends) {
    const ms = (lines[at] as LogLine).ms;
    phases.push({ name, ms: Math.round(ms - from) });
    from = ms;
  }
  phases.push({ name: 'rest (page count, exit)', ms: Math.round(endMs - from) });
  const groups = new Map<string, PageGroup>();
  let previous: number | undefined;
  for (const page of pageLines(lines)) {
    const name = pageGroup(page.file);
    const group = groups.get(name) ?? { group: name, rendered: 0, restored: 0, ms: 0 };
    if (page.kept) group.restored++;
    else group.rendered++;
    group.ms += previous === undefined ? 0 : page.ms - previous;
    previous = page.ms;
    groups.set(name, group);
  }
  const pages = [...groups.values()].map((group) => ({ ...group, ms: Math.round(group.ms) })).sort((a, b) => b.ms - a.ms || a.group.localeCompare(b.group));
  return { phases, pages };
}

/** Splits output chunks into stamped lines (a line is stamped when its end arrives). */
export class LineStamper {
  readonly lines: LogLine[] = [];
  #partial = '';

  /** Adds a chunk received `ms` after the start. */
  push(chunk: string, ms: number): void {
    const text = this.#partial + chunk;
    const parts = text.split('\n');
    this.#partial = parts.pop() ?? '';
    // Astro's colours and the carriage returns of its progress lines are not part of the text.
    for (const part of parts) this.lines.push({ ms, text: stripAnsi(part) });
  }

  /** Stamps what is left without a newline. */
  end(ms: number): LogLine[] {
    if (this.#partial) this.lines.push({ ms, text: stripAnsi(this.#partial) });
    this.#partial = '';
    return this.lines;
  }
}

/**
 * The lines of a whole build log, unstamped (ms 0), as LineStamper gives them: Astro colours its log
 * whenever `CI` is set (piccolore), as CI does, so a page's line is `├─ \x1b[2m/path\x1b[22m` there.
 */
export function logLines(output: string): LogLine[] {
  const stamper = new LineStamper();
  stamper.push(output, 0);
  return stamper.end(0);
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m|\r/g;

function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}
