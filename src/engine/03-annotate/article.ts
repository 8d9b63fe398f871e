/**
 * The reading-order pass over one article: quotations that run across sentences, attribution
 * with "he"/"she" carried to the right person, quote-only sentences that inherit the speaker of
 * the sentence next to them, then quantities, polarity and terms.
 */
import type { Language } from '../language/index.ts';
import { exactLength } from '../lists.ts';
import type { Token } from '../language/tokens.ts';
import type { AnnotatedSentence, Attribution, Entity, Mention, Quantity, Quote, Sentence } from '../types.ts';
import { attributeSentence } from './attribution.ts';
import type { Gender } from './names.ts';
import type { PolarityReader } from './polarity.ts';
import { findQuantities } from './quantities.ts';
import { findQuotes, wholeQuote, type SentenceQuotes } from './quotes.ts';
import { isRoleNoun, isRoleWord, roleKey } from './roles.ts';
import { definiteRole, type Subject, type SubjectContext, type TokenMention } from './subjects.ts';
import { nameTerms, sentenceTerms, type NamedSpan } from './terms.ts';

/** One sentence ready for the article pass. */
export interface PreparedSentence {
  sentence: Sentence;
  tokens: Token[];
  mentions: TokenMention[];
}

/** What the article pass needs to know about the story's entities. */
export interface StoryEntities {
  lang: Language;
  polarity: PolarityReader;
  byId: ReadonlyMap<string, Entity>;
  gender: ReadonlyMap<string, Gender>;
  /** Each entity's name as terms, filled as entities are met (a name is split once per story, not per mention). */
  nameTerms?: Map<string, readonly string[]>;
  /** What a sentence's text alone decides, per text: reprints repeat a third of a story's sentences. */
  readings?: Map<string, TextReading>;
}

/** A sentence text's numbers, and its polarity read on the record and off it (each once asked). */
interface TextReading {
  quantities: readonly Quantity[];
  onRecord: AnnotatedSentence['polarity'] | null;
  offRecord: AnnotatedSentence['polarity'] | null;
}

/** How many sentences back "he said" may reach for the last speaker. */
const SPEAKER_REACH = 3;
const PRONOUN = new Map([['he', 'male'], ['she', 'female']]);
/** Possessive determiners, read as a person only where they open a sentence ("His campaign …"): "her" elsewhere may be an object. */
const OPENING_POSSESSIVE = new Map([['his', 'male'], ['her', 'female']]);

interface Working {
  prepared: PreparedSentence;
  quotes: SentenceQuotes;
  attribution: Attribution;
  pronouns: Mention[];
}

/** Where the article pass is: what "he" or "she" may refer to. */
interface PronounState {
  /** Index of the current sentence in the article. */
  k: number;
  mentions: readonly TokenMention[];
  /** The current sentence's tokens. */
  tokens: readonly Token[];
  /** Which tokens of the current sentence are inside quotation marks. */
  inside: readonly boolean[];
  /**
   * Sentences of narration so far: a sentence wholly inside a quotation does not count, so the "he
   * added" that closes a long quotation still reaches the speaker heard before it opened.
   */
  told: number;
  /** The last person heard speaking, and `told` then. */
  lastSpeaker: { entity: string; told: number } | null;
  history: ReadonlyArray<{ entity: string; sentence: number }>;
  /** The sentence before quotes someone. */
  previousQuotes: boolean;
}

/** True when the entity is a person who may be referred to with a pronoun of this gender. */
function compatible(story: StoryEntities, entity: string, gender: string): boolean {
  const known = story.gender.get(entity) ?? null;
  return story.byId.get(entity)?.kind === 'person' && (known === null || known === gender);
}

/** A person of this gender by a given name or a role the story gives them ("President Erdogan"), not only by the look of a name. */
function knownPerson(story: StoryEntities, entity: string, gender: string): boolean {
  if (!compatible(story, entity, gender)) return false;
  return story.gender.get(entity) === gender || (story.byId.get(entity)?.roles.length ?? 0) > 0;
}

/**
 * The person a pronoun at `token` refers to. The subject of a reporting verb ("…,” he said") is the
 * speaker: the sentence's own, else the last one heard, else the last person named. Any other "he"
 * or "his" refers to who the text was last about: a person named before it in its sentence outside
 * quotation marks, else the first person the sentence before names (its subject, as a rule: "Erdogan
 * became prime minister in 2003 …. He changed the governing system …" is Erdogan's, although the
 * sentence before that quoted the election board's head); only then the last speaker. Who the text
 * is about must be known for a person (`knownPerson`): a company's two capitalised words ("Beacon
 * Mining") read as a name too, and a "he" is never given to one.
 */
function resolvePronoun(story: StoryEntities, state: PronounState, token: number, gender: string, speaker: string | null, reporting: boolean): string | null {
  if (speaker && compatible(story, speaker, gender)) return speaker;
  const { lastSpeaker, mentions, history, inside } = state;
  // "Philippe Martinez … addressed the government: “…”, he said": the person the sentence opens on is
  // its subject, and the speaker, whatever gender a list of given names gives the name.
  // Only a title or an office may stand before it ("Union leader Tomas Reiner …, which he called …").
  const subject = mentions[0];
  const opens = subject !== undefined && state.tokens.slice(0, subject.t0).every((t) => t.type === 'word' && (t.cap || isRoleWord(story.lang.lexicon, t)));
  if (reporting && subject !== undefined && opens && subject.t1 <= token && !inside[0] && !inside[subject.t0] && story.byId.get(subject.entity)?.kind === 'person') return subject.entity;
  if (reporting) {
    // "The Civic Union's secretary-general, Hana Brix, accused …: “…,” she told Radio Carvenia": a
    // subject that names its holder in apposition to an office is the speaker too.
    const person = mentions.find((m) => !inside[m.t0] && story.byId.get(m.entity)?.kind === 'person');
    if (person !== undefined && person.t1 <= token && !inside[0] && appositiveOpening(story, state.tokens, person.t0) && compatible(story, person.entity, gender)) return person.entity;
    // "Koren, a 41-year-old former schoolteacher, thanked the counters. “…,” she said.": a person the
    // sentence before opens on, named after the last speaker was heard, speaks now.
    const before = history.find((h) => h.sentence === state.k - 1);
    const named = mentions.some((m) => !inside[m.t0] && m.t1 <= token && story.byId.get(m.entity)?.kind === 'person');
    // Not "he added", "she went on" after a sentence that quotes no one: those carry on the last
    // speaker's words (after a quotation, its speaker named there is the one who adds).
    const carriesOn = CARRY_ON.has(state.tokens[token + 1]?.key ?? '') && !state.previousQuotes;
    if (!named && !carriesOn && before !== undefined && before.entity !== lastSpeaker?.entity && (lastSpeaker === null || lastSpeaker.told < state.told - 1) && compatible(story, before.entity, gender)) return before.entity;
  }
  if (!reporting) {
    for (let i = mentions.length - 1; i >= 0; i--) {
      const m = mentions[i] as TokenMention;
      if (m.t1 <= token && !inside[m.t0] && knownPerson(story, m.entity, gender)) return m.entity;
    }
    for (let i = 0; i < history.length; i++) {
      const h = history[i] as { entity: string; sentence: number };
      if (h.sentence === state.k - 1 && knownPerson(story, h.entity, gender)) return h.entity;
    }
  }
  if (lastSpeaker && state.told - lastSpeaker.told <= SPEAKER_REACH && compatible(story, lastSpeaker.entity, gender)) return lastSpeaker.entity;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i] as TokenMention;
    if (m.t1 <= token && compatible(story, m.entity, gender)) return m.entity;
  }
  for (let i = history.length - 1; i >= 0; i--) {
    const entity = (history[i] as { entity: string }).entity;
    if (compatible(story, entity, gender)) return entity;
  }
  return null;
}

/** Verbs of saying that carry on what the last speaker said ("he added", "she went on"). */
const CARRY_ON: ReadonlySet<string> = new Set(['added', 'adds', 'continued', 'continues', 'went']);

/** True when the tokens before `t0` are an office and its holder's organisation, set off by a comma ("The Civic Union's secretary-general,"). */
function appositiveOpening(story: StoryEntities, tokens: readonly Token[], t0: number): boolean {
  if (t0 < 2 || tokens[t0 - 1]?.text !== ',') return false;
  const before = tokens.slice(0, t0 - 1);
  return before.some((t) => isRoleWord(story.lang.lexicon, t)) && before.every((t) => t.type === 'word' && (t.cap || t.key === 'the' || isRoleWord(story.lang.lexicon, t) || t.link === '-'));
}

/** The entity a raw subject stands for, resolving a pronoun. */
function subjectEntity(story: StoryEntities, state: PronounState, subject: Subject | null): string | null {
  if (!subject) return null;
  if (subject.type === 'entity') return subject.mention.entity;
  if (subject.type === 'role') return subject.entity;
  if (subject.type === 'pronoun') return resolvePronoun(story, state, subject.token, subject.female ? 'female' : 'male', null, true);
  return null;
}

/** What attribution sees of one sentence (a class, so no closure is made per sentence). */
class SentenceContext implements SubjectContext {
  readonly tokens: readonly Token[];
  readonly inside: readonly boolean[];
  readonly mentions: readonly TokenMention[];
  private readonly history: ReadonlyArray<{ entity: string }>;
  private readonly story: StoryEntities;
  readonly lex: SubjectContext['lex'];

  // Fields set one by one rather than as parameter properties: the engine is plain erasable
  // TypeScript, which Node runs without a compiler (the analysis threads do, src/analysis/pool.ts).
  constructor(tokens: readonly Token[], inside: readonly boolean[], mentions: readonly TokenMention[], history: ReadonlyArray<{ entity: string }>, story: StoryEntities) {
    this.tokens = tokens;
    this.inside = inside;
    this.mentions = mentions;
    this.history = history;
    this.story = story;
    this.lex = story.lang.lexicon;
  }

  entityWithRole(role: string): string | null {
    return entityWithRole(role, this.history, this.mentions, this.story);
  }
}

/** Annotates the sentences of one article, in order. */
export function annotateArticle(sentences: readonly PreparedSentence[], story: StoryEntities): AnnotatedArticleSentence[] {
  const history: Array<{ entity: string; sentence: number }> = [];
  const state: PronounState = { k: 0, mentions: [], tokens: [], inside: [], told: 0, lastSpeaker: null, history, previousQuotes: false };
  let open = false;
  let block = -1;
  const working: Working[] = [];

  for (let k = 0; k < sentences.length; k++) {
    const prepared = sentences[k] as PreparedSentence;
    const { sentence, tokens, mentions } = prepared;
    if (sentence.block !== block) open = false;
    block = sentence.block;
    const quotes = findQuotes(sentence.text, tokens, open);
    open = quotes.openAtEnd;
    // A closing mark with no opening one: the sentences before it in the paragraph that have no
    // marks and no speaker of their own were inside the quotation (a scraped copy lost its opening
    // mark, or a paragraph break fell inside the quotation).
    if (quotes.closesEarlier) {
      for (let j = k - 1; j >= 0; j--) {
        const before = working[j] as Working;
        if (before.prepared.sentence.block !== sentence.block || before.quotes.spans.length > 0 || before.attribution.cue !== null) break;
        before.quotes = wholeQuote(before.prepared.sentence.text, before.prepared.tokens);
      }
    }
    state.k = k;
    state.previousQuotes = (working[k - 1]?.quotes.spans.length ?? 0) > 0;
    if (k > 0 && !working[k - 1]?.quotes.quoteOnly) state.told++;
    state.mentions = mentions;
    state.tokens = tokens;
    state.inside = quotes.inside;
    const context = new SentenceContext(tokens, quotes.inside, mentions, history, story);
    const raw = attributeSentence(context, sentence.text);
    const speaker = subjectEntity(story, state, raw.subject);
    const speakerAt = raw.subject && raw.subject.type !== 'anonymous' ? (raw.subject.type === 'entity' ? raw.subject.mention.t0 : raw.subject.token) : -1;
    const pronouns: Mention[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      // "His campaign alleged …": a possessive that opens the sentence stands for the person too.
      const gender = PRONOUN.get(token.key) ?? (i === 0 ? OPENING_POSSESSIVE.get(token.key) : undefined);
      if (!gender || quotes.inside[i] || token.type !== 'word') continue;
      const entity = raw.subject?.type === 'pronoun' && raw.subject.token === i ? speaker : resolvePronoun(story, state, i, gender, speakerAt >= 0 && speakerAt < i ? speaker : null, false);
      if (entity) pronouns.push({ entity, start: token.start, end: token.end, pronoun: true });
    }
    // "The president scored 49.51%": an office named with "the" refers back like a pronoun.
    for (let i = 0; i < tokens.length; i++) {
      if (quotes.inside[i] || !isRoleNoun(story.lang.lexicon, tokens[i]) || mentions.some((m) => m.t0 <= i && i < m.t1)) continue;
      const role = definiteRole(context, i);
      if (role) pronouns.push({ entity: role.entity, start: tokens[role.token]?.start ?? 0, end: tokens[i]?.end ?? 0, pronoun: true });
    }
    const viaEntity = raw.via?.entity ?? (raw.affiliation ? findOutlet(raw.affiliation, story) : null);
    const attribution: Attribution = {
      speaker, cue: raw.cue, anonymous: raw.anonymous, viaEntity,
      via: raw.via ? (story.byId.get(raw.via.entity)?.name ?? null) : raw.affiliation,
      institution: raw.subject?.type === 'institution' ? phraseText(sentence.text, tokens, raw.subject.token, raw.subject.end, named(story, tokens, mentions)) : null,
    };
    working.push({ prepared, quotes, attribution, pronouns });
    // A name inside a quotation is someone the speaker talks about: the "he" of "…,” he said" after it
    // is still the speaker ("“… Erdogan has 46.8% … it will be over in the first round,” he said").
    for (let n = 0; n < mentions.length; n++) {
      const m = mentions[n] as (typeof mentions)[number];
      if (!quotes.inside[m.t0] && story.byId.get(m.entity)?.kind === 'person') history.push({ entity: m.entity, sentence: k });
    }
    if (speaker && story.byId.get(speaker)?.kind === 'person') state.lastSpeaker = { entity: speaker, told: state.told };
    inheritFromPrevious(working, k);
    const inherited = working[k]?.attribution.speaker;
    if (inherited && story.byId.get(inherited)?.kind === 'person') state.lastSpeaker = { entity: inherited, told: state.told };
  }
  inheritFromNext(working);
  inheritAcrossParagraphs(working);
  return working.map((w) => finish(w, story));
}

/**
 * The words of tokens [from, to) as written, for use inside a sentence: a first word capitalised
 * only because it opens the sentence ("Police", "The") in lower case, a name, acronym or demonym
 * kept ("French police", "CGT").
 */
function phraseText(text: string, tokens: readonly Token[], from: number, to: number, isName: (t: number) => boolean): string {
  const phrase = text.slice(tokens[from]?.start ?? 0, tokens[to - 1]?.end ?? 0);
  const first = tokens[from];
  if (from > 0 || !first || first.acronym || isName(from)) return phrase;
  return `${phrase.charAt(0).toLowerCase()}${phrase.slice(1)}`;
}

/** Whether the token at `t` is part of a name or a demonym ("French"). */
function named(story: StoryEntities, tokens: readonly Token[], mentions: readonly TokenMention[]): (t: number) => boolean {
  return (t) => mentions.some((m) => m.t0 <= t && t < m.t1) || story.lang.lexicon.demonyms.includes(tokens[t]?.key ?? '');
}

/** Each entity's roles as role keys, computed once (a role is looked up for every office a sentence names). */
const roleKeysOf = new WeakMap<object, string[]>();

/** The person the story gives this role, preferring the one named last in the article. */
function entityWithRole(role: string, history: ReadonlyArray<{ entity: string }>, current: readonly TokenMention[], story: StoryEntities): string | null {
  const has = (id: string): boolean => {
    const entity = story.byId.get(id);
    if (!entity) return false;
    let keys = roleKeysOf.get(entity);
    if (!keys) {
      keys = entity.roles.map(roleKey);
      roleKeysOf.set(entity, keys);
    }
    return keys.some((key) => key === role || key.endsWith(` ${role}`));
  };
  const recent = [...history.map((h) => h.entity), ...current.map((m) => m.entity)].reverse().find(has);
  if (recent) return recent;
  const all = [...story.byId.keys()].filter((id) => story.byId.get(id)?.kind === 'person' && has(id));
  return all.length === 1 ? (all[0] ?? null) : null;
}

function findOutlet(name: string, story: StoryEntities): string | null {
  for (const entity of story.byId.values()) if (entity.kind === 'outlet' && entity.name === name) return entity.id;
  return null;
}

/** A sentence that is all quotation and has no cue continues the previous speaker's quotation. */
function inheritFromPrevious(working: Working[], k: number): void {
  const current = working[k] as Working;
  const previous = working[k - 1];
  if (!previous) return;
  const sameBlock = previous.prepared.sentence.block === current.prepared.sentence.block;
  const a = current.attribution;
  const p = previous.attribution;
  if (current.quotes.quoteOnly && a.speaker === null && a.cue === null && !a.anonymous) {
    const introduces = previous.prepared.sentence.text.trimEnd().endsWith(':');
    const chained = previous.quotes.quoteOnly && !sameBlock && p.speaker !== null && colonChain(working, k - 1);
    if ((sameBlock && (previous.quotes.spans.length > 0 || introduces)) || (!sameBlock && introduces) || chained) {
      current.attribution = { ...p };
    }
    return;
  }
  // A direct quotation right after "X told AP ..." keeps the intermediary.
  const startsWithQuote = current.prepared.tokens[0]?.type === 'quote';
  if (a.speaker !== null && a.speaker === p.speaker && a.via === null && p.via !== null && startsWithQuote) {
    current.attribution = { ...a, via: p.via, viaEntity: p.viaEntity };
  }
}

/** True when sentence k inherited its speaker through a chain of quotations opened by a colon. */
function colonChain(working: readonly Working[], k: number): boolean {
  for (let j = k; j > 0; j--) {
    const previous = working[j - 1] as Working;
    if (previous.prepared.sentence.text.trimEnd().endsWith(':')) return true;
    if (!previous.quotes.quoteOnly) return false;
  }
  return false;
}

/** A quote-only sentence still without speaker takes the one of the next sentence of its paragraph. */
function inheritFromNext(working: Working[]): void {
  for (let k = working.length - 2; k >= 0; k--) {
    const current = working[k] as Working;
    const next = working[k + 1] as Working;
    const a = current.attribution;
    if (!current.quotes.quoteOnly || a.speaker !== null || a.cue !== null || a.anonymous) continue;
    if (next.prepared.sentence.block !== current.prepared.sentence.block || next.attribution.speaker === null) continue;
    if (next.prepared.tokens[0]?.type === 'quote' || next.quotes.inside[0] === true) current.attribution = { ...next.attribution };
  }
}

/**
 * A paragraph that is only a quotation, attributed nowhere in it, goes on quoting the speaker the
 * paragraph before ended on: news style gives each paragraph of a long quotation its own opening
 * mark and attributes only the first ("“… a fix has been deployed,” he said. ¶ “This is not a
 * security incident or cyber-attack.”"). A quotation whose speaker the next sentence of its own
 * paragraph names has taken that one already (`inheritFromNext`).
 */
function inheritAcrossParagraphs(working: Working[]): void {
  for (let k = 1; k < working.length; k++) {
    const current = working[k] as Working;
    const previous = working[k - 1] as Working;
    const a = current.attribution;
    const p = previous.attribution;
    if (!current.quotes.quoteOnly || a.speaker !== null || a.cue !== null || a.anonymous || p.speaker === null) continue;
    const sameBlock = previous.prepared.sentence.block === current.prepared.sentence.block;
    // Within the paragraph, only after quotations that went on this way; across, after quoted speech.
    if (sameBlock ? previous.quotes.quoteOnly : previous.quotes.spans.length > 0) current.attribution = { ...p };
  }
}

/**
 * A verb of saying in the present or past that attribution found no subject for: "Rail bosses say
 * that's nonsense." (a group named by a common noun), "That is untrue, said the company's lawyer,
 * Rita Boll, who said …" (the speaker after a fronted verdict). Someone is on record all the same;
 * not "to say", "would not say", which say nothing was said.
 */
const SPEAKS = /(?<!\b(?:to|would|could|will|may|might|can|not|n't|never)\s+)\b(?:says|said|say|insists|insisted|maintains|maintained)\b/i;

/** An annotated sentence with the tokens and name spans it was read from (for units). */
export interface AnnotatedArticleSentence {
  sentence: AnnotatedSentence;
  tokens: readonly Token[];
  names: NamedSpan[];
  /** Where the word of each of `sentence.terms` starts and ends (`sentenceTerms`' offsets): a unit of the whole sentence takes them with its terms. */
  offsets: number[];
  ends: number[];
}

function finish(w: Working, story: StoryEntities): AnnotatedArticleSentence {
  const { sentence, tokens, mentions } = w.prepared;
  const names = mentions.map((m): NamedSpan => {
    const name = story.byId.get(m.entity)?.name ?? '';
    let terms = story.nameTerms?.get(m.entity);
    if (!terms) {
      terms = nameTerms(story.lang, name);
      story.nameTerms?.set(m.entity, terms);
    }
    return { t0: m.t0, t1: m.t1, name, terms };
  });
  const speaker = w.attribution.speaker;
  const quotes: Quote[] = w.quotes.spans.map((span) => ({ text: sentence.text.slice(span.start, span.end), start: span.start, end: span.end, speaker }));
  const named: Mention[] = mentions.map((m) => ({ entity: m.entity, start: tokens[m.t0]?.start ?? 0, end: tokens[m.t1 - 1]?.end ?? 0, pronoun: false }));
  // Numbers and polarity depend on the text alone (and polarity on whether anyone is on record):
  // read once per text and story; each sentence gets its own copies of the numbers.
  let reading = story.readings?.get(sentence.text);
  if (!reading) {
    reading = { quantities: findQuantities(story.lang.lexicon, sentence.text, tokens), onRecord: null, offRecord: null };
    story.readings?.set(sentence.text, reading);
  }
  const offsets: number[] = [];
  const ends: number[] = [];
  const onRecord = speaker !== null || w.attribution.cue !== null || quotes.length > 0 || SPEAKS.test(sentence.text);
  const polarity = (onRecord ? reading.onRecord : reading.offRecord) ?? story.polarity(sentence.text, onRecord);
  if (onRecord) reading.onRecord = polarity;
  else reading.offRecord = polarity;
  const annotated: AnnotatedSentence = {
    ...sentence,
    mentions: [...named, ...w.pronouns].sort((a, b) => a.start - b.start || a.end - b.end),
    attribution: w.attribution,
    quotes,
    quantities: reading.quantities.map((q) => ({ ...q })),
    polarity,
    // Kept at its exact length: the sentence lives through the story's analysis and into its result.
    terms: exactLength(sentenceTerms(story.lang, tokens, names, 0, tokens.length, offsets, ends)),
  };
  return { sentence: annotated, tokens, names, offsets, ends };
}
