/**
 * One story result as bytes: V8's structured serialization (every value kept exactly), gzipped at
 * the fastest level. The same bytes go from a worker thread to the main thread and into the cache.
 */
import { serialize } from 'node:v8';
import { constants, gzipSync } from 'node:zlib';
import type { StoryResult } from '../engine/index.ts';

/** The result serialized (`raw`, for `v8.deserialize`) and gzipped (`packed`, for the cache). */
export function pack(result: StoryResult): { raw: Uint8Array; packed: Uint8Array } {
  const raw = serialize(result);
  return { raw, packed: gzipSync(raw, { level: constants.Z_BEST_SPEED }) };
}
