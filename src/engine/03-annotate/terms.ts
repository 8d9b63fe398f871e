/**
 * Content terms of a sentence for matching: the language's normal forms of its words (stopwords
 * and plain speech verbs dropped, numbers as digits: "four" → "4"). A mention of an entity yields
 * the words of its canonical name, so "Yuri Ushakov" and "Ushkaov" give the same terms.
 */
import type { Language } from '../language/index.ts';
import type { Token } from '../language/tokens.ts';

/** A name mention by token range, with the entity's canonical name. */
export interface NamedSpan {
  t0: number;
  t1: number;
  name: string;
  /** `nameTerms` of the name, when the caller already has them. */
  terms?: readonly string[];
}

/** The words of an entity's name as terms, unstemmed: "Yury Ushakov" → yury, ushakov. */
export function nameTerms(lang: Language, name: string): string[] {
  return name
    .split(/[\s-]+/)
    .map((word) => lang.key(word))
    .filter((key) => key.length > 1 && !lang.isStopword(key));
}

/**
 * The terms of a sentence in reading order (duplicates kept, so callers can count them); with
 * `from`/`to`, only those of the tokens in [from, to) (a clause). With `offsets` and `ends`, the
 * offsets of each term's word (a name's whole mention) are pushed there, in step with the terms.
 * With `closed`, the words the story writes closed up: a compound written with a hyphen whose
 * closed spelling is one of them is that word ("cyber-attack" is "cyberattack", "cease-fire" is
 * "ceasefire"), as outlets spell the same word either way.
 */
export function sentenceTerms(lang: Language, tokens: readonly Token[], names: readonly NamedSpan[], from = 0, to = tokens.length, offsets?: number[], ends?: number[], closed?: ReadonlySet<string>): string[] {
  const terms: string[] = [];
  // Index loops and no map of names by first token: this runs for every sentence and clause, and a
  // sentence names a few entities at most, so the names are scanned for the one starting at a token.
  for (let i = from; i < to; i++) {
    const span = names.length === 0 ? undefined : nameAt(names, i);
    if (span) {
      const words = span.terms ?? nameTerms(lang, span.name);
      for (let k = 0; k < words.length; k++) {
        terms.push(words[k] as string);
        offsets?.push(tokens[i]?.start ?? 0);
        ends?.push(tokens[span.t1 - 1]?.end ?? 0);
      }
      i = span.t1 - 1;
      continue;
    }
    const token = tokens[i] as Token;
    const next = tokens[i + 1];
    if (closed && token.type === 'word' && next?.link === '-' && next.type === 'word' && i + 1 < to && closed.has(token.key + next.key)) {
      terms.push(lang.term(token.key + next.key) ?? token.key + next.key);
      offsets?.push(token.start);
      ends?.push(next.end);
      i++;
      continue;
    }
    const term = token.type === 'number' ? numberTerm(token.text) : token.type === 'word' ? wordTerm(lang, token) : null;
    if (term !== null) {
      terms.push(term);
      offsets?.push(token.start);
      ends?.push(token.end);
    }
  }
  return terms;
}

/**
 * The term of a word token (`Language.term` of its key), asked of the language once per token and
 * kept on it: a sentence's tokens are read for the sentence and again for each of its clauses, and
 * a reprinted sentence shares its first copy's tokens. A token is made and read with one language.
 */
export function wordTerm(lang: Language, token: Token): string | null {
  let term = token.term;
  if (term === undefined) {
    term = lang.term(token.key);
    token.term = term;
  }
  return term;
}

/** The keys of the words a story writes as one word (closed up), for `sentenceTerms`' compounds. */
export function closedWords(sentences: ReadonlyArray<{ tokens: readonly Token[] }>): Set<string> {
  const out = new Set<string>();
  // A reprinted sentence shares its first copy's tokens (annotateStory): each list is read once.
  const read = new Set<readonly Token[]>();
  for (let s = 0; s < sentences.length; s++) {
    const tokens = (sentences[s] as { tokens: readonly Token[] }).tokens;
    if (read.has(tokens)) continue;
    read.add(tokens);
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      const next = tokens[i + 1];
      if (token.type === 'word' && token.link !== '-' && !(next?.link === '-')) out.add(token.key);
    }
  }
  return out;
}

/** The name that starts at token `t` (the last such in `names`, as a map of them by first token keeps), or undefined. */
function nameAt(names: readonly NamedSpan[], t: number): NamedSpan | undefined {
  for (let k = names.length - 1; k >= 0; k--) if ((names[k] as NamedSpan).t0 === t) return names[k];
  return undefined;
}

/** A number as a term: its thousands separators dropped ("1,100" → "1100"). */
function numberTerm(text: string): string {
  return text.includes(',') ? text.replace(/,(?=\d{3}\b)/g, '') : text;
}
