/**
 * Reports of one fact in different words are matched; sentences that share names or a phrase but
 * state different facts are not. Every case is a small made-up story run through the whole engine.
 */
import { describe, expect, test } from 'vitest';
import { analyzeCorpus } from '../../../src/engine/index.ts';
import { canonicalTerm, canonicalTerms } from '../../../src/engine/04-match/paraphrases.ts';
import { termOf } from '../../../src/engine/03-annotate/terms.ts';
import type { CorpusAnalysis, OutletInput } from '../../../src/engine/types.ts';
import { claimWith, describe as show } from './helpers/find.ts';

const OUTLETS: OutletInput[] = ['North Ledger', 'South Courier', 'West Radio'].map((name, n) => ({
  id: `o${n}`,
  name,
  url: `https://o${n}.example/`,
  kind: 'newspaper',
}));

/**
 * Filler that gives the story's topic words their weight (a story is more than the two sentences
 * compared): different sentences per article, so no two articles are near-duplicates.
 */
const FILLER = [
  [
    'The dispute at the port of Kessel has now lasted for three weeks.',
    'Ships have been waiting outside the harbour of Kessel for days to unload their cargo.',
    'Grain traders say the harbour backlog is the worst in a decade.',
  ],
  [
    'The port of Kessel handles most of the grain exported from the region each year.',
    'Fishing boats still use the old harbour on the northern side of Kessel.',
    'Trucks queued for kilometres on the road to the port.',
  ],
  [
    'Cranes at the port of Kessel have stood idle since the start of the month.',
    'A ferry service across the harbour has been reduced to two crossings a day.',
    'Port workers gathered outside the gates of the Kessel terminal.',
  ],
];

/** Analyses one made-up story: each entry is an article body (one paragraph per sentence). */
function analyse(bodies: string[][]): CorpusAnalysis {
  return analyzeCorpus({
    stories: [{ id: 'kessel', title: 'Kessel port dispute', date: '2040-03-01', summary: '' }],
    outlets: OUTLETS,
    articles: bodies.map((sentences, n) => ({
      id: `article-${n}`,
      title: `Article ${n}`,
      story: 'kessel',
      outlet: `o${n % OUTLETS.length}`,
      published: '2040-03-01',
      body: [...sentences, ...(FILLER[n % FILLER.length] ?? [])].join('\n\n'),
    })),
  });
}

/** True when one claim has evidence containing both texts (from different articles). */
function together(analysis: CorpusAnalysis, a: string, b: string): boolean {
  return claimWith(analysis, [['article-0', a], ['article-1', b]]) !== undefined;
}

describe('paraphrases of one fact are one claim', () => {
  test('two sides named in a role frame with different verbs ("led by" / "representing")', () => {
    const analysis = analyse([
      ['The union side was led by Ada Kernow and Piet Lundqvist at the talks on Monday.'],
      ['Representing the dockworkers were federation chair Ada Kernow and her deputy Piet Lundqvist.'],
    ]);
    const claim = claimWith(analysis, [['article-0', 'led by Ada Kernow'], ['article-1', 'Representing the dockworkers']]);
    expect(claim?.verdict, show(claim)).toBe('corroborated');
  });

  test('"were present" and "take part" report the same absence', () => {
    const analysis = analyse([
      ['No officials from the transport ministry were present at the talks on Monday.'],
      ['The transport ministry declined to take part in the talks, a spokesman said.'],
    ]);
    expect(together(analysis, 'were present', 'take part')).toBe(true);
  });

  test('"the decision rests with" and "has yet to decide" report the same fact', () => {
    const analysis = analyse([
      ['Director Rafe Ostrand said the final decision on wages would rest with the board of the port.'],
      ['Rafe Ostrand said the board of the port had yet to decide whether to raise wages.'],
    ]);
    expect(together(analysis, 'final decision on wages', 'yet to decide')).toBe(true);
  });

  test('a clause of a compound sentence matches a sentence that states only that clause', () => {
    const analysis = analyse([
      ['Talks between the union and the port authority ended on Thursday without an agreement, leaving about 3,000 workers on strike.'],
      ['Negotiators for the union and the port authority failed to reach an agreement on Thursday.'],
    ]);
    const claim = claimWith(analysis, [['article-0', 'ended on Thursday'], ['article-1', 'failed to reach an agreement']]);
    expect(claim?.verdict, show(claim)).toBe('corroborated');
    expect(claim?.statement).not.toMatch(/3,000/);
  });
});

describe('shared names or a shared phrase alone do not make one claim', () => {
  test('the same two people doing different things', () => {
    const analysis = analyse([
      ['Ada Kernow and Piet Lundqvist arrived at the harbour office shortly before noon.'],
      ['Ada Kernow and Piet Lundqvist left the harbour office without speaking to reporters.'],
    ]);
    expect(together(analysis, 'arrived at the harbour office', 'left the harbour office')).toBe(false);
  });

  test('one shared noun phrase ("a day of mourning") with different subjects and verbs', () => {
    const analysis = analyse([
      ['Local unions called for a day of mourning on Friday across the whole region.'],
      ['Schools in the northern district will close for a day of mourning next week.'],
    ]);
    expect(together(analysis, 'Local unions called', 'Schools in the northern district')).toBe(false);
  });

  test('two remarks of one speaker that share only the story’s topic words', () => {
    const analysis = analyse([
      ['“The second phase at the port of Kessel will be the difficult one for the harbour,” Ostrand said.'],
      ['“We will appoint new pilots to bring ships into the port of Kessel and the harbour quickly,” Ostrand said.'],
    ]);
    expect(together(analysis, 'second phase', 'appoint new pilots')).toBe(false);
  });
});

describe('the paraphrase lexicon', () => {
  const head = (word: string): string => canonicalTerm(termOf(word) ?? word);

  test.each([
    ['headed', 'led'],
    ['representing', 'led'],
    ['participation', 'attended'],
    ['present', 'attended'],
    ['decision', 'decide'],
    ['suspended', 'halted'],
    ['resumption', 'restored'],
    ['endorsed', 'approved'],
    ['hurt', 'injured'],
    ['defective', 'fault'],
  ])('"%s" matches "%s"', (a, b) => {
    expect(head(a)).toBe(head(b));
  });

  test.each([
    ['including', 'attended'],
    ['declined', 'fell'],
    ['mission', 'embassy'],
  ])('"%s" does not match "%s" (ambiguous words stay out)', (a, b) => {
    expect(head(a)).not.toBe(head(b));
  });

  test('"took part" is one term, the same as "participated"', () => {
    expect(canonicalTerms(['took', 'part', 'talk'].map((w) => termOf(w) ?? w))).toEqual([head('participated'), head('talks')]);
  });
});
