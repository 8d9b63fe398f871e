/**
 * The pipeline and its contracts: the declared stage list, `runStages`, and `analyzeCorpus` as a
 * pure function of its input — deterministic whatever the input order, with the language, the
 * config and the model as values a caller can swap, and robust to one junk article (issue 16,
 * class 4: an article of thousands of one-word sentences must not move any other verdict).
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadCorpus } from '../../../src/corpus/load.ts';
import { corpusDigest, stageContext, STAGES } from '../../../src/engine/index.ts';
import { english, type Language } from '../../../src/engine/language/index.ts';
import { defaultModel } from '../../../src/engine/04-match/model.ts';
import { runStages } from '../../../src/engine/pipeline.ts';
import type { Claim, CorpusAnalysis, CorpusInput } from '../../../src/engine/types.ts';
import { markdownToBlocks } from '../../../src/markdown/blocks.ts';
import { analyze, corpusOf, outlet, STORY, storyAt, type StoryAt } from './support/corpus.ts';
import { claimWith, show } from './support/find.ts';

const FACT = 'The city council approved a new water tariff for farms in the valley on Monday.';
const PARAPHRASE = 'A new water tariff for valley farms was approved by the city council on Monday.';

/** Two stories, three outlets, five articles. */
function twoStories(): CorpusInput {
  const second = { id: 'bridge-story', title: 'Bridge', date: '2030-04-01', summary: '' };
  return corpusOf(
    [
      { id: 'a-courier', outlet: 'valley-courier', body: ['Heavy rain closed three schools in the northern district for the rest of the week.', FACT] },
      { id: 'b-herald', outlet: 'harbour-herald', body: [PARAPHRASE, 'Volunteers handed out sandbags at the fire station until late on Sunday evening.'] },
      { id: 'c-radio', outlet: 'coast-radio', published: '2030-03-03', body: ['The four-hour council meeting ended late on Monday night, officials said.'] },
      { id: 'd-courier', outlet: 'valley-courier', story: 'bridge-story', body: ['The river bridge will reopen in May after eight months of repairs, the mayor said.'] },
      { id: 'e-herald', outlet: 'harbour-herald', story: 'bridge-story', body: ['The mayor said the river bridge would reopen in May after the repairs.'] },
    ],
    { stories: [STORY, second] },
  );
}

describe('declared stages', () => {
  test('run in one stated order, each with a name', () => {
    expect(STAGES.map((stage) => stage.name)).toEqual(['normalize+segment', 'annotate', 'match', 'relate', 'judge']);
  });

  test('runStages tells onStage of each stage, in order, with a duration', () => {
    const corpus = twoStories();
    const ctx = stageContext(corpus, { textBlocks: markdownToBlocks });
    const heard: Array<[string, number]> = [];
    const story = corpus.stories[0] ?? STORY;
    const result = runStages(
      { story, articles: corpus.articles.filter((a) => a.story === story.id), outlets: new Map(corpus.outlets.map((o) => [o.id, o])) },
      ctx,
      (name, ms) => heard.push([name, ms]),
    );
    expect(heard.map(([name]) => name)).toEqual(STAGES.map((s) => s.name));
    for (const [, ms] of heard) expect(ms).toBeGreaterThanOrEqual(0);
    expect(result.judged.length).toBeGreaterThan(0);
  });

  test('analyzeCorpus runs the stages once per story', () => {
    const heard: string[] = [];
    analyze(twoStories(), { onStage: (name) => heard.push(name) });
    expect(heard).toEqual([...STAGES.map((s) => s.name), ...STAGES.map((s) => s.name)]);
  });

  test('each stage hands on what the one before gave, plus its own part', () => {
    const judged = storyAt(twoStories(), 'judge');
    expect(judged.sentences.length).toBeGreaterThan(0);
    expect(judged.units.length).toBeGreaterThanOrEqual(judged.sentences.length);
    expect(judged.groups.length).toBe(judged.claims.length);
    expect(judged.judged.length).toBe(judged.claims.length);
    expect(judged.stats.units).toBe(judged.units.length);
  });
});

describe('analyzeCorpus is a pure function of its input', () => {
  test('the same input gives the same output', () => {
    expect(analyze(twoStories())).toEqual(analyze(twoStories()));
  });

  test('stories, outlets and articles in another order give the same output', () => {
    const corpus = twoStories();
    const shuffled: CorpusInput = { stories: [...corpus.stories].reverse(), outlets: [...corpus.outlets].reverse(), articles: [...corpus.articles].reverse() };
    expect(analyze(shuffled)).toEqual(analyze(corpus));
  });

  test('claim ids are unique across the corpus and claims come story by story', () => {
    const analysis = analyze(twoStories());
    const ids = analysis.claims.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const stories = analysis.claims.map((c) => c.story);
    expect(stories).toEqual([...stories].sort());
    for (const story of analysis.stories) expect(story.claims).toEqual(analysis.claims.filter((c) => c.story === story.id).map((c) => c.id));
  });

  test('the story counts add up to its claims', () => {
    const analysis = analyze(twoStories());
    for (const story of analysis.stories) {
      const total = Object.values(story.counts).reduce((a, b) => a + b, 0);
      expect(total).toBe(story.claims.length);
    }
  });

  test('only the stories asked for are analysed', () => {
    const analysis = analyze(twoStories(), { stories: ['bridge-story'] });
    expect(analysis.stories.map((s) => s.id)).toEqual(['bridge-story']);
    expect(new Set(analysis.claims.map((c) => c.story))).toEqual(new Set(['bridge-story']));
    expect(analysis.articles.map((a) => a.id)).toEqual(['d-courier', 'e-herald']);
  });

  test('an empty corpus gives an empty analysis', () => {
    expect(analyze({ stories: [], outlets: [], articles: [] })).toEqual({ stories: [], articles: [], claims: [], entities: [], outlets: [] });
  });

  test('a story without articles has no claims', () => {
    const analysis = analyze({ stories: [STORY], outlets: [], articles: [] });
    expect(analysis.stories[0]).toMatchObject({ id: STORY.id, articles: [], claims: [] });
  });

  test('a person named in two stories is one entity with the names of both', () => {
    const analysis = analyze(
      corpusOf(
        [
          { id: 'a', outlet: 'valley-courier', body: ['Mayor Ana Ruiz said the water tariff for farms would rise in May.'] },
          { id: 'b', outlet: 'harbour-herald', story: 'bridge-story', body: ['Ana Ruíz, the city’s deputy mayor, said the river bridge would reopen in May.'] },
        ],
        { stories: [STORY, { id: 'bridge-story', title: 'Bridge', date: '2030-04-01', summary: '' }] },
      ),
    );
    const people = analysis.entities.filter((e) => e.kind === 'person');
    expect(people.map((e) => e.id)).toEqual(['ana-ruiz']);
    expect(people[0]?.aliases).toEqual(['Ana Ruiz', 'Ana Ruíz']);
  });

  test('an article whose outlet is missing from the outlet list is still analysed under its outlet id', () => {
    const corpus = corpusOf([{ id: 'a', outlet: 'unlisted-daily', body: [FACT] }]);
    const analysis = analyze({ ...corpus, outlets: [] });
    expect(analysis.claims.map((c) => c.explanation)).toEqual(['Only unlisted-daily reports it.']);
  });

  test('the corpus digest changes with any text and not with order', () => {
    const corpus = twoStories();
    const reordered = { ...corpus, articles: [...corpus.articles].reverse() };
    const edited = { ...corpus, articles: corpus.articles.map((a, n) => (n === 0 ? { ...a, body: `${a.body} More.` } : a)) };
    expect(corpusDigest(reordered)).toBe(corpusDigest(corpus));
    expect(corpusDigest(edited)).not.toBe(corpusDigest(corpus));
    expect(corpusDigest(corpus, ['bridge-story'])).not.toBe(corpusDigest(corpus));
  });
});

describe('the language, config and model are values a caller can swap', () => {
  const corpus = () => corpusOf([{ id: 'a', outlet: 'valley-courier', body: ['Thousands of flights were cancelled across the region on Friday morning.'] }]);

  test('a language without vague amounts reads no number in "thousands of flights"', () => {
    const base = english();
    const plain: Language = { ...base, lexicon: { ...base.lexicon, vagueNumbers: new Map() } };
    const withEnglish = storyAt(corpus(), 'annotate');
    const withPlain = storyAt(corpus(), 'annotate', { language: plain });
    expect(withEnglish.sentences[0]?.quantities.map((q) => q.surface)).toEqual(['Thousands of flights']);
    expect(withPlain.sentences[0]?.quantities).toEqual([]);
    expect(withPlain.ctx.lang).toBe(plain);
  });

  test('a language whose terms are the words as written no longer meets "approved" and "approval"', () => {
    const base = english();
    const unstemmed: Language = { ...base, normal: (key) => key, term: (key) => (base.term(key) === null ? null : key), family: (term) => term };
    const specs = [
      { id: 'a', outlet: 'valley-courier', body: ['The council approved the new water tariff for farms on Monday evening.'] },
      { id: 'b', outlet: 'harbour-herald', body: ['Council approval of the new water tariff for farms came on Monday evening.'] },
    ];
    const content = (story: StoryAt<'annotate'>, article: string): string[] => story.units.find((u) => u.article === article)?.content ?? [];
    const stemmed = storyAt(corpusOf(specs), 'annotate');
    const raw = storyAt(corpusOf(specs), 'annotate', { language: unstemmed });
    expect(content(stemmed, 'a')).toContain(base.normal('approved'));
    expect(content(stemmed, 'b')).toContain(base.normal('approved'));
    expect(content(raw, 'a')).toContain('approved');
    expect(content(raw, 'b')).toContain('approval');
    expect(content(raw, 'b')).not.toContain('approved');
  });

  test('a stricter link threshold splits a corroborated claim into single-source ones', () => {
    const specs = [
      { id: 'a', outlet: 'valley-courier', body: [FACT] },
      { id: 'b', outlet: 'harbour-herald', body: [PARAPHRASE] },
    ];
    const loose = claimWith(analyze(corpusOf(specs)), 'approved a new water tariff', 'was approved by');
    expect(loose?.verdict, show(loose)).toBe('corroborated');
    const strict = analyze(corpusOf(specs), { config: { match: { linkThreshold: 0.999 } } });
    expect(strict.claims.map((c) => [c.verdict, c.evidence.length])).toEqual([
      ['single-source', 1],
      ['single-source', 1],
    ]);
  });

  test('an explicit config wins over the thresholds fitted with the model', () => {
    const corpus = twoStories();
    const model = defaultModel();
    expect(stageContext(corpus, { textBlocks: markdownToBlocks }).config.match.linkThreshold).toBe(model.thresholds.link);
    expect(stageContext(corpus, { textBlocks: markdownToBlocks, config: { match: { linkThreshold: 0.9 } } }).config.match.linkThreshold).toBe(0.9);
    expect(stageContext(corpus, { textBlocks: markdownToBlocks }).config.quantities.frameThreshold).toBe(model.thresholds.frame);
  });

  test('a minimum sentence length beyond every sentence leaves nothing to check', () => {
    expect(analyze(twoStories(), { config: { segment: { minWords: 100 } } }).claims).toEqual([]);
  });

  test('the Markdown reading is passed in: another textBlocks sees other sentences', () => {
    const analysis = analyze(corpusOf([{ id: 'a', outlet: 'valley-courier', body: 'ignored' }]), { textBlocks: () => [FACT] });
    expect(analysis.articles[0]?.sentences.map((s) => s.text)).toEqual([FACT]);
  });
});

describe('one junk article does not move any other claim (issue 16, class 4)', () => {
  const fixture = path.resolve('tests/fixtures/stories/factory-fire');

  /** A claim as the reader sees it, without the junk article's evidence: verdict and evidence (sentence and stance). */
  const reading = (claim: Claim): string =>
    `${claim.verdict} ${claim.evidence
      .filter((e) => e.article !== 'zz-junk')
      .map((e) => `${e.article}/${e.sentenceId}/${e.stance}`)
      .join(' ')}`;

  function withJunk(corpus: CorpusInput, sentences: number): CorpusInput {
    const story = corpus.stories[0] ?? STORY;
    const words = ['Fire.', 'Workers.', 'Factory.', 'Governor.', 'Investigation.', 'Killed.', 'Blaze.', 'Hours.', 'Police.', 'Union.', 'Mourning.', 'Solvents.'];
    const body = Array.from({ length: sentences }, (_, i) => words[i % words.length]).join(' ');
    const junk = { id: 'zz-junk', title: 'Junk', story: story.id, outlet: corpus.outlets[0]?.id ?? 'x', published: story.date, body };
    return { ...corpus, outlets: [...corpus.outlets, outlet('junk-outlet')], articles: [...corpus.articles, { ...junk, outlet: 'junk-outlet' }] };
  }

  test('thousands of one-word sentences change no verdict and no evidence of the other articles', () => {
    const corpus = loadCorpus(fixture);
    const before: CorpusAnalysis = analyze(corpus);
    const after: CorpusAnalysis = analyze(withJunk(corpus, 2000));
    expect(after.articles.find((a) => a.id === 'zz-junk')?.sentences).toHaveLength(2000);
    expect(after.claims.filter((c) => c.evidence.every((e) => e.article === 'zz-junk'))).toEqual([]);
    expect(after.claims.map(reading).sort()).toEqual(before.claims.map(reading).sort());
  });
});
