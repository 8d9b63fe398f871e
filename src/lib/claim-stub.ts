/**
 * The page at `/claims/<slug>/` of a claim without a page of its own (claim-pages.ts): a few hundred bytes
 * that send the reader to the claim's sentence in its article, by a refresh (no script, so it works
 * without JavaScript; its own CSP allows nothing at all) and by a plain link for anyone the refresh does not move.
 * Its title is the claim's statement, which the 404 page reads when it lists this claim as a candidate.
 * There are tens of thousands of these pages, so each carries only that: no viewport or canonical
 * link (the refresh moves browsers and search engines alike), and no `head` or `body` tags, which
 * HTML lets a parser infer.
 */
import type { Verdict } from '../engine/types.ts';

/** What a stub page says and where it leads. */
export interface ClaimStub {
  statement: string;
  /** The claim's verdict, which the 404 page reads when it lists this claim as a candidate. */
  verdict: Verdict;
  /** The outlets of the articles that state the claim (one to three). */
  outlets: readonly string[];
  /** Site path of the sentence, with the base: `/factcheck/articles/<id>/#s-…`. */
  href: string;
}

/** The stub page's HTML. */
export function claimStubHtml(stub: ClaimStub): string {
  const href = escapeHtml(stub.href);
  return (
    '<!DOCTYPE html><html lang="en"><meta charset="utf-8">' +
    // It loads nothing and runs nothing.
    `<meta http-equiv="content-security-policy" content="default-src 'none'">` +
    `<title>${escapeHtml(stub.statement)}</title>` +
    `<meta http-equiv="refresh" content="0; url=${href}">` +
    `<p data-verdict="${stub.verdict}">${escapeHtml(who(stub.outlets))}: <a href="${href}">read it in its article</a>.</p>\n`
  );
}

/** Who reports the claim, in words: "Only X reports this" for one outlet, "X and Y report this" for more. */
function who(outlets: readonly string[]): string {
  if (outlets.length <= 1) return `Only ${outlets[0] ?? 'one outlet'} reports this`;
  return `${outlets.slice(0, -1).join(', ')} and ${outlets.at(-1)} report this`;
}

/** Text and attribute values as HTML: the statement and outlet name come from content. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
