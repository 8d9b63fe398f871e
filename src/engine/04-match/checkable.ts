/**
 * Which sentences make a checkable statement. Headings, photo captions, credit lines and
 * fragments are not claims; everything else may become one, even if only one outlet reports it.
 */
import type { AnnotatedSentence } from '../types.ts';

/** Fewer words than this is a fragment ("He left.", "Not bad."), not a checkable statement. */
export const MIN_WORDS = 6;
/** Fewer content terms than this carries nothing to check. */
export const MIN_TERMS = 3;

/** Newsroom boilerplate: credit lines, photo credits, calls to action, read-more links. */
const BOILERPLATE = [
  /\b(?:contributed|contributing)\s+(?:to\s+)?(?:this\s+)?(?:report|reporting|story|article)\b/i,
  /^\(?\s*(?:reporting|writing|editing|additional reporting|compiled) by\b/i,
  /^(?:photo|image|video|source|credit|caption|file photo)s?\s*[:|]/i,
  /\b(?:sign up|subscribe|newsletter|follow us|read more|click here|all rights reserved|cookie)\b/i,
  /^(?:related|see also|more on this|watch|listen)\s*:/i,
];

/** Cheap pre-check: a word every BOILERPLATE pattern contains. */
const BOILERPLATE_HINT =
  /contribut|reporting|writing|editing|compiled|photo|image|video|source|credit|caption|sign up|subscribe|newsletter|follow us|read more|click here|all rights reserved|cookie|related|see also|more on this|watch|listen/i;

const ENDS_SENTENCE = /[.!]["”’)]?\s*$/;

/** True when a sentence reads as a heading: most of its words are capitalised and it is short. */
function isHeadingLike(text: string): boolean {
  if (ENDS_SENTENCE.test(text)) return false;
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (words.length === 0 || words.length > 16) return false;
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return capitalised / words.length >= 0.75 && !/[.!]["”’)]?$/.test(text.trim());
}

/** True when the sentence can be a claim (or evidence for one). */
export function isCheckable(sentence: AnnotatedSentence): boolean {
  const text = sentence.text.trim();
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < MIN_WORDS || new Set(sentence.terms).size < MIN_TERMS) return false;
  if (isHeadingLike(text)) return false;
  // A question asks rather than claims, unless it is inside a quote.
  if (/\?$/.test(text) && sentence.quotes.length === 0) return false;
  return !BOILERPLATE_HINT.test(text) || !BOILERPLATE.some((pattern) => pattern.test(text));
}
