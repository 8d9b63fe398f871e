/**
 * Who does the speaking: the subject of a speech verb, found next to the verb ("Ushakov said",
 * "“…,” said Rubio"), across an appositive ("Ushakov, attending the talks alongside …, described"),
 * as a pronoun ("he said"), a role ("the Russian foreign minister said") or an unnamed source
 * ("Russian officials said").
 */
import type { Lexicon } from '../language/index.ts';
import type { Token } from '../language/tokens.ts';
import type { EntityKind } from '../types.ts';
import { isRoleNoun, isRoleWord, roleKey } from './roles.ts';

/** An entity mention located by tokens. */
export interface TokenMention {
  entity: string;
  kind: EntityKind;
  /** Token range [t0, t1). */
  t0: number;
  t1: number;
  /** Outlet the text ties the person to ("Fox News ... correspondent"), if any. */
  affiliation: string | null;
}

/** What a sentence's analysis needs to find subjects. */
export interface SubjectContext {
  lex: Lexicon;
  tokens: readonly Token[];
  /** Token is inside a quotation. */
  inside: readonly boolean[];
  mentions: readonly TokenMention[];
  /** The person the story gives this role ("foreign minister"), preferring the latest in the article. */
  entityWithRole: (role: string) => string | null;
}

/** A subject: a named entity, a pronoun to resolve, or an unnamed source. */
export type Subject =
  | { type: 'entity'; mention: TokenMention }
  | { type: 'pronoun'; token: number; female: boolean }
  /** `token` is where the role phrase starts ("the"). */
  | { type: 'role'; entity: string; token: number }
  | { type: 'anonymous'; token: number }
  /** An organisation named by what it is, not by name ("police", "the interior ministry"): tokens [token, end). */
  | { type: 'institution'; token: number; end: number };

const PRONOUNS = new Map([['he', false], ['she', true]]);
const NP_WORDS = new Set(['the', 'a', 'an', 'some', 'several', 'two', 'three', 'many', 'other', 'senior', 'top', 'unnamed', 'anonymous']);
const DETERMINERS = new Set(['the', 'a', 'an']);
/** Prepositions that put a name inside a phrase headed by something else ("officials in Texas"). */
const PP_HEADS = new Set(['in', 'from', 'at', 'for', 'of', 'near']);

/** The mention that ends right before token `end` (exclusive end), if any. */
export function mentionEndingAt(ctx: SubjectContext, end: number): TokenMention | null {
  for (const m of ctx.mentions) if (m.t1 === end) return m;
  return null;
}

/** The mention that starts at token `start`, if any. */
export function mentionStartingAt(ctx: SubjectContext, start: number): TokenMention | null {
  for (const m of ctx.mentions) if (m.t0 === start) return m;
  return null;
}

/** The subject written before the verb at token `verb`; `strict` forbids the appositive path. */
export function subjectBefore(ctx: SubjectContext, verb: number, strict: boolean): Subject | null {
  const { tokens } = ctx;
  let j = verb - 1;
  for (;;) {
    const key = tokens[j]?.key ?? '';
    if (ctx.lex.cueFillers.has(key)) j--;
    else if (ctx.lex.weekdays.has(key) && tokens[j - 1]?.key === 'on') j -= 2;
    else break;
  }
  const token = tokens[j];
  if (!token || ctx.inside[j]) return null;
  if (token.text === ',') return strict ? null : appositiveSubject(ctx, j);
  return subjectEndingAt(ctx, j + 1);
}

/** A named, pronoun, role or anonymous subject whose last token is `end - 1`. */
export function subjectEndingAt(ctx: SubjectContext, end: number): Subject | null {
  const token = ctx.tokens[end - 1];
  if (!token) return null;
  const mention = mentionEndingAt(ctx, end);
  if (mention) {
    const before = ctx.tokens[mention.t0 - 1]?.key ?? '';
    // "Health officials in Texas said", "a spokesman for the Kremlin said": the head before the phrase speaks.
    const preposition = PP_HEADS.has(before) ? mention.t0 - 1 : before === 'the' && PP_HEADS.has(ctx.tokens[mention.t0 - 2]?.key ?? '') ? mention.t0 - 2 : -1;
    if (preposition > 0) {
      const head = subjectEndingAt(ctx, preposition);
      if (head) return head;
      if (mention.kind === 'place') return null;
    }
    // "both Rubio and Lavrov saying": the first of a coordinated pair.
    const first = before === 'and' ? mentionEndingAt(ctx, mention.t0 - 1) : null;
    return { type: 'entity', mention: first?.kind === mention.kind ? first : mention };
  }
  const female = PRONOUNS.get(token.key);
  if (female !== undefined) return { type: 'pronoun', token: end - 1, female };
  if (isAnonymousHead(ctx.lex, token)) return { type: 'anonymous', token: end - 1 };
  if (isInstitutionHead(ctx.lex, token, end - 1)) {
    // "the candidate of a six-party alliance, said", "a spokesman for the ministry said": an
    // organisation after a preposition is part of a phrase headed by something else.
    const start = institutionStart(ctx, end - 1);
    return PREPOSITION_BEFORE.has(ctx.tokens[start - 1]?.key ?? '') ? null : { type: 'institution', token: start, end };
  }
  if (isRoleNoun(ctx.lex, token) || (isRoleWord(ctx.lex, token) && ctx.tokens[end - 2]?.key === 'of')) return roleSubject(ctx, end - 1);
  return null;
}

/** "X, <appositive>, said": the subject before the first comma, or right before the second. */
function appositiveSubject(ctx: SubjectContext, comma: number): Subject | null {
  let k = comma - 1;
  while (k >= 0 && ctx.tokens[k]?.text !== ',' && !ctx.inside[k] && ctx.tokens[k]?.type !== 'quote' && comma - k < 30) k--;
  if (k > 0 && ctx.tokens[k]?.text === ',') {
    const head = subjectEndingAt(ctx, k);
    if (head && head.type !== 'anonymous' && (head.type !== 'entity' || head.mention.kind === 'person')) return head;
  }
  return subjectEndingAt(ctx, comma);
}

/**
 * A definite description of a person by office outside a subject position ("The president scored
 * 49.51%"): the person the story gives that office, when the phrase ending at `head` starts with
 * "the" and no name follows it. An indefinite one ("a minister") names no one.
 */
export function definiteRole(ctx: SubjectContext, head: number): { entity: string; token: number } | null {
  const next = ctx.tokens[head + 1];
  if (isRoleWord(ctx.lex, next) || (next?.type === 'word' && next.cap)) return null;
  // "the head of the electoral board" is another office than "the head"; "the health minister, Jonas
  // Ekberg," names its person in the appositive.
  if (next?.key === 'of' || next?.key === 'for') return null;
  if (next?.text === ',' && ctx.mentions.some((m) => m.t0 === head + 2)) return null;
  const subject = roleSubject(ctx, head);
  return subject?.type === 'role' && ctx.tokens[subject.token]?.key === 'the' ? { entity: subject.entity, token: subject.token } : null;
}

/** "the Russian foreign minister", "the U.S. secretary of state": the person with that role. */
function roleSubject(ctx: SubjectContext, head: number): Subject | null {
  const { tokens } = ctx;
  const words: string[] = [];
  const modifiers: string[] = [];
  let lowerCase = false;
  let owner = false;
  let i = head;
  for (; i >= 0; i--) {
    const token = tokens[i] as Token;
    if (DETERMINERS.has(token.key)) break;
    if (isRoleWord(ctx.lex, token) || (token.key === 'of' && words.length > 0)) {
      words.unshift(token.key);
      continue;
    }
    const place = mentionEndingAt(ctx, i + 1);
    if (place?.kind === 'place') {
      // A place in the possessive ("Poland's railway minister") opens the phrase, as "the" does.
      if (token.possessive) {
        owner = true;
        break;
      }
      i = place.t0;
      continue;
    }
    // A nationality adjective ("the Russian foreign minister") says whose the office is; another
    // capitalised modifier may name the office ("the Railway Minister" is not any minister).
    if (token.type === 'word' && token.cap && !mentionEndingAt(ctx, i + 1)) {
      if (words.length > 0 && !ctx.lex.demonyms.includes(token.key)) modifiers.unshift(token.key);
      continue;
    }
    // A lower-case noun before the office may name it too ("India's railway minister"), but may as
    // well say which of several holders is meant ("the new minister"): it counts only when the
    // story gives someone the office with it, and the office alone is then not enough.
    if (token.type === 'word' && !token.cap && words.length > 0 && words[0] !== 'of' && /^\p{Ll}+$/u.test(token.text) && !ctx.lex.stopwords.has(token.key)) {
      modifiers.unshift(token.key);
      lowerCase = true;
      continue;
    }
    break;
  }
  if (!owner && !DETERMINERS.has(tokens[i]?.key ?? '') && !tokens[i]?.possessive) return null;
  while (words[0] === 'of') words.shift();
  // The office with its modifiers when the story knows it ("railway minister"), else the office alone ("the CHP leader").
  const named = modifiers.length > 0 ? ctx.entityWithRole(roleKey([...modifiers, ...words].join(' '))) : null;
  // Nor after a place's possessive: "Ukraine's foreign minister" is not the story's only foreign minister if he is Russia's.
  const entity = named ?? (lowerCase || owner ? null : ctx.entityWithRole(roleKey(words.join(' '))));
  return entity ? { type: 'role', entity, token: i } : null;
}

/** The subject written after the verb in "“…,” said Rubio" or ", said the minister". */
export function subjectAfter(ctx: SubjectContext, verb: number): Subject | null {
  const { tokens } = ctx;
  const before = tokens[verb - 1];
  if (!before || (before.text !== ',' && before.quote !== 'close')) return null;
  for (let j = verb + 1; j < tokens.length && j <= verb + 6; j++) {
    const mention = mentionStartingAt(ctx, j);
    if (mention) return { type: 'entity', mention };
    const token = tokens[j] as Token;
    const female = PRONOUNS.get(token.key);
    if (female !== undefined && j === verb + 1) return { type: 'pronoun', token: j, female };
    if (!isRoleWord(ctx.lex, token) && !NP_WORDS.has(token.key) && !token.cap) return null;
  }
  return null;
}

/** True when an unnamed-source noun heads the phrase at `head` ("sources", "officials"). */
export function isAnonymousHead(lex: Lexicon, token: Token | undefined): boolean {
  return token !== undefined && token.type === 'word' && !token.cap && lex.anonymousHeads.has(token.key);
}

/**
 * True when the word at `index` heads an organisation named by what it is rather than by name:
 * "police said", "the interior ministry said", "the unions": an organisation noun in lower case
 * (or opening the sentence), singular or plural. A capitalised one is part of a name ("the Interior
 * Ministry"), which the entities already hold.
 */
export function isInstitutionHead(lex: Lexicon, token: Token | undefined, index: number): boolean {
  if (token === undefined || token.type !== 'word' || (token.cap && index > 0)) return false;
  return lex.orgHeads.has(token.key) || (token.key.endsWith('s') && lex.orgHeads.has(token.key.slice(0, -1)));
}

/** Prepositions that put an organisation inside another phrase ("a spokesman for the ministry"). */
const PREPOSITION_BEFORE = new Set([...PP_HEADS, 'with', 'by', 'to', 'on', 'against', 'between', 'among']);

/** Words that open an institution's phrase: nothing before them belongs to it. */
const PHRASE_OPENERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'a', 'an']);
/** How many words may stand before an institution's head ("the country's interior ministry"). */
const INSTITUTION_MODIFIERS = 4;

/**
 * Where the phrase headed at `head` starts: back over its modifiers (a possessive, a hyphenated
 * adjective, a capitalised acronym or demonym, other content words) to its determiner; never past a
 * function word, a cue, a mark or a quotation.
 */
export function institutionStart(ctx: SubjectContext, head: number): number {
  let start = head;
  for (let j = head - 1; j >= 0 && head - j <= INSTITUTION_MODIFIERS; j--) {
    const token = ctx.tokens[j] as Token;
    // The apostrophe of a plural possessive ("the teachers' union") belongs to the word before it.
    if (!token.spaced && /^['’]$/.test(token.text) && /s$/.test(ctx.tokens[j - 1]?.key ?? '')) continue;
    if (ctx.inside[j] || token.type !== 'word') break;
    if (PHRASE_OPENERS.has(token.key)) return j;
    const possessive = token.possessive || token.key.endsWith("'s");
    if (!possessive && (ctx.lex.stopwords.has(token.key) || ctx.lex.cueWords.has(token.key) || ctx.lex.cueFillers.has(token.key))) break;
    start = j;
  }
  return start;
}
