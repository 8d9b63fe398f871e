/**
 * What stage 4 compares: story statistics robust to one article, the `shareContent` gate (names
 * alone never make a match, whatever the pair model says), opposition (negation, antonyms) and
 * compatible numbers.
 */
import { describe, expect, test } from 'vitest';
import { compatible, FEATURES, opposed, pairFeatures, shareContent, storyStats, unitVectors, type UnitVector } from '../../../../src/engine/04-match/features.ts';
import { defaultModel, probability, type PairModel } from '../../../../src/engine/04-match/model.ts';
import type { Quantity } from '../../../../src/engine/types.ts';
import { analyze, corpusOf, storyAt, type StoryAt } from '../support/corpus.ts';
import { unitWith } from '../support/find.ts';

const FILLER = [
  'Heavy rain closed three schools in the northern district for the rest of the week.',
  'Volunteers handed out sandbags at the fire station until late on Sunday evening.',
  'The regional museum will open a new wing for textile history in the autumn.',
];

/**
 * Two more articles that name nobody: a name every article of a story gives is the story's subject
 * and no sign of a shared claim, so the pairs below sit in a story where their names are specific.
 */
const BYSTANDERS = [
  { id: 'three', outlet: 'three-post', body: ['A new ferry timetable starts next month on the lake routes.'] },
  { id: 'four', outlet: 'four-times', body: ['The library extended its opening hours for students during exams.'] },
];

/** Two articles, each with its sentence and a filler, and two bystanders, annotated. */
function pairStory(a: string, b: string): StoryAt<'annotate'> {
  return storyAt(
    corpusOf([
      { id: 'one', outlet: 'one-daily', body: [a, FILLER[0] as string] },
      { id: 'two', outlet: 'two-herald', body: [b, FILLER[1] as string] },
      ...BYSTANDERS,
    ]),
    'annotate',
  );
}

/** The vectors of the two units whose text contains the fragments. */
function vectors(story: StoryAt<'annotate'>, a: string, b: string): [UnitVector, UnitVector] {
  const all = unitVectors(story.ctx.lang, story, storyStats(story));
  return [all[unitWith(story, a).i] as UnitVector, all[unitWith(story, b).i] as UnitVector];
}

/** The normal forms of the words of a phrase. */
function terms2(lang: StoryAt<'annotate'>['ctx']['lang'], words: string): string[] {
  return words.split(' ').map((w) => lang.normal(lang.key(w)));
}

/** A pair model that trusts shared entities above all (a model the gate must overrule). */
function namesModel(): PairModel {
  const base = defaultModel();
  return { ...base, weights: FEATURES.map((name) => (name === 'entityShared' || name === 'entityJaccard' ? 12 : 0)), bias: -3 };
}

describe('the shareContent gate', () => {
  // Two names in common: a list of the same three people or bodies is a fact about them (see below).
  const NAMES_A = 'Yury Ushakov met Marco Rubio on Tuesday.';
  const NAMES_B = 'Marco Rubio praised Yury Ushakov after the talks.';

  test('sentences that share only names share no content', () => {
    const story = pairStory(NAMES_A, NAMES_B);
    const [a, b] = vectors(story, 'met Marco Rubio', 'praised Yury Ushakov');
    expect(a.unit.entities).toHaveLength(2);
    expect(new Set(b.unit.entities)).toEqual(new Set(a.unit.entities));
    expect(shareContent(a, b)).toBe(false);
  });

  test('a list of the same three people is a fact about them: it passes the gate', () => {
    const story = pairStory('The talks were attended by Yury Ushakov, Marco Rubio and Sergei Lavrov.', 'Sergei Lavrov, Marco Rubio and Yury Ushakov sat at one table.');
    const [a, b] = vectors(story, 'attended by', 'sat at one table');
    expect(a.unit.content.filter((t) => b.unit.content.includes(t))).toEqual([]);
    expect(shareContent(a, b)).toBe(true);
  });

  test('names alone never match, even under a model that weighs only names', () => {
    const model = namesModel();
    const story = pairStory(NAMES_A, NAMES_B);
    const [a, b] = vectors(story, 'met Marco Rubio', 'praised Yury Ushakov');
    // The model alone would link them…
    expect(probability(model, pairFeatures(story.ctx.lang, a, b, storyStats(story)))).toBeGreaterThan(0.9);
    // …but the matcher never does.
    const matched = storyAt(corpusOf([{ id: 'one', outlet: 'one-daily', body: [NAMES_A, FILLER[0] as string] }, { id: 'two', outlet: 'two-herald', body: [NAMES_B, FILLER[1] as string] }, ...BYSTANDERS]), 'match', { model });
    expect(matched.groups.some((g) => g.members.length > 1)).toBe(false);
  });

  test('the same model links sentences that also share what they say', () => {
    const model = namesModel();
    const a = 'Yury Ushakov told Marco Rubio that the embassy staff would return to Washington.';
    const b = 'Marco Rubio heard from Yury Ushakov that embassy staff would return soon.';
    const matched = storyAt(corpusOf([{ id: 'one', outlet: 'one-daily', body: [a, FILLER[0] as string] }, { id: 'two', outlet: 'two-herald', body: [b, FILLER[1] as string] }, ...BYSTANDERS]), 'match', { model });
    const units = [unitWith(matched, 'told Marco Rubio').i, unitWith(matched, 'heard from').i];
    expect(matched.groups.some((g) => units.every((u) => g.members.includes(u)))).toBe(true);
  });

  test('attribution words do not count as shared content', () => {
    const story = pairStory('Port officials said sources confirmed reports of a strike on Tuesday.', 'Union officials told reporters that sources confirmed reports about the harbour.');
    const [a, b] = vectors(story, 'Port officials said', 'Union officials told');
    const lang = story.ctx.lang;
    // "officials", "said", "told", "sources", "confirmed", "reports" say who speaks and how, not what.
    for (const word of ['officials', 'said', 'sources', 'confirmed', 'reports']) expect(a.unit.content).not.toContain(lang.normal(lang.key(word)));
    expect(a.unit.content.filter((t) => b.unit.content.includes(t))).toEqual([]);
    expect(shareContent(a, b)).toBe(false);
  });

  test('background both mention in passing ("since the full-scale invasion") is not shared content', () => {
    const story = pairStory(
      'Officials held their first direct talks since the full-scale invasion of the country.',
      'Ukraine has not held elections since the full-scale invasion began three years ago.',
    );
    const [a, b] = vectors(story, 'first direct talks', 'not held elections');
    const lang = story.ctx.lang;
    const terms = (words: string) => words.split(' ').map((w) => lang.normal(lang.key(w)));
    expect(a.unit.background).toEqual(expect.arrayContaining(terms('full scale invasion')));
    expect(b.unit.background).toEqual(expect.arrayContaining(terms('full scale invasion')));
    expect(a.unit.background).not.toContain(lang.normal(lang.key('talks')));
    expect(b.unit.background).not.toContain(lang.normal(lang.key('elections')));
    // Shared: "held" (a different holding), and "full", "scale", "invasion" only in the adjuncts.
    expect(shareContent(a, b)).toBe(false);
  });

  test('words one report asserts and another gives in an adjunct are shared: the adjunct states it too', () => {
    const story = pairStory('Truck drivers and rubbish collectors joined the strike on Tuesday.', 'Rubbish piled up in the capital after bin collectors and truck drivers joined the action.');
    const [a, b] = vectors(story, 'Truck drivers and rubbish', 'Rubbish piled up');
    const lang = story.ctx.lang;
    expect(b.unit.background).toEqual(expect.arrayContaining(terms2(lang, 'collectors truck drivers joined')));
    expect(a.unit.background).not.toContain(lang.normal(lang.key('drivers')));
    expect(shareContent(a, b)).toBe(true);
  });

  test('an event one report names only in passing, as a point in time, is not shared with a report that asserts it', () => {
    const story = pairStory(
      'The meeting marks the first high-level meeting between the two sides since the full-scale invasion in February 2022.',
      'European leaders are grappling with turning points set off by the full-scale invasion of the country in February 2022.',
    );
    const [a, b] = vectors(story, 'The meeting marks', 'European leaders');
    const lang = story.ctx.lang;
    expect(a.unit.passing).toEqual(expect.arrayContaining(terms2(lang, 'full scale invasion')));
    expect(b.unit.background).toEqual([]);
    expect(shareContent(a, b)).toBe(false);
  });

  test('an adjunct ends at the next punctuation mark: what follows is asserted again', () => {
    const story = pairStory('Amid the storm, the council approved a new water tariff.', 'The council approved a new water tariff after a long debate.');
    const [a, b] = vectors(story, 'Amid the storm', 'after a long debate');
    const lang = story.ctx.lang;
    expect(a.unit.background).toContain(lang.normal(lang.key('storm')));
    expect(b.unit.background).toEqual(expect.arrayContaining(terms2(lang, 'long debate')));
    for (const word of ['council', 'approved', 'water', 'tariff']) {
      expect(a.unit.background).not.toContain(lang.normal(lang.key(word)));
      expect(b.unit.background).not.toContain(lang.normal(lang.key(word)));
    }
    expect(shareContent(a, b)).toBe(true);
  });

  test('two shared content terms are enough', () => {
    const story = pairStory('The council approved a new water tariff on Monday.', 'Farmers protested against the water tariff outside the town hall.');
    const [a, b] = vectors(story, 'approved a new water tariff', 'protested against');
    expect(shareContent(a, b)).toBe(true);
  });

  test('most of a quotation is enough, whatever else the sentences say', () => {
    const story = pairStory('“We will rebuild every house,” Ilves told reporters.', 'The governor promised: “We will rebuild every house before winter.”');
    const [a, b] = vectors(story, 'Ilves told reporters', 'The governor promised');
    expect(shareContent(a, b)).toBe(true);
  });
});

describe('opposition', () => {
  test('one sentence negates what the other asserts', () => {
    const story = pairStory('The union accepted the new wage offer from the port authority.', 'The union did not accept the new wage offer from the port authority.');
    const [a, b] = vectors(story, 'accepted the new wage offer', 'did not accept');
    expect([a.unit.negated, b.unit.negated]).toEqual([false, true]);
    expect(opposed(story.ctx.lang, a, b, 1)).toBe(true);
    // Opposition needs shared content: a negation alone in an unrelated sentence opposes nothing.
    expect(opposed(story.ctx.lang, a, b, 0)).toBe(false);
  });

  test('a negation opposes only what it negates: "found no more survivors" / "pulled out survivors", not "… but gave no details"', () => {
    const story = pairStory('Rescuers found no more survivors in the wreckage of the two trains.', 'Rescuers pulled out survivors from the wreckage of the two trains.');
    const [a, b] = vectors(story, 'found no more survivors', 'pulled out survivors');
    expect(a.unit.negatedTerms).toEqual([story.ctx.lang.term('survivors')]);
    expect(opposed(story.ctx.lang, a, b, 1)).toBe(true);
    const other = pairStory('The minister said the cause of the crash had been identified but gave no details.', 'The minister said the cause of the crash had been identified.');
    const [c, d] = vectors(other, 'gave no details', 'had been identified.');
    expect(c.unit.negatedTerms).toEqual([other.ctx.lang.term('details')]);
    expect(opposed(other.ctx.lang, c, d, 1)).toBe(false);
  });

  test('the world and one country are two extents: what one says of the world, the other does not say of a country', () => {
    const story = pairStory('There were long queues and flight cancellations at airports around the world on Friday.', 'There were long queues and flight cancellations at airports across the country on Friday.');
    const [a, b] = vectors(story, 'around the world', 'across the country');
    expect([a.unit.extent, b.unit.extent]).toEqual(['world', 'country']);
    expect(opposed(story.ctx.lang, a, b, 1)).toBe(true);
    // An extent inside a quotation is the speaker's words; a clause with none says nothing of one.
    const quoted = pairStory('“Airports around the world are full,” the minister said on Friday.', 'There were long queues and flight cancellations at airports on Friday.');
    const [c, d] = vectors(quoted, 'Airports around the world', 'There were long queues');
    expect([c.unit.extent, d.unit.extent]).toEqual([null, null]);
    expect(opposed(quoted.ctx.lang, c, d, 1)).toBe(false);
  });

  test('a sentence that says the opposite of another never corroborates it', () => {
    const analysis = analyze(corpusOf([
      { id: 'a', outlet: 'kyiv-post', body: ['Rescuers found no more survivors in the mangled wreckage of the two passenger trains on Saturday.'] },
      { id: 'b', outlet: 'moscow-times', body: ['Rescuers pulled out survivors from the mangled wreckage of the two passenger trains on Saturday.'] },
    ]));
    expect(analysis.claims.filter((c) => c.verdict === 'corroborated')).toEqual([]);
  });

  test('an antonym says the opposite: "rose" / "fell"', () => {
    const story = pairStory('Shares in the carmaker rose sharply on Friday morning.', 'Shares in the carmaker fell sharply on Friday morning.');
    const [a, b] = vectors(story, 'rose sharply', 'fell sharply');
    expect(opposed(story.ctx.lang, a, b, 0)).toBe(true);
  });

  test('the same wording is not opposed', () => {
    const story = pairStory('Shares in the carmaker rose sharply on Friday morning.', 'Shares in the carmaker rose sharply by Friday noon.');
    const [a, b] = vectors(story, 'rose sharply on Friday morning', 'rose sharply by');
    expect(opposed(story.ctx.lang, a, b, 1)).toBe(false);
  });

  test('the pair features carry opposition and a shared date', () => {
    const story = pairStory('Shares in the carmaker rose sharply on March 3.', 'Shares in the carmaker fell sharply on March 3.');
    const [a, b] = vectors(story, 'rose sharply', 'fell sharply');
    const features = pairFeatures(story.ctx.lang, a, b, storyStats(story));
    const named = Object.fromEntries(FEATURES.map((name, k) => [name, features[k]]));
    expect(features).toHaveLength(FEATURES.length);
    expect(named.opposed).toBe(1);
    expect(named.dateShared).toBe(1);
    expect(named.dateDiffers).toBe(0);
  });
});

describe('compatible numbers', () => {
  const q = (value: number, low: number, high: number, unit = 'hour'): Quantity => ({
    value, low, high, granularity: 1, unit, qualifier: 'exact', measures: null, modifier: null, surface: String(value), start: 0, end: 1,
  });

  test.each([
    ['"four hours" and "4.5 hours" do not overlap', q(4, 3.75, 4.25), q(4.5, 4.475, 4.525), false],
    ['"4.5 hours" fits "more than four hours"', q(4.5, 4.475, 4.525), q(4, 4, 5), true],
    ['"288" fits "more than 280"', q(288, 287.75, 288.25, 'person'), q(280, 280, 290, 'person'), true],
    ['another unit never agrees', q(4, 3.75, 4.25), q(4, 3.75, 4.25, 'day'), false],
  ])('%s', (_case, a, b, expected) => {
    expect(compatible(a, b)).toBe(expected);
    expect(compatible(b, a)).toBe(expected);
  });
});

describe('story statistics', () => {
  const story = () =>
    storyAt(
      corpusOf([
        { id: 'one', outlet: 'one-daily', body: ['The pension reform raises the retirement age to 64 in Paris.', 'The pension reform was passed without a vote in parliament.'] },
        { id: 'two', outlet: 'two-herald', body: ['The pension reform drew protests in Paris and in Lyon.', 'Unions called a new strike against the pension reform.'] },
        { id: 'three', outlet: 'three-news', body: ['The pension reform is unpopular, polls show, even in Paris.'] },
      ]),
      'annotate',
    );

  test('document frequency counts articles, not sentences', () => {
    const s = story();
    const stats = storyStats(s);
    const lang = s.ctx.lang;
    expect(stats.articles).toBe(3);
    expect(stats.df(lang.normal('pension'))).toBe(3);
    expect(stats.df(lang.normal('strike'))).toBe(1);
    expect(stats.df('never-seen')).toBe(0);
  });

  test('a topic word every sentence uses weighs less than a word one sentence uses', () => {
    const s = story();
    const stats = storyStats(s);
    expect(stats.idf(s.ctx.lang.normal('pension'))).toBeLessThan(stats.idf(s.ctx.lang.normal('strike')));
  });

  test('a place most articles name is the setting, not something a claim is about', () => {
    const s = story();
    const stats = storyStats(s);
    expect(stats.share('paris')).toBe(1);
    expect(stats.specific('paris')).toBe(false);
    expect(stats.specific('lyon')).toBe(true);
  });

  test('an article with nothing checkable does not count: one-word lines say nothing about how common a word is', () => {
    const s = story();
    const junk = storyAt(
      corpusOf([
        { id: 'one', outlet: 'one-daily', body: ['The pension reform raises the retirement age to 64 in Paris.', 'The pension reform was passed without a vote in parliament.'] },
        { id: 'two', outlet: 'two-herald', body: ['The pension reform drew protests in Paris and in Lyon.', 'Unions called a new strike against the pension reform.'] },
        { id: 'three', outlet: 'three-news', body: ['The pension reform is unpopular, polls show, even in Paris.'] },
        { id: 'zz-junk', outlet: 'junk', body: Array.from({ length: 300 }, (_, i) => ['Pension.', 'Strike.', 'Paris.'][i % 3]).join(' ') },
      ]),
      'annotate',
    );
    const [clean, noisy] = [storyStats(s), storyStats(junk)];
    expect(noisy.articles).toBe(clean.articles);
    for (const word of ['pension', 'strike', 'reform']) {
      const term = s.ctx.lang.normal(word);
      expect(noisy.df(term)).toBe(clean.df(term));
      expect(noisy.idf(term)).toBe(clean.idf(term));
    }
  });
});
