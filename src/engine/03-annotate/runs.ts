/**
 * Proper-noun runs: maximal sequences of capitalised words ("US Secretary of State Marco Rubio"),
 * with name particles ("al-", "de", "von"), initials ("Donald J. Trump") and organisation
 * complements ("Council on Foreign Relations") kept inside. Capitalised words that only open a
 * sentence ("Meanwhile", "Representing") are dropped using what the whole story says about them:
 * a capital at a sentence start proves nothing, so the story's own casing of the word decides.
 */
import type { Lexicon } from '../language/index.ts';
import { isNumberWord } from '../language/numbers.ts';
import { isCapWord, type Token } from '../language/tokens.ts';
import type { PhraseMatch } from './gazetteer.ts';
import { isHonorific, isRoleNoun, isRoleWord, rolePhraseEnd } from './roles.ts';

/** What the story as a whole says about words: used to tell names from capitalised common words. */
export interface StoryStats {
  /** Keys of words seen in lower case anywhere in the story. */
  lower: Set<string>;
  /** Keys of words seen capitalised away from a sentence start, outside headline-style sentences. */
  midCap: Set<string>;
}

const PARTICLES = new Set(['de', 'von', 'van', 'der', 'den', 'la', 'le', 'du', 'da', 'dos', 'das', 'del', 'di', 'bin', 'ibn', 'al', 'el', 'ben', 'ter', 'zu', 'ul']);
const CONNECTORS = new Set(['of', 'for', 'on']);
const NOT_NAMES = new Set(['i', 'x']);
const GERUND_OR_ADVERB = /(?:ing|ly)$/;
/** Longest run kept whole: real names with titles stay far below; all-capitals text would not. */
const MAX_RUN = 16;

/** Token indices that start a sentence or a quotation: capitals there prove nothing. */
export function initialPositions(tokens: readonly Token[]): Set<number> {
  const initial = new Set<number>();
  let expectStart = true;
  tokens.forEach((token, i) => {
    if (token.type === 'word' || token.type === 'number') {
      if (expectStart) initial.add(i);
      expectStart = false;
    } else if ((token.type === 'quote' && token.quote === 'open') || token.text === ':') {
      expectStart = true;
    }
  });
  return initial;
}

/**
 * A word a tabloid shouts in capitals that is no name: a verb form ("RANG", "BANNED", "FLEEING") or
 * a number word ("FIVE"). Acronyms ("NATO", "BBC") are not words of the language, and stay names.
 */
function shouted(lex: Lexicon, token: Token): boolean {
  if (token.text.length < 3 || token.text !== token.text.toUpperCase()) return false;
  return lex.irregularVerbForms.has(token.key) || /(?:ed|ing)$/.test(token.key) || isNumberWord(token.key);
}

/** A word that can sit in a run: capitalised, not a month, weekday, "I", a lone letter or a shouted word. */
function isRunWord(lex: Lexicon, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!isCapWord(token) || !token || NOT_NAMES.has(token.key) || shouted(lex, token)) return false;
  // A month's name after an office and before another name is a given name ("Mayor Jan Kowal", "Ms April Ryan").
  const givenName = (isRoleWord(lex, tokens[i - 1]) || isHonorific(lex, tokens[i - 1])) && isCapWord(tokens[i + 1]);
  if (lex.weekdays.has(token.key) || (lex.months.has(token.key) && !givenName)) return false;
  if (token.text.length === 1) return tokens[i + 1]?.text === '.' && isCapWord(tokens[i + 2]);
  return true;
}

/**
 * The runs of a sentence as lists of token indices. `matches[i]` is the lexicon phrase starting
 * at token i, if any: a phrase is always kept whole, even with lower-case words inside it.
 */
export function findRuns(lex: Lexicon, tokens: readonly Token[], matches: ReadonlyArray<PhraseMatch | null>): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const match = matches[i];
    const adjacent = run.length > 0 && (run[run.length - 1] === i - 1 || tokens[i - 1]?.text === '.');
    if (match || isRunWord(lex, tokens, i)) {
      if (!adjacent || lastToken(tokens, run)?.possessive || run.length >= MAX_RUN) run = flush(runs, run);
      const end = match ? match.end : i + 1;
      for (let j = i; j < end; j++) run.push(j);
      i = end - 1;
      continue;
    }
    const next = tokens[i + 1];
    if (PARTICLES.has(token.key) && !token.cap && isCapWord(next) && (next?.link === '-' || next?.spaced)) {
      if (!adjacent) run = flush(runs, run);
      run.push(i);
      continue;
    }
    if (run.length > 0 && adjacent && CONNECTORS.has(token.key) && !lastToken(tokens, run)?.possessive && continuesOrg(lex, tokens, run)) {
      const skipThe = next?.key === 'the' ? 1 : 0;
      if (isCapWord(tokens[i + 1 + skipThe])) {
        for (let j = i; j <= i + skipThe; j++) run.push(j);
        i += skipThe;
        continue;
      }
    }
    if (token.text === '.' && run.length > 0 && (lastToken(tokens, run)?.text.length === 1 || isHonorific(lex, lastToken(tokens, run))) && isCapWord(next)) continue;
    run = flush(runs, run);
  }
  run = flush(runs, run);
  return runs;
}

/*
 * Module functions rather than closures made per sentence: tsx, the scripts' loader, names each
 * closure as it is made.
 */

/** Keeps `run` when it holds tokens and returns the list to go on with: a new one only then (most tokens end no run). */
function flush(runs: number[][], run: number[]): number[] {
  if (run.length === 0) return run;
  runs.push(run);
  return [];
}

/** The run's last token (an index read, not `at(-1)`: without TurboFan that is a call, asked for every token). */
function lastToken(tokens: readonly Token[], run: readonly number[]): Token | undefined {
  return tokens[run[run.length - 1] ?? -1];
}

/** "of"/"on"/"for" continue a run after an organisation head or a role ("Council on", "Secretary of"). */
function continuesOrg(lex: Lexicon, tokens: readonly Token[], run: readonly number[]): boolean {
  const token = tokens[run[run.length - 1] ?? -1];
  return token !== undefined && (lex.orgHeads.has(token.key) || isRoleNoun(lex, token));
}

/**
 * Drops capitalised words at a sentence or quotation start that are not names: the story never
 * capitalises them elsewhere, or uses them in lower case, or they are function words ("However").
 */
export function trimInitial(
  lex: Lexicon,
  tokens: readonly Token[],
  run: readonly number[],
  initial: ReadonlySet<number>,
  matches: ReadonlyArray<PhraseMatch | null>,
  stats: StoryStats,
): readonly number[] {
  const first = run[0];
  if (first === undefined || !initial.has(first) || matches[first]) return run;
  if (acceptsInitial(lex, tokens, run, tokens[first] as Token, stats)) return run;
  let k = 1;
  while (k < run.length && !isCapWord(tokens[run[k] as number])) k++;
  return run.slice(k);
}

function acceptsInitial(lex: Lexicon, tokens: readonly Token[], run: readonly number[], token: Token, stats: StoryStats): boolean {
  const key = token.key;
  if (isHonorific(lex, token)) return true;
  if (isRoleWord(lex, token)) {
    const end = rolePhraseEnd(lex, tokens, run[0] as number, (run.at(-1) as number) + 1, () => false);
    return end > 0 && end <= (run.at(-1) as number);
  }
  if (lex.stopwords.has(key)) return false;
  // A number word opening a sentence counts what follows ("Fourteen Varenian spooks", "Three Russian
  // officials"): it is capitalised as the sentence's first word, not as a name's.
  if (isNumberWord(key)) return false;
  // "Mining Minister X": a qualifier of the role that follows.
  if (run.length >= 3 && isRoleWord(lex, tokens[run[1] as number]) && isCapWord(tokens[run[1] as number])) return true;
  if (stats.lower.has(key)) return false;
  if (stats.midCap.has(key)) return true;
  // A lone capitalised word that opens a clause as its subject: "Solbreg, who took office ...", "Smith said".
  // A plural of a noun for people is no name: "Organisers said", "Rescuers told".
  const after = tokens[(run[0] as number) + 1];
  if (run.length === 1 && !GERUND_OR_ADVERB.test(key) && !pluralOfPersonNoun(lex, key) && (after?.text === ',' || lex.cueWords.get(after?.key ?? '')?.form === 'finite')) return true;
  return run.length >= 2 && !GERUND_OR_ADVERB.test(key) && isCapWord(tokens[run[1] as number]);
}

/** "organisers" → organiser, "witnesses" → witness: the plural of a noun that denotes people. */
function pluralOfPersonNoun(lex: Lexicon, key: string): boolean {
  if (!key.endsWith('s')) return false;
  return lex.personNouns.has(key.slice(0, -1)) || (key.endsWith('es') && lex.personNouns.has(key.slice(0, -2)));
}
