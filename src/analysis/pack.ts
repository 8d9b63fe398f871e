/**
 * One story result as bytes: V8's structured serialization (every value kept exactly), gzipped at
 * the fastest level. The same bytes go from a worker thread to the main thread and into the cache.
 */
import { serialize } from 'node:v8';
import { constants, gzipSync } from 'node:zlib';
import type { StoryResult } from '../engine/index.ts';

/** The result serialized (for `v8.deserialize`). */
export function serializeResult(result: StoryResult): Uint8Array {
  return serialize(result);
}

/** Serialized bytes gzipped, as the cache stores them. */
export function packBytes(raw: Uint8Array): Uint8Array {
  return gzipSync(raw, { level: constants.Z_BEST_SPEED });
}
