/**
 * Checks one Markdown body (an article, or a story's introduction) the way the site will read it:
 * through the site's own pipeline (src/markdown/pipeline.ts) and the engine's segmenter. Text the
 * pipeline would drop, links that would not go where they seem to, bodies with no readable text,
 * and articles far outside the size and shape of prose are reported here, before anything is built.
 */
import type { Element, Root as HastRoot } from 'hast';
import type { Root as MdRoot } from 'mdast';
import { visit } from 'unist-util-visit';
import { collectBlocks, plainParagraphs } from '../markdown/blocks.ts';
import { segmentText } from '../engine/02-segment.ts';
import { findLostText } from '../markdown/lost-text.ts';
import { articleProcessor } from '../markdown/pipeline.ts';
import { leavesSite } from '../markdown/rehype-article-links.ts';
import { MAX_SENTENCES } from './limits.ts';
import type { ContentNotice, ContentProblem } from './problems.ts';

/** Problems and notices for one body, without the file name (the caller adds it). */
export interface BodyReport {
  problems: Array<Omit<ContentProblem, 'file'>>;
  notices: Array<Omit<ContentNotice, 'file'>>;
}

/** With fewer sentences and words than these, an article's shape says little. */
const SHAPE_MIN = { sentences: 20, words: 400 } as const;
/** Mean words per sentence outside this range is not prose (news prose runs at 15-30). */
const MEAN_WORDS = { low: 3, high: 80 } as const;
/** More than this share of one-word sentences is a list, a log or junk, not prose. */
const ONE_WORD_SHARE = 0.25;
/** More sentences than this is longer than news articles run (long-reads reach about 600). */
const LONG_ARTICLE_SENTENCES = 600;

/** Checks a body; `kind` words the messages ("article" or "story introduction"). */
export function checkBody(markdown: string, kind: 'article' | 'story introduction'): BodyReport {
  const report: BodyReport = { problems: [], notices: [] };
  const plain = plainParagraphs(markdown);
  let blocks: string[];
  if (plain) {
    blocks = plain;
  } else {
    const mdast = articleProcessor.parse(markdown) as MdRoot;
    const hast = articleProcessor.runSync(structuredClone(mdast)) as HastRoot;
    blocks = collectBlocks(hast).map((block) => block.text);
    const lost = findLostText(mdast, hast);
    if (lost) report.problems.push(lostTextProblem(lost, kind));
    report.problems.push(...linkProblems(hast));
    report.notices.push(...indentedCode(mdast, markdown));
  }
  const sentences = blocks.flatMap((block) => segmentText(block).map((sentence) => sentence.text));
  if (sentences.length > MAX_SENTENCES) {
    report.problems.push({
      rule: 'too-many-sentences',
      value: sentences.length,
      message: `the ${kind} has ${sentences.length.toLocaleString('en')} sentences; the limit is ${MAX_SENTENCES.toLocaleString('en')}`,
      hint: 'check that it is one article and not a whole site, a transcript or a list pasted in; split a very long text into several articles',
    });
  } else if (kind === 'article') {
    const shape = shapeWarning(sentences);
    if (shape) report.notices.push({ kind: 'warning', rule: 'article-shape', message: shape });
  }
  return report;
}

function lostTextProblem(lost: NonNullable<ReturnType<typeof findLostText>>, kind: string): Omit<ContentProblem, 'file'> {
  const where = lost.line === undefined ? '' : `line ${lost.line} of the body: `;
  const fix = lost.construct?.startsWith('<')
    ? `close it, or if "${lost.construct}" is meant as text write it as \`${lost.construct}\` (in backticks) or with &lt; instead of <`
    : lost.construct?.startsWith('footnote')
      ? 'add a reference such as [^1] where the footnote belongs, or delete the footnote'
      : lost.construct?.startsWith('[')
        ? 'use the definition in a link ([text][label]), or write the line as text (escape the bracket: \\[)'
        : lost.construct
          ? 'give the header row as many cells as the widest row, or remove the extra cells'
          : 'remove the HTML around that text, or write the article as plain Markdown';
  return {
    rule: 'lost-text',
    value: lost.sample,
    message: `${where}${lost.reason}; the ${kind} would be published without the text quoted here`,
    hint: fix,
  };
}

/**
 * Links in article text must be full addresses or same-page fragments. A relative link ("/x",
 * "../x", "x.html") would point into this site, outside the article, rather than at the outlet's
 * page it came from; backslash forms ("/\host", "\\host") leave the site while looking local.
 */
function linkProblems(hast: HastRoot): Array<Omit<ContentProblem, 'file'>> {
  const problems: Array<Omit<ContentProblem, 'file'>> = [];
  visit(hast, 'element', (node: Element) => {
    if (node.tagName !== 'a' || typeof node.properties.href !== 'string') return;
    const href = node.properties.href;
    if (href.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(href)) return;
    const line = node.position?.start.line;
    problems.push({
      rule: 'relative-link',
      value: href,
      message: `${line === undefined ? '' : `line ${line} of the body: `}a link must be a full address (https://…) or a #fragment of the same article; this one would lead ${leavesSite(href) ? 'to another site while looking like a local link' : 'to a page of this site outside the article'}`,
      hint: 'write the full address of the page it points to, e.g. https://outlet.example/path',
    });
  });
  return problems;
}

/** Indented code blocks: text indented by four spaces is shown as code and not read as sentences. */
function indentedCode(mdast: MdRoot, markdown: string): Array<Omit<ContentNotice, 'file'>> {
  const notices: Array<Omit<ContentNotice, 'file'>> = [];
  visit(mdast, 'code', (node) => {
    const offset = node.position?.start.offset;
    if (offset === undefined || /^[ \t]*(?:```|~~~)/.test(markdown.slice(offset, offset + 8))) return;
    notices.push({
      kind: 'warning',
      rule: 'indented-text',
      message: `line ${node.position?.start.line}: text indented by four spaces or a tab is shown as code and not read as sentences; remove the indent if it is article text`,
    });
  });
  return notices;
}

/**
 * Why an article's shape is far outside prose, or undefined. Sentences of one word or a mean of a
 * handful of words are lists, tables of figures or junk; means of 80 words are unsplit dumps.
 */
function shapeWarning(sentences: string[]): string | undefined {
  const words = sentences.map((sentence) => sentence.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length);
  const total = words.reduce((sum, n) => sum + n, 0);
  if (sentences.length < SHAPE_MIN.sentences && total < SHAPE_MIN.words) return undefined;
  const mean = words.reduce((sum, n) => sum + n, 0) / words.length;
  const oneWord = words.filter((n) => n <= 1).length / words.length;
  const figures = `${sentences.length} sentences, ${mean.toFixed(1)} words per sentence on average, ${Math.round(oneWord * 100)}% of one word`;
  if (sentences.length > LONG_ARTICLE_SENTENCES) {
    return `far longer than a news article (${figures}): check that it is one article and not several pasted together`;
  }
  if (oneWord > ONE_WORD_SHARE) return `far outside the shape of prose (${figures}): check that it is an article and not a list or junk`;
  if (mean < MEAN_WORDS.low || mean > MEAN_WORDS.high) return `far outside the shape of prose (${figures}): check that its sentences are split as published`;
  return undefined;
}
