/**
 * Verdicts, flags and confidence. Independence decides between corroborated and single-source:
 * two articles of one outlet, a near-duplicate copy and reports that cite one wire each count
 * once. Confidence is the weakest link of a multi-source claim, and one minus the best near miss
 * of a single-source one.
 */
import { describe, expect, test } from 'vitest';
import type { RelatedClaim, RelatedStory } from '../../../../src/engine/contracts.ts';
import { judge } from '../../../../src/engine/06-judge/verdict.ts';
import { analyze, corpusOf, storyAt, type ArticleSpec } from '../support/corpus.ts';
import { claimWith, show } from '../support/find.ts';

const FACT = 'The city council approved a new water tariff for farms in the valley on Monday.';
const PARAPHRASE = 'A new water tariff for valley farms was approved by the city council on Monday.';
const FILLER = [
  'Heavy rain closed three schools in the northern district for the rest of the week.',
  'Volunteers handed out sandbags at the fire station until late on Sunday evening.',
  'The regional museum will open a new wing for textile history in the autumn.',
  'Farmers along the river moved their cattle to higher ground before the storm.',
];

function verdictOf(specs: ArticleSpec[]) {
  const analysis = analyze(corpusOf(specs));
  const claim = claimWith(analysis, 'water tariff', 'water tariff for valley farms');
  return { analysis, claim };
}

describe('independence', () => {
  test('two outlets reporting on their own corroborate', () => {
    const { claim } = verdictOf([
      { id: 'a', outlet: 'valley-courier', body: [FILLER[0] as string, FACT] },
      { id: 'b', outlet: 'harbour-herald', body: [FILLER[1] as string, PARAPHRASE] },
    ]);
    expect(claim?.verdict, show(claim)).toBe('corroborated');
    expect(claim?.independentSources).toBe(2);
    expect(claim?.flags).toEqual([]);
    expect(claim?.explanation).toBe('Reported by 2 independent sources: Valley Courier and Harbour Herald.');
  });

  test('two articles of one outlet count once, without a sharedUpstream flag', () => {
    const { claim } = verdictOf([
      { id: 'a', outlet: 'valley-courier', body: [FILLER[0] as string, FACT] },
      { id: 'b', outlet: 'valley-courier', published: '2030-03-03', body: [FILLER[1] as string, PARAPHRASE] },
    ]);
    expect(claim?.verdict, show(claim)).toBe('single-source');
    expect(claim?.independentSources).toBe(1);
    expect(claim?.flags).toEqual([]);
    expect(claim?.explanation).toBe('Only Valley Courier (2 articles) reports it.');
  });

  test('a near-duplicate copy counts once with its original, flagged sharedUpstream', () => {
    const body = [FILLER[0] as string, FACT, FILLER[1] as string, FILLER[2] as string];
    const { analysis } = verdictOf([
      { id: 'a', outlet: 'valley-courier', body },
      { id: 'b', outlet: 'harbour-herald', published: '2030-03-03', body: [...body.slice(0, 3), FILLER[3] as string] },
    ]);
    expect(analysis.articles.find((a) => a.id === 'b')?.nearDuplicateOf).toBe('a');
    const copied = claimWith(analysis, 'water tariff for farms in the valley');
    expect(copied?.evidence.map((e) => e.article)).toEqual(['a', 'b']);
    expect(copied?.verdict, show(copied)).toBe('single-source');
    expect(copied?.flags).toContain('sharedUpstream');
  });

  test('two outlets citing one wire count once, flagged sharedUpstream', () => {
    const { claim } = verdictOf([
      { id: 'a', outlet: 'valley-courier', body: [FILLER[0] as string, FACT.replace('.', ', AP reported.')] },
      { id: 'b', outlet: 'harbour-herald', body: [FILLER[1] as string, PARAPHRASE.replace('.', ', the Associated Press reported.')] },
    ]);
    expect(claim?.verdict, show(claim)).toBe('single-source');
    expect(claim?.independentSources).toBe(1);
    expect(claim?.flags).toContain('sharedUpstream');
    expect(claim?.explanation).toBe('Valley Courier and Harbour Herald report it, but both cite AP, so they count as one source.');
  });

  test('an outlet citing another outlet of the story counts as that outlet', () => {
    const { claim } = verdictOf([
      { id: 'a', outlet: 'valley-courier', body: [FILLER[0] as string, FACT] },
      { id: 'b', outlet: 'harbour-herald', body: [FILLER[1] as string, PARAPHRASE.replace('.', ', Valley Courier reported.')] },
    ]);
    expect(claim?.verdict, show(claim)).toBe('single-source');
    expect(claim?.flags).toContain('sharedUpstream');
  });

  test('a report citing a wire and an outlet reporting on its own are two sources', () => {
    const { claim } = verdictOf([
      { id: 'a', outlet: 'valley-courier', body: [FILLER[0] as string, FACT] },
      { id: 'b', outlet: 'harbour-herald', body: [FILLER[1] as string, PARAPHRASE.replace('.', ', Reuters reported.')] },
    ]);
    expect(claim?.verdict, show(claim)).toBe('corroborated');
    expect(claim?.independentSources).toBe(2);
  });

  test('unnamed sources in every report flag anonymousSourcing', () => {
    const { claim } = verdictOf([
      { id: 'a', outlet: 'valley-courier', body: [FILLER[0] as string, FACT.replace('.', ', officials familiar with the decision said.')] },
      { id: 'b', outlet: 'harbour-herald', body: [FILLER[1] as string, PARAPHRASE.replace('.', ', according to people familiar with the vote.')] },
    ]);
    expect(claim?.verdict, show(claim)).toBe('corroborated');
    expect(claim?.flags).toContain('anonymousSourcing');
  });
});

describe('which verdict wins', () => {
  /** A related story of the two-outlet corpus, and its multi-source claim. */
  function related(): { story: RelatedStory; claim: RelatedClaim } {
    const story = storyAt(
      corpusOf([
        { id: 'a', outlet: 'valley-courier', body: [FILLER[0] as string, FACT] },
        { id: 'b', outlet: 'harbour-herald', body: [FILLER[1] as string, PARAPHRASE] },
      ]),
      'relate',
    );
    const claim = story.claims.find((c) => c.evidence.length === 2);
    if (!claim) throw new Error('no claim of two sentences');
    return { story, claim };
  }

  test('conflicting values outrank a denial, and a denial outranks corroboration', () => {
    const { story, claim } = related();
    expect(judge(story, claim).verdict).toBe('corroborated');
    const [first, second] = claim.evidence as [RelatedClaim['evidence'][number], RelatedClaim['evidence'][number]];
    const denied = { ...claim, evidence: [first, { ...second, stance: 'denies' as const, relation: 'denies' as const }] };
    expect(judge(story, denied).verdict).toBe('disputed');
    const conflicting = { ...claim, evidence: [first, { ...second, stance: 'conflicts' as const, relation: 'conflicts' as const }] };
    expect(judge(story, conflicting).verdict).toBe('conflicting');
    const both = { ...claim, evidence: [first, { ...second, stance: 'conflicts' as const }, { ...second, stance: 'denies' as const }] };
    expect(judge(story, both).verdict).toBe('conflicting');
  });

  test('a denial with nothing supporting is not disputed', () => {
    const { story, claim } = related();
    const [first] = claim.evidence;
    const onlyDenial = { ...claim, evidence: [{ ...(first as RelatedClaim['evidence'][number]), stance: 'denies' as const }] };
    expect(judge(story, onlyDenial).verdict).toBe('single-source');
  });

  test('quotation in other words flags wordingVaries', () => {
    const { story, claim } = related();
    const [first, second] = claim.evidence as [RelatedClaim['evidence'][number], RelatedClaim['evidence'][number]];
    expect(judge(story, { ...claim, evidence: [first, { ...second, relation: 'wordingDiffers' }] }).flags).toContain('wordingVaries');
  });
});

describe('confidence', () => {
  test('a claim from several sources is as sure as the weakest link that holds it', () => {
    const story = storyAt(corpusOf([{ id: 'a', outlet: 'valley-courier', body: [FACT] }, { id: 'b', outlet: 'harbour-herald', body: [PARAPHRASE] }]), 'relate');
    const claim = story.claims.find((c) => c.evidence.length === 2) as RelatedClaim;
    expect(judge(story, { ...claim, group: { ...claim.group, confidence: 0.734 } }).confidence).toBe(0.73);
  });

  test('a single-source claim is as sure as one minus its best near miss in another source', () => {
    const story = storyAt(corpusOf([{ id: 'a', outlet: 'valley-courier', body: [FACT, FILLER[0] as string] }, { id: 'b', outlet: 'harbour-herald', body: [FILLER[1] as string] }]), 'relate');
    const claim = story.claims.find((c) => c.evidence[0]?.sentence.text === FACT) as RelatedClaim;
    expect(judge(story, claim).verdict).toBe('single-source');
    expect(judge(story, { ...claim, group: { ...claim.group, bestOutside: 0 } }).confidence).toBe(1);
    expect(judge(story, { ...claim, group: { ...claim.group, bestOutside: 0.37 } }).confidence).toBe(0.63);
  });

  test('the engine’s single-source confidence is one minus the best near miss it found', () => {
    const story = storyAt(
      corpusOf([
        { id: 'a', outlet: 'valley-courier', body: ['The council approved a new water tariff for farms on Monday after a long debate.'] },
        { id: 'b', outlet: 'harbour-herald', body: ['Farmers protested against the water tariff outside the council building on Monday.'] },
      ]),
      'judge',
    );
    let nearMisses = 0;
    for (const [n, claim] of story.claims.entries()) {
      const judged = story.judged[n];
      if (judged?.verdict !== 'single-source') continue;
      if (claim.group.bestOutside > 0) nearMisses++;
      expect(judged.confidence).toBe(Math.round((1 - claim.group.bestOutside) * 100) / 100);
      expect(judged.confidence).toBeLessThanOrEqual(1);
    }
    expect(nearMisses).toBeGreaterThan(0);
    expect(story.judged.every((c) => c.confidence >= 0 && c.confidence <= 1)).toBe(true);
  });
});

describe('one sentence printed by two outlets', () => {
  const WIRE = 'Scores of bodies, covered by white sheets, lay on the ground near the tracks as locals and rescuers raced to help the survivors of the crash.';
  // Each article's own reporting, so that the two are not copies of each other as wholes.
  const OWN_A = [
    'Investigators arrived at the station on Saturday morning to examine the signalling equipment and the damaged points.',
    'Local hospitals said they had treated hundreds of passengers overnight, many of them with broken limbs and burns.',
    'The regional government declared a day of mourning and cancelled all public events planned for the weekend.',
  ];
  const OWN_B = [
    'The railway ministry ordered a review of the interlocking system used across the eastern network after the crash.',
    'Opposition parties demanded the resignation of the minister, saying warnings about the line had been ignored for years.',
    'Trains on the main line between the two cities were diverted while engineers cleared the wreckage from both tracks.',
  ];
  const QUOTE = '“We were able to rescue the survivors by ten at night, and after that it was about picking up the dead from the coaches,” fire chief Sudhanshu Sarangi said.';

  test('is one report: two outlets running one copy of a long sentence of narration count once', () => {
    const analysis = analyze(corpusOf([
      { id: 'a', outlet: 'kyiv-post', body: [...OWN_A, WIRE] },
      { id: 'b', outlet: 'moscow-times', body: [...OWN_B, WIRE.replace('Scores of', 'Dozens of')] },
    ]));
    const claim = claimWith(analysis, 'white sheets');
    expect(claim?.evidence, show(claim)).toHaveLength(2);
    expect(claim?.verdict, show(claim)).toBe('single-source');
    expect(claim?.flags).toContain('sharedUpstream');
  });

  test('but a speaker’s words quoted alike by two outlets are two reports of what was said', () => {
    // Articles of their own otherwise (whole copies are near-duplicates, one source by another rule).
    const analysis = analyze(corpusOf([
      { id: 'a', outlet: 'kyiv-post', body: [...OWN_A, QUOTE] },
      { id: 'b', outlet: 'moscow-times', body: [...OWN_B, QUOTE] },
    ]));
    const claim = claimWith(analysis, 'rescue the survivors');
    expect(claim?.evidence, show(claim)).toHaveLength(2);
    expect(claim?.verdict, show(claim)).toBe('corroborated');
  });
});
