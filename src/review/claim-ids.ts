/**
 * Claim permalinks, unique by construction: `<words>-<S><D>`, where S (8 hex) names the claim's anchor
 * sentence in its article and D (4 hex) the claim among those anchored there (its kind, and the clause
 * when one sentence anchors two claims of a kind). S alone finds, from an old URL, the sentence the old
 * claim stood on, so the 404 page can say where it went; the full S+D names exactly one claim.
 *
 * The anchor is the claim's supporting sentence that appeared on the site first (`retrieved`, else
 * `published`), so articles added later never move it. Ids are derived from the engine's claims before
 * any review, so reviews never change a claim's URL.
 */
import { hash } from 'node:crypto';
import type { ArticleAnalysis, Claim, Evidence } from '../engine/types.ts';
import { ContentError } from '../corpus/problems.ts';

/** Hex digits of the sentence part and the claim part of an id. */
export const ID_HEX = { sentence: 8, claim: 4 } as const;

/** The id's hex tail: 12 hex digits after the last hyphen. */
const ID_TAIL = new RegExp(`-([0-9a-f]{${ID_HEX.sentence + ID_HEX.claim}})$`);

/** Articles' dates and sentence positions, for choosing anchors. */
export interface ArticleOrder {
  appeared: Map<string, string>;
  published: Map<string, string>;
  sentenceIndex: Map<string, number>;
}

/** The date an article appeared on the site: `retrieved` when recorded, else `published`. */
export function appearedOn(article: Pick<ArticleAnalysis, 'retrieved' | 'published'>): string {
  return article.retrieved ?? article.published;
}

/** Lookups for `idAnchor` from the analysed articles. */
export function articleOrder(articles: readonly ArticleAnalysis[]): ArticleOrder {
  const order: ArticleOrder = { appeared: new Map(), published: new Map(), sentenceIndex: new Map() };
  for (const article of articles) {
    order.appeared.set(article.id, appearedOn(article));
    order.published.set(article.id, article.published);
    for (const sentence of article.sentences) order.sentenceIndex.set(`${article.id} ${sentence.id}`, sentence.index);
  }
  return order;
}

/** Compares evidence by when it appeared on the site, then by publication, article id and position. */
export function byAppearance(order: ArticleOrder): (a: Pick<Evidence, 'article' | 'sentenceId'>, b: Pick<Evidence, 'article' | 'sentenceId'>) => number {
  const key = (e: Pick<Evidence, 'article' | 'sentenceId'>): [string, string, string, number] => [
    order.appeared.get(e.article) ?? '',
    order.published.get(e.article) ?? '',
    e.article,
    order.sentenceIndex.get(`${e.article} ${e.sentenceId}`) ?? 0,
  ];
  return (a, b) => {
    const [ka, kb] = [key(a), key(b)];
    for (let n = 0; n < 3; n++) if (ka[n] !== kb[n]) return (ka[n] as string) < (kb[n] as string) ? -1 : 1;
    return ka[3] - kb[3];
  };
}

/** The sentence a claim's id stands on: its supporting sentence that appeared first (any sentence if none supports). */
export function idAnchor(evidence: readonly Evidence[], order: ArticleOrder): Evidence | undefined {
  const supporting = evidence.filter((e) => e.stance === 'supports');
  return [...(supporting.length > 0 ? supporting : evidence)].sort(byAppearance(order))[0];
}

/** S: 8 hex naming one sentence of one article (sentence ids alone repeat across copies of an article). */
export function sentenceKey(article: string, sentenceId: string): string {
  return digest(`${article}/${sentenceId}`).slice(0, ID_HEX.sentence);
}

/** The hex tail of a claim id, or undefined for ids of another shape. */
export function idTail(id: string): string | undefined {
  return ID_TAIL.exec(id)?.[1];
}

/** The readable words of an engine slug: the slug without its trailing hash (and `-2` suffix). */
export function slugWordsOf(engineId: string): string {
  return engineId.replace(/-[0-9a-f]{8,12}(?:-\d+)?$/, '');
}

/** `words-<tail>`; `claim-<tail>` when there are no words. */
export function composeId(words: string, tail: string): string {
  return `${words || 'claim'}-${tail}`;
}

/** What makes one claim's id: where it stands, what kind it is, and which clause. */
export interface IdRequest {
  /** Readable words for the URL. */
  words: string;
  article: string;
  sentenceId: string;
  /** Kind plus, when needed, the clause or a tag; distinct requests on one sentence must differ here. */
  key: string;
  /** What to name in an error. */
  label: string;
}

/**
 * Ids for a list of requests, in the same order. Requests on one sentence get distinct D parts:
 * D is a hash of the key, re-hashed with a counter on the rare clash (in key order, so deterministic).
 * Two requests with the same sentence and key are the same claim twice: a build error.
 */
export function assignIds(requests: readonly IdRequest[], taken: ReadonlySet<string> = new Set()): string[] {
  const groups = new Map<string, number[]>();
  requests.forEach((request, n) => {
    const s = sentenceKey(request.article, request.sentenceId);
    groups.set(s, [...(groups.get(s) ?? []), n]);
  });
  const tails = new Array<string>(requests.length);
  const usedTails = new Set([...taken].map(idTail).filter((tail): tail is string => tail !== undefined));
  for (const [s, members] of groups) {
    const sorted = [...members].sort((a, b) => compareKeys(requests[a], requests[b]));
    for (let i = 1; i < sorted.length; i++) {
      const [a, b] = [requests[sorted[i - 1] ?? 0], requests[sorted[i] ?? 0]];
      if (a && b && compareKeys(a, b) === 0) {
        throw new ContentError([
          {
            file: `article ${b.article}, sentence ${b.sentenceId}`,
            rule: 'duplicate-claim-id',
            value: b.key,
            message: `two claims stand on the same sentence with the same kind and clause, so they would share one URL: ${a.label} and ${b.label}`,
            hint: 'this is an engine bug (one claim emitted twice); merge the two with a review until it is fixed',
          },
        ]);
      }
    }
    for (const n of sorted) {
      const request = requests[n];
      if (!request) continue;
      let tail = '';
      for (let probe = 0; tail === '' || usedTails.has(tail); probe++) {
        tail = s + digest(`${s}|${request.key}${probe === 0 ? '' : `#${probe}`}`).slice(0, ID_HEX.claim);
      }
      usedTails.add(tail);
      tails[n] = tail;
    }
  }
  const ids = requests.map((request, n) => composeId(request.words, tails[n] ?? ''));
  const seen = new Set(taken);
  for (const id of ids) {
    if (seen.has(id)) {
      throw new ContentError([{ file: 'claims', rule: 'duplicate-claim-id', value: id, message: 'two claims have this id', hint: 'this is a bug in src/review/claim-ids.ts' }]);
    }
    seen.add(id);
  }
  return ids;
}

/**
 * Ids for the engine's claims, in order. The D key is the kind alone when the claim is the only one of
 * its kind on its anchor sentence; otherwise the kind plus the clause (the words the claim marks there).
 */
export function engineClaimIds(claims: readonly Claim[], order: ArticleOrder): string[] {
  const anchors = claims.map((claim) => idAnchor(claim.evidence, order) ?? { article: claim.anchor.article, sentenceId: claim.anchor.sentenceId, marks: [], clause: [0, 0] as [number, number], text: '' });
  const shared = new Map<string, number>();
  claims.forEach((claim, n) => {
    const anchor = anchors[n];
    if (!anchor) return;
    const group = `${anchor.article}/${anchor.sentenceId}|${claim.kind}`;
    shared.set(group, (shared.get(group) ?? 0) + 1);
  });
  const requests = claims.map((claim, n): IdRequest => {
    const anchor = anchors[n] ?? { article: claim.anchor.article, sentenceId: claim.anchor.sentenceId, marks: [], clause: [0, 0] as [number, number], text: '' };
    const alone = shared.get(`${anchor.article}/${anchor.sentenceId}|${claim.kind}`) === 1;
    return {
      words: slugWordsOf(claim.id),
      article: anchor.article,
      sentenceId: anchor.sentenceId,
      key: alone ? claim.kind : `${claim.kind}|${clauseOf(anchor, claim.statement)}`,
      label: `"${claim.statement}" (${claim.kind})`,
    };
  });
  // Claims still alike (the same marked words) are told apart by their headline, then by the
  // sentences they hold; claims alike in all of these are one claim emitted twice (a build error).
  const tiebreakers: Array<(claim: Claim) => string> = [
    (claim) => claim.statement.toLowerCase(),
    (claim) => claim.evidence.map((e) => `${e.article}/${e.sentenceId}`).sort().join(' '),
  ];
  for (const tiebreaker of tiebreakers) {
    const count = new Map<string, number>();
    const keyOf = (request: IdRequest): string => `${request.article}/${request.sentenceId}|${request.key}`;
    for (const request of requests) count.set(keyOf(request), (count.get(keyOf(request)) ?? 0) + 1);
    requests.forEach((request, n) => {
      const claim = claims[n];
      if (claim && (count.get(keyOf(request)) ?? 0) > 1) request.key = `${request.key}|${tiebreaker(claim)}`;
    });
  }
  return assignIds(requests);
}

/**
 * The clause a claim rests on in its anchor sentence: the engine's clause when the sentence holds
 * several, else the words it marks there, else its statement.
 */
function clauseOf(anchor: Pick<Evidence, 'text' | 'marks' | 'clause'>, statement: string): string {
  const [start, end] = anchor.clause;
  const partial = start > 0 || end < anchor.text.length;
  const words = partial ? anchor.text.slice(start, end) : anchor.marks.map(([a, b]) => anchor.text.slice(a, b)).join(' ');
  return (words.trim() || statement).toLowerCase().replace(/\s+/g, ' ');
}

function compareKeys(a: IdRequest | undefined, b: IdRequest | undefined): number {
  const ka = `${a?.article}/${a?.sentenceId}|${a?.key}`;
  const kb = `${b?.article}/${b?.sentenceId}|${b?.key}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** SHA-256 in hex; the one-shot `hash` takes a third of `createHash`'s time, for the 200,000 sentence keys of a build at 10,000 articles. */
function digest(text: string): string {
  return hash('sha256', text, 'hex');
}
