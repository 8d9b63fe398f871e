/**
 * What a reported sentence says, without who is reported to say it: a reader of a claim wants
 * "The US and Russia were proposing a three-stage peace plan ...", not "Fox News correspondent X
 * wrote on X that according to her sources, the US and Russia were ...". The attribution is in the
 * evidence table, next to every sentence.
 *
 * Only words of the sentence are kept (the first letter is capitalised and a final period added);
 * the rules are English reporting syntax:
 * - lead-ins: a linking word ("Meanwhile,"), a clause conjunction ("while", "adding that"),
 *   "according to X,", and "<speaker> <reporting verb> [to whom, where, when] that";
 * - "<speaker> said" without "that", when a full clause follows that does not open with a pronoun
 *   ("Ilves said 23 people were treated" → "23 people were treated"; "Police said they ..." stays);
 * - tails: ", according to X", ", as X had earlier reported", ", <speaker> said [to whom, when]".
 * The speaker must read as a name, a role or an unnamed source ("US Secretary of State Marco
 * Rubio", "a fire service spokesman", "officials familiar with the talks"); a lead-in with its own
 * content ("As for a meeting between A and B, X said ...") stays, since dropping it would change
 * what the sentence says.
 */
import { ANONYMOUS_HEADS, CUE_FILLERS } from '../03-annotate/lexicon/speech.ts';
import { ROLE_MODIFIERS, ROLE_NOUNS } from '../03-annotate/lexicon/titles.ts';

/** Neutral reporting verbs, finite forms: what follows them is the reported content. */
const REPORTING = new Set(
  (
    'said says told tells added adds stressed stresses noted notes wrote writes emphasized emphasised emphasizes ' +
    'announced announces warned warns insisted insists confirmed confirms claimed claims explained explains argued ' +
    'argues stated states declared declares reiterated reiterates admitted admits suggested suggests indicated ' +
    'indicates asserted asserts revealed reveals disclosed discloses reported reports acknowledged acknowledges ' +
    'hinted hints cautioned cautions conceded concedes predicted predicts estimated estimates maintained maintains ' +
    'tweeted tweets posted posts believes believed thinks thought'
  ).split(' '),
);
/**
 * Reporting verbs that introduce a clause without "that" ("Ilves said 23 people ..."); verbs that
 * often take an object instead ("warned the public to", "claimed responsibility") are not here.
 */
const BARE_REPORTING = new Set('said says added adds stressed insisted argued believes believed thinks thought'.split(' '));
/** A finite verb: what makes the rest after "X said" a clause of its own. */
const FINITE_VERB =
  /\b(?:is|are|was|were|will|would|has|have|had|can|could|should|must|may|might|did|does|do|shall|\p{L}{3,}ed|went|came|made|took|gave|got|held|met|left|began|won|lost|fell|rose|paid|sold|kept|found|saw|knew|told|said|ran|stood|brought|sent|spent|led|hit|put|set)\b/iu;
/** Where and how something was said, left dangling at the end once the speaker is gone. */
const DANGLING_CIRCUMSTANCE = /,?\s+(?:in a (?:written |joint )?statement|in an interview|at a (?:news|press) (?:conference|briefing)|to reporters)(?=[.!]?$)/i;
/** Words that open a clause which has lost its subject: stripping the speaker before them loses the referent. */
const PRONOUN_START = /^(?:he|she|they|it|we|i|you|his|her|their|its|this|these|those|there)\b/i;
/** Small words allowed inside a speaker's name or title ("Secretary of State", "a senior fellow at the Council"). */
const NAME_GLUE = new Set(['the', 'a', 'an', 'of', 'for', 'at', 'on', 'in', 'from', 'and', 'to', 'with', 'de', 'van', 'von', 'al', 'bin']);
/** Personal pronouns that may stand for the speaker. */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
/** Leading links to the previous sentence. */
const CONNECTIVE =
  /^(?:that said|meanwhile|however|at the same time|separately|in addition|additionally|also|but|and|still|moreover|furthermore|on the other hand|earlier|later|then|instead|nonetheless|nevertheless|in a statement|in contrast|obviously|at a post-meeting press briefing)\s*,\s*/i;
/** Conjunctions that open a clause cut out of a compound sentence (see 04-match/clauses.ts). */
const CLAUSE_LEAD =
  /^(?:while|whereas|but|although|though|even though|and|as(?!\s+(?:for|of|part|well|a result|soon|long|far|much|many|such|to|if|though)\b)|with|adding|saying|noting|stressing|insisting|warning|arguing|explaining|emphasi[sz]ing|admitting|acknowledging)(?:\s+that)?\s+/i;
/** Words that open a relative or subordinate clause: such a tail is content, not attribution. */
const NOT_A_SPEAKER = /^(?:which|who|whom|whose|that|what|where|when|as|and|but|if|because|while|although|though|so)\b/i;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/** The words of a text, lower case, quote marks and punctuation dropped. */
function words(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => w.toLowerCase().replace(/['’]s$/, '').replace(/\.$/, ''));
}

/** True when `text` reads as who is speaking: a name with its title, a role, a pronoun or an unnamed source. */
export function isSpeakerPhrase(text: string): boolean {
  if (/["“”‘’]/.test(text.replace(/(?<=\p{L})['’](?=\p{L})/gu, ''))) return false;
  const raw = text.match(WORD) ?? [];
  if (raw.length === 0 || raw.length > 16) return false;
  const lower = words(text);
  if (lower.length === 1 && SUBJECT_PRONOUNS.has(lower[0] ?? '')) return true;
  if (lower.some((w) => ANONYMOUS_HEADS.has(w)) && raw.length <= 8 && !lower.some((w) => /^(?:who|which|that)$/.test(w))) return true;
  const roleWord = (w: string): boolean => ROLE_NOUNS.has(w) || ROLE_MODIFIERS.has(w);
  return raw.every((word, n) => {
    const w = lower[n] ?? '';
    if (/^\p{Lu}/u.test(word) || /^\d/.test(word) || roleWord(w) || NAME_GLUE.has(w) || CUE_FILLERS.has(w)) return true;
    // A noun that qualifies a role: "agency spokesperson", "fire service spokesman".
    for (let k = n + 1; k < lower.length; k++) {
      const next = lower[k] ?? '';
      if (ROLE_NOUNS.has(next)) return true;
      if (NAME_GLUE.has(next) || /^\p{Lu}/u.test(raw[k] ?? '')) return false;
    }
    return false;
  });
}

/** The text with quotations blanked (same length), so patterns never match inside quoted words. */
function maskQuotes(text: string): string {
  return text.replace(/“[^”]*”|"[^"]*"/g, (q) => 'x'.repeat(q.length));
}

/**
 * The speaker of a closing attribution (", the city fire service said"): any short noun phrase,
 * since the position itself marks it; not a relative clause (", which officials said").
 */
function isTailSpeaker(text: string): boolean {
  const trimmed = text.trim();
  const count = trimmed.match(WORD)?.length ?? 0;
  return count > 0 && count <= 6 && !NOT_A_SPEAKER.test(trimmed) && !/["“”]/.test(trimmed);
}

/**
 * What may follow the verb of a closing attribution: where, when or to whom it was said ("on
 * Tuesday", "in a statement", "told reporters at the scene"), never a clause of its own.
 */
function isCircumstance(rest: string, verb: string, most = 6): boolean {
  const text = rest.trim();
  const count = text.match(WORD)?.length ?? 0;
  if (count === 0) return true;
  if (count > most || /\bthat\b|x{3,}|["“”]/i.test(text)) return false;
  if (PREPOSITION.test(text)) return true;
  return /^(?:told|tells)$/i.test(verb);
}

/** Words that open a phrase of place, time or audience ("on X", "in a statement", "to reporters"). */
const PREPOSITION = /^(?:in|on|at|to|during|after|before|from|with|by|for|of|outside|inside|via|late|early|last|this|yesterday|today|earlier|later|afterwards)\b/i;

/** Drops one attribution lead-in, or returns null when the sentence does not open with one. */
function stripLead(text: string, clause: boolean): string | null {
  const connective = CONNECTIVE.exec(text) ?? (clause ? CLAUSE_LEAD.exec(text) : null);
  if (connective && text.length - connective[0].length > 20) return text.slice(connective[0].length);
  const masked = maskQuotes(text);
  const according = /^according to ([^,;]{1,80}),\s+/i.exec(masked);
  if (according) return text.slice(according[0].length);
  for (const m of masked.matchAll(/\b(\p{L}+)\b/gu)) {
    const verb = m[1]?.toLowerCase() ?? '';
    if (!REPORTING.has(verb)) continue;
    const subject = text.slice(0, m.index).replace(/,\s*$/, '');
    if (!isSpeakerPhrase(subject)) return null;
    const after = m.index + m[0].length;
    // "... told reporters on Tuesday that", "wrote on X that": to whom, where and when, then "that".
    const that = /^([^,;.]{0,80}?)\bthat\s+/i.exec(masked.slice(after));
    if (that && isCircumstance(that[1] ?? '', verb, 10)) {
      const rest = text.slice(after + that[0].length);
      return PRONOUN_START.test(rest) ? null : rest;
    }
    if (!BARE_REPORTING.has(verb)) return null;
    const rest = text.slice(after).trimStart();
    if (PRONOUN_START.test(rest) || PREPOSITION.test(rest) || /^["“,:]/.test(rest) || !FINITE_VERB.test(rest)) return null;
    return rest;
  }
  return null;
}

/** Drops one attribution tail, or returns null when the sentence does not end with one. */
function stripTail(text: string): string | null {
  const masked = maskQuotes(text);
  // The last comma-separated piece, or what follows a closing quotation (“…,” she said).
  const quoteEnd = Math.max(text.lastIndexOf('”'), /"/.test(text) ? text.lastIndexOf('"') : -1);
  const cut = Math.max(masked.lastIndexOf(','), masked.lastIndexOf(';'), quoteEnd);
  if (cut < 0) return null;
  const piece = text.slice(cut + 1).replace(/[\s.!]+$/, '');
  const head = text.slice(0, cut + (text[cut] === ',' || text[cut] === ';' ? 0 : 1));
  if (/^\s*according to\s/i.test(piece) && (piece.match(WORD)?.length ?? 0) <= 12) return head;
  if (/^\s*as\s.*\breported\b/i.test(piece) && (piece.match(WORD)?.length ?? 0) <= 10) return head;
  const pieceWords = [...piece.matchAll(WORD)];
  for (let k = 0; k < pieceWords.length; k++) {
    const verb = (pieceWords[k]?.[0] ?? '').toLowerCase();
    if (!REPORTING.has(verb)) continue;
    const speaker = piece.slice(0, pieceWords[k]?.index ?? 0);
    // After the verb only where and when: "told reporters on Tuesday", "said in a statement".
    const rest = piece.slice((pieceWords[k]?.index ?? 0) + verb.length).trim();
    if (!isTailSpeaker(speaker) || !isCircumstance(rest, verb)) return null;
    return head;
  }
  return null;
}

/** True when the text is one quotation and nothing else. */
function isQuotation(text: string): boolean {
  return /^\s*[“"][^“”"]*[”"][\s,.;:!?]*$/.test(text);
}

/** Capitalised, trimmed of dangling commas, closed with a period unless it ends a sentence already. */
function finish(text: string): string {
  let out = text.trim().replace(/[,;:\s]+$/, '');
  // A quotation cut before its closing attribution: `…back,”` → `…back”`.
  out = out.replace(/[,;:]+(["”’])$/, '$1');
  out = out.replace(/^(["“‘]?)(\p{Ll})/u, (_m, mark: string, letter: string) => `${mark}${letter.toUpperCase()}`);
  return /[.!?…]["”’)]?$/.test(out) ? out : `${out}.`;
}

/** Fewest words a proposition keeps; a shorter result means the sentence was mostly attribution. */
const MIN_WORDS = 4;

/**
 * The proposition of a sentence: the sentence without its attribution, capitalised, with a final
 * period. `clause` says the text is a clause cut from a compound sentence, so a leading
 * conjunction ("while", "adding that") goes too.
 */
export function proposition(sentence: string, clause = false): string {
  let text = sentence.trim();
  let speakerGone = false;
  for (let guard = 0; guard < 6; guard++) {
    const next = stripLead(text, clause && guard === 0);
    if (next === null || (next.match(WORD)?.length ?? 0) < MIN_WORDS) break;
    text = next.trimStart();
    speakerGone = true;
  }
  // "X said work is underway ... in a statement": the statement was X's, who is gone.
  if (speakerGone) text = text.replace(DANGLING_CIRCUMSTANCE, '');
  for (let guard = 0; guard < 3; guard++) {
    const next = stripTail(text);
    // A quotation on its own needs its speaker: "“It is hard to say,” Ushakov told AFP" keeps him.
    if (next === null || (next.match(WORD)?.length ?? 0) < MIN_WORDS || isQuotation(next)) break;
    text = next;
  }
  return finish(text);
}
