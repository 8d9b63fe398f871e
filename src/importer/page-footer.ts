/**
 * Furniture below and inside the article: lists of links to other articles under a label ("Related
 * stories", "Most read"), and the page footer after the last paragraph (menus, tags, newsletter and
 * comment prompts and the short lines among them). A line that ends like a sentence is never taken
 * for a link title, so article text after such a label stays.
 */
import { isLinkSectionLabel } from './furniture.ts';
import { isProse, SENTENCE_END, countWords, type LineBook } from './lines.ts';
import { dropMenuRuns } from './page-header.ts';
import { parseListItem } from './structure.ts';

/** A line shaped like the title of a linked article: no sentence end, at most 25 words. */
function isLinkTitle(text: string): boolean {
  const line = text.trim();
  return countWords(line) <= 25 && !SENTENCE_END.test(line) && !/[:;,]$/.test(line) && !isProse(line);
}

/** After each label of a list of links, removes the link titles that follow it. */
export function dropLinkLists(book: LineBook): void {
  const labels = book.removedAt.filter((entry) => isLinkSectionLabel(entry.line.replace(/<[^>]*>/g, ''))).map((entry) => entry.index);
  for (const label of labels) {
    for (const index of book.live().filter((other) => other > label)) {
      const text = book.text(index);
      if (!isLinkTitle(text)) break;
      book.drop(index, 'link in a list of other articles');
    }
  }
}

/**
 * Removes the page footer: after the last paragraph of prose, when furniture was found there, the
 * short lines that do not end like a sentence (menus, tag lists, link titles, site names).
 */
export function dropPageFooter(book: LineBook): void {
  const live = book.live();
  const lastProse = [...live].reverse().find((index) => isProse(book.text(index)));
  if (lastProse === undefined) return;
  const tail = live.filter((index) => index > lastProse);
  dropMenuRuns(book, tail);
  const furnitureBelow = book.removedAt.some((entry) => entry.index > lastProse);
  if (!furnitureBelow) return;
  for (const index of tail) {
    const text = book.text(index);
    if (book.lines[index]?.removed || parseListItem(text) !== undefined) continue;
    if (countWords(text) <= 15 && !SENTENCE_END.test(text.trim())) book.drop(index, 'page footer (short line among the furniture after the article)');
  }
}
