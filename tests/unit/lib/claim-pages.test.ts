import { describe, expect, test } from 'vitest';
import type { Evidence } from '../../../src/engine/types.ts';
import { claimPageKind, hasOwnPage, soleSentence } from '../../../src/lib/claim-pages.ts';
import type { ReviewedClaim } from '../../../src/review/types.ts';

const sentence = (article: string, sentenceId: string, stance: Evidence['stance'] = 'supports'): Evidence =>
  ({ article, outlet: `outlet-of-${article}`, sentenceId, text: 'The bridge reopened.', stance }) as Evidence;

/** A single-source claim one article states, untouched by editors; each case changes one thing. */
const claim = (change: Partial<ReviewedClaim> = {}): ReviewedClaim =>
  ({
    id: 'bridge-reopened-0123456789ab',
    verdict: 'single-source',
    anchor: { article: 'a-wire', sentenceId: 's-22222222' },
    evidence: [sentence('a-wire', 's-11111111'), sentence('a-wire', 's-22222222')],
    reviewed: null,
    reviews: [],
    note: null,
    origins: ['bridge-reopened-22222222'],
    ...change,
  }) as ReviewedClaim;

describe('which claims get a page of their own', () => {
  test('a single-source claim that one article states leads to its anchor sentence', () => {
    expect(soleSentence(claim())).toMatchObject({ article: 'a-wire', sentenceId: 's-22222222' });
    expect(hasOwnPage(claim())).toBe(false);
  });

  test.each([
    ['corroborated', { verdict: 'corroborated' }, 'compact'],
    ['conflicting', { verdict: 'conflicting' }, 'full'],
    ['disputed', { verdict: 'disputed' }, 'full'],
    ['stated by two articles (e.g. of one outlet)', { evidence: [sentence('a-wire', 's-11111111'), sentence('b-paper', 's-33333333')] }, 'compact'],
    ['holding a sentence that does not support it', { evidence: [sentence('a-wire', 's-11111111'), sentence('a-wire', 's-22222222', 'denies')] }, 'full'],
    ['reviewed by an editor', { reviewed: { by: 'Ada', date: '2030-01-01' } }, 'full'],
    ['given a review that is not the latest stamp', { reviews: [{} as ReviewedClaim['reviews'][number]] }, 'full'],
    ['annotated by an editor', { note: 'Checked with the council.' }, 'full'],
    ['made of several claims by a merge', { origins: ['one-11111111', 'two-22222222'] }, 'full'],
    ['corroborated and reviewed by an editor', { verdict: 'corroborated', reviewed: { by: 'Ada', date: '2030-01-01' } }, 'full'],
    ['corroborated and annotated by an editor', { verdict: 'corroborated', note: 'Checked with the council.' }, 'full'],
  ] as Array<[string, Partial<ReviewedClaim>, 'compact' | 'full']>)('a claim %s gets a page of its own: %s', (_, change, kind) => {
    expect(soleSentence(claim(change))).toBeUndefined();
    expect(hasOwnPage(claim(change))).toBe(true);
    expect(claimPageKind(claim(change))).toBe(kind);
  });

  test('a single-source claim one article states has neither', () => {
    expect(claimPageKind(claim())).toBe('sole');
  });

  test('a claim whose anchor is not among its evidence leads to its first sentence', () => {
    expect(soleSentence(claim({ anchor: { article: 'a-wire', sentenceId: 's-99999999' } }))?.sentenceId).toBe('s-11111111');
  });
});
