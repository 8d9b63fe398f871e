/**
 * Stage 5 — relate: how each evidence sentence stands to its claim. Groups are given by hand here
 * (stage 4 is tested on its own), so each rule of relate is seen alone: consensus of intervals for
 * quantity claims, no conflict on numbers inside content claims, denials, quotes in other words,
 * the anchor and the kind of claim.
 */
import { describe, expect, test } from 'vitest';
import type { AnnotatedStory, MatchGroup, MatchedStory, RelatedClaim } from '../../../../src/engine/contracts.ts';
import { openQuotation, opensOnReference, relate, sameWording } from '../../../../src/engine/05-relate/index.ts';
import { asRounded, consensus, contains } from '../../../../src/engine/05-relate/quantities.ts';
import type { Quantity, Quote } from '../../../../src/engine/types.ts';
import { corpusOf, storyAt, type ArticleSpec } from '../support/corpus.ts';
import { unitWith } from '../support/find.ts';

/** A quantity with the interval given (only what consensus reads). */
const q = (value: number, low: number, high: number): Quantity => ({
  value, low, high, granularity: 1, unit: 'hour', qualifier: 'exact', measures: 'meeting', modifier: null, surface: String(value), start: 0, end: 1,
});

describe('consensus of reported intervals', () => {
  test('the value most independent sources cover: 4 / 4.5 / 4.5 / "more than 4" → 4.5', () => {
    const point = consensus([
      { quantity: q(4, 3.75, 4.25), source: 'kyiv-post' },
      { quantity: q(4.5, 4.475, 4.525), source: 'moscow-times' },
      { quantity: q(4.5, 4.475, 4.525), source: 'novaya-gazeta' },
      { quantity: q(4, 4, 5), source: 'rferl' },
    ]);
    expect(point).not.toBeNull();
    expect(point as number).toBeGreaterThanOrEqual(4.475);
    expect(point as number).toBeLessThanOrEqual(4.525);
  });

  test('sources, not reports, are counted: one outlet saying 4.5 twice loses to two saying 4', () => {
    const point = consensus([
      { quantity: q(4.5, 4.475, 4.525), source: 'moscow-times' },
      { quantity: q(4.5, 4.475, 4.525), source: 'moscow-times' },
      { quantity: q(4, 3.75, 4.25), source: 'kyiv-post' },
      { quantity: q(4, 3.75, 4.25), source: 'rferl' },
    ]);
    expect(point).toBe(4);
  });

  test('overlapping intervals meet where they overlap: "more than 280" and "288" → a point both cover', () => {
    const point = consensus([
      { quantity: q(280, 280, 290), source: 'a' },
      { quantity: q(288, 287.75, 288.25), source: 'b' },
    ]) as number;
    expect(contains(q(280, 280, 290), point) && contains(q(288, 287.75, 288.25), point)).toBe(true);
  });

  test('between points as many sources cover, the one more outlets print: two outlets\' "4.3" (read as rounded) and "4.27" of one source agree at 4.27', () => {
    const point = consensus([
      { quantity: q(4.3, 4.2501, 4.3499), source: 'statistics-bureau', outlet: 'wire' },
      { quantity: q(4.27, 4.2675, 4.2725), source: 'statistics-bureau', outlet: 'business-paper' },
    ]);
    expect(point).toBeCloseTo(4.27, 10);
  });

  test('two copies of one outlet\'s article are one outlet: 4 and 4.5 tie, and the first point stands', () => {
    const point = consensus([
      { quantity: q(4, 3.75, 4.25), source: 'kyiv-post', outlet: 'kyiv-post' },
      { quantity: q(4.5, 4.475, 4.525), source: 'moscow-times', outlet: 'moscow-times' },
      { quantity: q(4.5, 4.475, 4.525), source: 'moscow-times', outlet: 'moscow-times' },
      { quantity: q(4, 4, 5), source: 'rferl', outlet: 'rferl' },
    ]);
    expect(point).toBe(4);
  });

  test('between points as many sources and outlets hold, the one fewer outlets give a figure against: "hundreds" and "412" of one outlet agree at 412', () => {
    const point = consensus([
      { quantity: q(200, 200, 1000), source: 'wire', outlet: 'wire' },
      { quantity: q(412, 411.5, 412.5), source: 'wire', outlet: 'wire' },
      { quantity: q(200, 200, 1000), source: 'wire', outlet: 'daily' },
      { quantity: q(412, 411.5, 412.5), source: 'wire', outlet: 'daily' },
    ]) as number;
    expect(contains(q(412, 411.5, 412.5), point)).toBe(true);
  });

  test('no reports, no consensus', () => {
    expect(consensus([])).toBeNull();
  });

  test('contains is inclusive at both ends', () => {
    const more = q(4, 4, 5);
    expect([contains(more, 4), contains(more, 5), contains(more, 5.01), contains(more, 3.99)]).toEqual([true, true, false, false]);
  });
});

describe('quote wording', () => {
  const quote = (text: string): Quote => ({ text, start: 0, end: text.length, speaker: 'x' });

  test.each([
    ['a fragment quoted word for word is the same wording', 'hard to say', 'It is hard to say that they are getting closer', true],
    ['case and curly apostrophes do not matter', 'We’re ready', 'we\'re ready to talk', true],
    ['a compound with or without its hyphen is one spelling', 'not a security incident or cyber-attack', 'This is not a security incident or cyberattack', true],
    ['a paraphrase is other wording', 'a serious conversation on all issues', 'very serious discussions on all issues', false],
  ])('%s', (_case, a, b, expected) => {
    expect(sameWording(quote(a), quote(b))).toBe(expected);
    expect(sameWording(quote(b), quote(a))).toBe(expected);
  });
});

const SPECS: ArticleSpec[] = [
  { id: 'a-kyiv', outlet: 'kyiv-post', body: ['The four-hour meeting in Riyadh ended without a deal.', 'The council approved a water tariff of 40 euros for farms on Monday.', '“We will rebuild every house,” Governor Marta Ilves told reporters.', 'Ministers have offered nurses a 4.5% rise, which the union rejected last week as an insult to the profession.', 'Amara Kessel said she would appeal against the ban at the Court of Sport Arbitration in Valdor.'] },
  { id: 'b-moscow', outlet: 'moscow-times', body: ['The 4.5-hour meeting in Riyadh ended without a breakthrough.', 'He said the council approved a water tariff of 45 euros for farms.', '“Every house will be rebuilt,” Governor Marta Ilves said.', 'Ministers have offered nurses a 4.5% rise.'] },
  { id: 'c-novaya', outlet: 'novaya-gazeta', body: ['The meeting in Riyadh lasted 4.5 hours and ended without a deal.', 'The council approved a water tariff of 45 euros for farms in the valley.', 'Ministers have offered them a 4.5% rise.', 'Amara Kessel was banned for four years on Tuesday.', 'She said she would appeal against the ban.'] },
  { id: 'd-rferl', outlet: 'rferl', body: ['The more than four-hour meeting in Riyadh ended without a deal.', 'Officials denied that the council had approved any water tariff for farms.'] },
];

/** Relate on the story with the given groups (by fragments of their members' text). */
function related(groups: Array<{ origin: MatchGroup['origin']; members: string[]; denials?: string[] }>, specs: ArticleSpec[] = SPECS): { story: AnnotatedStory; claims: RelatedClaim[] } {
  const story = storyAt(corpusOf(specs), 'annotate');
  const made: MatchGroup[] = groups.map((g) => {
    const members = g.members.map((f) => unitWith(story, f).i).sort((a, b) => a - b);
    const quantities = new Map<number, Quantity>();
    if (g.origin === 'quantity') for (const m of members) quantities.set(m, story.units[m]?.quantities[0] as Quantity);
    return { origin: g.origin, members, frame: null, quantities, confidence: 0.8, bestOutside: 0, denials: (g.denials ?? []).map((f) => unitWith(story, f).i) };
  });
  const matched: MatchedStory = { ...story, groups: made, stats: { sentences: story.sentences.length, units: story.units.length, candidatePairs: 0, skippedBlocks: 0 } };
  return { story, claims: relate(matched, story.ctx).claims };
}

describe('a quantity claim', () => {
  const { claims } = related([{ origin: 'quantity', members: ['four-hour meeting', '4.5-hour meeting', 'lasted 4.5 hours', 'more than four-hour'] }]);
  const claim = claims[0] as RelatedClaim;
  const stanceOf = (article: string) => claim.evidence.find((e) => e.unit.article === article)?.stance;

  test('is a quantity claim', () => {
    expect(claim.kind).toBe('quantity');
  });

  test('reports that miss the consensus conflict; the others support', () => {
    // 4.5 is covered by The Moscow Times, Novaya Gazeta and RFE/RL ("more than four", 4-5): three sources.
    expect(stanceOf('a-kyiv')).toBe('conflicts');
    expect(stanceOf('b-moscow')).toBe('supports');
    expect(stanceOf('c-novaya')).toBe('supports');
    expect(stanceOf('d-rferl')).toBe('supports');
  });

  test('each evidence keeps its own value and marks it', () => {
    expect(claim.evidence.map((e) => e.quantity?.surface)).toEqual(['four-hour', '4.5-hour', '4.5 hours', 'more than four-hour']);
    for (const e of claim.evidence) expect(e.sentence.text.slice(e.start, e.end)).toBe(e.quantity?.surface);
  });

  test('the anchor is a supporting report', () => {
    const anchor = claim.evidence.find((e) => e.relation === 'anchor');
    expect(anchor?.stance).toBe('supports');
    expect(claim.anchor).toBe(anchor?.unit);
  });
});

describe('a claim matched on its words', () => {
  const { claims } = related([{ origin: 'content', members: ['water tariff of 40 euros', 'He said the council', 'in the valley'], denials: ['Officials denied'] }]);
  const claim = claims[0] as RelatedClaim;

  test('never conflicts on numbers: 40 euros against 45 euros is shown, not judged', () => {
    expect(claim.evidence.some((e) => e.stance === 'conflicts')).toBe(false);
    expect(claim.evidence.filter((e) => e.stance === 'supports')).toHaveLength(3);
  });

  test('only the numbers that agree with the consensus are carried as values', () => {
    // 45 euros is given by two sources (Moscow Times, Novaya Gazeta), 40 by one.
    const values = new Map(claim.evidence.map((e) => [e.unit.article, e.quantity?.value ?? null]));
    expect(values.get('a-kyiv')).toBeNull();
    expect(values.get('b-moscow')).toBe(45);
    expect(values.get('c-novaya')).toBe(45);
  });

  test('an attached denial denies, over its whole sentence', () => {
    const denial = claim.evidence.find((e) => e.unit.article === 'd-rferl');
    expect([denial?.stance, denial?.relation]).toEqual(['denies', 'denies']);
    expect([denial?.start, denial?.end]).toEqual([0, denial?.sentence.text.length]);
  });

  test('the anchor gives no figure the other sources leave unconfirmed: Kyiv\'s 40 euros (no other source gives it) is passed over for 45 euros', () => {
    // The statement is the anchor's sentence: what the sources corroborate, not one outlet's extra
    // figure. Moscow ("He said …") and Novaya ("The council …") both open on a reference, so the
    // earlier of the two leads.
    expect(claim.anchor.article).toBe('b-moscow');
  });

  test('the anchor does not open on a pronoun: among reports that each give a figure the other does not, "He said …" is passed over', () => {
    const { claims: [pair] } = related([{ origin: 'content', members: ['He said the council', 'water tariff of 40 euros'] }]);
    expect(pair?.anchor.article).toBe('a-kyiv');
  });

  test('of reports ranked alike, a later one leads when the other sources state all it says: the rejected offer\'s "which the union rejected …" is one report\'s alone', () => {
    const { claims: [offer] } = related([{ origin: 'content', members: ['which the union rejected', 'offered nurses a 4.5% rise.'] }]);
    expect(offer?.anchor.article).toBe('b-moscow');
  });

  test('… but not one that points back to what it speaks of ("offered them"), nor one that says more', () => {
    const { claims: [them] } = related([{ origin: 'content', members: ['which the union rejected', 'offered them a 4.5% rise'] }]);
    expect(them?.anchor.article).toBe('a-kyiv');
    // The earliest report that the others state in full keeps the lead.
    const { claims: [all] } = related([{ origin: 'content', members: ['offered nurses a 4.5% rise.', 'which the union rejected'] }]);
    expect(all?.anchor.article).toBe('b-moscow');
  });

  test('a later report leads when the other sources leave two of its words unsaid and more of the earlier\'s', () => {
    const specs: ArticleSpec[] = [
      { id: 'a-kyiv', outlet: 'kyiv-post', body: ['Prime Minister Anton Rell, speaking to reporters in Kravo on Sunday evening, declared a state of national mourning after the coach crash.'] },
      { id: 'b-moscow', outlet: 'moscow-times', body: ['Kravo declared a state of national mourning nationwide after the deadly coach crash.'] },
    ];
    const { claims: [mourning] } = related([{ origin: 'content', members: ['Prime Minister Anton Rell', 'Kravo declared'] }], specs);
    expect(mourning?.anchor.article).toBe('b-moscow');
    // A report that shouts ("NATIONWIDE") counts one more word unsaid: saying one word less is not enough.
    const shouting: ArticleSpec[] = [
      { id: 'a-kyiv', outlet: 'kyiv-post', body: ['Prime Minister Anton Rell, speaking to reporters in Kravo on Sunday, declared a state of national mourning after the coach crash.'] },
      { id: 'b-moscow', outlet: 'moscow-times', body: ['Kravo declared a state of national mourning NATIONWIDE after the deadly coach crash.'] },
    ];
    const { claims: [shouted] } = related([{ origin: 'content', members: ['Prime Minister Anton Rell', 'Kravo declared'] }], shouting);
    expect(shouted?.anchor.article).toBe('a-kyiv');
  });

  test('a report that opens on "she", resolved to the person another report names, reads with the name: it leads when it says no more', () => {
    // Novaya's "She said she would appeal against the ban." names neither the court nor Valdor.
    const { claims: [appeal] } = related([{ origin: 'content', members: ['at the Court of Sport Arbitration', 'She said she would appeal'] }]);
    expect(appeal?.anchor.article).toBe('c-novaya');
  });

  test('evidence is in story order', () => {
    const order = claim.evidence.map((e) => e.unit.i);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});

describe('quotes', () => {
  test('one speaker quoted in every report makes a quote claim; other wording is marked', () => {
    const { claims } = related([{ origin: 'content', members: ['We will rebuild every house', 'Every house will be rebuilt'] }]);
    const claim = claims[0] as RelatedClaim;
    expect(claim.kind).toBe('quote');
    // The anchor is the first report, "“We will rebuild every house,” …": a quotation in the first
    // person names its speaker in the statement ("X said: “We …”"), so its "We" points nowhere unknown.
    expect(claim.anchor.article).toBe('a-kyiv');
    expect(claim.evidence.map((e) => e.relation)).toEqual(['anchor', 'wordingDiffers']);
  });

  test('a sentence whose quotation runs on into the next is no statement by itself', () => {
    expect(openQuotation('Prime Minister Adrian Veselko said: "The people have spoken clearly.')).toBe(true);
    expect(openQuotation('Veselko said: “The people have spoken clearly.')).toBe(true);
    expect(openQuotation('"The people have spoken clearly," Veselko said.')).toBe(false);
    expect(openQuotation('“The people have spoken clearly,” Veselko said.')).toBe(false);
    expect(openQuotation('The people have spoken, Veselko said.')).toBe(false);
  });

  test('a first-person quotation opens on a reference only when no speaker is known', () => {
    expect(opensOnReference('“We’re going to appoint a high-level team,” Rubio said.', 'marco-rubio')).toBe(false);
    expect(opensOnReference('“We’re going to appoint a high-level team.”', null)).toBe(true);
    expect(opensOnReference('He said the team would be appointed.', 'marco-rubio')).toBe(true);
    expect(opensOnReference('The company “is actively working with customers,” Kurtz said.', 'george-kurtz')).toBe(true);
    expect(opensOnReference('The Kremlin said the talks were useful.', 'kremlin')).toBe(false);
  });

  test('a single sentence that is mostly a named speaker’s quotation is a quote claim', () => {
    const { claims } = related([{ origin: 'single', members: ['We will rebuild every house'] }]);
    expect(claims[0]?.kind).toBe('quote');
  });

  test('a single sentence without a speaker is a statement', () => {
    const { claims } = related([{ origin: 'single', members: ['water tariff of 40 euros'] }]);
    expect(claims[0]?.kind).toBe('statement');
    expect(claims[0]?.evidence.map((e) => [e.stance, e.relation])).toEqual([['supports', 'anchor']]);
  });
});

describe('which report anchors a claim', () => {
  test('a report that states the fact leads, not one that gives it only in an adjunct while asserting something else', () => {
    const story = storyAt(
      corpusOf([
        { id: 'a', outlet: 'kyiv-post', body: ['Rubbish began piling up in the capital after bin collectors and truck drivers joined the strike.'] },
        { id: 'b', outlet: 'moscow-times', body: ['Truck drivers and bin collectors joined the strike on Tuesday.'] },
      ]),
      'annotate',
    );
    const members = [unitWith(story, 'Rubbish began').i, unitWith(story, 'Truck drivers and bin').i].sort((x, y) => x - y);
    const group: MatchGroup = { origin: 'content', members, frame: null, quantities: new Map(), confidence: 0.8, bestOutside: 0, denials: [] };
    const matched: MatchedStory = { ...story, groups: [group], stats: { sentences: story.sentences.length, units: story.units.length, candidatePairs: 0, skippedBlocks: 0 } };
    const claim = relate(matched, story.ctx).claims[0] as RelatedClaim;
    expect(unitWith(story, 'Rubbish began').background.length).toBeGreaterThan(0);
    expect(claim.anchor.article).toBe('b');
  });

  test.each([
    ['"Should …"', 'Should the talks fail, the dockers will strike again on Monday.'],
    ['"If …"', 'If the talks fail, the dockers will strike again on Monday.'],
  ])('a report that states the fact plainly leads one that states it under a condition (%s), though it says more', (_name, conditional) => {
    const story = storyAt(
      corpusOf([
        { id: 'a', outlet: 'kyiv-post', body: [conditional] },
        { id: 'b', outlet: 'moscow-times', body: ['The dockers will strike again on Monday, their union said after a long meeting with port managers.'] },
      ]),
      'annotate',
    );
    const members = [unitWith(story, 'talks fail').i, unitWith(story, 'long meeting').i].sort((x, y) => x - y);
    const group: MatchGroup = { origin: 'content', members, frame: null, quantities: new Map(), confidence: 0.8, bestOutside: 0, denials: [] };
    const matched: MatchedStory = { ...story, groups: [group], stats: { sentences: story.sentences.length, units: story.units.length, candidatePairs: 0, skippedBlocks: 0 } };
    expect(relate(matched, story.ctx).claims[0]?.anchor.article).toBe('b');
  });

  test('a report that gives a quotation inside its clause, with its subject, leads one whose sentence opens on the quotation cut from it', () => {
    const story = storyAt(
      corpusOf([
        { id: 'a', outlet: 'kyiv-post', body: ['“Appoint negotiating teams to begin talks on ending the strike as soon as possible,” Ana Petrova said.'] },
        { id: 'b', outlet: 'moscow-times', body: ['Ana Petrova said the union and the port agreed to “appoint negotiating teams to begin talks on ending the strike as soon as possible.”'] },
      ]),
      'annotate',
    );
    const members = [unitWith(story, 'Appoint negotiating').i, unitWith(story, 'agreed to').i].sort((x, y) => x - y);
    const group: MatchGroup = { origin: 'content', members, frame: null, quantities: new Map(), confidence: 0.8, bestOutside: 0, denials: [] };
    const matched: MatchedStory = { ...story, groups: [group], stats: { sentences: story.sentences.length, units: story.units.length, candidatePairs: 0, skippedBlocks: 0 } };
    expect(relate(matched, story.ctx).claims[0]?.anchor.article).toBe('b');
  });
});

describe('a share or a sum written with a coarser step is read as rounded', () => {
  /** A quantity as the reader gives it: a quarter of its step either side when exact. */
  const read = (value: number, granularity: number, unit: string): Quantity => ({
    value, low: value - granularity / 4, high: value + granularity / 4, granularity, unit, qualifier: 'exact', measures: null, modifier: null, surface: String(value), start: 0, end: 1,
  });

  test('"31 per cent" beside "31.4 percent" covers it; "49.4%" beside "49.51%" does not cover it', () => {
    const [whole, decimal] = asRounded([read(31, 1, 'percent'), read(31.4, 0.1, 'percent')]) as [Quantity, Quantity];
    expect(contains(whole, decimal.value)).toBe(true);
    const [tenth, hundredth] = asRounded([read(49.4, 0.1, 'percent'), read(49.51, 0.01, 'percent')]) as [Quantity, Quantity];
    expect(contains(tenth, hundredth.value)).toBe(false);
  });

  test('counts keep their interval: "280 dead" and "284 dead" are two tolls', () => {
    const [round, exact] = asRounded([read(280, 10, 'person'), read(284, 1, 'person')]) as [Quantity, Quantity];
    expect(contains(round, exact.value)).toBe(false);
  });

  test('"$12 billion" beside "$12.4 billion" covers it; a round "$10 billion" and two figures of one step are left as they are', () => {
    const [bn, decimal] = asRounded([{ ...read(12e9, 1e9, 'usd'), surface: '$12 billion' }, read(12.4e9, 1e8, 'usd')]) as [Quantity, Quantity];
    expect(contains(bn, decimal.value)).toBe(true);
    const round = { ...read(10e9, 1e10, 'usd'), surface: '$10 billion' };
    expect(asRounded([round, read(14e9, 1e9, 'usd')])[0]).toBe(round);
    const same = [read(88.8, 0.1, 'percent'), read(88.9, 0.1, 'percent')];
    expect(asRounded(same)).toEqual(same);
  });
});

describe('a clause that cannot stand alone, shown as its whole sentence', () => {
  test('brings its other clauses\' figures into the heading: a report that states the claim alone leads', () => {
    const specs: ArticleSpec[] = [
      { id: 'a-wire', outlet: 'wire', body: ['A recount in Belmar North has overturned the result, handing the seat to Ilse Koren by 212 votes and giving the coalition a majority of one in parliament.'] },
      { id: 'b-radio', outlet: 'radio', body: ['The win gives the coalition 76 seats, a majority of one.'] },
    ];
    const story = storyAt(corpusOf(specs), 'annotate');
    const clause = unitWith(story, 'and giving the coalition');
    // The wire's clause is a unit of its own, and it leans on the clause before it.
    expect(story.sentences[clause.s]?.text.slice(clause.start, clause.end)).toMatch(/^and giving the coalition/);
    const members = [clause.i, unitWith(story, 'The win gives').i].sort((a, b) => a - b);
    const group: MatchGroup = { origin: 'content', members, frame: null, quantities: new Map(), confidence: 0.8, bestOutside: 0, denials: [] };
    const matched: MatchedStory = { ...story, groups: [group], stats: { sentences: story.sentences.length, units: story.units.length, candidatePairs: 0, skippedBlocks: 0 } };
    // The wire's sentence would show "by 212 votes", which the radio does not give; the radio's 76 seats
    // are one figure beyond the wire's clause, as 212 is beyond the radio's report.
    expect(relate(matched, story.ctx).claims[0]?.anchor.article).toBe('b-radio');
  });
});

describe('a time of day only one report gives', () => {
  const anchorOf = (specs: ArticleSpec[], fragments: string[]): string | undefined => {
    const story = storyAt(corpusOf(specs), 'annotate');
    const members = fragments.map((f) => unitWith(story, f).i).sort((a, b) => a - b);
    const group: MatchGroup = { origin: 'content', members, frame: null, quantities: new Map(), confidence: 0.8, bestOutside: 0, denials: [] };
    const matched: MatchedStory = { ...story, groups: [group], stats: { sentences: story.sentences.length, units: story.units.length, candidatePairs: 0, skippedBlocks: 0 } };
    return relate(matched, story.ctx).claims[0]?.anchor.article;
  };

  test('is beyond what the others confirm: the report without it leads', () => {
    const specs: ArticleSpec[] = [
      { id: 'a-radio', outlet: 'radio', body: ['About 30 tonnes of chemicals escaped from a tank at the Vantor plant at around 4 a.m. on Tuesday, the company said.'] },
      { id: 'b-wire', outlet: 'wire', body: ['About 30 tonnes of chemicals escaped from a tank at the Vantor plant early on Tuesday.'] },
    ];
    expect(anchorOf(specs, ['at around 4 a.m.', 'early on Tuesday'])).toBe('b-wire');
  });

  test('weighs less than a figure: a report that opens on "It" does not lead for want of it', () => {
    const specs: ArticleSpec[] = [
      { id: 'a-wire', outlet: 'wire', body: ['The quake struck at 4:17 a.m. about 38 km north-east of the city of Malkent.'] },
      { id: 'b-paper', outlet: 'paper', body: ['It struck at a shallow depth about 38 km north-east of the city of Malkent.'] },
    ];
    expect(anchorOf(specs, ['The quake struck', 'It struck at a shallow depth'])).toBe('a-wire');
  });
});
