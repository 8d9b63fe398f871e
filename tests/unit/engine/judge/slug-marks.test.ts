/**
 * Claim permalinks (readable words plus the anchor sentence's hash, unique across the corpus)
 * and the marked words of each evidence sentence.
 */
import { describe, expect, test } from 'vitest';
import { mergeSpans } from '../../../../src/engine/06-judge/marks.ts';
import { claimSlug, sentenceIdHash, slugWord, slugWords, uniqueIds } from '../../../../src/engine/06-judge/slug.ts';
import { english } from '../../../../src/engine/language/index.ts';
import { analyze, corpusOf } from '../support/corpus.ts';
import { claimWith, show } from '../support/find.ts';

const lang = english();

describe('slugs', () => {
  test('the hash is the 8 hex digits of the anchor sentence id', () => {
    expect(sentenceIdHash('s-0a1b2c3d')).toBe('0a1b2c3d');
    expect(sentenceIdHash('s-0a1b2c3d-2')).toBe('0a1b2c3d');
    expect(() => sentenceIdHash('claim-1')).toThrow(/Not a sentence id: "claim-1"/);
  });

  test.each([
    ['Zelenskyy’s', 'zelenskyys'],
    ['Kılıçdaroğlu', 'kilicdaroglu'],
    ['three-stage', 'three-stage'],
    ['RFE/RL', 'rfe-rl'],
    ['49.51', '49-51'],
    ['U.S.', 'u-s'],
    ['“quoted”', 'quoted'],
  ])('slug word of %s is %s', (word, slug) => {
    expect(slugWord(word)).toBe(slug);
  });

  test('slug words are the rarest content words, in reading order, at most the maximum asked', () => {
    const rare = new Set(['three', 'stage', 'peace', 'plan'].map((w) => lang.term(w)));
    const words = slugWords(lang, 'The sides proposed a three-stage peace plan with a ceasefire', (term) => (rare.has(term) ? 2 : 1), 3);
    expect(words).toEqual(['three', 'stage', 'peace']);
    expect(slugWords(lang, 'The the the of and')).toEqual([]);
  });

  test('a slug is the words and the hash; without words it is "claim-" and the hash', () => {
    expect(claimSlug(['three-stage', 'peace', 'plan'], '4f2a9c1e')).toBe('three-stage-peace-plan-4f2a9c1e');
    expect(claimSlug([], '4f2a9c1e')).toBe('claim-4f2a9c1e');
    expect(claimSlug(['“', '—'], '4f2a9c1e')).toBe('claim-4f2a9c1e');
  });

  test.each([
    [['Zelenskyy’s', 'U.S.', 'three-stage', 'peace', 'plan', '49.51', 'Kılıçdaroğlu', 'talks', 'end']],
    [['“', 'Yury', '—', 'Ushakov', '']],
    [['a-b-c-d-e-f-g-h-i-j']],
    [['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']],
  ])('a slug keeps the first eight parts of its words’ slug forms, empty ones dropped: %j', (words) => {
    const parts = words.flatMap((word) => slugWord(word).split('-')).filter(Boolean).slice(0, 8);
    expect(claimSlug(words, '4f2a9c1e')).toBe(parts.length > 0 ? `${parts.join('-')}-4f2a9c1e` : 'claim-4f2a9c1e');
  });

  test('colliding ids get a numeric suffix in order', () => {
    expect(uniqueIds(['a-1', 'b-2', 'a-1', 'a-1', 'a-1-2'])).toEqual(['a-1', 'b-2', 'a-1-2', 'a-1-3', 'a-1-2-2']);
    // An id that is itself a later suffix is skipped over, however the search resumes.
    expect(uniqueIds(['a', 'a-3', 'a', 'a', 'a', 'a-4'])).toEqual(['a', 'a-3', 'a-2', 'a-4', 'a-5', 'a-4-2']);
  });

  test('many claims on one sentence text each get the next free suffix', () => {
    const ids = [...Array.from({ length: 2000 }, () => 'x'), 'x-2000', 'x'];
    const unique = uniqueIds(ids);
    expect(new Set(unique).size).toBe(ids.length);
    expect(unique.slice(0, 3)).toEqual(['x', 'x-2', 'x-3']);
    expect(unique.at(-3)).toBe('x-2000');
    expect(unique.at(-2)).toBe('x-2000-2');
    expect(unique.at(-1)).toBe('x-2001');
  });
});

describe('marks', () => {
  test('adjacent words merge into one run; words apart stay apart', () => {
    const text = 'the three-stage peace plan was';
    expect(mergeSpans(text, [[16, 21], [4, 15], [22, 26]])).toEqual([[4, 26]]);
    expect(mergeSpans(text, [[4, 15], [22, 26]])).toEqual([[4, 15], [22, 26]]);
    expect(mergeSpans(text, [[4, 15], [4, 10]])).toEqual([[4, 15]]);
    expect(mergeSpans(text, [])).toEqual([]);
  });

  const analysis = () =>
    analyze(
      corpusOf([
        // Articles of a few sentences, as news is: in a two-sentence article every word fills half of it.
        { id: 'a', outlet: 'valley-courier', body: ['The valley council approved a new water tariff for farms on Monday.', 'The four-hour council meeting ended late on Monday night.', 'Heavy rain closed three schools in the northern district.', 'Volunteers handed out sandbags at the fire station.', 'The museum will open a new wing for textile history.', 'A choir from the valley won a prize in the capital.'] },
        { id: 'b', outlet: 'harbour-herald', body: ['A new water tariff for valley farms was approved by the council.', 'The 4.5-hour council meeting ended late on Monday night.', 'A ferry timetable starts next month on the lake routes.', 'The library extended its opening hours for students.', 'A cycling race will close the coast road on Sunday.', 'The harbour master retired after thirty years.'] },
      ]),
    );

  test('the words two sources share are marked in each, inside the sentence', () => {
    const claim = claimWith(analysis(), 'approved a new water tariff', 'was approved by');
    expect(claim?.verdict, show(claim)).toBe('corroborated');
    for (const e of claim?.evidence ?? []) {
      expect(e.marks.length).toBeGreaterThan(0);
      for (const [start, end] of e.marks) expect(0 <= start && start < end && end <= e.text.length).toBe(true);
      const marked = e.marks.map(([s, t]) => e.text.slice(s, t)).join(' ');
      expect(marked).toMatch(/water tariff/);
      expect(marked).not.toMatch(/\bthe\b/i);
    }
  });

  test('a quantity claim marks the number as written', () => {
    const claim = analysis().claims.find((c) => c.kind === 'quantity');
    expect(claim?.evidence.map((e) => e.marks.map(([s, t]) => e.text.slice(s, t)))).toEqual([['four-hour'], ['4.5-hour']]);
  });

  test('a single-source claim marks nothing: no other source shares its words', () => {
    const single = analyze(corpusOf([{ id: 'a', outlet: 'valley-courier', body: ['The valley council approved a new water tariff for farms on Monday.'] }]));
    expect(single.claims.flatMap((c) => c.evidence.flatMap((e) => e.marks))).toEqual([]);
  });
});
