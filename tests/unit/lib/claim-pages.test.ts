import { describe, expect, test } from 'vitest';
import type { Evidence } from '../../../src/engine/types.ts';
import { claimPageKind, hasOwnPage, landingSentence } from '../../../src/lib/claim-pages.ts';
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

const twoArticles = [sentence('a-wire', 's-22222222'), sentence('b-paper', 's-33333333')];
const threeArticles = [...twoArticles, sentence('c-radio', 's-44444444')];
const fourArticles = [...threeArticles, sentence('d-daily', 's-55555555')];

describe('which page a claim gets', () => {
  test('a single-source claim that one article states leads to its anchor sentence', () => {
    expect(landingSentence(claim())).toMatchObject({ article: 'a-wire', sentenceId: 's-22222222' });
    expect(hasOwnPage(claim())).toBe(false);
    expect(claimPageKind(claim())).toBe('sentence');
  });

  test.each([
    ['corroborated by two articles', { verdict: 'corroborated', evidence: twoArticles }],
    ['corroborated by three articles', { verdict: 'corroborated', evidence: threeArticles }],
    ['stated by two articles of one outlet', { evidence: twoArticles }],
  ] as Array<[string, Partial<ReviewedClaim>]>)('an automatic claim %s leads to its anchor sentence too', (_, change) => {
    expect(claimPageKind(claim(change))).toBe('sentence');
    expect(landingSentence(claim(change))).toMatchObject({ article: 'a-wire', sentenceId: 's-22222222' });
  });

  test.each([
    ['corroborated by four articles', { verdict: 'corroborated', evidence: fourArticles }, 'compact'],
    ['single-source in four articles of one outlet', { evidence: fourArticles }, 'compact'],
    ['conflicting', { verdict: 'conflicting' }, 'full'],
    ['disputed', { verdict: 'disputed' }, 'full'],
    ['holding a sentence that does not support it', { evidence: [sentence('a-wire', 's-11111111'), sentence('a-wire', 's-22222222', 'denies')] }, 'full'],
    ['reviewed by an editor', { reviewed: { by: 'Ada', date: '2030-01-01' } }, 'full'],
    ['given a review that is not the latest stamp', { reviews: [{} as ReviewedClaim['reviews'][number]] }, 'full'],
    ['annotated by an editor', { note: 'Checked with the council.' }, 'full'],
    ['made of several claims by a merge', { origins: ['one-11111111', 'two-22222222'] }, 'full'],
    ['corroborated by two articles and reviewed by an editor', { verdict: 'corroborated', evidence: twoArticles, reviewed: { by: 'Ada', date: '2030-01-01' } }, 'full'],
  ] as Array<[string, Partial<ReviewedClaim>, 'compact' | 'full']>)('a claim %s gets a page of its own: %s', (_, change, kind) => {
    expect(landingSentence(claim(change))).toBeUndefined();
    expect(hasOwnPage(claim(change))).toBe(true);
    expect(claimPageKind(claim(change))).toBe(kind);
  });

  test('a claim whose anchor is not among its evidence leads to its first sentence', () => {
    expect(landingSentence(claim({ anchor: { article: 'a-wire', sentenceId: 's-99999999' } }))?.sentenceId).toBe('s-11111111');
  });
});
