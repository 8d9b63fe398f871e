/**
 * One story result as bytes: V8's structured serialization (every value kept exactly), gzipped at
 * the fastest level. The same bytes go from a worker thread to the main thread and into the cache.
 * Each evidence's text is its sentence's text, which the result holds already: it is left out of the
 * bytes and filled in again when they are read (`readResult`), so the thread that reads them neither
 * decodes nor keeps a second copy of every evidence sentence (about a twelfth of the bytes).
 */
import { deserialize, serialize } from 'node:v8';
import { constants, gzipSync } from 'node:zlib';
import type { StoryResult } from '../engine/index.ts';
import type { Evidence } from '../engine/types.ts';

/** Each sentence's text by its id, the first sentence of each id in reading order. */
function sentenceTexts(result: StoryResult): Map<string, string> {
  const texts = new Map<string, string>();
  for (const article of result.articles) for (const sentence of article.sentences) if (!texts.has(sentence.id)) texts.set(sentence.id, sentence.text);
  return texts;
}

/** The result serialized (for `readResult`), without the evidence texts its sentences give. */
export function serializeResult(result: StoryResult): Uint8Array {
  const texts = sentenceTexts(result);
  // Left out in place and put back after: the caller may go on using the result.
  const left: Evidence[] = [];
  for (const claim of result.claims) {
    for (const evidence of claim.evidence) {
      if (texts.get(evidence.sentenceId) !== evidence.text) continue;
      (evidence as { text: string | undefined }).text = undefined;
      left.push(evidence);
    }
  }
  try {
    return serialize(result);
  } finally {
    for (const evidence of left) evidence.text = texts.get(evidence.sentenceId) as string;
  }
}

/** A result from its serialized bytes, each evidence's text filled in from its sentence. */
export function readResult(raw: Uint8Array): StoryResult {
  const result = deserialize(raw) as StoryResult;
  let texts: Map<string, string> | null = null;
  for (const claim of result.claims) {
    for (const evidence of claim.evidence) {
      if (evidence.text !== undefined) continue;
      texts ??= sentenceTexts(result);
      evidence.text = texts.get(evidence.sentenceId) as string;
    }
  }
  return result;
}

/** Serialized bytes gzipped, as the cache stores them. */
export function packBytes(raw: Uint8Array): Uint8Array {
  return gzipSync(raw, { level: constants.Z_BEST_SPEED });
}
