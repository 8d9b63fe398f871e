/**
 * Roles and titles around a name: "Russian Foreign Minister Sergey Lavrov" (in the capitalised
 * run), "Kremlin aide Yury Ushakov" and "special envoy Witkoff" (lower case before it),
 * "Jana Puglierin, a senior fellow at ..." and "chief foreign policy adviser, Yury Ushakov"
 * (appositives). The role is stripped from the name and kept for `Entity.roles`.
 */
import type { Lexicon } from '../language/index.ts';
import type { Token } from '../language/tokens.ts';

const ROLE_LINKS = new Set(['of', 'for']);

/** True for a word that can be part of a role ("foreign", "minister", "chief"). */
export function isRoleWord(lex: Lexicon, token: Token | undefined): boolean {
  return token !== undefined && token.type === 'word' && (lex.roleNouns.has(token.key) || lex.roleModifiers.has(token.key));
}

/** True for a word that can end a role ("minister", "aide", "spokeswoman"). */
export function isRoleNoun(lex: Lexicon, token: Token | undefined): boolean {
  return token !== undefined && token.type === 'word' && lex.roleNouns.has(token.key);
}

/** True for a courtesy title ("Mr", "Dr"). */
export function isHonorific(lex: Lexicon, token: Token | undefined): boolean {
  return token !== undefined && token.type === 'word' && token.cap && lex.honorifics.has(token.key);
}

/**
 * The end (exclusive) of the longest role phrase in `tokens[from, limit)` that ends on a role
 * noun, optionally with an "of"/"for" complement ("Secretary of State"); -1 if none.
 * `placeOk(i)` says a token is a place, allowed after "of"/"for" ("Minister for Europe").
 */
export function rolePhraseEnd(lex: Lexicon, tokens: readonly Token[], from: number, limit: number, placeOk: (i: number) => boolean): number {
  let end = -1;
  let i = from;
  while (i < limit && isRoleWord(lex, tokens[i]) && !tokens[i]?.possessive) {
    if (isRoleNoun(lex, tokens[i])) end = i + 1;
    i++;
  }
  if (end < 0) return -1;
  const link = tokens[end];
  if (link && ROLE_LINKS.has(link.key) && end + 1 < limit) {
    let j = end + 1;
    while (j < limit && (isRoleWord(lex, tokens[j]) || placeOk(j)) && tokens[j]?.cap) j++;
    if (j > end + 1) return j;
  }
  return end;
}

/**
 * Start of a lower-case role directly before token `nameStart` ("special envoy", "presidential
 * aide", "national-security adviser"); `orgStart` extends it over an organisation run right before
 * it ("Kremlin aide", "State Department spokeswoman"). Returns -1 when there is none.
 */
export function roleStartBefore(
  lex: Lexicon,
  tokens: readonly Token[],
  nameStart: number,
  orgStartEndingAt: (end: number) => number,
): number {
  let i = nameStart - 1;
  if (!isRoleNoun(lex, tokens[i]) || tokens[i]?.cap) return -1;
  // Lower case, or capitalised only because it opens the sentence ("Deputy governor Henrik Aas").
  while (i - 1 >= 0 && isRoleWord(lex, tokens[i - 1]) && (!tokens[i - 1]?.cap || i - 1 === 0) && !tokens[i - 1]?.possessive) i--;
  const org = orgStartEndingAt(i);
  return org >= 0 ? org : i;
}

/**
 * A role in an appositive after the name: "Name, a senior fellow at ..." or "Name, the bank's
 * chief economist,". Returns the token range of the role words, or null.
 */
export function appositiveRoleAfter(lex: Lexicon, tokens: readonly Token[], nameEnd: number): [number, number] | null {
  if (tokens[nameEnd]?.text !== ',') return null;
  let i = nameEnd + 1;
  const article = tokens[i]?.key;
  if (article === 'a' || article === 'an' || article === 'the') i++;
  const start = i;
  while (isRoleWord(lex, tokens[i]) && !tokens[i]?.possessive) i++;
  let end = i;
  while (end > start && !isRoleNoun(lex, tokens[end - 1])) end--;
  if (end <= start) return null;
  const after = tokens[end]?.key ?? '';
  return after === ',' || after === 'at' || after === 'of' || after === 'for' || after === 'with' || after === 'in' ? [start, end] : null;
}

/** A role in an appositive before the name: "... chief foreign policy adviser, Yury Ushakov". */
export function appositiveRoleBefore(lex: Lexicon, tokens: readonly Token[], nameStart: number): [number, number] | null {
  if (tokens[nameStart - 1]?.text !== ',') return null;
  const end = nameStart - 1;
  if (!isRoleNoun(lex, tokens[end - 1])) return null;
  let start = end - 1;
  while (start - 1 >= 0 && isRoleWord(lex, tokens[start - 1]) && !tokens[start - 1]?.possessive) start--;
  return [start, end];
}

/** Normalised key of a role for comparing "Foreign Minister" and "the foreign minister". */
export function roleKey(role: string): string {
  return role.toLowerCase().replace(/[-\s]+/g, ' ').replace(/\badvisor\b/g, 'adviser').trim();
}
