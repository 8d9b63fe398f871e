/**
 * Finds article text that the Markdown pipeline would silently drop. CommonMark and HTML both have
 * constructs that, left open, hide everything after them: an HTML block that starts with
 * `<script`, `<style`, `<pre`, `<textarea`, `<!--`, `<?`, `<!X` or `<![CDATA[` runs to the end of the
 * document unless its end marker follows; in HTML, a raw-text element (script, style, textarea,
 * title, xmp, iframe, noembed, noframes) swallows text up to its end tag, `<plaintext>` never ends,
 * a tag or comment without its `>` eats the rest, and the sanitizer removes elements such as
 * `<select>`, `<video>` or `<svg>` with all they contain. Markdown also drops a footnote nobody
 * refers to, a link definition nobody uses and table cells beyond the header row's.
 *
 * Rather than model each rule, the check compares what the author wrote with what comes out: the
 * letters and digits of the source's text (HTML tags, comments and explicitly closed code or
 * embedded elements taken out) must all reach the text the engine reads and the page shows. When
 * some do not, the message names the construct that hid them. Elements and comments the author
 * closed are removed on purpose (a `<script>…</script>` is not prose) and are not reported.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Nodes as MdNode, Root as MdRoot } from 'mdast';
import { collectBlocks } from './blocks.ts';
import { articleSchema } from './sanitize-schema.ts';

/** What was lost, and what hid it. */
export interface LostText {
  /** Line in the Markdown of the construct that hid the text (or of the first lost text). */
  line: number | undefined;
  /** The construct, e.g. `<script>` or `footnote [^2]`; undefined if no single construct explains it. */
  construct: string | undefined;
  /** Why that construct hides text, in a few words. */
  reason: string;
  /** The start of the lost text, whitespace collapsed. */
  sample: string;
}

/**
 * Raw-text and RCDATA elements: the HTML tokenizer reads everything after their start tag as text
 * up to the matching end tag (HTML standard, "parsing HTML documents", RAWTEXT/RCDATA/script data).
 */
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'textarea', 'title']);

/** Void elements: a start tag with no content and no end tag. */
const VOID = new Set(['embed', 'frame', 'img', 'input', 'br', 'hr', 'wbr', 'meta', 'link', 'base', 'area', 'col', 'param', 'source', 'track']);

/**
 * Elements whose content never reaches the engine: the sanitizer removes them with their content,
 * and `pre` is shown as preformatted text that the engine does not read as sentences.
 */
const HIDES_CONTENT = new Set([...(articleSchema.strip ?? []), 'pre'].filter((name) => !VOID.has(name) && name !== 'head' && name !== 'frameset'));

/** Letters and digits: what must survive (whitespace and punctuation may change legitimately). */
const COUNTED = /[\p{L}\p{N}]/gu;

/** A piece of the source in reading order: Markdown text, or raw HTML as written. */
interface Piece {
  raw: boolean;
  value: string;
  line: number | undefined;
  /** Set when the piece is text that Markdown itself drops (unreferenced footnote, unused definition, extra cell). */
  dropped?: { construct: string; reason: string };
}

/** Finds text that `hast` (the pipeline's output for `mdast`) lost; undefined when nothing was lost. */
export function findLostText(mdast: MdRoot, hast: HastRoot): LostText | undefined {
  const pieces = sourcePieces(mdast);
  const { text: expected, unclosed, offsets } = visibleText(pieces);
  const actual = collectBlocks(hast)
    .map((block) => block.text)
    .join(' ');
  const missing = countMissing(expected, actual);
  if (missing === 0) return undefined;
  const cause = unclosed[0];
  if (cause) {
    return { line: cause.line, construct: cause.construct, reason: cause.reason, sample: sampleAfter(expected, cause.visibleOffset) };
  }
  const dropped = pieces.find((piece) => piece.dropped && countMissing(piece.value, actual) > 0);
  if (dropped?.dropped) {
    return { line: dropped.line, construct: dropped.dropped.construct, reason: dropped.dropped.reason, sample: collapse(dropped.value) };
  }
  const first = firstLostWord(expected, actual);
  const line = lastAtOrBefore(offsets(), first, (entry) => entry.visibleOffset)?.line;
  return { line, construct: undefined, reason: 'the HTML around this text removes it', sample: sampleAfter(expected, first) };
}

/** The source in reading order as text and raw-HTML pieces, noting text that Markdown drops. */
function sourcePieces(mdast: MdRoot): Piece[] {
  const footnotesUsed = new Set<string>();
  const definitionsUsed = new Set<string>();
  const visitAll = (node: MdNode): void => {
    if (node.type === 'footnoteReference') footnotesUsed.add(node.identifier);
    if (node.type === 'linkReference' || node.type === 'imageReference') definitionsUsed.add(node.identifier);
    if ('children' in node) for (const child of node.children) visitAll(child);
  };
  visitAll(mdast);

  const pieces: Piece[] = [];
  const walk = (node: MdNode, dropped?: Piece['dropped']): void => {
    const line = node.position?.start.line;
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        pieces.push({ raw: false, value: node.value, line, ...(dropped ? { dropped } : {}) });
        return;
      case 'html':
        pieces.push({ raw: true, value: node.value, line, ...(dropped ? { dropped } : {}) });
        return;
      case 'code':
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
        return;
      case 'definition':
        if (!definitionsUsed.has(node.identifier)) {
          const construct = `[${node.label ?? node.identifier}]: ${node.url}`;
          const reason = `the link definition [${node.label ?? node.identifier}] is used by no link, so its line is not shown`;
          pieces.push({ raw: false, value: construct, line, dropped: { construct, reason } });
        }
        return;
      case 'footnoteDefinition': {
        const own = footnotesUsed.has(node.identifier)
          ? dropped
          : {
              construct: `footnote [^${node.label ?? node.identifier}]`,
              reason: `footnote [^${node.label ?? node.identifier}] is referred to nowhere in the text, so it is not shown`,
            };
        for (const child of node.children) walk(child, own);
        return;
      }
      case 'table': {
        const width = node.children[0]?.children.length ?? 0;
        for (const row of node.children) {
          row.children.forEach((cell, index) => {
            const extra =
              index >= width
                ? { construct: 'table row', reason: `a table row has more cells than the header row (${width}), and cells beyond it are not shown` }
                : dropped;
            for (const child of cell.children) walk(child, extra);
          });
        }
        return;
      }
      default:
        if ('children' in node) for (const child of node.children) walk(child, dropped);
    }
  };
  walk(mdast);
  return pieces;
}

interface Unclosed {
  line: number | undefined;
  construct: string;
  reason: string;
  /** Offset in the visible text where the hidden text starts. */
  visibleOffset: number;
}

/**
 * The text a reader should get from the pieces: Markdown text as is, raw HTML with its tags,
 * comments and closed hidden elements taken out and entities decoded; plus every construct left
 * open, which the HTML parser would let swallow what follows.
 */
function visibleText(pieces: Piece[]): { text: string; unclosed: Unclosed[]; offsets: () => Array<{ visibleOffset: number; line: number | undefined }> } {
  // One HTML string, as the parser sees it: Markdown text escaped, raw HTML as written.
  let doc = '';
  const starts: Array<{ offset: number; line: number | undefined }> = [];
  for (const piece of pieces) {
    starts.push({ offset: doc.length, line: piece.line });
    doc += piece.raw ? piece.value : piece.value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    doc += piece.raw ? '' : ' ';
  }
  const lineAt = (offset: number): number | undefined => lastAtOrBefore(starts, offset, (start) => start.offset)?.line;

  const kept: Array<{ from: number; to: number }> = [];
  const unclosedAt: Array<{ offset: number; construct: string; reason: string; after: number }> = [];
  let cursor = 0;
  let i = 0;
  const drop = (from: number, to: number): void => {
    if (from > cursor) kept.push({ from: cursor, to: from });
    cursor = to;
    i = to;
  };
  while (i < doc.length) {
    const lt = doc.indexOf('<', i);
    if (lt === -1) break;
    const next = doc.slice(lt, lt + 9);
    if (next.startsWith('<!--')) {
      const end = matchAt(/<!--(?:-?>|[\s\S]*?--!?>)/y, doc, lt);
      if (end !== undefined) drop(lt, end);
      else open(lt, lt + 4, '<!--', 'the comment <!-- is never closed with -->, so it hides everything after it');
    } else if (/^<[!?]|^<\/[^A-Za-z>]/.test(next)) {
      const end = doc.indexOf('>', lt);
      if (end !== -1) drop(lt, end + 1);
      else {
        const construct = doc.slice(lt, lt + 9).split(/\s/)[0] ?? '<!';
        open(lt, lt + construct.length, construct, `${construct} (a declaration, processing instruction or bogus comment) has no closing >, so it hides everything after it`);
      }
    } else if (next.startsWith('</>')) {
      drop(lt, lt + 3);
    } else if (/^<\/?[A-Za-z]/.test(next)) {
      const end = matchAt(/<\/?[A-Za-z][^\t\n\f\r />]*(?:[^>"'=]|=[\t\n\f\r ]*"[^"]*"|=[\t\n\f\r ]*'[^']*'|=)*>/y, doc, lt);
      const nameMatch = /<\/?([A-Za-z][^\t\n\f\r />]*)/y;
      nameMatch.lastIndex = lt;
      const name = nameMatch.exec(doc)?.[1]?.toLowerCase() ?? '';
      const isEnd = next.startsWith('</');
      if (end === undefined) {
        const construct = `<${isEnd ? '/' : ''}${name}`;
        open(lt, lt + construct.length, construct, `the tag ${construct} has no closing >, so it hides everything after it`);
      } else if (isEnd) {
        drop(lt, end);
      } else if (name === 'plaintext') {
        open(lt, end, '<plaintext>', '<plaintext> never ends: everything after it becomes part of it and is removed');
      } else if (RAW_TEXT.has(name)) {
        const close = findEndTag(doc, name, end, false);
        if (close !== undefined) drop(lt, close);
        else open(lt, end, `<${name}>`, `<${name}> is never closed with </${name}>, so it hides the text after it`);
      } else if (HIDES_CONTENT.has(name)) {
        const close = findEndTag(doc, name, end, true);
        if (close !== undefined) drop(lt, close);
        else open(lt, end, `<${name}>`, `<${name}> is never closed with </${name}>, and its content is ${name === 'pre' ? 'shown as code, not read as sentences' : 'removed for safety'}`);
      } else {
        drop(lt, end);
      }
    } else {
      i = lt + 1;
    }
  }
  if (cursor < doc.length) kept.push({ from: cursor, to: doc.length });

  function open(at: number, after: number, construct: string, reason: string): void {
    unclosedAt.push({ offset: at, construct, reason, after });
    drop(at, after);
  }

  // Decode entities piece by piece, keeping track of where each source offset lands in the text.
  let text = '';
  const mapped: Array<{ source: number; visible: number }> = [];
  for (const { from, to } of kept) {
    mapped.push({ source: from, visible: text.length });
    text += decodeEntities(doc.slice(from, to));
  }
  const visibleOf = (source: number): number => lastAtOrBefore(mapped, source, (entry) => entry.source)?.visible ?? 0;
  const unclosed = unclosedAt.map((entry) => ({
    line: lineAt(entry.offset),
    construct: entry.construct,
    reason: entry.reason,
    visibleOffset: visibleOf(entry.after),
  }));
  const offsets = () => starts.map((start) => ({ visibleOffset: visibleOf(start.offset), line: start.line }));
  return { text, unclosed, offsets };
}

/** The last item (of items sorted by `key`) whose key is at most `value`: a binary search. */
function lastAtOrBefore<T>(items: readonly T[], value: number, key: (item: T) => number): T | undefined {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (key(items[mid] as T) <= value) low = mid + 1;
    else high = mid;
  }
  return low > 0 ? items[low - 1] : undefined;
}

/** End offset of a sticky regex match at `at`, or undefined. */
function matchAt(pattern: RegExp, text: string, at: number): number | undefined {
  pattern.lastIndex = at;
  const match = pattern.exec(text);
  return match ? at + match[0].length : undefined;
}

/**
 * Offset just after the end tag that closes `name` (opened before `from`), or undefined. Raw-text
 * elements end at the first `</name`; other elements count nested start tags of the same name.
 */
function findEndTag(doc: string, name: string, from: number, nested: boolean): number | undefined {
  const tag = new RegExp(`<(/?)${name}(?=[\\t\\n\\f\\r />])`, 'gi');
  tag.lastIndex = from;
  let depth = 1;
  for (let match = tag.exec(doc); match; match = tag.exec(doc)) {
    if (match[1] === '/') depth--;
    else if (nested) depth++;
    if (depth === 0) {
      const end = doc.indexOf('>', match.index);
      return end === -1 ? undefined : end + 1;
    }
  }
  return undefined;
}

/** HTML entities decoded, as the parser would decode them in text. */
function decodeEntities(html: string): string {
  if (!html.includes('&')) return html;
  const tree = fromHtml(html.replace(/</g, '&lt;'), { fragment: true });
  return tree.children.map((node: HastContent) => (node.type === 'text' ? node.value : '')).join('');
}

/** How many letters and digits of `expected` are missing from `actual` (as multisets). */
function countMissing(expected: string, actual: string): number {
  const counts = new Map<string, number>();
  for (const [char] of actual.matchAll(COUNTED)) counts.set(char, (counts.get(char) ?? 0) + 1);
  let missing = 0;
  for (const [char] of expected.matchAll(COUNTED)) {
    const left = counts.get(char) ?? 0;
    if (left > 0) counts.set(char, left - 1);
    else missing++;
  }
  return missing;
}

/** Offset in `expected` of the first word that `actual` has fewer of. */
function firstLostWord(expected: string, actual: string): number {
  const counts = new Map<string, number>();
  for (const [word] of actual.matchAll(/[\p{L}\p{N}]+/gu)) counts.set(word, (counts.get(word) ?? 0) + 1);
  for (const match of expected.matchAll(/[\p{L}\p{N}]+/gu)) {
    const left = counts.get(match[0]) ?? 0;
    if (left === 0) return match.index;
    counts.set(match[0], left - 1);
  }
  return 0;
}

function sampleAfter(text: string, offset: number): string {
  const sample = collapse(text.slice(offset));
  return sample.length > 60 ? `${sample.slice(0, 57)}...` : sample;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
