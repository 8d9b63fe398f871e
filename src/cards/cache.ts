/**
 * Rendered cards kept on disk between builds, keyed by a digest of what they show: a rebuild
 * draws only the cards whose claim or story changed. The folder (`SHARE_CARD_CACHE`, set by
 * astro.config.mjs inside Astro's cache folder) is named after a digest of the drawing code, so
 * changing how cards look starts a fresh folder. Without it, every card is drawn.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The PNG for `data`: read from the cache, or drawn by `draw` and stored. */
export function cachedCard(kind: string, data: unknown, draw: () => Buffer, folder = process.env['SHARE_CARD_CACHE']): Buffer {
  if (!folder) return draw();
  const key = createHash('sha256').update(kind).update('\0').update(JSON.stringify(data)).digest('hex').slice(0, 32);
  const file = path.join(folder, key.slice(0, 2), `${key}.png`);
  try {
    return readFileSync(file);
  } catch {
    const png = draw();
    mkdirSync(path.dirname(file), { recursive: true });
    // Write then rename, so a build that is stopped half-way never leaves half a card behind.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, png);
    renameSync(partial, file);
    return png;
  }
}

/** 12 hex digits over the files that decide how a card looks (for the cache folder's name). */
export function drawingDigest(files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(readFileSync(file));
  return hash.digest('hex').slice(0, 12);
}
