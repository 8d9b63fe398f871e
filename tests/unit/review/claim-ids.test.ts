/**
 * Claim ids: readable words plus 12 hex digits, the first 8 naming the anchor sentence (in its
 * article) and the last 4 the claim among those standing on it. Unique by construction; a claim the
 * engine emits twice is a build error; later articles never move an id.
 */
import { describe, expect, test } from 'vitest';
import { ContentError } from '../../../src/corpus/problems.ts';
import { articleOrder, engineClaimIds, idTail, sentenceKey, slugWordsOf } from '../../../src/review/claim-ids.ts';
import { article, bridgeArticles, claim } from './fixture.ts';

const { a, b, c } = bridgeArticles();
const order = articleOrder([a, b, c]);
const both = article('both', { outlet: 'daily', published: '2030-03-01' }, ['The bridge reopened and tolls rose to 5 euros.']);
const withBoth = articleOrder([a, b, c, both]);

describe('claim ids', () => {
  test('are the engine’s words plus the anchor sentence and claim parts', () => {
    const reopen = claim({ statement: 'The bridge reopened.', verdict: 'corroborated', evidence: [[a, 0], [b, 0]], words: 'bridge-reopened-monday' });
    const [id = ''] = engineClaimIds([reopen], order);
    expect(id).toMatch(/^bridge-reopened-monday-[0-9a-f]{12}$/);
    expect(idTail(id)?.slice(0, 8)).toBe(sentenceKey('a-daily', a.sentences[0]?.id ?? ''));
    expect(slugWordsOf('three-stage-plan-4f2a9c1e')).toBe('three-stage-plan');
    expect(slugWordsOf('three-stage-plan-4f2a9c1e-2')).toBe('three-stage-plan');
    expect(slugWordsOf(id)).toBe('bridge-reopened-monday');
  });

  test('differ for two claims of different kinds on one sentence, which share the sentence part', () => {
    const statement = claim({ statement: 'The bridge reopened.', verdict: 'corroborated', evidence: [[a, 0]], words: 'same-words' });
    const quantity = claim({ kind: 'quantity', statement: 'Length of the repairs', verdict: 'single-source', evidence: [[a, 0]], words: 'same-words' });
    const [x = '', y = ''] = engineClaimIds([statement, quantity], order);
    expect(x).not.toBe(y);
    expect(idTail(x)?.slice(0, 8)).toBe(idTail(y)?.slice(0, 8));
  });

  test('differ for two claims of one kind on one sentence, by their clauses', () => {
    const reopened = claim({ statement: 'The bridge reopened.', verdict: 'corroborated', evidence: [[both, 0, 'supports', 'The bridge reopened']], words: 'w' });
    const tolls = claim({ statement: 'Tolls rose.', verdict: 'single-source', evidence: [[both, 0, 'supports', 'tolls rose to 5 euros']], words: 'w' });
    const ids = engineClaimIds([reopened, tolls], withBoth);
    expect(new Set(ids).size).toBe(2);
    // Each keeps its id whatever the order the engine lists them in.
    expect(engineClaimIds([tolls, reopened], withBoth)).toEqual([ids[1], ids[0]]);
  });

  test('differ for claims alike in clause and headline but holding different sentences', () => {
    const one = claim({ kind: 'quantity', statement: 'Length', verdict: 'corroborated', evidence: [[a, 0, 'supports', 'two years'], [b, 0]], words: 'w' });
    const two = claim({ kind: 'quantity', statement: 'Length', verdict: 'conflicting', evidence: [[a, 0, 'supports', 'two years'], [c, 0, 'conflicts']], words: 'w' });
    expect(new Set(engineClaimIds([one, two], order)).size).toBe(2);
  });

  test('a claim emitted twice is a build error that names both', () => {
    const one = claim({ statement: 'The bridge reopened.', verdict: 'corroborated', evidence: [[a, 0], [b, 0]] });
    expect(() => engineClaimIds([one, { ...one }], order)).toThrow(ContentError);
    expect(() => engineClaimIds([one, { ...one }], order)).toThrow(/two claims stand on the same sentence with the same kind and clause[^\n]*"The bridge reopened\." \(statement\) and "The bridge reopened\." \(statement\)/);
  });

  test('stand on the supporting sentence that reached the site first, so a later article never moves them', () => {
    // b-wire was published on 1 March but retrieved on 2 March; a-daily appeared on 1 March.
    const reopen = claim({ statement: 'The bridge reopened.', verdict: 'corroborated', evidence: [[b, 0], [a, 0]] });
    const [id = ''] = engineClaimIds([reopen], order);
    expect(idTail(id)?.slice(0, 8)).toBe(sentenceKey('a-daily', a.sentences[0]?.id ?? ''));
    // An article published earlier but added to the site later does not take the anchor.
    const late = article('z-late', { outlet: 'late', published: '2030-02-01', retrieved: '2030-03-20' }, ['The bridge reopened, at last.']);
    const grown = claim({ statement: 'The bridge reopened.', verdict: 'corroborated', evidence: [[late, 0], [b, 0], [a, 0]] });
    expect(engineClaimIds([grown], articleOrder([a, b, c, late]))).toEqual([id]);
    // A conflicting sentence never anchors a claim that has support.
    const contested = claim({ statement: 'The bridge reopened.', verdict: 'conflicting', evidence: [[c, 0, 'conflicts'], [a, 0]] });
    expect(idTail(engineClaimIds([contested], order)[0] ?? '')?.slice(0, 8)).toBe(sentenceKey('a-daily', a.sentences[0]?.id ?? ''));
  });
});
