/**
 * Share cards at scale: draws the cards of N synthetic claims (default 2,000, statements of the
 * lengths the engine makes) and of their stories, as the build does, and reports the time and size
 * per card, the projection for 34,000 claims (what 10,000 generated articles give), and the time of
 * a rebuild that finds every card in the disk cache.
 *
 *   node --import tsx scripts/bench-cards.ts [--claims 2000] [--out FILE]
 *
 * Writes `{cards, medianMs, p95Ms, medianBytes, meanBytes, maxBytes, cachedMs, ...}` to FILE or
 * stdout; details go to stderr.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cachedCard } from '../src/cards/cache.ts';
import { CardRenderer, type ClaimCardData } from '../src/cards/cards.ts';
import type { Verdict } from '../src/engine/types.ts';
import { syntheticSearchSource } from './lib/synthetic-claims.ts';

const { values } = parseArgs({ options: { claims: { type: 'string', default: '2000' }, out: { type: 'string' } } });
const count = Number(values.claims);
const log = (...parts: unknown[]): void => console.error('[bench-cards]', ...parts);
const LABELS: Record<Verdict, string> = { corroborated: 'Corroborated', conflicting: 'Conflicting', disputed: 'Disputed', 'single-source': 'Single source' };

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

const source = syntheticSearchSource({ claims: count, seed: 7 });
const outletName = new Map(source.outlets.map((outlet) => [outlet.id, outlet.name]));
const storyTitle = new Map(source.stories.map((story) => [story.id, story.title]));
const cards: ClaimCardData[] = source.claims.map((claim) => {
  const outlets = [...new Set(claim.evidence.map((evidence) => outletName.get(evidence.outlet) ?? evidence.outlet))];
  return {
    verdict: claim.verdict,
    verdictLabel: LABELS[claim.verdict],
    kindLabel: claim.statement.includes('“') ? 'Quote' : 'Statement',
    statement: claim.statement,
    outlets,
    independentSources: outlets.length,
    storyTitle: storyTitle.get(claim.story) ?? '',
  };
});

const started = performance.now();
const renderer = await CardRenderer.create();
const setupMs = performance.now() - started;
const times: number[] = [];
const sizes: number[] = [];
const folder = mkdtempSync(path.join(os.tmpdir(), 'bench-cards-'));
try {
  for (const card of cards) {
    const t0 = performance.now();
    const png = cachedCard('claim', card, () => renderer.claim(card), folder);
    times.push(performance.now() - t0);
    sizes.push(png.length);
  }
  const cached: number[] = [];
  for (const card of cards) {
    const t0 = performance.now();
    cachedCard('claim', card, () => renderer.claim(card), folder);
    cached.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  sizes.sort((a, b) => a - b);
  cached.sort((a, b) => a - b);
  const total = times.reduce((sum, time) => sum + time, 0);
  const bytes = sizes.reduce((sum, size) => sum + size, 0);
  const result = {
    cards: count,
    setupMs: Math.round(setupMs),
    medianMs: Number(quantile(times, 0.5).toFixed(2)),
    p95Ms: Number(quantile(times, 0.95).toFixed(2)),
    meanMs: Number((total / count).toFixed(2)),
    medianBytes: quantile(sizes, 0.5),
    meanBytes: Math.round(bytes / count),
    maxBytes: sizes.at(-1) ?? 0,
    cachedMedianMs: Number(quantile(cached, 0.5).toFixed(3)),
    projected34kSeconds: Math.round(((total / count) * 34_000) / 1000),
    projected34kMB: Number(((bytes / count) * 34_000 / 1e6).toFixed(1)),
  };
  log(
    `${count} claim cards: setup ${result.setupMs} ms (fonts, resvg, first glyphs); per card median ${result.medianMs} ms, p95 ${result.p95Ms} ms;`,
    `size median ${result.medianBytes} B, mean ${result.meanBytes} B, max ${result.maxBytes} B; from the disk cache median ${result.cachedMedianMs} ms;`,
    `34,000 claims: about ${result.projected34kSeconds} s and ${result.projected34kMB} MB`,
  );
  const text = `${JSON.stringify(result, null, 2)}\n`;
  if (values.out) writeFileSync(values.out, text);
  else process.stdout.write(text);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
