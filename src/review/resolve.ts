/**
 * Which claim a review means: the claims that hold the located sentence, narrowed by the review's kind
 * and then by the clause (the claim whose marked words overlap the quote most). A sentence that no claim
 * holds, or that holds several the review cannot tell apart, is an error with the candidates named.
 */
import type { Claim, Evidence } from '../engine/types.ts';
import type { ClaimRef } from '../schemas/review.ts';
import type { LocateFailure, Located } from './locate.ts';
import { foldForMatch, suggestion } from './locate.ts';

/** Claims by the sentences they hold: `article sentenceId` → claims. */
export type SentenceIndex = Map<string, Claim[]>;

/** Key of a sentence in a SentenceIndex. */
export const sentenceAt = (article: string, sentenceId: string): string => `${article} ${sentenceId}`;

/** Indexes claims by every sentence of their evidence. */
export function indexBySentence(claims: readonly Claim[]): SentenceIndex {
  const index: SentenceIndex = new Map();
  for (const claim of claims) {
    for (const evidence of claim.evidence) {
      const key = sentenceAt(evidence.article, evidence.sentenceId);
      const list = index.get(key) ?? [];
      if (!list.includes(claim)) list.push(claim);
      index.set(key, list);
    }
  }
  return index;
}

/** The evidence entry of `claim` for a sentence. */
export function evidenceFor(claim: Claim, article: string, sentenceId: string): Evidence | undefined {
  return claim.evidence.find((evidence) => evidence.article === article && evidence.sentenceId === sentenceId);
}

/**
 * Where a claim sits in one of its sentences: the words the engine marked, or, when it marked none, the
 * part of the sentence its headline quotes (a clause claim's headline is often that clause), or the
 * whole sentence when the headline rewrites it ("Sergei Lavrov called …" for "Lavrov called …"): the
 * claim then stands on all of it.
 */
export function clauseSpans(claim: Pick<Claim, 'statement'>, evidence: Pick<Evidence, 'text' | 'marks' | 'clause'>): Array<[number, number]> {
  const [start, end] = evidence.clause;
  if (start > 0 || end < evidence.text.length) return [[start, end]];
  if (evidence.marks.length > 0) return [...evidence.marks];
  const headline = foldForMatch(claim.statement.trim().replace(/\s+/g, ' ').replace(/[.!?]+$/, ''));
  if (headline.length < 12) return [];
  const at = foldForMatch(evidence.text).indexOf(headline);
  return at === -1 ? [[start, end]] : [[at, at + headline.length]];
}

/** How many marked characters lie inside the quote's span. */
function overlap(marks: ReadonlyArray<[number, number]>, [start, end]: [number, number]): number {
  let covered = 0;
  for (const [a, b] of marks) covered += Math.max(0, Math.min(b, end) - Math.max(a, start));
  return covered;
}

const describe = (claim: Claim): string => `"${claim.statement}" (${claim.kind})`;

/** The share of a quote a claim's words must cover to be all of it: a full stop or quotation mark may be outside. */
const WHOLE_QUOTE = 0.95;

/** The one claim a reference means, among the claims holding its located sentence. */
export function pickClaim(ref: ClaimRef, located: Located, index: SentenceIndex): Claim | LocateFailure {
  const { article, sentence, span } = located;
  const holders = index.get(sentenceAt(article.id, sentence.id)) ?? [];
  if (holders.length === 0) {
    const held = article.sentences.filter((s) => index.has(sentenceAt(article.id, s.id)));
    return {
      rule: 'stale-review',
      message: `no claim holds sentence ${sentence.id} of ${article.id} any more ("${sentence.text.slice(0, 100)}")`,
      hint: `${held.length > 0 ? suggestion(ref.quote, held) : 'no sentence of this article is in a claim now;'} If the claim you reviewed is gone, delete the review`,
    };
  }
  const ofKind = ref.kind ? holders.filter((claim) => claim.kind === ref.kind) : holders;
  if (ofKind.length === 0) {
    return {
      rule: 'stale-review',
      message: `sentence ${sentence.id} of ${article.id} holds no ${ref.kind} claim now, only ${holders.map(describe).join(', ')}`,
      hint: `if that is the claim you reviewed, change kind to ${holders[0]?.kind}`,
    };
  }
  if (ofKind.length === 1 && ofKind[0]) return ofKind[0];
  // Several claims stand on the sentence (one per clause): the quote says which clause, by covering
  // more of that claim's marked words than of any other's.
  // A tie where the quote covers the whole of two claims' words, a sentence's own claim and a phrase
  // of it (where someone spoke, a word someone used), goes to the one claim whose words are all of the
  // quote, but for its punctuation; two clauses of the sentence stay ambiguous.
  const quoted = Math.max(1, span[1] - span[0]);
  const scored = ofKind.map((claim) => {
    const evidence = evidenceFor(claim, article.id, sentence.id);
    const marks = evidence ? clauseSpans(claim, evidence) : [];
    const marked = marks.reduce((sum, [a, b]) => sum + (b - a), 0);
    const covered = overlap(marks, span);
    return { claim, score: marked === 0 ? 0 : covered / marked, coverage: covered / quoted };
  });
  const top = Math.max(...scored.map((entry) => entry.score));
  const tied = scored.filter((entry) => entry.score === top);
  const whole = tied.filter((entry) => entry.coverage >= WHOLE_QUOTE);
  const best = tied.length > 1 && whole.length === 1 ? whole : tied;
  if (top > 0 && best.length === 1 && best[0]) return best[0].claim;
  return {
    rule: 'ambiguous-review',
    message: `sentence ${sentence.id} of ${article.id} holds ${ofKind.length} claims and the review does not say which: ${ofKind.map(describe).join('; ')}`,
    hint: ref.kind ? 'quote only the words of the clause you mean' : 'add "kind:" to the claim, or quote only the words of the clause you mean',
  };
}
