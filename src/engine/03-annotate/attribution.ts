/**
 * Attribution of one sentence: the speaker and cue ("Ushakov told"), the intermediary the outlet
 * cites ("according to AP News", "told AP", "TASS reported", "CNN said Rubio ..."), and whether the
 * source is unnamed. Only words outside quotations count, so a quoted "said" is never a cue.
 */
import type { CueWord } from '../language/index.ts';
import type { Token } from '../language/tokens.ts';
import {
  isAnonymousHead, isInstitutionHead, mentionStartingAt, subjectAfter, subjectBefore, subjectEndingAt,
  type Subject, type SubjectContext, type TokenMention,
} from './subjects.ts';
import { isRoleWord } from './roles.ts';

/** Attribution before pronouns are resolved: the subject may still be "he" or "she". */
export interface RawAttribution {
  subject: Subject | null;
  cue: string | null;
  via: TokenMention | null;
  /** Outlet named with the speaker's role ("Fox News ... correspondent"), when no other intermediary is cited. */
  affiliation: string | null;
  anonymous: boolean;
}

const PREPOSITIONS = new Set(['of', 'with', 'between', 'to', 'for', 'by', 'from', 'at', 'in', 'on', 'alongside', 'and', 'against', 'about', 'than', 'like', 'under', 'besides', 'including', 'among', 'as']);
const VIA_PREPOSITIONS = new Set(['quoted', 'cited']);
const ANONYMOUS =
  /\b(?:people|persons?|sources?|officials?|diplomats?|insiders?)\s+(?:familiar with|close to|with (?:direct )?knowledge of|briefed on|aware of|privy to)\b|\bcondition of anonymity\b|\b(?:asked|declined) not to be (?:named|identified)\b|\bspoke anonymously\b|\bunnamed\b|\b(?:sources|insiders) (?:say|said|told)\b/i;

/** Cheap pre-check: a word every ANONYMOUS pattern contains. */
const ANONYMOUS_HINT = /familiar|close to|knowledge|briefed|aware|privy|anonym|named|identified|sources|insiders/i;

/**
 * True when the text says it comes from unnamed sources (ANONYMOUS), not only that such people named
 * one thing in it: a free relative ("brushing aside what people close to the government described
 * as pressure") is their word for a noun phrase, not the source of the sentence.
 */
export function namesUnnamedSource(text: string): boolean {
  const found = ANONYMOUS.exec(text);
  return found !== null && !/\bwhat\s+$/i.test(text.slice(0, found.index));
}

interface Cue {
  index: number;
  word: CueWord;
}

/** Forms of "point" that report with "out that" ("the unions point out that …"). */
const POINT_OUT: ReadonlyMap<string, CueWord['form']> = new Map([['point', 'base'], ['points', 'finite'], ['pointed', 'finite']]);

/** The speech cues outside quotations, in reading order. */
function findCues(ctx: SubjectContext): Cue[] {
  const { tokens, inside } = ctx;
  const cues: Cue[] = [];
  tokens.forEach((token, i) => {
    if (inside[i] || token.type !== 'word') return;
    const lemma = ctx.lex.figureAtVerbs.get(token.key);
    if (lemma !== undefined && !token.cap && figureAt(ctx, i)) {
      cues.push({ index: i, word: { lemma, form: 'finite' } });
      return;
    }
    // "point out that": a reporting verb of two words, its particle right after it.
    const pointing = POINT_OUT.get(token.key);
    if (pointing !== undefined && !token.cap && tokens[i + 1]?.key === 'out' && tokens[i + 2]?.key === 'that') {
      cues.push({ index: i, word: { lemma: 'point out', form: pointing } });
      return;
    }
    const word = ctx.lex.cueWords.get(token.key);
    if (!word) return;
    if (token.cap && i > 0 && word.form !== 'participle') return;
    if (tokens[i - 1]?.key === 'to') return;
    // A participle cue follows a comma, its subject or the sentence start ("AFP contributed reporting"
    // has none), or "by" after a verb: a means adjunct ("Çelik continued by saying that …").
    if (word.form === 'participle' && i > 0 && tokens[i - 1]?.text !== ',' && tokens[i - 1]?.cap !== true && !['he', 'she'].includes(tokens[i - 1]?.key ?? '') && !byMeans(tokens, i)) return;
    if (token.key === 'said' && tokens[i - 1]?.key === 'that' && tokens[i + 1]?.text === ',') return;
    if (ctx.lex.conditionalCues.has(word.lemma) && !conditionHolds(ctx, i, word.lemma)) return;
    cues.push({ index: i, word });
  });
  return cues;
}

/**
 * True when the cue at `i` is the second verb of its subject's predicate, after "and" ("Labour
 * Minister Ansel Voronov ordered an inquiry and said a committee would report"): the sentence's
 * subject says it.
 */
function coordinated(tokens: readonly Token[], i: number): boolean {
  return tokens[i - 1]?.key === 'and' && tokens[i - 2]?.type === 'word';
}

/**
 * True when the -ing cue at `i` is the object of a means adjunct: "by", right after a lower-case
 * word outside the sentence start ("continued by saying", "responded by noting"). Its subject is
 * the subject of the verb "by" follows, not a name after the cue.
 */
function byMeans(tokens: readonly Token[], i: number): boolean {
  const verb = tokens[i - 2];
  return tokens[i - 1]?.key === 'by' && verb?.type === 'word' && !verb.cap;
}

/** "called" needs "for", a quotation or a verdict word after it; "maintained"/"stated"/"noted" need "that". */
function conditionHolds(ctx: SubjectContext, i: number, lemma: string): boolean {
  const { tokens } = ctx;
  const next = tokens.slice(i + 1, i + 9);
  if (lemma === 'call') return next[0]?.key === 'for' || next.some((t) => t.quote === 'open' || ctx.lex.verdictWords.has(t.key));
  if (lemma === 'report') return true;
  if (lemma === 'estimate' && figureAt(ctx, i)) return true;
  // "Microsoft stated on Saturday that …": an adjunct of time may stand between the verb and "that".
  let k = 0;
  while (k < next.length && (ctx.lex.cueFillers.has(next[k]?.key ?? '') || (next[k]?.key === 'on' && ctx.lex.weekdays.has(next[k + 1]?.key ?? '')))) k += next[k]?.key === 'on' ? 2 : 1;
  if (k > 0 && next[k]?.key === 'that') return true;
  return next[0]?.key === 'that' || next[0]?.text === ',' || next[0]?.text === '.' || next[0]?.quote !== null || i + 1 >= tokens.length;
}

/**
 * "put the number of protesters at 3.5 million", "estimated the crowd at about 80,000": within a few
 * words after the verb, "at" and then a number, all outside quotations.
 */
function figureAt(ctx: SubjectContext, verb: number): boolean {
  for (let j = verb + 1; j < ctx.tokens.length && j <= verb + 8; j++) {
    if (ctx.inside[j] || ctx.tokens[j]?.type === 'punct') return false;
    if (ctx.tokens[j]?.key !== 'at') continue;
    for (let k = j + 1; k <= j + 3; k++) if (ctx.tokens[k]?.type === 'number') return true;
    return false;
  }
  return false;
}

/** The cue as a reader would name it: "said", "described ... as". */
function cueText(tokens: readonly Token[], cue: Cue): string {
  const word = (tokens[cue.index] as Token).key;
  if (cue.word.lemma === 'describe' && tokens.slice(cue.index + 1, cue.index + 14).some((t) => t.key === 'as')) return `${word} ... as`;
  return word;
}

/**
 * The person or organisation that opens the main clause, for participle cues ("Speaking in Moscow, X
 * said", "X told reporters …, adding that …"): the main clause starts after an opening adjunct
 * ("Speaking in Moscow,", "For the CGT leader,"), and only a quotation put first, determiners,
 * offices, titles and commas may stand before its subject. A name further on is an object, not the speaker ("… to force
 * president Emmanuel Macron to abandon his plans, warning that …" has no named speaker).
 */
function sentenceSubject(ctx: SubjectContext): Subject | null {
  const { tokens } = ctx;
  const opening = tokens[0];
  const comma = tokens.findIndex((token) => token.text === ',');
  const start = opening && comma > 0 && (PREPOSITIONS.has(opening.key) || /\p{L}ing$/u.test(opening.key)) ? comma + 1 : 0;
  // A quotation put first ("“We will win,” Arslan, 74, said") is what is said, not the clause's opening.
  const opensClause = (t0: number): boolean =>
    tokens.slice(start, t0).every((token, k) => ctx.inside[start + k] || token.type === 'quote' || token.text === ',' || token.cap || token.key === 'the' || isRoleWord(ctx.lex, token));
  for (const mention of ctx.mentions) {
    if (mention.t0 < start || ctx.inside[mention.t0] || mention.kind === 'place') continue;
    if (PREPOSITIONS.has(tokens[mention.t0 - 1]?.key ?? '')) continue;
    if (tokens[mention.t1 - 1]?.possessive) continue;
    return opensClause(mention.t0) ? { type: 'entity', mention } : null;
  }
  return null;
}

/** What an intermediary phrase points at: a named entity, unnamed sources, or an unnamed institution. */
interface Pointed {
  mention: TokenMention | null;
  anonymous: boolean;
  institution: Subject | null;
}

/**
 * The mention an intermediary phrase points at: "according to (her) X", "told (state broadcaster) X".
 * With `institutions`, an organisation named by what it is counts too ("according to the country's
 * interior ministry"); an audience ("told police") does not speak.
 */
function mentionAfter(ctx: SubjectContext, from: number, span: number, institutions = false): Pointed {
  for (let j = from; j < ctx.tokens.length && j < from + span; j++) {
    const mention = mentionStartingAt(ctx, j);
    if (mention) return { mention: titledPerson(ctx, mention) ?? mention, anonymous: false, institution: null };
    const token = ctx.tokens[j] as Token;
    if (isAnonymousHead(ctx.lex, token)) return { mention: null, anonymous: true, institution: null };
    if (token.type !== 'word' || ctx.inside[j]) break;
    // The last noun of the phrase heads it: "a court official" is an unnamed person, not the court.
    const next = ctx.tokens[j + 1];
    const head = institutions && isInstitutionHead(ctx.lex, token, j) && !isInstitutionHead(ctx.lex, next, j + 1) && !isAnonymousHead(ctx.lex, next) && !isRoleWord(ctx.lex, next);
    if (head) {
      // "the state-run news agency Anadolu": the name after the description is who speaks.
      const named = mentionStartingAt(ctx, j + 1);
      if (named) return { mention: named, anonymous: false, institution: null };
      return { mention: null, anonymous: false, institution: { type: 'institution', token: from, end: j + 1 } };
    }
  }
  return { mention: null, anonymous: false, institution: null };
}

/**
 * "Crowdstrike boss George Kurtz", "Acme chief Jane Roe": a name, one or two lower-case words, then a
 * person, is that person with a title the first name qualifies, and the person is who speaks. Not
 * after an outlet ("CNN correspondent X" is the outlet's reporter: the outlet stays the intermediary).
 */
function titledPerson(ctx: SubjectContext, mention: TokenMention): TokenMention | null {
  if (mention.kind === 'outlet') return null;
  for (let k = mention.t1; k < mention.t1 + 3; k++) {
    const token = ctx.tokens[k];
    if (!token || token.type !== 'word' || token.cap || ctx.inside[k]) {
      const person = k > mention.t1 ? mentionStartingAt(ctx, k) : null;
      return person?.kind === 'person' && person.entity !== mention.entity ? person : null;
    }
  }
  return null;
}

/** What the speech cues of a sentence say: the first named subject, an outlet that reports, unnamed sources. */
interface CueFindings {
  subject: Subject | null;
  cue: string | null;
  outlet: TokenMention | null;
  outletCue: number;
  /** An outlet in "as X (had earlier) reported": earlier reporting, the source only when nobody is quoted. */
  earlier: TokenMention | null;
  earlierCue: number;
  anonymous: boolean;
}

/** True when the outlet mention opens an "as X (had earlier) reported" clause. */
function asReported(ctx: SubjectContext, mention: TokenMention, cue: number): boolean {
  return ctx.tokens[mention.t0 - 1]?.key === 'as' && cue > mention.t0;
}

function readCues(ctx: SubjectContext, cues: readonly Cue[]): CueFindings {
  const found: CueFindings = { subject: null, cue: null, outlet: null, outletCue: -1, earlier: null, earlierCue: -1, anonymous: false };
  for (const c of cues) {
    const participle = c.word.form === 'participle';
    const subject = byMeans(ctx.tokens, c.index)
      ? subjectBefore(ctx, c.index - 2, false)
      : (subjectBefore(ctx, c.index, participle) ?? subjectAfter(ctx, c.index) ?? (participle || coordinated(ctx.tokens, c.index) ? sentenceSubject(ctx) : null));
    // A base form is a present tense only after a plural subject with no name ("officials say",
    // "police deny"); after a name it is an infinitive or a command.
    if (!subject || (c.word.form === 'base' && subject.type !== 'anonymous' && subject.type !== 'institution')) continue;
    if (subject.type === 'entity' && subject.mention.kind === 'outlet' && asReported(ctx, subject.mention, c.index)) {
      if (!found.earlier) {
        found.earlier = subject.mention;
        found.earlierCue = c.index;
      }
    } else if (subject.type === 'entity' && subject.mention.kind === 'outlet') {
      if (!found.outlet) {
        found.outlet = subject.mention;
        found.outletCue = c.index;
      }
    } else if (subject.type === 'anonymous') {
      // Unnamed people mentioned inside a named speaker's statement do not make the sentence anonymous.
      if (!found.subject && !participle) {
        found.anonymous = true;
        found.cue ??= cueText(ctx.tokens, c);
      }
    } else if (!found.subject) {
      found.subject = subject;
      found.cue = cueText(ctx.tokens, c);
    }
  }
  return found;
}

/** Intermediary phrases: "according to X", "quoted by X", "cited by X", "told X", "in an interview with X". */
function readIntermediaries(ctx: SubjectContext): { via: TokenMention | null; phrase: string | null; according: TokenMention | null; institution: Subject | null; institutions: number; anonymous: boolean } {
  const out = { via: null as TokenMention | null, phrase: null as string | null, according: null as TokenMention | null, institution: null as Subject | null, institutions: 0, anonymous: false };
  const { tokens } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (ctx.inside[i]) continue;
    const key = (tokens[i] as Token).key;
    const next = tokens[i + 1]?.key;
    let target: Pointed | null = null;
    if (key === 'according' && next === 'to') target = mentionAfter(ctx, i + 2, 8, true);
    else if (VIA_PREPOSITIONS.has(key) && next === 'by') target = mentionAfter(ctx, i + 2, 3);
    else if (key === 'told' || (key === 'interview' && next === 'with')) target = mentionAfter(ctx, i + 1, 4);
    if (!target) continue;
    // "according to sources" is an unnamed source; "told analysts" is only the audience.
    if (target.anonymous && key !== 'told' && key !== 'interview') out.anonymous = true;
    const mention = target.mention;
    if (mention?.kind === 'outlet' && !out.via) {
      out.via = mention;
      out.phrase = key === 'according' ? 'according to' : key === 'told' ? null : `${key} by`;
    } else if (mention && key === 'according') out.according ??= mention;
    else if (target.institution) {
      // "1.27 million (according to police) and 2.8 million (according to the unions)": each figure
      // has its own source, and the sentence as a whole none.
      out.institutions++;
      out.institution ??= target.institution;
    }
  }
  if (out.institutions > 1) out.institution = null;
  return out;
}

/** Attribution of one sentence, with the subject left unresolved when it is a pronoun. */
export function attributeSentence(ctx: SubjectContext, text: string): RawAttribution {
  const { tokens } = ctx;
  const cues = findCues(ctx);
  const found = readCues(ctx, cues);
  const intermediaries = readIntermediaries(ctx);
  // "X said ..., as Bloomberg had earlier reported": X's own on-record words, not Bloomberg's.
  // Without an on-record speaker, the outlet that reported it is where the sentence comes from.
  if (!found.outlet && found.earlier && !(found.subject && found.subject.type !== 'anonymous')) {
    found.outlet = found.earlier;
    found.outletCue = found.earlierCue;
  }
  let { subject, cue } = found;
  const via = found.outlet ?? intermediaries.via;
  let anonymous = found.anonymous || intermediaries.anonymous;
  if (!subject && intermediaries.according) {
    subject = { type: 'entity', mention: intermediaries.according };
    cue = 'according to';
  }
  if (!subject && !anonymous && intermediaries.institution) {
    subject = intermediaries.institution;
    cue = 'according to';
  }
  if (!subject && found.outlet) {
    // "CNN said Rubio also named ...": the outlet reports what the person said.
    const reported = mentionAfter(ctx, found.outletCue + 1, 3).mention;
    if (reported?.kind === 'person') {
      subject = { type: 'entity', mention: reported };
      cue = (tokens[found.outletCue] as Token).key;
    }
  }
  if (!subject && !anonymous) subject = colonQuoteSubject(ctx);
  if (!anonymous && ANONYMOUS_HINT.test(text) && namesUnnamedSource(textOutsideQuotes(text, tokens, ctx.inside))) anonymous = true;
  if (!subject && cue === null && via) cue = found.outlet ? (tokens[found.outletCue] as Token).key : intermediaries.phrase;
  // "Officials familiar with the investigation said ...": the unnamed source's verb is the cue.
  const finite = cues.find((c) => c.word.form === 'finite');
  if (!subject && cue === null && anonymous && finite) cue = cueText(tokens, finite);
  const affiliation = !via && subject?.type === 'entity' ? subject.mention.affiliation : null;
  return { subject, cue, via, affiliation, anonymous };
}

/**
 * "the U.S. secretary of state also sought to temper expectations: “Today was …”": a quotation
 * introduced by a colon belongs to the subject of the clause before it.
 */
function colonQuoteSubject(ctx: SubjectContext): Subject | null {
  const { tokens } = ctx;
  const colon = tokens.findIndex((t, i) => t.text === ':' && !ctx.inside[i] && tokens[i + 1]?.quote === 'open');
  if (colon < 0) return null;
  for (let end = 1; end <= colon; end++) {
    if (ctx.inside[end - 1]) continue;
    const subject = subjectEndingAt(ctx, end);
    if (!subject || subject.type === 'anonymous') continue;
    const start = subject.type === 'entity' ? subject.mention.t0 : subject.token;
    if (PREPOSITIONS.has(tokens[start - 1]?.key ?? '')) continue;
    if (subject.type === 'entity' && subject.mention.kind === 'place') continue;
    return subject;
  }
  return null;
}

/** The sentence with quoted words blanked, for phrase patterns that must not match inside quotes. */
function textOutsideQuotes(text: string, tokens: readonly Token[], inside: readonly boolean[]): string {
  if (!inside.some(Boolean)) return text;
  return tokens.filter((_, i) => !inside[i]).map((t) => t.text).join(' ');
}
