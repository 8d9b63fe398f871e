/**
 * Clauses of a compound sentence. News sentences often pack several propositions into one ("The
 * union side was led by A and B, while the port sent C and D"; "These comprise restoring X,
 * appointing Y, and ensuring Z"; "Talks ended without a deal, leaving 3,000 on strike"). Matching
 * whole sentences lets one proposition drown the others, so the engine compares clauses (units,
 * see units.ts), and the evidence is still the whole sentence.
 *
 * Split points are English syntax, not topic words, and never inside a quotation: a semicolon;
 * a comma before a contrastive or temporal conjunction ("while", "whereas", "but", "although"), a
 * participle speech cue ("adding that"), a participial clause (", leaving ..."), an absolute
 * construction (", with X doing ..."), an independent clause after ", and" (it has a finite
 * verb); "as" followed by a new subject; a second infinitive (" and to ..."); and, without a comma,
 * "and", "whereas" or "while" between two clauses that each have a subject and a finite verb (newSubjectClause,
 * which asks the language which words are verbs). A piece shorter
 * than `minWords` words (EngineConfig.segment.minClauseWords) stays with its neighbour.
 */

import { outsideQuotes } from './according.ts';
import { allMatches } from '../text.ts';

/** A clause: UTF-16 offsets into the sentence text. */
export interface ClauseSpan {
  start: number;
  end: number;
}


/** Conjunctions after a comma that open a new clause. */
const CONJUNCTION = /^(?:while|whereas|but|although|though|even though|adding|saying|noting|stressing|insisting|warning|arguing|explaining)\b/i;
/** -ing words that are prepositions or attribution, not participial clauses. */
const NOT_PARTICIPLE = new Set([
  'including', 'according', 'during', 'following', 'regarding', 'concerning', 'excluding', 'notwithstanding',
  'citing', 'quoting', 'saying', 'adding', 'noting', 'something', 'nothing', 'anything', 'everything', 'morning',
  'evening', 'during', 'spring', 'thing', 'king', 'meeting', 'building', 'ceiling', 'wedding', 'funding', 'bring',
  'briefing', 'hearing', 'ruling', 'string', 'sibling', 'darling', 'shilling', 'sterling',
]);
/** Words that mark a finite verb: an independent clause after ", and" has one. */
const FINITE = /\b(?:is|are|was|were|will|would|has|have|had|can|could|should|must|may|might|did|does|do|said|says|told|agreed|announced)\b/i;
/** Words that open a subject after "as" ("as the two parties wrapped up", "as Washington agreed"). */
const SUBJECT_OPENER = /^(?:the|both|they|he|she|we|it|their|his|her|its|our|two|three|several|many)\b/i;
/** "as" inside fixed phrases is not a conjunction: "such as", "as well as", "as soon as", "as part of". */
const AS_PHRASE_AFTER = /^(?:well|soon|long|far|much|many|part|a result|of|for|to|if|though|opposed|such|usual|expected|possible)\b/i;

/** "as X (had earlier) reported." at the end of a sentence. */
export const REPORTED_AS = /^as\s+[^,;]{1,60}?\s(?:reported|said|wrote|announced|reports|says|noted|told [^,;]{1,30})[\s.!"”’]*$/i;

/**
 * A demonstrative standing alone for what the clause before said ("but there was no immediate
 * confirmation of that from railroad authorities"): before a preposition or a mark, not a noun.
 */
const POINTS_BACK = /\b(?:this|that|these|those)(?=\s*(?:[.,;:!?]|$)|\s+(?:from|of|about|by|for|with)\b)/i;
/**
 * A clause that depends on the one before: a participle, "adding that", "with …", a second infinitive
 * ("and to …"), or a second "that" clause of a verb of saying ("said he welcomed the release, but
 * that the questions would not go away").
 */
const DEPENDENT = /^(?:(?:and|but|while|as)\s+)?(?:\p{Ll}+ing\b|with\b|which\b|who\b|to\b)|^(?:and|but|or|yet)\s+that\b/iu;
/**
 * A coordinated verb phrase whose subject is the first conjunct's ("leaders met in Paris but were
 * unable to agree", "the issues affect Windows and were caused by a defect"): a conjunction, then
 * an auxiliary, a modal or a past-tense verb with no subject of its own, or a present-tense verb
 * right before its object ("ends one of the longest abductions, but leaves the sector with …").
 */
const SHARED_SUBJECT = /^(?:and|but|or|yet)\s+(?:(?:also|then|later|still|not|never|quickly|soon)\s+)?(?:were|was|is|are|had|has|have|will|would|could|can|did|does|do|should|may|might|must|\p{Ll}{3,}ed)\b|^(?:and|but|or|yet)\s+\p{Ll}{3,}s\s+(?:the|a|an|its|their|his|her|our|this|these|those)\b/u;

/**
 * True when a clause after the first of its sentence cannot stand alone ("…, appointing a team",
 * "adding that …", "and were caused by …", "… of that from railroad authorities"): shown, it is its
 * whole sentence.
 */
export function leansOnClauseBefore(text: string, clause: { part: number; start: number; end: number }): boolean {
  if (clause.part === 0) return false;
  const words = text.slice(clause.start, clause.end).trim();
  return DEPENDENT.test(words) || SHARED_SUBJECT.test(words) || POINTS_BACK.test(outsideQuotes(words));
}

const WORD = /[\p{L}\p{N}]+/gu;

function wordCount(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** The text with every quotation (marks included) blanked out, so no split falls inside one. */
function maskQuotes(text: string, quotes: ReadonlyArray<{ start: number; end: number }>): string {
  if (quotes.length === 0) return text;
  let out = text;
  for (const { start, end } of quotes) {
    const from = Math.max(0, start - 1);
    const to = Math.min(text.length, end + 1);
    out = out.slice(0, from) + 'x'.repeat(to - from) + out.slice(to);
  }
  return out;
}

/** Words before "as" that make it part of a fixed phrase ("such as", "described ... as", "used as"); see wordBefore. */
const AS_BEFORE_WORDS = new Set(
  'such well soon same far long much many just so twice quickly described seen known regarded served acting act acts acted serve serves used'.split(' '),
);

/** True when the "as" that starts at `at` belongs to a fixed phrase ("such as", "used as"), not a clause. */
export function fixedAs(text: string, at: number): boolean {
  let end = at;
  while (end > 0 && /\s/.test(text[end - 1] ?? '')) end--;
  return AS_BEFORE_WORDS.has(wordBefore(text, end));
}

/** The ASCII word that ends just before `end` (what `\b(word)\s*$` would see), lower case. */
function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && /\w/.test(text[start - 1] ?? '')) start--;
  return text.slice(start, end).toLowerCase();
}

/** "as much", "as many", "as long", "as good": the first "as" of an equative comparison. */
const EQUATIVE_OPENING = /\bas\s+(?:\p{L}+\s+){0,1}(?:much|many|long|far|soon|often|well|few|little|\p{L}+(?:er|est|ly|ful|ous|ive|able|ible|al|ic|y))\b(?:\s+\p{L}+){0,4}\s*$/iu;

/**
 * True when the "as" at `at` closes an equative comparison its clause opened ("given as much time as
 * they needed", "as many people as the stadium holds"): its second term, not a clause of its own.
 */
function closesComparison(text: string, at: number): boolean {
  const clause = text.slice(Math.max(0, at - 80), at).split(/[,;:]/).at(-1) ?? '';
  return EQUATIVE_OPENING.test(clause);
}

/** End of the comma- or semicolon-delimited piece that starts at `from`. */
function pieceEnd(text: string, from: number): number {
  const comma = text.indexOf(',', from);
  const semicolon = text.indexOf(';', from);
  const ends = [comma, semicolon].filter((x) => x >= 0);
  return ends.length === 0 ? text.length : Math.min(...ends);
}

/**
 * True when the clause from `at` ends at a comma followed by a speech tag ("X and Y, a Reuters
 * witness said, while …"; "…, and Z, police said."): a short piece with a verb of saying. The tag
 * governs every clause before it, so they stay one unit: cut off, the first would lose its source.
 */
function taggedAfter(masked: string, at: number, verbs: VerbWords): boolean {
  const end = pieceEnd(masked, at);
  if (masked[end] !== ',') return false;
  const tag = (masked.slice(end + 1, pieceEnd(masked, end + 1)).match(/[\p{L}'’]+/gu) ?? []).map((w) => w.toLowerCase());
  return tag.length > 0 && tag.length <= 8 && tag.some((w) => verbs.speech(w) && !/ing$/.test(w));
}

/** Candidate split offsets (start of the new clause) in a quote-masked sentence. */
function splitPoints(masked: string, verbs: VerbWords): number[] {
  const points: number[] = [];
  // Without a comma, "and", "whereas" and "while" join clauses when a subject and a finite verb of
  // their own follow ("… by 2030 while strikes disrupted transport"); "while he was …" (a pronoun)
  // and "while downplaying …" (no subject) say when, the sentence's background.
  for (const m of allMatches(/[^,;\s]\s+(?=(?:and|whereas|while)\s)/g, masked)) {
    const at = m.index + m[0].length;
    if (newSubjectClause(masked, at, verbs) && !taggedAfter(masked, at, verbs)) points.push(at);
  }
  if (!/[,;]|\sas\s|\sand\s+to\s/.test(masked)) return points;
  // "Because X; the impact is severe": a subordinate clause that opens the sentence has its main
  // clause after a semicolon written for a comma, and is no claim of its own.
  const opensSubordinate = /^(?:because|although|though|if|when|since|unless|once|whereas)\b[^;]*;/i.test(masked);
  for (const m of allMatches(/;\s+/g, masked)) if (!(opensSubordinate && m.index === masked.indexOf(';'))) points.push(m.index + m[0].length);
  for (const m of allMatches(/,\s+(?=\S)/g, masked)) {
    const at = m.index + m[0].length;
    // Every test looks at the piece up to the next comma or semicolon, and no further.
    const piece = masked.slice(at, pieceEnd(masked, at));
    if (CONJUNCTION.test(piece)) points.push(at);
    else if (/^with\s/i.test(piece) && absolute(piece)) points.push(at);
    else if (/^and\s/i.test(piece) && ((FINITE.test(piece) && /^and\s+(?:the|he|she|they|it|we|its|their|his|her|\p{Lu})/u.test(piece)) || commaAndClause(masked, at, piece, verbs)) && !taggedAfter(masked, at, verbs)) points.push(at);
    else if (participle(piece)) points.push(at);
  }
  // A list of participial clauses may end in "... and ensuring ..." with no comma (after a quotation).
  if (points.length > 0) {
    for (const m of allMatches(/[\s”"’]+(?=and\s+\p{Ll}+ing\b)/gu, masked)) {
      const at = m.index + m[0].length;
      if (participle(masked.slice(at, pieceEnd(masked, at)))) points.push(at);
    }
  }
  for (const m of allMatches(/\s+(?=as\s+(\S+))/g, masked)) {
    const at = m.index + m[0].length;
    const after = masked.slice(at + 3, at + 43);
    if (fixedAs(masked, at) || AS_PHRASE_AFTER.test(after) || closesComparison(masked, at)) continue;
    // "as Bloomberg had earlier reported" credits a report; it is not a clause of its own.
    if (reportedAs(masked, at)) continue;
    if ((SUBJECT_OPENER.test(after) || /^\p{Lu}/u.test(after)) && asOpensClause(masked, at, verbs)) points.push(at);
  }
  for (const m of allMatches(/\s+(?=and\s+to\s)/g, masked)) points.push(m.index + m[0].length);
  return [...new Set(points)].sort((a, b) => a - b);
}

/**
 * False when the words after "as" at `at` meet a subordinator before any finite verb: the verb they
 * reach is the subordinate clause's, and the "as" is a preposition ("referring to him as the 13th
 * President of Türkiye in their speeches before the vote count ended"), not a conjunction with a
 * subject and verb of its own ("as the two parties wrapped up", "as they work to get …"); false too
 * when the clause is passive (below), or inside reported speech.
 */
function asOpensClause(masked: string, at: number, verbs: VerbWords): boolean {
  // Inside what a verb of saying reports with "that" ("… said that Kyiv has watched anxiously as U.S.
  // and Russian officials met in Riyadh …") the clause is the speaker's, and cut off it would be the
  // site's; right after the verb ("Berger said as she stood at the head of the rally") it tells when
  // the words were said. "Ushakov said the talks went well as the two parties wrapped up …" splits.
  const before = (masked.slice(Math.max(masked.lastIndexOf(';', at), 0), at).match(/[\p{L}'’]+/gu) ?? []).map((w) => w.toLowerCase());
  if (before.some((w, k) => verbs.speech(w) && before[k + 1] === 'that') || verbs.speech(before.at(-1) ?? '')) return false;
  const words = (masked.slice(at, pieceEnd(masked, at)).match(/[\p{L}\p{N}'’.-]+/gu) ?? []).slice(1).map((w) => w.toLowerCase());
  for (let k = 1; k < words.length; k++) {
    const word = words[k] as string;
    // A passive ("as the final votes were counted") says what was going on meanwhile: the
    // sentence's background, not a claim of its own, and cut off it would read as done.
    if (PASSIVE_BE.test(word) && /ed\.?$/.test(words[k + 1] ?? '')) return false;
    if (!/ing$/.test(word) && verbs.finite(word)) return true;
    if (SUBORDINATOR.test(word)) return false;
  }
  return true;
}

/** Forms of "be" that make a passive with a participle after them. */
const PASSIVE_BE = /^(?:is|are|was|were|being)$/;

/** What the clause splitter asks of the language about one lower-case word. */
export interface VerbWords {
  /** A finite verb form: "is", "began", "disrupted". */
  finite(word: string): boolean;
  /** A verb of saying, whose object may be a clause without "that": "said a meeting ... was unlikely". */
  speech(word: string): boolean;
}

/**
 * True when `words[k]` is a verb of saying: not a participle after an article, which modifies the
 * noun after it ("an estimated 1.28 million", "the reported deal") and reports nothing.
 */
function saying(verbs: VerbWords, words: readonly string[], k: number): boolean {
  return verbs.speech(words[k] as string) && !(k > 0 && ARTICLE.test(words[k - 1] as string) && /ed$/.test(words[k] as string));
}

/** The articles. */
const ARTICLE = /^(?:a|an|the)$/;

/** No verbs known: conjunctions without a comma never split. */
const NO_VERBS: VerbWords = { finite: () => false, speech: () => false };

/**
 * Words that open a noun phrase: determiners and possessives, and "there". A clause whose subject is
 * a pronoun ("and it has been cited as ...") leans on the clause before it, so it stays with it.
 */
const NP_OPENER = /^(?:the|a|an|these|those|its|their|his|her|our|my|your|some|many|several|both|all|each|every|most|few|other|another|there)$/;

/** Prepositions and the infinitive marker: a subject does not run through them. */
const NOT_SUBJECT = /^(?:to|in|on|at|of|for|from|by|with|into|after|before|during|since|against|over|under|about|between|among|than|then|also|not)$/;

/** Words that open a subordinate clause, whose subject may run on past "and". */
const SUBORDINATOR = /^(?:that|after|before|when|whenever|whether|if|because|since|until|unless|as|while|whereas|although|though|once|which|who|whom|whose|where|how|why|what)$/;

/** A word that can open a subject: a determiner or pronoun, a number, a capitalised word or a plural noun. */
function subjectOpener(word: string): boolean {
  return NP_OPENER.test(word.toLowerCase()) || /^\p{N}/u.test(word) || /^\p{Lu}/u.test(word) || /[^s]s$/.test(word);
}

/**
 * True when the conjunction at `at` ("and", "whereas", no comma before it) joins a clause
 * with a subject and verb of its own to one that already has a finite verb: "1.2 million people
 * marched on Tuesday and strikes disrupted transport" is two propositions; "marched and chanted"
 * (one subject) and "transport and schools" (no verb) are one.
 */
function newSubjectClause(masked: string, at: number, verbs: VerbWords): boolean {
  const all = masked.slice(at, pieceEnd(masked, at)).match(/[\p{L}\p{N}'’.-]+/gu) ?? [];
  const words = all.slice(1, 6);
  const finite = (word: string): boolean => !/ing$/.test(word) && verbs.finite(word);
  const opener = words[0];
  // After "whereas" a clause follows whatever its first word; after "and" a verb phrase may, after "while" a participle.
  if (opener === undefined || finite(opener.toLowerCase()) || (all[0]?.toLowerCase() !== 'whereas' && !subjectOpener(opener))) return false;
  const lower = words.map((w) => w.toLowerCase());
  const verb = lower.findIndex((w, k) => k > 0 && finite(w));
  // The subject reaches its verb without a preposition or a clause of its own ("and schools during
  // mass protests", "and European capitals that Trump could ...").
  if (verb < 0 || lower.slice(1, verb).some((w) => NOT_SUBJECT.test(w) || SUBORDINATOR.test(w))) return false;
  // The clause before has a verb, and no subordinate clause opens after it, nor a verb of saying's
  // object: in "said that US and Russian officials agreed", "after bin collectors and truck drivers
  // joined" or "said a meeting between Putin and Trump was", the conjunction joins two subjects of one verb.
  const before = (masked.slice(Math.max(masked.lastIndexOf(';', at), 0), at).match(/[\p{L}'’]+/gu) ?? []).map((w) => w.toLowerCase());
  const lastVerb = before.findLastIndex((w) => finite(w));
  // Nor inside what a verb of saying reports ("Jana Puglierin said that Kyiv has watched anxiously
  // … and worries are high in Ukraine …"): cut off, the second clause would be the site's assertion.
  if (before.some((_, k) => saying(verbs, before, k))) return false;
  return lastVerb >= 0 && !saying(verbs, before, lastVerb) && !before.slice(lastVerb + 1).some((w) => SUBORDINATOR.test(w) || w === 'between' || w === 'among');
}

/**
 * ", and police said 22 people had been arrested", ", and classes were canceled in many schools",
 * ", and the train rammed into a goods train": after a comma, "and" then a subject of one to four
 * words (a bare noun too, which newSubjectClause does not take without the comma) and a finite verb
 * of its own, the verb any the language knows ("rammed", "fell"), not only FINITE's auxiliaries.
 * Not a verb phrase sharing the subject before (", and chanted slogans"), nor a subject running
 * through a preposition, nor a clause inside what a verb of saying reports (newSubjectClause), nor
 * after a clause whose only verb is a subordinate clause's.
 */
function commaAndClause(masked: string, at: number, piece: string, verbs: VerbWords): boolean {
  const words = (piece.match(/[\p{L}\p{N}'’.-]+/gu) ?? []).slice(1, 6).map((w) => w.toLowerCase());
  const finite = (word: string): boolean => !/ing$/.test(word) && verbs.finite(word);
  const verb = words.findIndex((w, k) => k > 0 && finite(w));
  if (verb < 0 || finite(words[0] as string)) return false;
  const subject = words.slice(0, verb);
  if (subject.some((w) => NOT_SUBJECT.test(w) || SUBORDINATOR.test(w) || /ly$/.test(w) || /ing$/.test(w))) return false;
  // The clause before has a main verb: a finite verb with no subordinator before it in its comma
  // piece. In "The crash involving two trains, which were carrying 2,000 passengers, and a goods
  // train occurred …" the only verb before "and" is the relative clause's, and "and" joins subjects.
  const opening = masked.slice(Math.max(masked.lastIndexOf(';', at), 0), at);
  const pieces = opening.split(',').map((piece) => (piece.match(/[\p{L}'’]+/gu) ?? []).map((w) => w.toLowerCase()));
  const mainVerb = pieces.some((piece) => {
    const v = piece.findIndex((w) => finite(w));
    return v >= 0 && !piece.slice(0, v).some((w) => SUBORDINATOR.test(w));
  });
  return mainVerb && !pieces.some((piece) => piece.some((_, k) => saying(verbs, piece, k)));
}

/** True when the sentence ends in "as X (had earlier) reported" from `at` (REPORTED_AS, tested only on a short tail). */
function reportedAs(masked: string, at: number): boolean {
  let end = masked.length;
  while (end > at && /[\s.!"”’]/.test(masked[end - 1] ?? '')) end--;
  return end - at <= MAX_REPORTED_AS && REPORTED_AS.test(masked.slice(at));
}

/** Longest "as X ... reported" tail REPORTED_AS can match (without its closing punctuation). */
const MAX_REPORTED_AS = 110;

/** ", with the Kremlin voicing new demands": "with", a short noun phrase, then an -ing word. */
function absolute(piece: string): boolean {
  const words = piece.match(/[\p{L}'’-]+/gu) ?? [];
  return words.slice(1, 9).some((word) => /ing$/i.test(word) && !NOT_PARTICIPLE.has(word.toLowerCase()));
}

/**
 * ", leaving 3,000 workers on strike" / ", and ensuring that ...": a participial clause. Not an -ing
 * word before a noun that is the subject of a verb of its own (", blocking actions were also
 * recorded"): that is a clause with its own subject, which leaves the piece before it without one.
 */
function participle(rest: string): boolean {
  const match = /^(?:and\s+)?(?:\p{Ll}+ly\s+)?(\p{Ll}+ing)\b/u.exec(rest);
  if (match?.[1] === undefined || NOT_PARTICIPLE.has(match[1])) return false;
  return !/^\s+\p{Ll}+\s+(?:is|are|was|were|has|have|had|will|would|could|can)\b/u.test(rest.slice(match[0].length));
}

/**
 * The clauses of a sentence, in order, covering it without gaps (a single span when it is not
 * compound). `quotes` are the quotation spans (offsets of the quoted words).
 */
export function clauseSpans(text: string, quotes: ReadonlyArray<{ start: number; end: number }>, minWords: number, verbs: VerbWords = NO_VERBS): ClauseSpan[] {
  const whole = [{ start: 0, end: text.length }];
  if (text.length < 60) return whole;
  const points = splitPoints(maskQuotes(text, quotes), verbs);
  if (points.length === 0) return whole;
  const spans: ClauseSpan[] = [];
  let start = 0;
  for (const point of [...points, text.length]) {
    if (point <= start) continue;
    spans.push({ start, end: point });
    start = point;
  }
  // Short pieces join their neighbour: the previous one, or the next for the first.
  const merged: ClauseSpan[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && (wordCount(text.slice(span.start, span.end)) < minWords || wordCount(text.slice(last.start, last.end)) < minWords)) {
      last.end = span.end;
    } else merged.push({ ...span });
  }
  return merged.map(({ start: s, end: e }) => trimSpan(text, s, e));
}

/** The span without surrounding spaces and the comma or semicolon that ended it. */
function trimSpan(text: string, start: number, end: number): ClauseSpan {
  let e = end;
  while (e > start && /[\s,;]/.test(text[e - 1] ?? '')) e--;
  let s = start;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  return { start: s, end: e };
}
