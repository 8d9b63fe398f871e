/**
 * Independence of sources, decided once per story in annotate: articles of one outlet count once,
 * near-duplicate articles count once, and sentences that cite one upstream (a wire, or an outlet
 * of the corpus) count as that upstream. Verdicts built on this are tested in judge/verdict.test.ts.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { effectiveVia, upstreamKey } from '../../../../src/engine/03-annotate/sources.ts';
import type { AnnotatedStory } from '../../../../src/engine/contracts.ts';
import { english } from '../../../../src/engine/language/index.ts';
import { corpusOf, outlet, storyAt } from '../support/corpus.ts';
import { sentenceOf } from '../support/find.ts';

const lang = english();

describe('upstream names fold to one key', () => {
  test.each([
    ['AP News', 'ap'],
    ['the Associated Press', 'ap'],
    ['AP', 'ap'],
    ['Agence France-Presse', 'afp'],
    ['Reuters', 'reuters'],
    ['ITAR-TASS', 'tass'],
    ['Press Trust of India', 'pti'],
    ['Xinhua News Agency', 'xinhua'],
    ['The Daily Ledger', 'daily ledger'],
    ['Meridian Press’s', 'meridian press'],
  ])('"%s" → "%s"', (via, key) => {
    expect(upstreamKey(lang.lexicon, via)).toBe(key);
  });
});

const FILLER = [
  'Heavy rain closed three schools in the northern district for the rest of the week.',
  'Volunteers handed out sandbags at the fire station until late on Sunday evening.',
  'The regional museum will open a new wing for textile history in the autumn.',
  'Farmers along the river moved their cattle to higher ground before the storm.',
];

let story: AnnotatedStory;
beforeAll(() => {
  const corpus = corpusOf(
    [
      {
        id: 'a-courier',
        outlet: 'valley-courier',
        published: '2030-03-01',
        body: ['Mayor Ana Ruiz told AP that the river bridge would reopen in May after repairs.', '“We are confident the work will be done on time,” Ruiz said.', FILLER[0] as string],
      },
      { id: 'b-courier', outlet: 'valley-courier', published: '2030-03-02', body: [FILLER[1] as string] },
      { id: 'c-herald', outlet: 'harbour-herald', published: '2030-03-01', body: FILLER },
      { id: 'd-copy', outlet: 'metro-daily', published: '2030-03-02', body: FILLER },
      { id: 'e-tribune', outlet: 'daily-tribune', published: '2030-03-02', body: ['The bridge will reopen in May, Harbour Herald reported.', 'The treasurer said the repair budget was spent.'] },
    ],
    { outlets: [outlet('harbour-herald', 'Harbour Herald')] },
  );
  story = storyAt(corpus, 'annotate');
});

const keyOf = (fragment: string): string => story.sources.key[story.sentences.indexOf(sentenceOf(story, fragment))] ?? '';
const viaOf = (fragment: string): string | null => story.sources.via[story.sentences.indexOf(sentenceOf(story, fragment))] ?? null;

describe('sources of a story', () => {
  test('two articles of one outlet are one group', () => {
    expect(story.sources.group.get('b-courier')).toBe(story.sources.group.get('a-courier'));
  });

  test('a near-duplicate article joins the group of the earliest copy', () => {
    expect(story.nearDuplicateOf.get('d-copy')).toBe('c-herald');
    expect(story.sources.group.get('d-copy')).toBe(story.sources.group.get('c-herald'));
  });

  test('independent outlets are separate groups', () => {
    const groups = new Set(['a-courier', 'c-herald', 'e-tribune'].map((id) => story.sources.group.get(id)));
    expect(groups.size).toBe(3);
  });

  test('a sentence citing a wire counts as the wire', () => {
    expect(viaOf('told AP')).toBe('AP');
    expect(keyOf('told AP')).toBe('upstream:ap');
  });

  test('a quotation by the same speaker right after "X told AP" relies on AP too', () => {
    expect(viaOf('We are confident')).toBe('AP');
    expect(keyOf('We are confident')).toBe('upstream:ap');
  });

  test('a sentence citing an outlet of the corpus counts as that outlet', () => {
    expect(viaOf('Harbour Herald reported')).toBe('Harbour Herald');
    expect(keyOf('Harbour Herald reported')).toBe(story.sources.group.get('c-herald'));
  });

  test('a sentence citing nobody counts as its own article’s group', () => {
    expect(viaOf('The treasurer said')).toBeNull();
    expect(keyOf('The treasurer said')).toBe(story.sources.group.get('e-tribune'));
  });

  test('a via is carried only to the same speaker’s next sentence, not to another speaker', () => {
    const told = sentenceOf(story, 'told AP');
    const quote = sentenceOf(story, 'We are confident');
    const other = sentenceOf(story, 'The treasurer said');
    expect(effectiveVia(quote, told)).toBe('AP');
    expect(effectiveVia(other, quote)).toBeNull();
    expect(effectiveVia(other, undefined)).toBeNull();
  });
});
