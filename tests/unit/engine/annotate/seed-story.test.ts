/**
 * The seed story (five articles on the 2025 US-Russia talks in Riyadh), with expectations taken
 * from reading the articles, not from the annotator's output.
 */
import { describe, expect, test } from 'vitest';
import { annotate, entityByAlias, labelledStory, nameOf, sentenceWith } from './helpers.ts';

const result = annotate(labelledStory('us-russia-talks-riyadh-2025'));

describe('seed story: entities', () => {
  test.each([
    ['Yuri Ushakov', 'Yury Ushakov'],
    ['Ushkaov', 'Yury Ushakov'],
    ['Ushakov', 'Yury Ushakov'],
    ['Sergey Lavrov', 'Sergei Lavrov'],
    ['Lavrov', 'Sergei Lavrov'],
    ['Michael Waltz', 'Mike Waltz'],
    ['Zelenskyy', 'Volodymyr Zelensky'],
    ['Zelensky', 'Volodymyr Zelensky'],
    ['Witkoff', 'Steve Witkoff'],
    ['Saudia Arabia', 'Saudi Arabia'],
    ['AP News', 'AP'],
    ['US State Department', 'State Department'],
  ])('%s is %s', (alias, name) => {
    expect(entityByAlias(result, alias).name).toBe(name);
  });

  test('the people are exactly the fourteen named in the articles', () => {
    const people = result.entities.filter((e) => e.kind === 'person').map((e) => e.name);
    expect(people).toEqual([
      'Dmitry Peskov', 'Donald Trump', 'Jacqui Heinrich', 'Jana Puglierin', 'Kirill Dmitriev', 'Marco Rubio',
      'Maria Zakharova', 'Mike Waltz', 'Sergei Lavrov', 'Steve Witkoff', 'Tammy Bruce', 'Vladimir Putin',
      'Volodymyr Zelensky', 'Yury Ushakov',
    ]);
  });

  test.each([
    ['Riyadh', 'place'],
    ['Moscow', 'place'],
    ['Washington', 'place'],
    ['Kremlin', 'organization'],
    ['NATO', 'organization'],
    ['European Council on Foreign Relations', 'organization'],
    ['TASS', 'outlet'],
    ['Channel One', 'outlet'],
    ['Bloomberg', 'outlet'],
    ['Fox News', 'outlet'],
    ['The Guardian', 'outlet'],
  ])('%s is a %s', (alias, kind) => {
    expect(entityByAlias(result, alias).kind).toBe(kind);
  });

  test.each([
    ['Yury Ushakov', 'Kremlin aide'],
    ['Sergei Lavrov', 'Foreign Minister'],
    ['Marco Rubio', 'Secretary of State'],
    ['Steve Witkoff', 'special envoy'],
    ['Dmitry Peskov', 'Kremlin spokesperson'],
  ])('%s has the role %s', (name, role) => {
    expect(result.entities.find((e) => e.name === name)?.roles).toContain(role);
  });
});

describe('seed story: attribution', () => {
  test('the three-stage plan comes from a Fox News correspondent and unnamed diplomatic sources', () => {
    const s = sentenceWith(result, 'three-stage peace plan');
    expect(nameOf(result, s.attribution.speaker)).toBe('Jacqui Heinrich');
    expect(s.attribution).toMatchObject({ cue: 'wrote', via: 'Fox News', anonymous: true });
    expect(s.polarity).toBe('asserts');
  });

  test('Lavrov denies the plan, as TASS reported', () => {
    const s = sentenceWith(result, 'denied any knowledge');
    expect(nameOf(result, s.attribution.speaker)).toBe('Sergei Lavrov');
    expect(s.attribution).toMatchObject({ cue: 'denied', via: 'TASS', viaEntity: 'tass', anonymous: false });
    expect(s.polarity).toBe('denies');
  });

  test.each([
    ['kyiv-post-riyadh-talks', 'vibrant diplomatic missions', 'Marco Rubio', 'AP'],
    ['novaya-gazeta-first-round-riyadh', 'vibrant diplomatic missions', 'Marco Rubio', 'AP'],
    ['kyiv-post-riyadh-talks', 'It is hard to say that they are getting closer', 'Yury Ushakov', 'AFP'],
    ['kyiv-post-riyadh-talks', 'CNN said Rubio also named', 'Marco Rubio', 'CNN'],
    ['kyiv-post-riyadh-talks', 'We know just the practical reality', 'Mike Waltz', 'The Guardian'],
    ['kyiv-post-riyadh-talks', 'To reestablish the functionality', 'Marco Rubio', 'CNN'],
    ['moscow-times-peace-talks-2', 'Not bad, I think', 'Yury Ushakov', 'Channel One'],
    ['moscow-times-peace-talks-2', 'It was a very serious discussion on every issue', 'Yury Ushakov', 'Channel One'],
    // Ushakov's own on-record remark; "as Bloomberg had earlier reported" refers to earlier reporting.
    ['moscow-times-peace-talks-2', 'as Bloomberg had earlier reported', 'Yury Ushakov', null],
    ['novaya-gazeta-first-round-riyadh', 'as Bloomberg had earlier reported', 'Yury Ushakov', null],
    ['moscow-times-peace-talks-2', 'the Russian foreign minister said', 'Sergei Lavrov', null],
    ['moscow-times-peace-talks-2', 'The second one will be difficult', 'Marco Rubio', null],
    ['novaya-gazeta-first-round-riyadh', 'Kirill Dmitriev, said', 'Kirill Dmitriev', 'Reuters'],
    ['rferl-what-we-learned', 'She added that the Riyadh talks', 'Tammy Bruce', null],
    ['rferl-what-we-learned', 'Jana Puglierin, a senior fellow', 'Jana Puglierin', null],
    ['rferl-what-we-learned', 'February 2025 shows us', 'Jana Puglierin', null],
    ['rferl-what-we-learned', 'On Ukraine, he said', 'Sergei Lavrov', null],
  ])('%s: "%s" → %s via %s', (article, fragment, speaker, via) => {
    const s = sentenceWith(result, fragment, article);
    expect(nameOf(result, s.attribution.speaker)).toBe(speaker);
    expect(s.attribution.via).toBe(via);
  });

  test('"Russian officials said" is anonymous and has no speaker', () => {
    const s = sentenceWith(result, 'Separately, Russian officials said');
    expect(s.attribution).toMatchObject({ speaker: null, anonymous: true });
  });

  test('"No Ukrainian officials were present" is narration that asserts', () => {
    const s = sentenceWith(result, 'No Ukrainian officials were present');
    expect(s.attribution.speaker).toBeNull();
    expect(s.polarity).toBe('asserts');
  });

  test('"hard to say" and "unlikely" hedge', () => {
    expect(sentenceWith(result, 'it was “hard to say”').polarity).toBe('hedges');
    expect(sentenceWith(result, 'was unlikely to take place next week').polarity).toBe('hedges');
  });
});

describe('seed story: quantities', () => {
  /** The hour quantities of an article: [surface, value, qualifier, measures]. */
  const hours = (article: string): Array<[string, number, string, string | null]> =>
    (result.sentences.get(article) ?? []).flatMap((s) => s.quantities.filter((q) => q.unit === 'hour').map((q): [string, number, string, string | null] => [q.surface, q.value, q.qualifier, q.measures]));

  test.each([
    ['kyiv-post-riyadh-talks', [['four-hour', 4, 'exact', 'meeting']]],
    ['moscow-times-peace-talks', [['4.5-hour', 4.5, 'exact', 'meeting']]],
    ['moscow-times-peace-talks-2', [['4.5-hour', 4.5, 'exact', 'meeting']]],
    ['rferl-what-we-learned', [['more than four-hour', 4, 'more-than', 'meeting']]],
    ['novaya-gazeta-first-round-riyadh', []],
  ])('the length of the meeting in %s', (article, expected) => {
    expect(hours(article)).toEqual(expected);
  });

  test('every quantity of the story, as read', () => {
    const all = [...result.sentences.values()].flat().flatMap((s) => s.quantities.map((q) => `${q.surface}|${q.unit}|${q.measures}`));
    expect(all.sort()).toEqual(
      [
        'four-hour|hour|meeting', 'four principles|principle|principle', '4.5-hour|hour|meeting', '4.5-hour|hour|meeting',
        'nearly three-year|year|conflict', 'more than four-hour|hour|meeting', 'four principles|principle|principle',
        'nearly three years|year|null', 'three-stage|stage|plan', 'three-stage|stage|plan',
      ].sort(),
    );
  });
});
