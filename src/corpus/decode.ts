/**
 * Reads a content file as text: at most MAX_FILE_BYTES, strict UTF-8 (a stray Latin-1 byte is an
 * error, not a silent U+FFFD), a byte order mark dropped. A file in another encoding gets a hint
 * that names that encoding (UTF-16 from Windows editors, windows-1252, Shift_JIS, ...), so the
 * suggested conversion produces a good file rather than a worse one.
 */
import { readFileSync } from 'node:fs';
import chardet from 'chardet';
import { formatBytes, MAX_FILE_BYTES } from './limits.ts';
import type { ContentProblem } from './problems.ts';

/** Decodes `file` (whose size is `size` bytes); records a problem and returns undefined if it cannot. */
export function readText(file: string, size: number, display: string, problems: ContentProblem[]): string | undefined {
  if (size > MAX_FILE_BYTES) {
    problems.push({
      file: display,
      rule: 'file-too-large',
      value: formatBytes(size),
      message: `the file is larger than the ${formatBytes(MAX_FILE_BYTES)} limit for one content file, so it is not read`,
      hint: 'check that it is one article (not a whole site or book pasted in); split a very long text into several articles',
    });
    return undefined;
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    problems.push({
      file: display,
      rule: 'unreadable',
      message: `the file cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
      hint: 'check that it exists and that you may read it',
    });
    return undefined;
  }
  const problem = encodingProblem(bytes, display);
  if (problem) {
    problems.push(problem);
    return undefined;
  }
  return new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
}

/** Why the bytes are not UTF-8 text, or undefined if they are. */
export function encodingProblem(bytes: Uint8Array, display: string): ContentProblem | undefined {
  const utf16 = utf16Kind(bytes);
  if (utf16) {
    return {
      file: display,
      rule: 'not-utf8',
      value: utf16,
      message: `the file is ${utf16} text, not UTF-8`,
      hint: `save it as UTF-8 (in the editor's "Save with encoding" menu, or \`iconv -f ${utf16} -t UTF-8 in.md > out.md\`)`,
    };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return {
      file: display,
      rule: 'not-text',
      value: `NUL byte at offset ${nul}`,
      message: 'the file contains NUL bytes: it is a binary file (an image, a word-processor document), not text',
      hint: 'export the article as plain text or Markdown and save it as UTF-8',
    };
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return undefined;
  } catch {
    // described below
  }
  const offset = firstInvalidUtf8Byte(bytes);
  const guess = guessEncoding(bytes);
  return {
    file: display,
    rule: 'not-utf8',
    value: offset === -1 ? undefined : `byte 0x${bytes[offset]?.toString(16)} at offset ${offset}`,
    message: `the file is not valid UTF-8 text${guess ? ` (it looks like ${guess})` : ''}`,
    hint: `save it as UTF-8 (e.g. \`iconv -f ${guess ?? 'ENCODING'} -t UTF-8 in.md > out.md\`${guess ? '' : ', with the encoding it was saved in'})`,
  };
}

/** UTF-16 or UTF-32 by byte order mark, or by the NUL byte pattern of mostly-ASCII text without one. */
function utf16Kind(bytes: Uint8Array): string | undefined {
  const [a, b, c, d] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return 'UTF-32LE';
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'UTF-32BE';
  if (a === 0xff && b === 0xfe) return 'UTF-16LE';
  if (a === 0xfe && b === 0xff) return 'UTF-16BE';
  const sample = bytes.subarray(0, 4096);
  if (sample.length < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) (i % 2 === 0 ? evenNul++ : oddNul++);
  const half = sample.length / 2;
  if (oddNul > half * 0.6 && evenNul < half * 0.05) return 'UTF-16LE';
  if (evenNul > half * 0.6 && oddNul < half * 0.05) return 'UTF-16BE';
  return undefined;
}

/** The likeliest legacy encoding of bytes that are not UTF-8, by chardet's statistics. */
function guessEncoding(bytes: Uint8Array): string | undefined {
  const guess = chardet.detect(bytes);
  if (!guess || /^(UTF-8|ASCII)$/i.test(guess)) return 'windows-1252';
  // chardet reports Latin-1 for most western text; windows-1252 is its superset and what Windows editors write.
  return guess === 'ISO-8859-1' ? 'windows-1252' : guess;
}

function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let low = 0;
  let high = bytes.length;
  // Binary search for the shortest invalid prefix (a truncated final sequence is also invalid).
  while (low < high) {
    const mid = (low + high) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid + 1));
      low = mid + 1;
    } catch {
      high = mid;
    }
  }
  return low < bytes.length ? low : -1;
}
