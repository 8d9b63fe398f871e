/**
 * rehype plugin: wraps every sentence of an article in `<span class="s" id="s-xxxxxxxx">`, using the
 * engine's own block extraction and segmenter, so every sentence id the engine cites exists on the page.
 *
 * A sentence can cross inline markup (`<em>`, `<a>`); where a sentence boundary falls inside an
 * inline element, that element is split in two (same tag and attributes) so each span holds whole nodes.
 * Runs after sanitizing: the ids need no allow-list and content cannot forge them.
 */
import type { Element, ElementContent, Root } from 'hast';
import { collectBlocks, nodeText } from './blocks.ts';
import { SentenceIdAllocator, segmentText } from '../engine/02-segment.ts';

/** Options for the plugin. */
export interface RehypeSentencesOptions {
  /** Class given to every sentence span. Default `s`. */
  className?: string;
  /** Ignored by the plugin; a digest of its source so Astro's render cache is invalidated on edits. */
  version?: string;
}

/** Plugin factory. */
export default function rehypeSentences(options: RehypeSentencesOptions = {}) {
  const className = options.className ?? 's';
  return (tree: Root): void => {
    const ids = new SentenceIdAllocator();
    // Allocate ids in reading order, then rewrite from the last block backwards so the child
    // indexes of earlier blocks in the same parent stay valid.
    const plans = collectBlocks(tree).map((block) => {
      const sentences = segmentText(block.text);
      return { block, sentences, ids: sentences.map((sentence) => ids.next(sentence.text)) };
    });
    for (const { block, sentences, ids: sentenceIds } of plans.reverse()) {
      if (sentences.length === 0) continue;
      const run = block.parent.children.slice(block.from, block.to) as ElementContent[];
      const cuts = sentences.slice(1).map((sentence) => sentence.start);
      const groups = splitAtOffsets(run, cuts);
      const spans: Element[] = groups.map((children, i) => ({
        type: 'element',
        tagName: 'span',
        properties: { id: sentenceIds[i] ?? '', className: [className] },
        children,
      }));
      block.parent.children.splice(block.from, block.to - block.from, ...spans);
    }
  };
}

/**
 * Cuts a run of inline nodes at the given text offsets (ascending) into `cuts.length + 1` groups.
 * Nodes straddling a cut are split; nodes without text stay with the text before them.
 */
export function splitAtOffsets(nodes: ElementContent[], cuts: number[]): ElementContent[][] {
  const groups: ElementContent[][] = [[]];
  let offset = 0;
  let next = 0;
  for (const original of nodes) {
    let node: ElementContent | undefined = original;
    while (node) {
      const length = nodeText(node).length;
      const cut = cuts[next];
      if (cut === undefined || offset + length <= cut || length === 0) {
        groups.at(-1)?.push(node);
        offset += length;
        node = undefined;
      } else if (cut <= offset) {
        groups.push([]);
        next++;
      } else {
        const [left, right] = splitNode(node, cut - offset);
        groups.at(-1)?.push(left);
        offset = cut;
        node = right;
      }
    }
  }
  while (groups.length < cuts.length + 1) groups.push([]);
  return groups;
}

/** Splits one node at a text offset strictly inside it. */
function splitNode(node: ElementContent, at: number): [ElementContent, ElementContent] {
  if (node.type === 'text') {
    return [{ type: 'text', value: node.value.slice(0, at) }, { type: 'text', value: node.value.slice(at) }];
  }
  if (node.type !== 'element') throw new Error(`cannot split a ${node.type} node`);
  const [leftChildren, rightChildren] = splitAtOffsets(node.children, [at]);
  const left: Element = { ...node, properties: { ...node.properties }, children: leftChildren ?? [] };
  const right: Element = { ...node, properties: { ...node.properties }, children: rightChildren ?? [] };
  // An id must stay unique: the second half of a split element gives it up.
  delete right.properties.id;
  return [left, right];
}
