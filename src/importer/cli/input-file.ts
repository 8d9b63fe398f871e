/**
 * The files to import: the inputs named on the command line, folders expanded to the pages and
 * texts inside them, each file read only if it is a regular file of a sensible size, and decoded
 * only if it is text. Every refusal names the file and says how to fix it.
 */
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';

/** A problem with one input file: that file is skipped, the others still import. */
export class InputError extends Error {}

/** Extensions imported from a folder; a file named on the command line may have any extension. */
export const IMPORTABLE = /\.(?:html?|xhtml|txt|text)$/i;

/** A saved page with its scripts and styles is rarely over a few megabytes; an article text far less. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

/** The inputs as files, in order, each once, plus what a folder held that was left out and why. */
export interface InputList {
  files: string[];
  skipped: Array<{ file: string; reason: string }>;
}

/** Expands folders (recursively, in name order) and removes repeats; `base` resolves relative paths. */
export function listInputs(inputs: readonly string[], base: string, display: (file: string) => string): InputList {
  const files: string[] = [];
  const skipped: InputList['skipped'] = [];
  const seen = new Set<string>();
  const add = (file: string): void => {
    let real = file;
    try {
      real = realpathSync(file);
    } catch {
      real = file;
    }
    if (seen.has(real)) {
      skipped.push({ file: display(file), reason: 'named twice; imported once' });
      return;
    }
    seen.add(real);
    files.push(file);
  };
  const walk = (dir: string, depth: number): void => {
    for (const name of readdirSync(dir).sort()) {
      const file = path.join(dir, name);
      const info = lstatSync(file);
      if (name.startsWith('.')) skipped.push({ file: display(file), reason: 'hidden file or folder' });
      else if (info.isSymbolicLink()) skipped.push({ file: display(file), reason: 'symbolic link (name the file itself to import it)' });
      else if (info.isDirectory()) {
        if (depth < 8) walk(file, depth + 1);
        else skipped.push({ file: display(file), reason: 'folder nested too deep' });
      } else if (!IMPORTABLE.test(name)) skipped.push({ file: display(file), reason: 'not a .html, .htm or .txt file' });
      else add(file);
    }
  };
  for (const input of inputs) {
    const file = path.resolve(base, input);
    let info: Stats | undefined;
    try {
      info = statSync(file);
    } catch {
      info = undefined;
    }
    if (info?.isDirectory() === true) {
      const before = files.length;
      walk(file, 0);
      if (files.length === before) skipped.push({ file: display(file), reason: 'folder has no .html, .htm or .txt file' });
    } else add(file);
  }
  return { files, skipped };
}

/** What a file's first bytes say it is, when it is not text. */
function binaryKind(bytes: Buffer): string | undefined {
  const starts = (signature: number[]): boolean => signature.every((byte, index) => bytes[index] === byte);
  if (starts([0x25, 0x50, 0x44, 0x46])) return 'a PDF document';
  if (starts([0x50, 0x4b, 0x03, 0x04])) return 'a ZIP archive (a .docx, .odt or .epub file is one)';
  if (starts([0xd0, 0xcf, 0x11, 0xe0])) return 'an old Microsoft Office document';
  if (starts([0x89, 0x50, 0x4e, 0x47]) || starts([0xff, 0xd8, 0xff]) || starts([0x47, 0x49, 0x46, 0x38]) || (starts([0x52, 0x49, 0x46, 0x46]) && bytes.subarray(8, 12).toString('latin1') === 'WEBP')) return 'an image';
  if (starts([0x1f, 0x8b])) return 'a gzip archive';
  if (bytes.subarray(0, 5).toString('latin1') === '{\\rtf') return 'an RTF document';
  const sample = bytes.subarray(0, 8192);
  const zeros = sample.filter((byte) => byte === 0).length;
  if (zeros > 0) return 'a binary file';
  return undefined;
}

/** UTF-16 without a byte-order mark: every other byte of ASCII text is zero. */
function looksUtf16(bytes: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  const sample = bytes.subarray(0, 4096);
  if (sample.length < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  sample.forEach((byte, index) => {
    if (byte !== 0) return;
    if (index % 2 === 0) evenZeros += 1;
    else oddZeros += 1;
  });
  const half = sample.length / 2;
  if (oddZeros > half * 0.6 && evenZeros < half * 0.05) return 'utf-16le';
  if (evenZeros > half * 0.6 && oddZeros < half * 0.05) return 'utf-16be';
  return undefined;
}

/** The charset an HTML page declares in its first bytes (`<meta charset>` or http-equiv), lower case. */
function declaredCharset(bytes: Buffer): string | undefined {
  const head = bytes.subarray(0, 4096).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
}

/** A file read and decoded, with any note on how (a declared charset). */
export interface InputText {
  text: string;
  notes: string[];
  modified: Date;
}

/**
 * Reads one input: a regular file, not empty, at most MAX_INPUT_BYTES, text in UTF-8 (or in the
 * charset an HTML page declares). Throws an InputError naming the file and the fix otherwise.
 */
export function readInputFile(file: string, shown: string): InputText {
  let info: Stats;
  try {
    info = statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') throw new InputError(`${shown} is a symbolic link that points to itself (a loop); name the real file`);
    if (code === 'EACCES') throw new InputError(`${shown} cannot be read (permission denied); check its permissions`);
    throw new InputError(`${shown} does not exist; check the path (relative paths start from the folder you ran npm in)`);
  }
  if (info.isDirectory()) throw new InputError(`${shown} is a folder; name it on its own to import the files in it`);
  if (!info.isFile()) throw new InputError(`${shown} is not a regular file (a device, pipe or socket); save the page to a file first`);
  if (info.size === 0) throw new InputError(`${shown} is empty (0 bytes); save the page again, or copy the article text into it`);
  if (info.size > MAX_INPUT_BYTES) {
    throw new InputError(
      `${shown} is ${(info.size / 1024 / 1024).toFixed(1)} MB, more than any saved news page (limit ${MAX_INPUT_BYTES / 1024 / 1024} MB); check that it is one article, or save the page as "HTML only"`,
    );
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${shown} cannot be read (${code ?? 'read error'}); check its permissions`);
  }
  const notes: string[] = [];
  let text: string;
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : looksUtf16(bytes);
  if (utf16 !== undefined) {
    throw new InputError(`${shown} is UTF-16 text; convert it to UTF-8 first: iconv -f ${utf16.toUpperCase()} -t UTF-8 "${shown}" > converted.txt (or save it again as UTF-8)`);
  }
  const binary = binaryKind(bytes);
  if (binary !== undefined) {
    throw new InputError(`${shown} is ${binary}, not a web page or text; save the page as HTML, or copy the article text into a .txt file`);
  }
  const charset = declaredCharset(bytes);
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    if (charset !== undefined && !['utf-8', 'utf8'].includes(charset)) {
      try {
        text = new TextDecoder(charset).decode(bytes);
        notes.push(`decoded as ${charset}, the charset the page declares`);
      } catch {
        throw new InputError(`${shown} declares the charset "${charset}", which is not known; convert it to UTF-8 first (iconv -f ${charset} -t UTF-8)`);
      }
    } else {
      const bad = firstInvalidUtf8(bytes);
      throw new InputError(
        `${shown} is not UTF-8 text (first bad byte at offset ${bad}); if it came from Windows, convert it: iconv -f WINDOWS-1252 -t UTF-8 "${shown}" > converted.txt`,
      );
    }
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new InputError(`${shown} holds only white space; save the page again, or copy the article text into it`);
  return { text, notes, modified: info.mtime };
}

/** Offset of the first byte that breaks UTF-8: the longest prefix that decodes (an unfinished last character allowed). */
function firstInvalidUtf8(bytes: Buffer): number {
  let low = 0;
  let high = bytes.length;
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, middle), { stream: true });
      low = middle;
    } catch {
      high = middle;
    }
  }
  return low;
}
