/**
 * The six examples of issue 3 on the seed story (content/), run through the whole engine:
 * Markdown → sentences → annotations → claims → verdicts. Expected values come from reading the articles.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { loadCorpus } from '../../../src/corpus/load.ts';
import { analyzeCorpus, analyzeCorpusCached } from '../../../src/engine/index.ts';
import type { CorpusAnalysis, CorpusInput } from '../../../src/engine/types.ts';
import { claimWith, describe as show, evidenceWith } from './helpers/find.ts';

const STORY = 'us-russia-talks-riyadh-2025';
const KP = 'kyiv-post-riyadh-talks';
const MT = 'moscow-times-peace-talks';
const MT2 = 'moscow-times-peace-talks-2';
const RFERL = 'rferl-what-we-learned';
const NG = 'novaya-gazeta-first-round-riyadh';

describe('the seed story', () => {
  let corpus: CorpusInput;
  let analysis: CorpusAnalysis;
  beforeAll(() => {
    corpus = loadCorpus('content');
    analysis = analyzeCorpus(corpus, { stories: [STORY] });
  });

  test('the three-stage peace plan is disputed, from anonymous sources, with the denial as evidence', () => {
    const claim = claimWith(analysis, [[NG, 'three-stage peace plan'], [NG, 'denied any knowledge']]);
    expect(claim?.verdict, show(claim)).toBe('disputed');
    expect(claim?.flags).toContain('anonymousSourcing');
    expect(evidenceWith(claim!, 'denied any knowledge')?.stance).toBe('denies');
    expect(evidenceWith(claim!, 'three-stage peace plan')?.stance).toBe('supports');
    expect(claim?.id).toMatch(/three-stage/);
  });

  test('the length of the meeting is conflicting, with each outlet’s value', () => {
    const claim = claimWith(analysis, [[KP, 'four-hour meeting'], [MT, '4.5-hour meeting'], [RFERL, 'more than four-hour meeting']], 'quantity');
    expect(claim?.verdict, show(claim)).toBe('conflicting');
    expect(claim?.statement).toBe('Length of the meeting');
    const values = Object.fromEntries(claim!.evidence.map((e) => [e.article, e.value]));
    expect(values).toMatchObject({ [KP]: 'four hours', [MT]: '4.5 hours', [MT2]: '4.5 hours', [RFERL]: 'more than four hours' });
    expect(evidenceWith(claim!, 'four-hour meeting', KP)?.stance).toBe('conflicts');
    expect(claim?.explanation).toContain('Kyiv Post says four hours');
  });

  test('Ushakov’s “very serious discussion” is corroborated with wordingVaries', () => {
    const claim = claimWith(analysis, [[KP, 'a serious conversation on all issues'], [MT, 'very serious discussion on every issue'], [NG, 'very serious discussions on all issues']]);
    expect(claim?.verdict, show(claim)).toBe('corroborated');
    expect(claim?.flags).toContain('wordingVaries');
    expect(claim?.kind).toBe('quote');
    expect(claim?.statement).toMatch(/^Ushakov: “/);
  });

  test('restoring embassy staffing is corroborated by several outlets', () => {
    const claim = claimWith(analysis, [[KP, 'resumption of embassy staffing'], [RFERL, 'restore staffing at their respective embassies']]);
    expect(claim?.verdict, show(claim)).toBe('corroborated');
    expect(claim?.independentSources).toBeGreaterThanOrEqual(2);
  });

  test('Rubio’s “vibrant diplomatic missions” quote, both via AP, is flagged sharedUpstream', () => {
    const claim = claimWith(analysis, [[KP, 'vibrant diplomatic missions'], [NG, 'vibrant diplomatic missions']]);
    expect(claim?.flags, show(claim)).toContain('sharedUpstream');
    expect(claim?.verdict).toBe('single-source');
    expect(claim?.evidence.every((e) => e.via === 'AP' || e.via === 'AP News')).toBe(true);
  });

  test('the two Moscow Times articles are near-duplicates and count as one source', () => {
    expect(analysis.articles.find((a) => a.id === MT2)?.nearDuplicateOf).toBe(MT);
    expect(analysis.articles.filter((a) => a.nearDuplicateOf !== null).map((a) => a.id)).toEqual([MT2]);
    const onlyMoscowTimes = analysis.claims.filter((c) => c.evidence.length > 0 && c.evidence.every((e) => e.outlet === 'moscow-times'));
    expect(onlyMoscowTimes.length).toBeGreaterThan(0);
    for (const claim of onlyMoscowTimes) expect(claim.verdict, show(claim)).not.toBe('corroborated');
  });

  test('every evidence text is a sentence of its article, verbatim, and every mark lies inside it', () => {
    const sentences = new Map(analysis.articles.flatMap((a) => a.sentences.map((s) => [`${a.id} ${s.id}`, s.text])));
    for (const claim of analysis.claims) {
      for (const e of claim.evidence) {
        expect(sentences.get(`${e.article} ${e.sentenceId}`)).toBe(e.text);
        for (const [start, end] of e.marks) expect(0 <= start && start < end && end <= e.text.length).toBe(true);
      }
    }
  });

  test('claim ids are unique, end in the anchor hash, and aliases include the anchor', () => {
    const ids = analysis.claims.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const claim of analysis.claims) {
      expect(claim.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(claim.id).toContain(claim.hash);
      expect(claim.aliases).toContain(claim.hash);
    }
  });

  test('two runs give deep-equal output, and the cached entry point returns the same analysis object', () => {
    expect(analyzeCorpus(corpus, { stories: [STORY] })).toEqual(analysis);
    const first = analyzeCorpusCached(corpus);
    expect(analyzeCorpusCached({ ...corpus, articles: [...corpus.articles] })).toBe(first);
  });

  test('adding a later article keeps the ids of existing multi-source claims', () => {
    const later = {
      id: 'zz-later-report',
      title: 'Later report',
      story: STORY,
      outlet: 'kyiv-post',
      published: '2025-02-20',
      body: 'Markets in Kyiv were calm on Thursday as traders waited for news from the capital.\n',
    };
    const grown = analyzeCorpus({ ...corpus, articles: [...corpus.articles, later] }, { stories: [STORY] });
    const grownIds = new Set(grown.claims.map((c) => c.id));
    for (const claim of analysis.claims.filter((c) => c.evidence.length > 1)) expect(grownIds.has(claim.id), claim.id).toBe(true);
  });
});
