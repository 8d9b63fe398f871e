/**
 * Prints the bench results as plain-text tables (and Markdown tables for the README draft).
 */
import type { BenchResults } from './results.ts';
import { buildTimeSections, siteSections } from './site-figures.ts';
import type { TreeComparison } from './tree-diff.ts';

const n = (value: number): string => value.toLocaleString('en-US');
const s = (ms: number): string => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${n(Math.round(ms))} ms`);
const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;

/** Whether the rebuild's output equals the clean build's: `byte-identical (N files)` or what differs. */
function identity(comparison: TreeComparison | undefined): string {
  if (!comparison) return '-';
  if (comparison.differing === 0) return `byte-identical (${comparison.files.toLocaleString('en-US')} files)`;
  return `NO: ${comparison.differing} files differ (${comparison.examples.slice(0, 3).join(', ')})`;
}

/** Aligns rows into columns; numbers (and their units) are right-aligned. */
export function formatTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)));
  const right = header.map((_, i) => rows.every((row) => /^[\d<>~.,-]/.test(row[i] ?? '') || (row[i] ?? '') === ''));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, i) => (right[i] ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

/** The same table in Markdown. */
export function markdownTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

/** The sections of the report as [title, header, rows]. */
export function sections(results: BenchResults): Array<[string, string[], string[][]]> {
  const out: Array<[string, string[], string[][]]> = [];
  out.push([
    'Generated corpora',
    ['articles', 'stories', 'outlets', 'sentences (as generated)', 'size', 'generate'],
    results.corpus.map((c) => [n(c.articles), n(c.stories), n(c.outlets), n(c.sentences), mb(c.bytes), s(c.generateMs)]),
  ]);
  out.push([
    'Engine as the build runs it (worker threads when it pays; median of fresh-process runs) vs the naive all-pairs baseline',
    ['articles', 'sentences', 'claims', 'engine', 'articles/s', 'threads', 'runs', 'CPU (all threads)', 'ms/1k sent.', 'peak RSS', 'naive all-pairs', 'naive pairs', 'engine/naive'],
    results.engine.map((e) => {
      const naive = results.naiveBaseline.find((entry) => entry.articles === e.articles);
      const naiveText = naive ? (naive.cutOff ? `> ${s(naive.ms)} (cut off; est. ${s(naive.estimatedMs ?? 0)})` : s(naive.ms)) : '-';
      return [
        n(e.articles), n(e.sentences), n(e.claims), s(e.ms), e.articlesPerSecond === undefined ? '-' : n(e.articlesPerSecond), e.threads === undefined ? '-' : String(e.threads), String(e.runs),
        e.cpuMs === undefined ? '-' : s(e.cpuMs), e.msPer1kSentences.toFixed(0), `${n(e.peakRssMb)} MB`, naiveText, naive ? n(naive.pairs) : '-', naive ? naive.engineRatio.toFixed(2) : '-',
      ];
    }),
  ]);
  const single = results.engine.filter((e) => e.singleThread);
  if (single.length > 0) {
    out.push([
      'Engine on one thread (analyzeCorpus), median of as many runs, and what the threads gain',
      ['articles', 'one thread', 'articles/s', 'CPU', 'peak RSS', 'threads gain (wall)'],
      single.map((e) => {
        const one = e.singleThread as NonNullable<typeof e.singleThread>;
        return [n(e.articles), s(one.ms), n(one.articlesPerSecond), s(one.cpuMs), `${n(one.peakRssMb)} MB`, `${(one.ms / e.ms).toFixed(2)}×`];
      }),
    ]);
  }
  if (results.stages && 'times' in results.stages) {
    const { times } = results.stages;
    out.push([
      `Engine stages on one thread at ${n(results.stages.articles)} articles (sum over stories; ${n(times.candidatePairs)} candidate pairs)`,
      ['stage', 'time', 'share'],
      Object.entries(times.stagesMs).map(([name, ms]) => [name, s(ms), `${((ms / times.totalMs) * 100).toFixed(0)}%`]),
    ]);
  }
  if (results.rebuild) {
    out.push([
      'Rebuild after adding one article: the analysis step (load + analyse), clean vs with the cache',
      ['articles', 'first build', 'clean rebuild', 'cached rebuild', 'stories analysed (cached)', 'clean / cached', 'CPU clean / cached'],
      results.rebuild.map((r) => [
        n(r.articles), s(r.first.ms), s(r.clean.ms), s(r.cached.ms), `${n(r.cached.analysed)} of ${n(r.cached.stories)}`, `${r.speedup.toFixed(1)}×`, `${s(r.clean.cpuMs)} / ${s(r.cached.cpuMs)}`,
      ]),
    ]);
  }
  if (results.scaling) {
    const c = results.scaling;
    out.push([
      'Scaling (engine, largest size / smallest size)',
      ['sizes', 'size ratio', 'wall-time ratio', 'CPU-time ratio'],
      [[`${n(c.from)} → ${n(c.to)}`, c.sizeRatio.toFixed(1), c.timeRatio.toFixed(2), c.cpuTimeRatio === undefined ? '-' : c.cpuTimeRatio.toFixed(2)]],
    ]);
  }
  if (results.build) {
    out.push([
      'Full astro build',
      ['articles', 'build', 'CPU', 'pages', 'pages/s', 'dist', 'peak RSS', 'engine share', 'rebuild after +1 article (cache kept)', 'same content, empty cache', 'rebuild = clean?'],
      results.build.map((b) => [
        n(b.articles),
        s(b.ms),
        b.cpuMs === undefined || b.cpuMs === null ? '-' : s(b.cpuMs),
        n(b.pages),
        b.pagesPerSecond.toFixed(1),
        mb(b.distBytes),
        b.peakRssMb === null ? '-' : `${n(b.peakRssMb)} MB`,
        b.engineShare === null ? '-' : `${(b.engineShare * 100).toFixed(0)}%`,
        b.rebuild ? `${s(b.rebuild.ms)}${b.rebuild.cpuMs ? ` (CPU ${s(b.rebuild.cpuMs)})` : ''}` : '-',
        b.rebuild?.clean ? `${s(b.rebuild.clean.ms)}${b.rebuild.clean.cpuMs ? ` (CPU ${s(b.rebuild.clean.cpuMs)})` : ''}` : '-',
        identity(b.rebuild?.clean?.comparison),
      ]),
    ]);
    out.push(...buildTimeSections(results.build));
    out.push(...siteSections(results.build));
  }
  if (results.search) {
    const search = results.search;
    out.push([
      'Search (scripts/bench-search.ts, headless Chromium)',
      ['claims', 'first query gz (largest)', 'median', 'p95'],
      'claims' in search ? [[n(search.claims), `${(search.payloadGzBytes / 1000).toFixed(1)} KB`, `${search.medianMs} ms`, `${search.p95Ms} ms`]] : [[`error: ${search.error}`, '', '', '']],
    ]);
  }
  if (results.cards) {
    const cards = results.cards;
    out.push([
      'Share cards (scripts/bench-cards.ts)',
      ['cards', 'per card median', 'p95', 'size median', 'size max', 'from cache'],
      'cards' in cards
        ? [[n(cards.cards), `${cards.medianMs} ms`, `${cards.p95Ms} ms`, `${(cards.medianBytes / 1000).toFixed(1)} KB`, `${(cards.maxBytes / 1000).toFixed(1)} KB`, `${cards.cachedMedianMs} ms`]]
        : [[`error: ${cards.error}`, '', '', '', '', '']],
    ]);
  }
  if (results.lighthouse) {
    out.push([
      `Lighthouse ${results.lighthouseSite ? `(${results.lighthouseSite.content} under ${results.lighthouseSite.base}, mobile, median of ${results.lighthouseSite.runs})` : ''}`,
      ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP', 'TBT', 'CLS', 'transfer'],
      Object.entries(results.lighthouse).map(([page, l]) => [
        page,
        `${l.performance} (${l.performanceRuns.join('/')})`,
        String(l.accessibility),
        String(l.bestPractices),
        String(l.seo),
        `${n(l.metrics.lcpMs)} ms`,
        `${n(l.metrics.tbtMs)} ms`,
        String(l.metrics.cls),
        `${(l.transferBytes / 1000).toFixed(1)} KB`,
      ]),
    ]);
  }
  out.push(['Budgets', ['budget', 'limit', 'measured', 'result'], results.budgets.map((b) => [b.name, b.limit, b.value, b.pass === null ? 'n/a' : b.pass ? 'PASS' : 'FAIL'])]);
  return out;
}

/** The whole report as text. */
export function formatReport(results: BenchResults): string {
  const m = results.machine;
  const header =
    `${results.command} — ${results.generated}\n` +
    `${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, Node ${m.node}${m.chromium ? `, ${m.chromium}` : ''}; ` +
    `commit ${m.commit ?? '?'}${m.dirty ? ' + uncommitted changes' : ''}; load average ${(m.loadAverageStart ?? []).join('/')} at start` +
    (m.loadAverageEnd ? `, ${m.loadAverageEnd.join('/')} at end` : '');
  const parts = [header, ...sections(results).map(([title, columns, rows]) => `${title}\n${formatTable(columns, rows)}`)];
  if (results.claimPage) {
    parts.push(
      `Claim page weight (${results.claimPage.page}), gzipped:\n` +
        results.claimPage.files.map((file) => `  ${file.file}: ${n(file.gz)} B (raw ${n(file.bytes)} B)`).join('\n') +
        `\n  total: ${n(results.claimPage.totalGz)} B`,
    );
  }
  if (results.profile) {
    const { stages, cpu } = results.profile;
    const lines = [`Profile at ${n(results.profile.articles)} articles`];
    if (stages) {
      lines.push(
        `  stages (sum over stories): ${Object.entries(stages.stagesMs).map(([name, ms]) => `${name} ${s(ms)}`).join(', ')}; ` +
          `candidate pairs ${n(stages.candidatePairs)}`,
        `  ms per article by story size: ${Object.entries(stages.msPerArticleBySize)
          .map(([size, ms]) => `${size}: ${ms}`)
          .join(', ')}`,
        `  slowest stories: ${stages.slowestStories.map((story) => `${story.id} (${story.articles} art., ${s(story.ms)})`).join('; ')}`,
      );
    }
    if (cpu) {
      lines.push(`  CPU self time by stage/area (of ${s(cpu.totalMs)}):`);
      for (const entry of cpu.byStage) lines.push(`    ${(entry.share * 100).toFixed(1).padStart(5)}%  ${s(entry.ms).padStart(8)}  ${entry.stage}`);
      lines.push('  hottest functions (self time):');
      for (const entry of cpu.byFunction) lines.push(`    ${(entry.share * 100).toFixed(1).padStart(5)}%  ${s(entry.ms).padStart(8)}  ${entry.fn}`);
    }
    parts.push(lines.join('\n'));
  }
  if (results.notes.length > 0) parts.push(`Notes:\n${results.notes.map((note) => `  - ${note}`).join('\n')}`);
  return `${parts.join('\n\n')}\n`;
}

/** The report's tables in Markdown, for the README's Performance section. */
export function formatMarkdown(results: BenchResults): string {
  return `${sections(results)
    .map(([title, columns, rows]) => `**${title}**\n\n${markdownTable(columns, rows)}`)
    .join('\n\n')}\n`;
}
