/**
 * The seed story (the labelled set us-russia-talks-riyadh-2025), run through the whole engine:
 * Markdown → sentences → annotations → claims → verdicts. Claims are found by the sentences of
 * their evidence, and expected values come from reading the articles.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { loadCorpus } from '../../../src/corpus/load.ts';
import type { CorpusAnalysis, CorpusInput } from '../../../src/engine/types.ts';
import { labelledSets } from '../../../src/quality/sets.ts';
import { analyze } from './support/corpus.ts';
import { claimAcross as claimWith, evidenceWith, show } from './support/find.ts';

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
    const set = labelledSets().find((s) => s.id === STORY);
    if (!set) throw new Error(`no labelled set ${STORY}`);
    corpus = loadCorpus(set.content);
    analysis = analyze(corpus);
  });

  test('the three-stage peace plan is disputed, from anonymous sources, with the denial as evidence', () => {
    const claim = claimWith(analysis, [[NG, 'three-stage peace plan'], [NG, 'denied any knowledge']]);
    expect(claim?.verdict, show(claim)).toBe('disputed');
    expect(claim?.flags).toContain('anonymousSourcing');
    expect(evidenceWith(claim, 'denied any knowledge')?.stance).toBe('denies');
    expect(evidenceWith(claim, 'three-stage peace plan')?.stance).toBe('supports');
  });

  test('Ushakov’s “very serious discussion” is corroborated with wordingVaries', () => {
    // Kyiv Post's "a serious conversation on all issues" is the same remark too; the pair model does
    // not reach it (conversation/discussion share no word), a known miss the methodology page lists.
    const claim = claimWith(analysis, [[MT, 'very serious discussion on every issue'], [NG, 'very serious discussions on all issues']]);
    expect(claim?.verdict, show(claim)).toBe('corroborated');
    expect(claim?.flags).toContain('wordingVaries');
    expect(claim?.kind).toBe('quote');
    expect(claim?.statement).toMatch(/^Yury Ushakov\b/);
    expect(claim?.speakers).toEqual(['Yury Ushakov']);
  });

  test('restoring embassy staffing is corroborated by several outlets', () => {
    const claim = claimWith(analysis, [[NG, 'agreed to restore embassy staffing'], [RFERL, 'restore staffing at their respective embassies']]);
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

  test('two runs give deep-equal output', () => {
    expect(analyze(corpus)).toEqual(analysis);
  });

  test('adding a later article keeps every multi-source claim reachable: by its id, or by its anchor among the aliases of the claim it joined', () => {
    const later = {
      id: 'zz-later-report',
      title: 'Later report',
      story: STORY,
      outlet: 'kyiv-post',
      published: '2025-02-20',
      body: 'Markets in Kyiv were calm on Thursday as traders waited for news from the capital.\n',
    };
    const grown = analyze({ ...corpus, articles: [...corpus.articles, later] });
    const grownIds = new Set(grown.claims.map((c) => c.id));
    let kept = 0;
    for (const claim of analysis.claims.filter((c) => c.evidence.length > 1)) {
      if (grownIds.has(claim.id)) {
        kept++;
        continue;
      }
      // The new article shifts word weights: a claim may merge with another, whose anchor comes first.
      const heir = grown.claims.find((c) => c.aliases.includes(claim.hash));
      expect(heir, claim.id).toBeDefined();
      expect(heir?.evidence.map((e) => e.sentenceId)).toEqual(expect.arrayContaining(claim.evidence.map((e) => e.sentenceId)));
    }
    expect(kept).toBeGreaterThan(analysis.claims.filter((c) => c.evidence.length > 1).length / 2);
  });
});
