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

describe('an article that opens by crediting an agency relays it', () => {
  let relayed: AnnotatedStory;
  beforeAll(() => {
    relayed = storyAt(
      corpusOf([
        { id: 'f-relay', outlet: 'valley-courier', body: ['The death toll from the flood has risen to 40, PTI reports, citing local authorities.', 'Several bridges collapsed overnight near the river.', '“We lost everything,” a farmer told the paper.', 'The district officer said the roads would reopen on Monday.'] },
        { id: 'g-wire', outlet: 'harbour-herald', body: ['PTI said several bridges collapsed overnight near the river.'] },
        { id: 'h-own', outlet: 'daily-tribune', body: ['The mayor visited the flooded district on Sunday.', 'Several bridges collapsed overnight near the river.'] },
      ]),
      'annotate',
    );
  });
  const keyIn = (article: string, fragment: string): string => {
    const at = relayed.sentences.findIndex((s) => s.article === article && s.text.includes(fragment));
    return relayed.sources.key[at] ?? '';
  };

  test('its narration that names no source is the agency’s report, as another outlet’s "PTI said" is', () => {
    expect(keyIn('f-relay', 'Several bridges collapsed')).toBe('upstream:pti');
    expect(keyIn('g-wire', 'several bridges collapsed')).toBe('upstream:pti');
  });

  test('a quotation or a sentence of someone’s saying in it is not, nor is an article that credits no one at its start', () => {
    expect(keyIn('f-relay', 'We lost everything')).toBe(relayed.sources.group.get('f-relay'));
    expect(keyIn('f-relay', 'The district officer said')).toBe(relayed.sources.group.get('f-relay'));
    expect(keyIn('h-own', 'Several bridges collapsed')).toBe(relayed.sources.group.get('h-own'));
  });
});
