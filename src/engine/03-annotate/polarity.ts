/**
 * Polarity of a sentence: an on-record denial ("denied any knowledge", "called the reports fake",
 * "haven't seen", "there is no such plan"), a hedge ("unlikely", "hard to say", "may"), or a plain
 * assertion. A sentence that states a negative fact ("No officials were present") asserts.
 */
import type { Polarity } from '../types.ts';

const REPORT_NOUNS = 'reports?|claims?|allegations?|accusations?|rumou?rs?|stories|story|news|suggestions?|assertions?|speculation|information|accounts?';
const VERDICTS = 'fake|false|untrue|baseless|groundless|nonsense|lies|a lie|fabricated|a fabrication|unfounded|absurd|inaccurate|incorrect|misleading|disinformation|misinformation|fiction|fantasy|rubbish';

const DENIALS: readonly RegExp[] = [
  /\b(?:denied|denies|deny|denying|refuted|refutes|rebutted)\b/g,
  // Rejecting a claim denies it; rejecting a request, an offer or a plan refuses it.
  /\b(?:rejected|rejects|rejecting)\b(?!(?:\W+\w+){0,3}?\W+(?:requests?|appeals?|bids?|offers?|proposals?|motions?|pleas?|applications?|calls?|demands?|plans?|petitions?|nominations?|amendments?|budgets?|bills?|invitations?|deals?)\b)/g,
  /\bdismiss(?:ed|es|ing)?\b[^.;]{0,80}?\bas\b/g,
  new RegExp(`\\b(?:${REPORT_NOUNS})\\b(?:\\W+\\w+){0,8}?\\W+(?:${VERDICTS})\\b`, 'g'),
  new RegExp(`\\b(?:called|calling|branded|labell?ed|termed|described)\\b(?:\\W+\\w+){0,4}?\\W+(?:${VERDICTS})\\b`, 'g'),
  /\bfake news\b/g,
  /\b(?:have not|haven't|has not|hasn't|had not|hadn't|did not|didn't|do not|don't|never) (?:seen|heard of|heard about|received any)\b/g,
  /\bno such\b/g,
  /\b(?:not true|no truth|never happened|no basis|nothing to do with|categorically)\b/g,
];
const NOT_A_DENIAL = /(?:\bnot|n't|\bnever|\brefused to|\bdeclined to|\bwould|\bcould)\s+$/;

const HEDGES =
  /\b(?:unlikely|hard to say|difficult to say|unclear|not clear|uncertain|might|could|possibly|perhaps|reportedly|allegedly|too early to|too soon to|remains? to be seen|appears? to|seems? to|apparently|unconfirmed|not sure|no guarantee)\b/;
/** Typography that matters to the patterns (quote marks need no folding: `\W` matches them). */
const CURLY_APOSTROPHE = /[\u2018\u2019\u02BC]/g;
/** "may" only in lower case: "May" is a month or a name. */
const MAY = /\bmay\b/;

/** Cheap pre-check: every denial pattern contains one of these words. */
const DENIAL_WORDS = new RegExp(`\\b(?:den|refut|rebut|reject|dismiss|fake|seen|heard|received|such|true|truth|happened|basis|nothing|categorical|${VERDICTS})`);

/** True when the sentence contains an on-record denial that is not itself negated ("did not deny"). */
export function isDenial(folded: string): boolean {
  if (!DENIAL_WORDS.test(folded)) return false;
  for (const pattern of DENIALS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(folded); m !== null; m = pattern.exec(folded)) {
      const before = folded.slice(Math.max(0, m.index - 14), m.index);
      if (!NOT_A_DENIAL.test(before)) return true;
    }
  }
  return false;
}

/** Whether a sentence asserts, hedges or denies what it says. Denial wins over hedging. */
export function polarityOf(text: string): Polarity {
  const folded = text.replace(CURLY_APOSTROPHE, "'");
  const lower = folded.toLowerCase();
  if (isDenial(lower)) return 'denies';
  if (HEDGES.test(lower) || MAY.test(folded)) return 'hedges';
  return 'asserts';
}
