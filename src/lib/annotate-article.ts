/**
 * Marks the claim sentences of a rendered article: each sentence that is evidence for a claim gets
 * a class for its claim's verdict and, right after it, a small link to the claim that says the
 * verdict in words. The sentence span itself is left untouched inside, so its text stays verbatim.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Claim } from '../engine/types.ts';
import { VERDICTS } from './verdicts.ts';

/** A sentence the engine read, which the page must show with the same id and text. */
export interface ExpectedSentence {
  id: string;
  text: string;
}

/** Another article's sentence of a claim without a page of its own, shown beside this article's. */
export interface OtherSentence {
  outlet: string;
  text: string;
  /** The sentence on its article page. */
  href: string;
}

/** What the note of a claim without a page of its own shows at one of its sentences. */
export interface SentenceNote {
  /** Whether links to the claim land on this sentence (its anchor): only there does the note carry the statement. */
  landing: boolean;
  /** The other articles' sentences of the claim. */
  others: readonly OtherSentence[];
}

/** An article with its claim sentences marked (annotateArticle). */
export interface AnnotatedArticle {
  /** Its HTML (serialized when first asked for: a page of excerpts never needs it, see `tree`). */
  html(): string;
  /**
   * Its tree as the parser reads `html()` back (neighbouring text nodes joined), for the excerpts
   * (excerpts.ts), which then need neither `html()` nor a second parse of it (together about a
   * tenth of an article page's time); undefined where reading it back might give another tree:
   * see `readsBackTheSame`.
   */
  tree: Root | undefined;
}

/**
 * Returns the article HTML with claim sentences marked and linked to `claimHref(claim)` (undefined for a
 * claim without a page of its own: the note then links to its sentence, says the claim's statement
 * where links to the claim land, and the other articles' sentences that state it follow, each linked:
 * `noteOf(claim, sentenceId)`), after checking that the page has exactly the engine's sentences (same
 * ids, same text, same order), so every evidence sentence a claim cites is verbatim on its article
 * page. Throws if not.
 */
export function annotateArticleHtml<C extends Claim>(
  html: string,
  expected: readonly ExpectedSentence[],
  claimsBySentence: Map<string, C[]> | undefined,
  claimHref: (claim: C) => string | undefined,
  noteOf?: (claim: C, sentenceId: string) => SentenceNote,
): string {
  return annotateArticle(html, expected, claimsBySentence, claimHref, noteOf).html();
}

/** annotateArticleHtml, with the tree too (see AnnotatedArticle). */
export function annotateArticle<C extends Claim>(
  html: string,
  expected: readonly ExpectedSentence[],
  claimsBySentence: Map<string, C[]> | undefined,
  claimHref: (claim: C) => string | undefined,
  noteOf: (claim: C, sentenceId: string) => SentenceNote = () => ({ landing: true, others: [] }),
): AnnotatedArticle {
  const tree = fromHtml(html, { fragment: true });
  const seen: ExpectedSentence[] = [];
  visitSentences(tree, (span, parent, index) => {
    seen.push({ id: String(span.properties.id), text: collapse(textOf(span)) });
    const claims = claimsBySentence?.get(String(span.properties.id));
    if (!claims || claims.length === 0) return 0;
    // The sentence is styled by the note after it (`.s:has(+ .claim-note.verdict-…)`): classes on each
    // of 200,000 sentence spans a year repeated what the note says.
    const id = String(span.properties.id);
    const notes: ElementContent[] = claims.slice(0, 2).flatMap((claim) => {
      const href = claimHref(claim);
      if (href !== undefined) return [note(claim, href)];
      const { landing, others } = noteOf(claim, id);
      // Where the sentence says the statement word for word, the highlighted sentence is the statement.
      return soleNote(claim, id, landing && !saysWordForWord(textOf(span), claim.statement), others);
    });
    if (claims.length > 2) notes.push({ type: 'text', value: ` +${claims.length - 2}` });
    parent.children.splice(index + 1, 0, ...notes);
    return notes.length;
  });
  const mismatch = firstMismatch(expected, seen);
  if (mismatch) throw new Error(`the article page does not show the sentences the engine read: ${mismatch}`);
  const same = readsBackTheSame(tree, false);
  let serialized: string | undefined;
  return { html: () => (serialized ??= toHtml(tree)), tree: same ? tree : undefined };
}

/** Elements whose content the parser reads by other rules (raw text, a dropped first newline, foreign content, templates). */
const PARSED_APART = new Set(['pre', 'textarea', 'listing', 'plaintext', 'xmp', 'script', 'style', 'template', 'noscript', 'noembed', 'noframes', 'iframe', 'svg', 'math']);

/**
 * Joins neighbouring text nodes under `parent` (the parser makes one of them), and says whether the
 * parser would read the serialized tree back as this tree. The article's own nodes came from the
 * parser, so only what annotating added could read back otherwise; to be safe, not with a link inside
 * a link (a note beside a sentence inside a link: the parser closes the outer one), text with a NUL
 * or a carriage return (the parser drops or turns them), or an element from PARSED_APART anywhere.
 */
function readsBackTheSame(parent: Root | Element, inLink: boolean): boolean {
  let same = true;
  const children = parent.children;
  let kept = 0;
  for (let index = 0; index < children.length; index++) {
    const child = children[index] as (typeof children)[number];
    if (child.type === 'text') {
      if (/[\0\r]/.test(child.value)) same = false;
      const previous = kept > 0 ? children[kept - 1] : undefined;
      if (previous?.type === 'text') {
        children[kept - 1] = { type: 'text', value: previous.value + child.value };
        continue;
      }
    } else if (child.type === 'element') {
      const link = child.tagName === 'a';
      if ((link && inLink) || PARSED_APART.has(child.tagName)) same = false;
      if (!readsBackTheSame(child, inLink || link)) same = false;
    }
    children[kept++] = child;
  }
  children.length = kept;
  return same;
}

/** Describes the first difference between the engine's sentences and the page's, if any. */
function firstMismatch(expected: readonly ExpectedSentence[], seen: readonly ExpectedSentence[]): string | undefined {
  for (let i = 0; i < Math.max(expected.length, seen.length); i++) {
    const want = expected[i];
    const got = seen[i];
    if (want?.id !== got?.id || want?.text !== got?.text) {
      return `sentence ${i + 1}: engine ${JSON.stringify(want ?? null)}, page ${JSON.stringify(got ?? null)}`;
    }
  }
  return undefined;
}

/** Text as a reader sees it, without the footnote markers the pipeline adds (as the engine reads it). */
function textOf(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  if (node.tagName === 'br') return ' ';
  if (node.properties.dataFootnoteRef !== undefined || node.properties.dataFootnoteBackref !== undefined) return '';
  return node.children.map(textOf).join('');
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Whether a sentence says a claim's statement word for word, spacing and the end mark aside (a
 * statement ends with a full stop where its sentence led on with a colon): its note then leaves the
 * statement out, since the highlighted sentence is the statement.
 */
export function saysWordForWord(sentence: string, statement: string): boolean {
  const plain = (text: string): string => collapse(text).replace(/[.:;!?…]+$/u, '');
  return plain(sentence) === plain(statement);
}

/**
 * The link after a claim sentence. Its icon is drawn by CSS from the verdict class (icons.css), so
 * an article with dozens of notes carries no glyph markup per note. Single-source notes are compact
 * (icon visible, words for screen readers and on hover) so that an article full of them stays
 * readable. The claim's headline is on the page the note links to (and in the article's list of
 * claims), not repeated in a tooltip on every note. The verdict's word is the link's name (the
 * article's summary says what the marks are): a hidden " claim" after each of 200,000 notes in a
 * year's articles weighed 6 MB.
 */
function note(claim: Claim, href: string): Element {
  const label = VERDICTS[claim.verdict].label;
  const compact = claim.verdict === 'single-source';
  const hidden = (value: string): Element => ({ type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value }] });
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      className: ['claim-note', `verdict-${claim.verdict}`, ...(compact ? ['compact'] : [])],
      href,
      ...(compact ? { title: label } : {}),
    },
    children: compact ? [hidden(`${label} claim`)] : [{ type: 'text', value: label }],
  };
}

/**
 * The note after the sentence of a claim that has no page of its own (one to three articles state it,
 * claim-pages.ts): it links to the sentence itself and, at the sentence links to the claim land on
 * and when the statement is not the sentence word for word, carries the claim's statement, which CSS
 * shows when the sentence is the page's target or the note is hovered or focused (47,000 statements
 * a year, a second or third copy on the articles that are not the landing). The other articles' sentences follow, each outlet a link to its sentence in context: the
 * sources side by side wherever a reader meets the claim.
 */
function soleNote(claim: Claim, sentenceId: string, withStatement: boolean, others: readonly OtherSentence[]): ElementContent[] {
  const label = VERDICTS[claim.verdict].label;
  const hidden = (value: string): Element => ({ type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value }] });
  const link: Element = {
    type: 'element',
    tagName: 'a',
    properties: { className: ['claim-note', `verdict-${claim.verdict}`, 'compact', 'sole'], href: `#${sentenceId}` },
    children: withStatement
      ? [hidden(`${label} claim: `), { type: 'element', tagName: 'span', properties: { className: ['statement'] }, children: [{ type: 'text', value: claim.statement }] }]
      : [hidden(`${label} claim`)],
  };
  if (others.length === 0) return [link];
  const beside: ElementContent[] = others.flatMap((other, index) => [
    { type: 'text', value: index === 0 ? ' also reported by ' : '; and by ' },
    { type: 'element', tagName: 'a', properties: { href: other.href }, children: [{ type: 'text', value: other.outlet }] },
    { type: 'text', value: ': ' },
    { type: 'element', tagName: 'q', properties: {}, children: [{ type: 'text', value: other.text }] },
  ]);
  return [link, { type: 'element', tagName: 'span', properties: { className: ['also'] }, children: beside }];
}

/** Calls `visit` for every sentence span; it returns how many siblings it inserted after the span. */
function visitSentences(parent: Root | Element, visit: (span: Element, parent: Root | Element, index: number) => number): void {
  for (let index = 0; index < parent.children.length; index++) {
    const child = parent.children[index];
    if (child?.type !== 'element') continue;
    if (child.tagName === 'span' && asList(child.properties.className).includes('s') && typeof child.properties.id === 'string') {
      index += visit(child, parent, index);
    } else {
      visitSentences(child, visit);
    }
  }
}

function asList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
}
