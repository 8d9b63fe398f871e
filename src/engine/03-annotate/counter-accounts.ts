/**
 * An account that answers the one before it in its paragraph: "Vesna Koral says residents complained
 * to police in July that the kiosk was selling home-made spirits. According to regional police chief
 * Damir Struk, the first complaint about the kiosk reached police at 7 a.m. on Sunday." Newswriting
 * sets two sides' accounts of one thing side by side so; the second denies the first without a word
 * of denying. Read only when all of this holds, as most adjacent accounts add to each other:
 *
 * - both sentences open on an account ("X says", "X said", "According to X,"), the second by a source
 *   the first does not name; either may give its source last instead ("…, workers say.", "No call was
 *   received on Saturday, according to the fire brigade.");
 * - they speak of one thing: two words of one family at least in common (one, after a verb that holds a
 *   position, or when the second's source is the party the first speaks of and it states a negation);
 * - the second adds nothing ("also", "too", "agreed"), intends nothing ("says it will …"), and states
 *   what the first does not: a negation, or a day, date, time (a part of the day too: "only at dawn")
 *   or figure of its own; or it holds a position ("X insisted …", "X maintains …"), which answers.
 */
import type { Language } from '../language/index.ts';
import type { AnnotatedSentence } from '../types.ts';
import type { Unit } from './units.ts';
import { wordsAtLeast } from '../text.ts';

/** "According to regional police chief Damir Struk,", "Velcor says", "The company said", "On Tuesday the council said": an account's opening, with its source, after a day or a word of when. */
const ACCOUNT_OPENING = /^["“]?(?:(?:On\s+\p{Lu}\p{Ll}+day|Later|Yesterday|Today|Earlier|On\s+\d{1,2}\s+\p{Lu}\p{Ll}+),?\s+)?(?:According to\s+((?:[\p{L}'’.-]+\s+){0,6}?[\p{L}'’.-]+),|((?:(?:the|a|an|his|her|its|their)\s+)?(?:[\p{L}'’.-]+\s+){0,5}?[\p{L}'’.-]+)(?:,[^,]{3,60},)?\s+(?:says|said|maintains|maintained|insists|insisted)\s)/u;
/**
 * ", according to the fire brigade." closing a sentence: an account, its source last; or a quotation
 * its source insists on, named after it ('"The buses were there, I drove one of them," insisted depot
 * boss Len Harker.'), which holds a position.
 */
const ACCOUNT_CLOSING = /,\s+according to\s+((?:[\p{L}'’.-]+\s+){0,6}?[\p{L}'’.-]+)\s*[.!]?\s*$|["”]\s*,?\s+(?:insisted|insists|maintained|maintains)\s+((?:[\p{L}'’.-]+\s+){0,6}?[\p{L}'’.-]+)\s*[.!]?\s*$/u;
/** A verb of saying after at most nine words (and an apposition between commas), or "According to": the sentence opens on an account. */
const OPENING_SAYING = /^["“]?(?:[\p{L}'’.-]+\s+){0,8}?(?:[\p{L}'’.-]+,[^,;]{3,60},\s+)?(says|said|say|told|tells|claimed|alleges|alleged|accused)\b|^["“]?According to\b/iu;
/** An account whose source comes last: "…, workers say.", "…, according to the union." */
const CLOSING_SAYING = /,\s+(?:according to\s+[^,;]{2,60}|(?:[\p{L}'’.-]+\s+){0,5}?(?:says|said|say|told\s+[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+)?))\s*[.!]?\s*$/iu;
/** Words that add to what was said, or agree with it. */
const ADDING = /\b(?:also|too|as well|likewise|similarly|agreed|agrees|confirmed|confirms|added)\b/iu;
/** An intention or a plan right after a verb of saying ("says it will appeal"): it answers nothing. */
export const INTENDED = /^\s*(?:(?:that\s+)?(?:it|he|she|they|we)\s+)?(?:will|would|is going to|plans?|intends?|wants?|hopes?|was considering|were considering|is considering|are considering)\b/iu;
/** What an answer states that the account it answers does not: a negation ("without a single …", "without any …" too), a figure, a day or month, a time. */
const SPECIFIC = /\b(?:not|never|no|nothing|none)\b|n't\b|\bwithout(?=\s+(?:a\s+single|any)\b)|\d|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|morning|afternoon|evening|night|dawn|dusk|daybreak|nightfall|midnight|noon|midday|lunchtime)\b/giu;
/** The negations among SPECIFIC's words. */
const NEGATION = /^(?:not|never|no|nothing|none|n't|without)$/i;
/** An opening whose verb holds a position ("insisted", "maintains"): the account answers, whatever it states. */
const POSITION_OPENING = /\b(?:maintains|maintained|insists|insisted)\s$/u;
/** How many word families the two accounts must share. */
const SHARED = 2;

/**
 * "The bus company did not immediately respond to questions.", "Velcor declined to comment.": a
 * party's silence, which says nothing of the account before it. An answer after it answers that account.
 */
const NO_COMMENT = /\b(?:(?:did|has|have|had|could)\s*(?:not|n['’]t)\s+(?:yet\s+|immediately\s+)?(?:respond(?:ed)?|reply|replied|comment(?:ed)?|return(?:ed)?\s+(?:calls|messages|requests))|declined\s+to\s+(?:comment|respond|answer)|(?:could|can)\s*(?:not|n['’]t)\s+be\s+reached|was\s+not\s+available\s+for\s+comment)\b/iu;

/** Most words a sentence of silence has: a longer one says something besides. */
const SILENCE_WORDS = 12;

/**
 * The unit of the account before sentence `s` that `s` answers, or null (see the module comment):
 * the sentence before, or the one before that when the sentence between is a party's silence (NO_COMMENT).
 */
export function answeredAccount(lang: Language, sentences: readonly AnnotatedSentence[], unitsOf: (s: number) => readonly Unit[], s: number): Unit | null {
  const sentence = sentences[s];
  const between = sentences[s - 1];
  const silence = between !== undefined && NO_COMMENT.test(between.text) && !wordsAtLeast(between.text, SILENCE_WORDS + 1);
  const at = silence ? s - 2 : s - 1;
  const previous = sentences[at];
  if (!sentence || !previous || !between || sentence.article !== previous.article || sentence.block !== previous.block || between.block !== sentence.block) return null;
  const opening = ACCOUNT_OPENING.exec(sentence.text);
  const closing = opening === null ? ACCOUNT_CLOSING.exec(sentence.text) : null;
  if (opening === null && closing === null) return null;
  const source = (opening?.[1] ?? opening?.[2] ?? closing?.[1] ?? closing?.[2] ?? '').toLowerCase();
  if (/^(?:he|she|they|it|we|i|this|that)$/.test(source)) return null;
  const saying = OPENING_SAYING.exec(previous.text);
  const said = saying === null ? CLOSING_SAYING.exec(previous.text) : null;
  if (saying === null && said === null) return null;
  // Another source than the one the first account opens on (or closes on).
  const head = source.split(/\s+/).at(-1) ?? source;
  const attribution = saying !== null ? previous.text.slice(0, saying.index + saying[0].length) : (said?.[0] ?? '');
  if (attribution.toLowerCase().includes(head)) return null;
  const rest = opening !== null ? sentence.text.slice(opening[0].length) : sentence.text.slice(0, closing?.index ?? 0);
  if (ADDING.test(sentence.text) || INTENDED.test(rest)) return null;
  const specifics = (text: string): Set<string> => new Set((text.match(SPECIFIC) ?? []).map((w) => w.toLowerCase()));
  const before = specifics(previous.text);
  const position = (opening !== null && POSITION_OPENING.test(opening[0])) || closing?.[2] !== undefined;
  if (!position && ![...specifics(rest)].some((w) => !before.has(w))) return null;
  const own = unitsOf(s);
  const answered = unitsOf(at).filter((u) => u.checkable && !u.denial && u.antecedent === undefined);
  if (own.length === 0 || answered.length === 0 || own.some((u) => u.denial || !u.checkable)) return null;
  const families = new Set(own.flatMap((u) => u.content.map((t) => lang.family(t))));
  const shared = new Set(answered.flatMap((u) => u.content.map((t) => lang.family(t))).filter((f) => families.has(f)));
  // The party the first account speaks of, answering it with a negation ("Residents say Nordgas
  // ignored their calls. Nordgas says it never received a call about gas."): one word in common will do.
  const spokenOf = new RegExp(`\\b${head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'iu').test(previous.text.slice(attribution.length));
  const negates = [...specifics(rest)].some((w) => NEGATION.test(w));
  if (shared.size < (position || (spokenOf && negates) ? 1 : SHARED)) return null;
  return answered[answered.length - 1] as Unit;
}

/**
 * Marks each unit of a sentence that answers the account before it (`answeredAccount`) as a denial
 * of that account's unit (`Unit.answers`), for 04-match/denials.ts to attach.
 */
export function markAnswers(lang: Language, sentences: readonly AnnotatedSentence[], units: readonly Unit[]): void {
  const bySentence = new Map<number, Unit[]>();
  for (const unit of units) {
    const list = bySentence.get(unit.s);
    if (list) list.push(unit);
    else bySentence.set(unit.s, [unit]);
  }
  const unitsOf = (s: number): readonly Unit[] => bySentence.get(s) ?? [];
  for (let s = 1; s < sentences.length; s++) {
    const answered = answeredAccount(lang, sentences, unitsOf, s);
    if (answered === null) continue;
    // Not a relative clause made a unit ("Nordgas, which runs 40 stations, insists …"): it describes the source.
    for (const unit of unitsOf(s)) {
      if (unit.antecedent !== undefined) continue;
      unit.denial = true;
      unit.answers = answered.i;
    }
  }
}
