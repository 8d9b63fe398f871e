/**
 * Builds the DOM of one search result, for the header's suggestion list and the search page alike:
 * the verdict badge (icon, text and colour) or the kind of record, the title with the matching words
 * marked, and a line of context. Everything is made with createElement and textContent.
 */
import type { Verdict } from '../engine/types.ts';
import { VERDICTS } from '../lib/verdicts.ts';
import { appendMarked, markRanges, type MarkPlan } from './highlight.ts';
import type { Kind } from './keys.ts';
import type { SearchHit } from './site-search.ts';

/** Group headings. */
export const KIND_LABELS: Record<Kind, { one: string; many: string }> = {
  claim: { one: 'claim', many: 'Claims' },
  article: { one: 'article', many: 'Articles' },
  person: { one: 'person', many: 'People' },
};

/** `3 claims`, `1 person`. */
export function countLabel(kind: Kind, count: number): string {
  const word = KIND_LABELS[kind].one;
  if (count === 1) return `1 ${word}`;
  return `${count.toLocaleString('en')} ${kind === 'person' ? 'people' : `${word}s`}`;
}

// The same drawings as src/styles/icons.css, so a verdict looks the same in search and on its page.
const ICONS: Record<Verdict, string> = {
  corroborated: 'M4 8.5l2.5 2.5L12 5',
  conflicting: 'M3.5 6h9M3.5 10h9M10 3.5L6 12.5',
  disputed: 'M5 5l6 6M11 5l-6 6',
  'single-source': 'M8 4.5v7M6.5 6L8 4.5',
};
const SVG = 'http://www.w3.org/2000/svg';

function isVerdict(value: string): value is Verdict {
  return Object.hasOwn(VERDICTS, value);
}

function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The verdict badge: icon (decorative), label and colour. */
export function verdictBadge(doc: Document, verdict: Verdict): HTMLElement {
  const badge = element(doc, 'span', `search-badge verdict-${verdict}`);
  const svg = doc.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '14');
  svg.setAttribute('height', '14');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const circle = doc.createElementNS(SVG, 'circle');
  for (const [name, value] of [['cx', '8'], ['cy', '8'], ['r', '7'], ['fill', 'none'], ['stroke', 'currentColor'], ['stroke-width', '1.5']]) {
    circle.setAttribute(name as string, value as string);
  }
  const path = doc.createElementNS(SVG, 'path');
  for (const [name, value] of [['d', ICONS[verdict]], ['fill', 'none'], ['stroke', 'currentColor'], ['stroke-width', '1.8'], ['stroke-linecap', 'round'], ['stroke-linejoin', 'round']]) {
    path.setAttribute(name as string, value as string);
  }
  svg.append(circle, path);
  badge.append(svg, element(doc, 'span', '', VERDICTS[verdict].label));
  return badge;
}

/** Text with the plan's words marked, in a span of the given class. */
function marked(doc: Document, className: string, text: string, plan: MarkPlan): HTMLElement {
  const span = element(doc, 'span', className);
  appendMarked(span, text, markRanges(text, plan), doc);
  return span;
}

/** Appends the parts of a result (badge or kind, title, context) to `parent`. */
export function appendHit(parent: HTMLElement, hit: SearchHit, plan: MarkPlan): void {
  const doc = parent.ownerDocument;
  const { doc: record } = hit;
  const top = element(doc, 'span', 'search-result-top');
  if (hit.kind === 'claim' && isVerdict(record.v)) top.append(verdictBadge(doc, record.v));
  else top.append(element(doc, 'span', 'search-kind', hit.kind === 'article' ? 'Article' : 'Person'));
  // Set by the editors' review layer: a reviewed claim says so.
  if (hit.kind === 'claim' && record.r) top.append(element(doc, 'span', 'search-reviewed', 'Reviewed'));
  if (hit.kind === 'article' && record.o[0]) top.append(marked(doc, 'search-outlet', record.o[0], plan));
  parent.append(top, marked(doc, 'search-result-title', record.t, plan));
  // Where the query matched outside the title: the sentence, quoted.
  if (hit.snippet) {
    const quote = element(doc, 'span', 'search-result-snippet');
    quote.append(doc.createTextNode(hit.kind === 'claim' ? 'Evidence: “' : '“'));
    appendMarked(quote, hit.snippet, markRanges(hit.snippet, plan), doc);
    quote.append(doc.createTextNode('”'));
    parent.append(quote);
  }

  const context = element(doc, 'span', 'search-result-meta');
  const pieces: Array<{ text: string; label?: string }> = [];
  if (hit.kind === 'claim') {
    if (record.p.length > 0) pieces.push({ text: record.p.join(', '), label: 'Said by' });
    if (record.o.length > 0) pieces.push({ text: record.o.join(', '), label: 'Reported by' });
  } else if (hit.kind === 'article') {
    if (record.c) pieces.push({ text: record.c, label: 'Story' });
  } else {
    if (record.c) pieces.push({ text: record.c });
    const also = record.p.filter((alias) => markRanges(alias, plan).length > 0);
    if (also.length > 0) pieces.push({ text: also.join(', '), label: 'Also written' });
  }
  pieces.forEach((piece, index) => {
    if (index > 0) context.append(doc.createTextNode(' · '));
    if (piece.label) context.append(doc.createTextNode(`${piece.label}: `));
    appendMarked(context, piece.text, markRanges(piece.text, plan), doc);
  });
  if (pieces.length > 0) parent.append(context);
}
