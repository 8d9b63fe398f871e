/**
 * Excerpts of an article whose outlet does not allow republishing it in full: the sentences that
 * claims cite, each with at most one sentence of context (the one before it in its paragraph, or
 * else the one after), as quotations. Sentence spans keep their ids and text, so every evidence
 * link (`#s-xxxxxxxx`) still lands on its sentence; neighbouring picks join into one quotation.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Sentence } from '../engine/types.ts';

/** The sentences an excerpt page shows: cited ones and their context, in reading order. */
export function excerptSentences(sentences: readonly Pick<Sentence, 'id' | 'block'>[], cited: ReadonlySet<string>): Set<string> {
  const shown = new Set<string>();
  sentences.forEach((sentence, index) => {
    if (!cited.has(sentence.id)) return;
    shown.add(sentence.id);
    const before = sentences[index - 1];
    const after = sentences[index + 1];
    if (before && before.block === sentence.block) shown.add(before.id);
    else if (after && after.block === sentence.block) shown.add(after.id);
  });
  return shown;
}

/** One quotation: consecutive shown sentences, as HTML of their spans (with their claim links). */
export interface Excerpt {
  html: string;
  /** Ids of its sentences. */
  ids: string[];
  /** True when sentences of the article are left out before it. */
  gapBefore: boolean;
}

/**
 * Cuts the annotated article HTML into quotations of the shown sentences. Each quotation holds
 * the sentence spans (and the claim links placed after them) of a run of consecutive shown
 * sentences of one paragraph, joined by spaces.
 */
export function buildExcerpts(html: string, sentences: readonly Pick<Sentence, 'id' | 'block'>[], shown: ReadonlySet<string>): Excerpt[] {
  return excerptsOfTree(fromHtml(html, { fragment: true }), sentences, shown);
}

/** buildExcerpts of the tree the parser reads the HTML as (annotate-article.ts gives it without the HTML). */
export function excerptsOfTree(tree: Root, sentences: readonly Pick<Sentence, 'id' | 'block'>[], shown: ReadonlySet<string>): Excerpt[] {
  const pieces = new Map<string, ElementContent[]>();
  collect(tree, pieces);
  const excerpts: Excerpt[] = [];
  let current: { nodes: ElementContent[]; ids: string[]; gapBefore: boolean } | undefined;
  let previous: Pick<Sentence, 'id' | 'block'> | undefined;
  let skipped = false;
  for (const sentence of sentences) {
    if (!shown.has(sentence.id)) {
      skipped = true;
      previous = sentence;
      continue;
    }
    const nodes = pieces.get(sentence.id) ?? [];
    const continues = current && !skipped && previous?.block === sentence.block;
    if (!continues) {
      if (current) excerpts.push(finish(current));
      current = { nodes: [], ids: [], gapBefore: skipped };
    } else current?.nodes.push({ type: 'text', value: ' ' });
    current?.nodes.push(...nodes);
    current?.ids.push(sentence.id);
    skipped = false;
    previous = sentence;
  }
  if (current) excerpts.push(finish(current));
  return excerpts;
}

function finish(run: { nodes: ElementContent[]; ids: string[]; gapBefore: boolean }): Excerpt {
  return { html: toHtml({ type: 'root', children: run.nodes }), ids: run.ids, gapBefore: run.gapBefore };
}

/** Each sentence span by id, with the claim links (`a.claim-note`, "+N", `span.also`) that follow it. */
function collect(parent: Root | Element, pieces: Map<string, ElementContent[]>): void {
  const children = parent.children;
  for (let index = 0; index < children.length; index++) {
    const child = children[index];
    if (child?.type !== 'element') continue;
    if (isSentence(child)) {
      const nodes: ElementContent[] = [child];
      for (let next = index + 1; next < children.length; next++) {
        const sibling = children[next];
        const isNote = sibling?.type === 'element' && sibling.tagName === 'a' && classes(sibling).includes('claim-note');
        // The other article's sentence beside the note of a claim without a page of its own.
        const isBeside = sibling?.type === 'element' && sibling.tagName === 'span' && classes(sibling).includes('also');
        const isCount = sibling?.type === 'text' && /^ \+\d+$/.test(sibling.value);
        if (!sibling || (!isNote && !isBeside && !isCount)) break;
        nodes.push(sibling as ElementContent);
      }
      pieces.set(String(child.properties.id), nodes);
    } else collect(child, pieces);
  }
}

function isSentence(node: Element): boolean {
  return node.tagName === 'span' && classes(node).includes('s') && typeof node.properties.id === 'string';
}

function classes(node: Element): string[] {
  const value: unknown = node.properties.className;
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
}
