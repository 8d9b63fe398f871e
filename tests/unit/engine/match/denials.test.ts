/**
 * Attaching denials to what they deny. A denial rarely repeats the claim's words; it names the
 * claim by a short quoted phrase or by rare words. A speaker does not deny their own statement,
 * and a denial that denies nothing found in the story is a claim of its own.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadCorpus } from '../../../../src/corpus/load.ts';
import { DEFAULT_CONFIG } from '../../../../src/engine/config.ts';
import { denialScore } from '../../../../src/engine/04-match/denials.ts';
import { storyStats, unitVectors, type UnitVector } from '../../../../src/engine/04-match/features.ts';
import { analyze, corpusOf, storyAt, type ArticleSpec, type StoryAt } from '../support/corpus.ts';
import { claimsCiting, claimWith, evidenceWith, show, unitWith } from '../support/find.ts';

const REPORT = 'According to diplomatic sources, the two sides discussed a three-stage peace plan in Riyadh on Tuesday.';
const OWN = 'Sergei Lavrov said the talks in Riyadh were useful and covered embassy staffing.';
const DENIAL = 'Foreign Minister Sergei Lavrov denied any knowledge of the “three-stage plan”, TASS reported.';
const OWN_DENIAL = 'Lavrov denied that the talks in Riyadh had covered embassy staffing.';
const STRAY = 'The harbour master denied turning cargo ships away from the port overnight.';

const SPECS: ArticleSpec[] = [
  { id: 'report', outlet: 'fox-news', body: [REPORT, OWN] },
  { id: 'denial', outlet: 'moscow-times', body: [DENIAL, OWN_DENIAL, STRAY] },
];

function scored(): { story: StoryAt<'annotate'>; score: (denial: string, target: string) => number } {
  const story = storyAt(corpusOf(SPECS), 'annotate');
  const stats = storyStats(story);
  const vectors = unitVectors(story.ctx.lang, story, stats);
  const v = (fragment: string): UnitVector => vectors[unitWith(story, fragment).i] as UnitVector;
  return { story, score: (denial, target) => denialScore(v(denial), v(target), stats, DEFAULT_CONFIG.denials) };
}

describe('what a denial denies', () => {
  test('a short quoted phrase whose words are all in a claim names that claim', () => {
    const { score } = scored();
    expect(score('denied any knowledge', 'three-stage peace plan')).toBeGreaterThanOrEqual(DEFAULT_CONFIG.denials.threshold);
    expect(score('denied any knowledge', 'covered embassy staffing')).toBeLessThan(DEFAULT_CONFIG.denials.threshold);
  });

  test('a speaker does not deny their own statement', () => {
    const { story, score } = scored();
    expect(unitWith(story, 'Lavrov denied that').speaker).toBe(unitWith(story, 'were useful').speaker);
    expect(score('Lavrov denied that', 'were useful')).toBe(0);
  });

  test('a denial does not deny itself or another denial', () => {
    const { score } = scored();
    expect(score('denied any knowledge', 'denied any knowledge')).toBe(0);
    expect(score('denied any knowledge', 'harbour master denied')).toBe(0);
  });

  test('the reported claim is disputed: its report supports, the denial denies', () => {
    const analysis = analyze(corpusOf(SPECS));
    const claim = claimWith(analysis, 'three-stage peace plan');
    expect(claim?.verdict, show(claim)).toBe('disputed');
    expect(evidenceWith(claim, 'three-stage peace plan')?.stance).toBe('supports');
    expect(evidenceWith(claim, 'denied any knowledge')?.stance).toBe('denies');
    expect(claim?.explanation).toMatch(/Sergei Lavrov denies it\.$/);
    // The attached denial is not also a claim of its own.
    expect(claimsCiting(analysis, 'denied any knowledge')).toHaveLength(1);
  });

  test('the speaker’s own statement is not disputed by his denial', () => {
    const analysis = analyze(corpusOf(SPECS));
    const own = claimWith(analysis, 'were useful');
    expect(own?.verdict, show(own)).toBe('single-source');
    expect(own?.evidence.some((e) => e.stance === 'denies')).toBe(false);
  });

  test('a denial that denies nothing in the story is a claim of its own', () => {
    const analysis = analyze(corpusOf(SPECS));
    const stray = claimsCiting(analysis, 'harbour master denied');
    expect(stray).toHaveLength(1);
    expect(stray[0]?.evidence).toHaveLength(1);
    expect(stray[0]?.verdict).toBe('single-source');
  });

  test('more reports of a claim do not make its words too common to be denied', () => {
    // The bridge story of the reviews fixture, before and after a follow-up that repeats the claim.
    const root = path.resolve(import.meta.dirname, '../../../fixtures');
    const before = loadCorpus(path.join(root, 'reviews'));
    const grown = mkdtempSync(path.join(tmpdir(), 'denials-'));
    cpSync(path.join(root, 'reviews'), grown, { recursive: true });
    cpSync(path.join(root, 'reviews-follow-up/articles'), path.join(grown, 'articles'), { recursive: true });
    const followUp = loadCorpus(grown);
    expect(followUp.articles.length).toBe(before.articles.length + 1);
    for (const corpus of [before, followUp]) {
      const found = claimWith(analyze(corpus), 'Tolls will rise from 20 to 25 crowns');
      expect(found?.verdict, show(found)).toBe('disputed');
      expect(evidenceWith(found, 'The council denied that tolls')?.stance).toBe('denies');
    }
  });

  test('what a denier says after ", saying" is the denier’s own statement, not what is denied', () => {
    const analysis = analyze(
      corpusOf([
        { id: 'rumour', outlet: 'calcio-daily', body: ['Femi Adebayo has agreed personal terms with Virtus Corvara, according to people close to the player.'] },
        { id: 'club', outlet: 'kelbrook-post', body: ['The club said in a statement that no offer had been received and that the forward was not for sale.'] },
        { id: 'denial', outlet: 'meridian', body: ['Kelbrook also denied reports linking Adebayo with a move to Virtus Corvara, saying in a statement that no offer had been received and that the forward was not for sale.'] },
      ]),
    );
    const statement = claimWith(analysis, 'The club said in a statement');
    expect(statement?.verdict, show(statement)).not.toBe('disputed');
    expect(evidenceWith(statement, 'Kelbrook also denied')?.stance ?? 'none').not.toBe('denies');
  });

  test('an adjunct after the denial (", after …") says when it was made, not what it denies', () => {
    const analysis = analyze(
      corpusOf([
        { id: 'a-march', outlet: 'kelbrook-post', body: ['The largest protest in the capital since 2019 ended outside parliament on Sunday, organisers said.'] },
        { id: 'b-witness', outlet: 'calcio-daily', body: ['Witnesses said tear gas was fired.'] },
        { id: 'denial', outlet: 'meridian', body: ['The interior minister on Sunday rejected accusations that riot police fired tear gas at demonstrators, after the largest protest in the capital since 2019 ended outside parliament.'] },
      ]),
    );
    const gas = claimWith(analysis, 'Witnesses said tear gas');
    expect(gas?.verdict, show(gas)).toBe('disputed');
    const march = claimWith(analysis, 'The largest protest in the capital since 2019');
    expect(evidenceWith(march, 'rejected accusations')?.stance ?? 'none', show(march)).not.toBe('denies');
  });

  test('a relative clause set off by a comma describes what the denial names; it is not denied', () => {
    const analysis = analyze(
      corpusOf([
        { id: 'a-gas', outlet: 'kelbrook-post', body: ['Norvania supplies about 40% of the country\'s natural gas through the Northline pipeline.'] },
        { id: 'b-gas', outlet: 'calcio-daily', body: ['About 40% of the country\'s natural gas comes from Norvania, through the Northline pipeline.'] },
        { id: 'denial', outlet: 'meridian', body: ['The energy minister denied that the expulsions would affect gas imports from Norvania, which supplies about 40% of the country\'s natural gas.'] },
      ]),
    );
    const gas = claimWith(analysis, 'Norvania supplies about 40%');
    expect(gas?.verdict, show(gas)).not.toBe('disputed');
    expect(evidenceWith(gas, 'denied that the expulsions')?.stance ?? 'none', show(gas)).not.toBe('denies');
  });

  test('the target may sit in the denial’s own article', () => {
    const analysis = analyze(
      corpusOf([
        {
          id: 'one',
          outlet: 'valley-courier',
          body: [
            'According to two people familiar with the plan, the city will sell the old tram depot to a hotel chain.',
            'The depot has stood empty since the trams stopped running in 2011.',
            'Mayor Rita Olsen denied that any “depot sale” was planned, calling the report invented.',
          ],
        },
      ]),
    );
    const claim = claimWith(analysis, 'sell the old tram depot');
    expect(claim?.verdict, show(claim)).toBe('disputed');
    expect(claim?.flags).toEqual(['anonymousSourcing']);
    expect(claim?.evidence.map((e) => [e.stance, e.relation])).toEqual([
      ['supports', 'anchor'],
      ['denies', 'denies'],
    ]);
    expect(claim?.explanation).toBe('Valley Courier reports it from anonymous sources; Rita Olsen denies it.');
  });

  test('a denial in words every report uses still answers the claim just before it in its article', () => {
    // Every report speaks of freed prisoners and mistreatment, in words too different to be one claim,
    // so the words the denial shares with the claim before it are common in the story.
    const analysis = analyze(corpusOf([
      { id: 'one', outlet: 'valley-courier', body: ['The freed prisoners landed in the capital on Sunday night.', 'Human rights groups say several of the freed prisoners showed signs of mistreatment.', 'The embassy denied that any prisoner had been mistreated, calling the claims propaganda.'] },
      { id: 'two', outlet: 'moscow-times', body: ['Doctors examined the freed prisoners for signs of mistreatment at a military hospital.'] },
      { id: 'three', outlet: 'rferl', body: ['Relatives of the freed prisoners had long feared mistreatment in the camps.'] },
      { id: 'four', outlet: 'kyiv-post', body: ['Lawyers for the freed prisoners will file complaints of mistreatment next week.'] },
    ]));
    const claim = claimWith(analysis, 'showed signs of mistreatment');
    expect(claim?.verdict, show(claim)).toBe('disputed');
  });

  test('nor does it answer a sentence before it that shares one word', () => {
    const analysis = analyze(corpusOf([
      { id: 'one', outlet: 'valley-courier', body: ['The freed prisoners landed in the capital on Sunday night.', 'Human rights groups say the prisoners will be questioned by prosecutors next week.', 'The embassy denied that any prisoner had been mistreated, calling the claims propaganda.'] },
      { id: 'two', outlet: 'moscow-times', body: ['Doctors examined the freed prisoners at a military hospital.'] },
    ]));
    const claim = claimWith(analysis, 'questioned by prosecutors');
    expect(claim?.verdict ?? 'single-source', show(claim)).not.toBe('disputed');
  });
});

describe('a denial that points back ("denied that", "rejected the claim", "rejected his account")', () => {
  test('"The airline denied that" denies the sentence before it', () => {
    const analysis = analyze(
      corpusOf([
        {
          id: 'wire',
          outlet: 'cws',
          body: ['The union accused the airline of leasing aircraft and crews from a charter operator to break the strike. The airline denied that, saying the leases had been signed in February to add summer capacity.'],
        },
      ]),
    );
    const claim = claimWith(analysis, 'accused the airline of leasing aircraft');
    expect(claim?.verdict, show(claim)).toBe('disputed');
    expect(evidenceWith(claim, 'The airline denied that')?.stance).toBe('denies');
  });

  test('a denial that opens a paragraph points back to the paragraph before', () => {
    const analysis = analyze(
      corpusOf([{ id: 'tv', outlet: 'channel-t', body: ['Anselm Dovic, the engineer who led the inspection, says he warned the transport ministry in writing that repairs were urgent.', 'The ministry denies this. It says a repair programme was under way.'] }]),
    );
    const claim = claimWith(analysis, 'says he warned the transport ministry');
    expect(claim?.verdict, show(claim)).toBe('disputed');
  });

  test('"rejected his account" denies what a person said, past a sentence of someone else\'s', () => {
    const analysis = analyze(
      corpusOf([
        {
          id: 'herald',
          outlet: 'drubeck-herald',
          body: [
            '"I told them in writing that this bridge could not wait. They filed it away," said Anselm Dovic, who left the agency in 2023.',
            'According to budget documents seen by the Herald, only 12 million crowns was spent on the bridge between 2019 and 2024.',
            'The ministry rejected his account.',
          ],
        },
      ]),
    );
    const account = claimWith(analysis, 'They filed it away');
    expect(account?.verdict, show(account)).toBe('disputed');
    expect(claimWith(analysis, 'budget documents seen by the Herald')?.verdict).toBe('single-source');
  });

  test('"rejects the accusation" denies the sentence that holds the accusation, not a plan said after it', () => {
    const analysis = analyze(
      corpusOf([
        {
          id: 'gazette',
          outlet: 'halvern-gazette',
          body: ['Mayor Jonas Treml accused the dam operator of releasing water without warning on Sunday night. Treml said he would ask the regional prosecutor to investigate the release. The company rejects the accusation.'],
        },
      ]),
    );
    expect(claimWith(analysis, 'accused the dam operator of releasing water')?.verdict).toBe('disputed');
    expect(claimWith(analysis, 'ask the regional prosecutor')?.verdict).toBe('single-source');
  });

  test('"rejected those claims" denies what someone is said to say, not the narration before it', () => {
    const analysis = analyze(
      corpusOf([
        {
          id: 'herald',
          outlet: 'halvern-herald',
          body: ['The river rose two metres overnight in the lower town. Several residents say the flood barriers were never closed. The mayor rejected those claims.'],
        },
      ]),
    );
    const claim = claimWith(analysis, 'flood barriers were never closed');
    expect(claim?.verdict, show(claim)).toBe('disputed');
    expect(evidenceWith(claim, 'rejected those claims')?.stance).toBe('denies');
    expect(claimWith(analysis, 'river rose two metres')?.verdict).toBe('single-source');
  });

  test('"…; Serakh denies this." denies the clause before its semicolon, not the sentence before', () => {
    const analysis = analyze(
      corpusOf([
        {
          id: 'weekly',
          outlet: 'aid-weekly',
          body: ['The captors had asked for five million dollars, officials said. The military says the hostages were held for part of the time in Serakh; Serakh denies this.'],
        },
      ]),
    );
    const held = claimWith(analysis, 'held for part of the time');
    expect(held?.verdict, show(held)).toBe('disputed');
    expect(held?.statement).toBe('The military says the hostages were held for part of the time in Serakh.');
    expect(evidenceWith(held, 'held for part of the time')?.stance).toBe('supports');
    expect(held?.evidence.some((e) => e.stance === 'denies')).toBe(true);
    expect(claimWith(analysis, 'five million dollars')?.verdict).toBe('single-source');
  });

  test('"called the report false", "said the claim was untrue", "dismissed the claim", "disputed that account", "branded the claim “a lie”" deny the statement before', () => {
    for (const denial of ['The minister called the report false.', 'The minister said the claim was untrue.', 'The minister dismissed the claim.', 'The minister disputed that account.', 'The minister rebutted this, saying the grid had failed for want of repairs.', 'The minister called the claim "absurd".', 'The minister branded the claim "a lie".', 'The minister says this is "simply untrue".']) {
      const analysis = analyze(
        corpusOf([{ id: 'radio', outlet: 'radio-estmarra', body: [`The grid failed at 7.40 p.m. on Friday. Opposition MP Victor Aske said the blackout had been caused by a cyberattack. ${denial}`] }]),
      );
      const claim = claimWith(analysis, 'caused by a cyberattack');
      expect(claim?.verdict, `${denial} ${show(claim)}`).toBe('disputed');
      expect(claimWith(analysis, 'The grid failed')?.verdict).toBe('single-source');
    }
  });

  test('"said that was not the case", "said there was no truth in the claim", "said the claim was untrue" deny the statement before', () => {
    for (const denial of ['Viktor Hale, the head of the roads authority, said that was not the case.', 'Viktor Hale, the head of the roads authority, said there was no truth in the claim.', 'Viktor Hale, the head of the roads authority, said the claim was untrue.']) {
      const analysis = analyze(
        corpusOf([{ id: 'ltv', outlet: 'ltv-news', body: [`The coach left the road at 11.20 p.m. on Saturday. Local people say the crash barrier on the bend had been broken since March. ${denial}`] }]),
      );
      const claim = claimWith(analysis, 'crash barrier on the bend');
      expect(claim?.verdict, `${denial} ${show(claim)}`).toBe('disputed');
      expect(claimWith(analysis, 'The coach left the road')?.verdict).toBe('single-source');
    }
  });

  test('a denial that goes on from a quotation is its speaker\'s: it denies the claim before their words', () => {
    const analysis = analyze(
      corpusOf([{ id: 'flash', outlet: 'daily-flash', body: ['"It looks like someone inside told them when to go," the source said. But police spokeswoman Lia Soren slapped down the claim, saying: "No member of staff is a suspect. That is simply not true."'] }]),
    );
    const inside = claimWith(analysis, 'someone inside told them');
    expect(inside?.verdict, show(inside)).toBe('disputed');
    expect(claimWith(analysis, 'No member of staff is a suspect')?.verdict ?? 'single-source').not.toBe('disputed');
  });

  test('a quotation that goes on from the speaker\'s quoted sentence before is theirs: it does not deny their own words', () => {
    const analysis = analyze(
      corpusOf([{ id: 'times', outlet: 'norvanian-times', body: ['The retailer paid a ransom to the gang, two people familiar with the matter said.', 'The company strongly denied the report. "We have not paid a ransom to anyone," a spokesman said. "That is simply untrue."'] }]),
    );
    const own = claimWith(analysis, 'We have not paid a ransom');
    expect(own?.verdict ?? 'single-source', show(own)).not.toBe('disputed');
  });

  test('a denial right after another repeats it and points to nothing past it', () => {
    const analysis = analyze(
      corpusOf([{ id: 'wbn', outlet: 'world-broadcast', body: ['"It is the first real step on the road to peace," Ms Marsk said. Kostrava has denied a newspaper report that the deal has a secret clause. A spokesman called the report fabricated.'] }]),
    );
    const quote = claimWith(analysis, 'first real step');
    expect(quote?.verdict, show(quote)).toBe('single-source');
  });

  test('a sentence about a source\'s speaking is passed over unless it names what is denied', () => {
    const passed = analyze(
      corpusOf([
        {
          id: 'times',
          outlet: 'norvanian-times',
          body: ['According to two people familiar with the matter, the company paid part of the ransom to the gang. The people spoke on condition of anonymity. The company denied the report.'],
        },
      ]),
    );
    expect(claimWith(passed, 'paid part of the ransom')?.verdict).toBe('disputed');
    const named = analyze(
      corpusOf([
        {
          id: 'almadi',
          outlet: 'almadi-times',
          body: ['The accord was signed in Doha on Sunday after three days of talks. Asked about a British newspaper report of a secret withdrawal clause, the mediator declined to comment. Kostrava has rejected the report.'],
        },
      ]),
    );
    expect(claimWith(named, 'secret withdrawal clause')?.verdict).toBe('disputed');
    expect(claimWith(named, 'The accord was signed in Doha')?.verdict).toBe('single-source');
  });
});

describe('"denied that any …" denies every report of what it names', () => {
  const CLAIM = 'Lang claimed on Friday that a box holding about 400 ballots had been found unsealed in the basement of a school.';
  const DENIED = 'The commission chair, Miriam Oster, denied that any ballot box had been left unsealed.';
  // Four reports use "ballot", "box" and "unsealed": no word of the denial is rare in the story.
  const specs = (claim: string, denial: string): ArticleSpec[] => [
    { id: 'times', outlet: 'carvenian-times', body: [claim] },
    { id: 'radio', outlet: 'radio-carvenia', body: ['Every ballot box in the constituency was counted again on Tuesday.', 'The unsealed ballot papers of the postal vote were kept apart.'] },
    { id: 'monitor', outlet: 'electoral-monitor', body: ['Observers from both parties watched each ballot box being opened.', 'Counters kept the unsealed envelopes of 90 ballots for a second check.'] },
    { id: 'post', outlet: 'belmar-post', body: ['Counters took two days over the ballot papers.', denial] },
  ];

  test('a report that has all the clause\'s words but one is disputed, though the words are common in the story', () => {
    const analysis = analyze(corpusOf(specs(CLAIM, DENIED)));
    const claim = claimWith(analysis, 'found unsealed in the basement');
    expect(claim?.verdict, show(claim)).toBe('disputed');
    expect(evidenceWith(claim, 'denied that any ballot box')?.stance).toBe('denies');
  });

  test('without "any" the clause names one thing said before, and shared words do not find it', () => {
    const analysis = analyze(corpusOf(specs(CLAIM, 'The commission chair, Miriam Oster, denied that the ballot box had been left unsealed.')));
    expect(claimWith(analysis, 'found unsealed in the basement')?.verdict).toBe('single-source');
  });

  test('a sentence that negates the clause agrees with the denial', () => {
    const analysis = analyze(corpusOf(specs('"No ballot box was ever found unsealed in Harsk," Ilse Koren said.', DENIED)));
    const quote = claimWith(analysis, 'No ballot box was ever found unsealed');
    expect(quote?.verdict, show(quote)).not.toBe('disputed');
  });
});

describe('a closing ", a charge … rejected" denies its own sentence', () => {
  test('the election result another report states is not what "a charge the commission rejected" denies', () => {
    const analysis = analyze(
      corpusOf([
        { id: 'wire', outlet: 'cpw', body: ['The Civic Renewal Party was on course to win the most seats in Sunday\'s parliamentary election, preliminary results showed on Monday.'] },
        { id: 'northline', outlet: 'northline', body: ['The leader of the Sovereignty Front on Tuesday accused election officials of manipulating the count in Sunday\'s parliamentary vote, a charge the electoral commission rejected as baseless.'] },
      ]),
    );
    const result = claimWith(analysis, 'on course to win the most seats');
    expect(result?.verdict, show(result)).toBe('single-source');
    expect(evidenceWith(result, 'accused election officials')?.stance ?? 'none').not.toBe('denies');
  });
});

describe('"no such …" and "any such …" name a thing the article named before', () => {
  test('"no such report" denies the sentence that names the report, past its speaker\'s quotation', () => {
    const analysis = analyze(
      corpusOf([
        {
          id: 'post',
          outlet: 'selby-post',
          body: [
            'Councillor Ana Vik told the Post that engineers had warned the council in a 2023 report that the sea wall was too low.',
            '"They had it in writing and did nothing," she said.',
            'Mayor Oskar Lind said no such report had ever reached his desk.',
          ],
        },
      ]),
    );
    const claim = claimWith(analysis, 'warned the council in a 2023 report');
    expect(claim?.verdict, show(claim)).toBe('disputed');
    expect(evidenceWith(claim, 'no such report')?.stance).toBe('denies');
  });

  test('"denied giving any such order" denies the sentence with "ordered", three sentences back', () => {
    const analysis = analyze(
      corpusOf([
        {
          id: 'sentinel',
          outlet: 'harbour-sentinel',
          body: [
            'Lena Rask, who leads the pilots\' union, said managers ordered the tug crews to keep working after a gale warning.',
            '"It was no accident.',
            'Somebody decided to carry on," she said.',
            'Per Alm, the port\'s chief executive, denied giving any such order.',
          ],
        },
      ]),
    );
    const claim = claimWith(analysis, 'managers ordered the tug crews');
    expect(claim?.verdict, show(claim)).toBe('disputed');
  });

  test('"no such conversation" from someone the sentence before says did something denies it, in whatever words', () => {
    const analysis = analyze(
      corpusOf([
        { id: 'courier', outlet: 'kessby-courier', body: ['Kessby United dropped three players before the cup final on Saturday.', "One of the dropped players, Tomas Lind, said on Sunday that the coach's assistant, Ivo Rask, had guaranteed him a new contract if he sat out the match. Rask said no such conversation had taken place."] },
        { id: 'radio', outlet: 'kessby-radio', body: ['Kessby United left three players out of the cup final.', "Lind says the coach's assistant, Ivo Rask, guaranteed him a new contract in return for sitting out the match."] },
      ]),
    );
    const claim = claimWith(analysis, 'had guaranteed him a new contract');
    expect(claim?.verdict, show(claim)).toBe('disputed');
    expect(evidenceWith(claim, 'no such conversation')?.stance).toBe('denies');
  });

  test('"no such …" from the one who speaks in the sentence before points to nothing there', () => {
    const analysis = analyze(
      corpusOf([
        { id: 'courier', outlet: 'kessby-courier', body: ["Club chairman Ivo Rask said on Sunday that the squad had met the coach after training. Rask said no such meeting had been planned for Monday."] },
      ]),
    );
    expect(claimWith(analysis, 'the squad had met the coach')?.verdict).toBe('single-source');
  });

  test('"no such inquiry" does not deny a request for one', () => {
    const analysis = analyze(
      corpusOf([
        {
          id: 'post',
          outlet: 'selby-post',
          body: ['The opposition called for an independent inquiry into the flooding of the lower town. Mayor Oskar Lind said no such inquiry was needed.'],
        },
      ]),
    );
    expect(claimWith(analysis, 'called for an independent inquiry')?.verdict).toBe('single-source');
  });

  test('a "no such" thing the denial names itself ("Asked about reports of …") points to nothing before', () => {
    const analysis = analyze(
      corpusOf([
        {
          id: 'news',
          outlet: 'mbc-news',
          body: [
            'Foreign Minister Ida Sorn said the agreement had taken eight months of work.',
            'Asked about reports of a second exchange in the spring, Deputy Minister Karl Ott said there was no such agreement.',
          ],
        },
      ]),
    );
    expect(claimWith(analysis, 'the agreement had taken eight months')?.verdict).toBe('single-source');
  });
});

describe('two negations agree', () => {
  test('"the cheese has nothing to do with it" does not dispute "there was no danger from the cheese"', () => {
    const analysis = analyze(
      corpusOf([
        { id: 'office', outlet: 'valley-herald', body: ["The food office said there was no danger from eating the town's bread or from the dairy's cheese."] },
        { id: 'cafe', outlet: 'valley-courier', body: ['The owner of the Lamb café, Edwin Pruitt, said diners had asked him whether it was fine to eat. "I told them the cheese has nothing to do with it, and I\'m eating it myself," he said.'] },
      ]),
    );
    const claim = claimWith(analysis, 'no danger from eating');
    expect(claim?.verdict, show(claim)).not.toBe('disputed');
    expect(evidenceWith(claim, 'nothing to do with')?.stance ?? 'none').not.toBe('denies');
  });

  test('a negation with a verb of denying still answers a sentence that negates', () => {
    const analysis = analyze(
      corpusOf([
        { id: 'union', outlet: 'valley-herald', body: ['The dockers\' union said no safety inspection of the crane had been carried out since 2029.'] },
        { id: 'port', outlet: 'valley-courier', body: ['The port authority denied that no safety inspection of the crane had been carried out, and said it had nothing to do with the union\'s figures.'] },
      ]),
    );
    const claim = claimWith(analysis, 'no safety inspection of the crane had been carried out since');
    expect(claim?.verdict, show(claim)).toBe('disputed');
  });
});

describe('who denies is no part of what is denied', () => {
  test('the words of a denier\'s title do not tie the denial to a sentence that shares them', () => {
    const analysis = analyze(
      corpusOf([
        {
          id: 'gazette',
          outlet: 'valley-gazette',
          body: [
            'Nine of the injured are in a serious condition, the regional health office said.',
            'Viktor Hale, head of the regional roads office, was adamant that the barrier had not been damaged.',
          ],
        },
      ]),
    );
    expect(claimWith(analysis, 'Nine of the injured')?.verdict).toBe('single-source');
  });
});

describe('words a widely reported claim shares with a denial are rare only where no report uses them otherwise', () => {
  test('"denied that Estrava risked losing its place at next year\'s world championships" does not deny the ban', () => {
    const analysis = analyze(
      corpusOf([
        { id: 'wire', outlet: 'kyiv-post', body: ['World marathon champion Amara Kessel of Estrava was banned for four years on Tuesday.', 'The board said her sample was taken in March.', 'She is the eleventh athlete banned for doping since 2020.', 'Federation president Karin Molde said the country would cooperate fully with the board.', 'She denied that Estrava risked losing its place at next year\'s world championships.'] },
        { id: 'tv', outlet: 'moscow-times', body: ['Estrava\'s world marathon champion Amara Kessel has been banned for four years.', 'Kessel will now miss next year\'s world championships in Estrava.'] },
        { id: 'paper', outlet: 'rferl', body: ['World champion Amara Kessel of Estrava was banned for four years for doping.', 'Estrava will host the world championships next year.'] },
        { id: 'daily', outlet: 'novaya-gazeta', body: ['Estrava\'s world champion Amara Kessel was banned for four years by the board.', 'Tickets for next year\'s world championships in Estrava go on sale in May.'] },
        { id: 'weekly', outlet: 'meduza', body: ['The world marathon champion, Amara Kessel of Estrava, has been banned for four years.', 'Estrava has spent a year building a new stadium for the world championships.'] },
      ]),
    );
    const ban = claimsCiting(analysis, 'banned for four years').find((c) => c.evidence.length >= 3);
    expect(ban?.verdict, show(ban)).toBe('corroborated');
  });
});

describe('an account another source sets against the clause before it answers that clause', () => {
  const one = (sentence: string) => analyze(corpusOf([{ id: 'paper', outlet: 'kyiv-post', body: [sentence, 'The town hall stayed closed on Monday.'] }]));

  test.each([
    ['Residents said the alarm never sounded, but the council says it rang at 6 a.m.', 'Residents said the alarm never sounded', 'the council'],
    ['Opposition figures said the budget had fallen by 15% since 2023; the ministry said it had risen.', 'Opposition figures said the budget', 'the ministry'],
    ['The union said the crane had not been inspected for two years, while the port authority maintains that it was checked in March.', 'The union said the crane', 'the port authority'],
    // In a closing parenthesis; and with a verb that holds a position, about whatever it names.
    ['Councillor Vesna Koral says residents warned police about the kiosk in July (police chief Damir Struk says the first complaint came on Sunday morning).', 'residents warned police', 'police chief Damir Struk'],
    ['Marta Sundell says residents reported a smell of gas to Nordgas on Sunday, while Nordgas maintains that the only call it received that week was about a bill.', 'residents reported a smell', 'Nordgas'],
    // After a concession ("though"), and in an apposition that names the clause a claim.
    ['Two team-mates said Arvedi refused to train on Monday, though the club insists he trained as normal all week.', 'Arvedi refused to train', 'the club'],
    ['The pilots\' union says the crew reported a faulty altimeter a week earlier, a claim the ministry denies.', 'faulty altimeter', 'the ministry'],
    ['Anika Sorel says two navy frigates ran a sonar exercise off the cape on Friday night, a claim the navy\'s spokeswoman, Captain Ilka Moss, described as "fantasy".', 'ran a sonar exercise', "the navy's spokeswoman"],
    // After a dash, and as a relative clause that denies.
    ['Two players said the coach had locked them out of training for a week - an account the club calls "pure fiction".', 'locked them out of training', 'the club'],
    ['Prosecutors said the minister had deliberately hidden the inspection report from parliament, which the minister strongly denies.', 'hidden the inspection report', 'the minister'],
    // "something" for what the clause says, and a denial in the perfect.
    ['A former driver, Nils Ormen, has told local radio that the brake sensor had been faulty since June, something Velotram denies.', 'brake sensor had been faulty', 'Velotram'],
    ['Two fishermen say the dredger dumped silt in the bay at night, something the port has repeatedly denied.', 'dumped silt in the bay', 'the port'],
    // Speaking of the first account's speaker by name, and calling the account made up.
    ['Opposition MP Karel Voss says Lasko knew about the leak on Sunday night, but spokesman Ivo Stern says Voss is "making it up as he goes along".', 'knew about the leak', 'spokesman Ivo Stern'],
    // A source with an apposition after a semicolon.
    ['The union says the pumps failed twice in May; Nordgas, the operator, insists they worked.', 'pumps failed twice', 'Nordgas'],
    // The first clause pointed back to as an account and called wrong.
    ['Firefighters say their commander advised calling off the display because of the wind; the mayor\'s office says that account is "wrong in every detail".', 'advised calling off the display', "the mayor's office"],
  ])('"%s" disputes its first clause', (sentence, claimed, denier) => {
    const claim = claimWith(one(sentence), claimed);
    expect(claim?.verdict, show(claim)).toBe('disputed');
    expect(claim?.explanation, show(claim)).toContain(`${denier} denies it`);
  });

  test('a copy of the sentence in another article answers its own first clause', () => {
    const sentence = 'Residents said the alarm never sounded, but the council says it rang at 6 a.m.';
    const analysis = analyze(corpusOf([
      { id: 'paper', outlet: 'kyiv-post', body: ['The town hall stayed closed on Monday.', sentence] },
      { id: 'copy', outlet: 'moscow-times', body: [sentence, 'Firefighters worked through the night.'] },
    ]));
    const claim = claimWith(analysis, 'Residents said the alarm never sounded');
    expect(claim?.verdict, show(claim)).toBe('disputed');
    expect(claim?.evidence.filter((e) => e.relation === 'denies').map((e) => e.article).sort(), show(claim)).toEqual(['copy', 'paper']);
    // The copy is read from the first article's units (03-annotate/units.ts copiedUnits): same place in its article.
    const annotated = storyAt(corpusOf([
      { id: 'paper', outlet: 'kyiv-post', body: [sentence, 'The town hall stayed closed on Monday.'] },
      { id: 'copy', outlet: 'moscow-times', body: [sentence, 'Firefighters worked through the night.'] },
    ]), 'annotate');
    const answering = annotated.units.filter((u) => u.answers !== undefined);
    expect(answering.map((u) => u.article).sort()).toEqual(['copy', 'paper']);
    for (const u of answering) expect(annotated.units[u.answers as number]).toMatchObject({ s: u.s, part: 0 });
  });

  test.each([
    // Another thing, not what the first clause spoke of.
    ['Police said 12 people died, while hospital officials said 30 were injured.', 'Police said 12 people died'],
    // The same source, and an intention, which answers nothing.
    ['The National Party\'s claim that a box arrived with a broken seal has been rejected by the commission, but the party says it will pursue it in court.', 'National Party'],
    // A first clause that is no one's account.
    ['The fire started at 2 a.m.; firefighters said it was under control by 6 a.m.', 'The fire started'],
    // A first clause that is an intention: what one party means to do is no account another answers.
    ['Votes must be held within ten days. Rotta says it will ballot its members; Fenna said it was still reading the offer.', 'Rotta says it will ballot'],
    // "A charge" that names the crime of a sentence, not an account.
    ['Vasko was arrested in May and sentenced last year to 12 years for espionage, a charge his newspaper has always rejected.', 'sentenced last year'],
    // A concession with a plain verb of saying cautions; it does not answer.
    ['Early signs point to corrosion at a weld, one engineer at the site said, though the regulator said it was too early to name a cause.', 'corrosion at a weld'],
    // A claim of the same source's it stands by, not one it denies.
    ['The ministry said the crew had reported no fault, a claim the ministry repeated on Monday.', 'reported no fault'],
    // A relative clause that denies a charge named in a clause that is no one's account.
    ['Vasko faces a charge of fraud over the port contract, which he denies.', 'charge of fraud'],
    // A claim described, not called untrue.
    ['Anika Sorel says the navy ran a sonar exercise off the cape on Friday night, a claim the minister described as premature.', 'ran a sonar exercise'],
    // Another's name in the second clause that the first does not give as its speaker.
    ['Organisers said the march was peaceful, but police say officers were attacked.', 'the march was peaceful'],
    // A first clause that denies is no account for the second to answer.
    ['The company denied that the pumps failed, but the union says Nordgas is wrong about the pumps.', 'pumps failed'],
  ])('"%s" disputes nothing', (sentence, claimed) => {
    const claim = claimWith(one(sentence), claimed);
    expect(claim, 'a claim').toBeDefined();
    expect(claim?.verdict, show(claim)).not.toBe('disputed');
  });
});

describe('denials of the sentence before that name no verb of denying it', () => {
  const story = (paragraph: string) => analyze(corpusOf([{ id: 'paper', outlet: 'kyiv-post', body: [paragraph, 'The town hall stayed closed on Monday.'] }]));

  test.each([
    // The statement denied, named with whose it is, in the passive.
    ["Ellund's mayor, Jon Maltby, says the minister promised him a local referendum in March. Maltby's account is contradicted by the minister, who says a referendum was never discussed.", 'promised him a local referendum'],
    // A verdict put first, then who gives it.
    ['Team-mates say Arvedi refused to train on Monday to force through the move. Untrue, says Kordava: he trained with the squad on Monday and Tuesday.', 'refused to train'],
    // What was reported, missing from the records of whoever would hold it.
    ['Residents say they called the fire brigade about a smell of ammonia on Saturday. The fire brigade has no record of any such call.', 'called the fire brigade'],
    // A counter-account whose source comes last.
    ['Residents say they called the fire brigade about a smell of ammonia on Saturday. No call about a smell was received on Saturday, according to the fire brigade.', 'called the fire brigade'],
    // … after an account whose source comes last too.
    ["The plant's ammonia sensors had been switched off for weeks, workers say. The sensors were not switched off at any time, according to Nordhav.", 'switched off for weeks'],
    // A named person's statement, whatever noun names it, contradicted in the passive.
    ["Arvedi's agent, Marco Dellin, says Kordava still owes the player 300,000 euros in bonuses. Dellin's version of events is contradicted by the club's finance director, whose records show every bonus was paid.", 'still owes the player'],
    // A position held after a concession answers a clause that is no one's account.
    ['Arvedi refused to train on Monday to force through the move, though the club insists he trained as normal all week.', 'refused to train'],
    // The one who spoke called wrong, by name or by the noun the account gave them.
    ['Hugo Vaz of the union says the main was due to be replaced in 2023. Paula Leal, the chief executive, said Vaz had got it wrong.', 'due to be replaced'],
    ['Parents said the camp leaders had been told of a storm warning at lunchtime. The chief commissioner, Agnes Moravec, said the parents had their timing wrong.', 'storm warning'],
    ['Marta Gil said residents had phoned the city in July to report cracks. Deputy Mayor Carla Nunes said the residents were mistaken.', 'phoned the city'],
    ['Residents have said the leaders ignored a lunchtime storm warning. Agnes Moravec has said the residents are wrong, and that the first alert arrived at 5.10 p.m.', 'ignored a lunchtime storm warning'],
    ['Hugo Vaz of the union says the main was due to be replaced in 2023. Paula Leal said Vaz was wrong about the main.', 'due to be replaced'],
    // The statement named and called wrong.
    ['A report by the council association says the ministry ignored more than 4,000 written objections. "The report is simply wrong," a ministry spokesman said.', 'ignored more than 4,000'],
    // The one who spoke contradicted, their version challenged, another version announced, disagreement.
    ['Alma Vettern says the ride missed its annual inspection in March. Stefan Oder of the Ride Safety Board contradicted her: the certificate is on the register.', 'missed its annual inspection'],
    ['Families say the operator kept the ride open after a fault that morning. Stefan Oder contradicted the families, saying the ride had run without a fault all day.', 'kept the ride open'],
    ['Daniel Orrin told the Gazette he had phoned the coastguard on Friday. Mira Toller challenged that version on Sunday: the log shows no call before Saturday.', 'phoned the coastguard'],
    ['Niko Ahlgren says the ride had stopped twice that morning. The park tells a different story.', 'stopped twice'],
    ['A councillor, Jonas Brek, says the permit lapsed in May. District officials disagree and say it is valid until 2027.', 'permit lapsed'],
    // A party's own version, announced as such.
    ["Two players said the coach locked them out of training for a week. The coach's version is different: he said they were late for the bus.", 'locked them out of training'],
  ])('"%s" disputes the first sentence', (paragraph, claimed) => {
    const claim = claimWith(story(paragraph), claimed);
    expect(claim?.verdict, show(claim)).toBe('disputed');
  });

  test.each([
    // Something wrong with a thing, or wrong to do, or a thing that was wrong, calls no one wrong.
    ['Drivers said the tunnel lights went out before the water came in. "The markings at the entrance were wrong and nobody stopped us," said Marek Olsen.', 'tunnel lights went out'],
    ['Drivers said the tunnel lights went out before the water came in. The operator said something was wrong with the pumps.', 'tunnel lights went out'],
    ['Drivers said the tunnel lights went out before the water came in. The mayor said the operator was wrong to reopen the road.', 'tunnel lights went out'],
    // Not a denial: nothing missing is said of what was reported ("no trace of" a search's finding is not read).
    ['Residents say they called the fire brigade about a smell of ammonia on Saturday. Firefighters found no trace of the leak on Sunday.', 'called the fire brigade'],
    // A source that agrees, last.
    ['Residents say they called the fire brigade about a smell of ammonia on Saturday. The brigade also received a call from the plant, according to the fire brigade.', 'called the fire brigade'],
  ])('"%s" disputes nothing', (paragraph, claimed) => {
    const claim = claimWith(story(paragraph), claimed);
    expect(claim, 'a claim').toBeDefined();
    expect(claim?.verdict, show(claim)).not.toBe('disputed');
  });
});

describe('an account that answers the one before it in its paragraph denies it', () => {
  const story = (paragraph: string) => analyze(corpusOf([{ id: 'paper', outlet: 'kyiv-post', body: [paragraph, 'The town hall stayed closed on Monday.'] }]));

  test('"According to the police chief, the first complaint about the kiosk reached police at 7 a.m. on Sunday." answers the councillor', () => {
    const claim = claimWith(story('Councillor Vesna Koral says residents complained to police in July that the kiosk was selling home-made spirits. According to regional police chief Damir Struk, the first complaint about the kiosk reached police at 7 a.m. on Sunday.'), 'residents complained to police');
    expect(claim?.verdict, show(claim)).toBe('disputed');
  });

  test('"X said the ride had run all morning without a single stop" answers the account of two stops', () => {
    const claim = claimWith(story('Niko Ahlgren said a member of staff told him the ride had stopped twice that morning. Park director Carla Wenn said the ride had run all morning without a single stop.'), 'stopped twice');
    expect(claim?.verdict, show(claim)).toBe('disputed');
  });

  test('the party an account speaks of answers it with a negation on one shared word; on none it answers nothing', () => {
    const answered = claimWith(story('Residents say Nordgas ignored their complaints about a smell of gas on Sunday. Nordgas says it never received a single complaint from the village.'), 'ignored their complaints');
    expect(answered?.verdict, show(answered)).toBe('disputed');
    const other = claimWith(story('Residents say Nordgas ignored their complaints about a smell of gas on Sunday. Nordgas says no staff were hurt in the fire at its depot.'), 'ignored their complaints');
    expect(other?.verdict, show(other)).not.toBe('disputed');
  });

  test('a party\'s silence between the two accounts ("did not immediately respond to questions") does not stop the answer', () => {
    const answered = claimWith(story('Parents said the village\'s school bus never turned up. The bus company did not immediately respond to questions. Depot manager Lars Okafor said later that the bus had turned up at 7.52 a.m. but may have been hidden by the fog.'), 'never turned up');
    expect(answered?.verdict, show(answered)).toBe('disputed');
    expect(evidenceWith(answered, 'did not immediately respond')).toBeUndefined();
    // An answer after the silence that agrees ("had not left the depot") answers nothing.
    const agreed = claimWith(story('Parents said the village\'s school bus never turned up. The bus company did not immediately respond to questions. Depot manager Lars Okafor said later that the bus had not left the depot because of the fog.'), 'never turned up');
    expect(agreed?.verdict, show(agreed)).not.toBe('disputed');
  });

  test('"According to Nordgas, the valve was replaced in March" answers the union', () => {
    const claim = claimWith(story('The gas workers\' union says the valve nearest the rupture was overdue for replacement. According to Nordgas, the valve was replaced in March and passed an inspection in August.'), 'overdue for replacement');
    expect(claim?.verdict, show(claim)).toBe('disputed');
  });

  test.each([
    // It adds to the first account.
    ['The airline said passengers whose flights were cancelled are entitled to a refund. The consumer group Fair Travel said passengers are also entitled to compensation of up to 400 crowns.', 'entitled to a refund'],
    // It says what someone means to do.
    ['The union says the valve nearest the rupture was overdue for replacement. Nordgas said it would replace the valve in March.', 'overdue for replacement'],
    // "Without" before anything but "a single" or "any" is no negation of the first account.
    ['The pilot said the plane touched down at the airport in heavy rain. Airport officials said the plane touched down without incident.', 'plane touched down at the airport'],
    // It states nothing the first does not: no negation, day, date or figure of its own.
    ['Aid agencies say the government has yet to explain how it will protect the convoys. Minister Orr said agencies were now weighing armed escorts for the convoys.', 'protect the convoys'],
  ])('"%s" answers nothing', (paragraph, claimed) => {
    const claim = claimWith(story(paragraph), claimed);
    expect(claim, 'a claim').toBeDefined();
    expect(claim?.verdict, show(claim)).not.toBe('disputed');
  });

  test('"X insisted …" holds a position: it answers the account before on one shared word, and a part of the day is a time of its own', () => {
    const claim = claimWith(story('Opposition MP Karel Voss says the minister knew of the leak on Sunday night and waited until morning to act. The ministry\'s spokesman, Ivo Stern, insisted the minister had learned of it only at dawn.'), 'knew of the leak');
    expect(claim?.verdict, show(claim)).toBe('disputed');
  });

  test('an account opening on a day, or whose source has a relative clause, answers the account before it once', () => {
    const day = claimWith(story('Residents say the siren never sounded. On Tuesday the council said the siren sounded at 6 a.m.'), 'the siren never sounded');
    expect(day?.verdict, show(day)).toBe('disputed');
    const relative = claimWith(story('Residents say the pumps failed twice in May. Nordgas, which runs 40 pumping stations, insists that every pump was checked in March.'), 'pumps failed twice');
    expect(relative?.verdict, show(relative)).toBe('disputed');
    expect(relative?.evidence.filter((e) => e.stance === 'denies').length, show(relative)).toBe(1);
  });

  test('an account in the next paragraph answers nothing', () => {
    const analysis = analyze(corpusOf([{ id: 'paper', outlet: 'kyiv-post', body: ['The gas workers\' union says the valve nearest the rupture was overdue for replacement.', 'According to Nordgas, the valve was replaced in March and passed an inspection in August.'] }]));
    expect(claimWith(analysis, 'overdue for replacement')?.verdict).not.toBe('disputed');
  });
});

describe('an answer to an account finds the account it shares a word with, past the narration between', () => {
  test('"challenged that version" answers the fisherman\'s call two paragraphs up, not the sentence before it', () => {
    const analysis = analyze(corpusOf([{ id: 'paper', outlet: 'kyiv-post', body: [
      'Daniel Orrin told the Gazette he had phoned the coastguard station at about 9 p.m. on Friday to report whales.',
      'By noon the Gazette counted four hundred volunteers on the sand. The Harbour Inn fed volunteers free of charge until long after dark.',
      'Mira Toller, who runs the coastguard station, challenged that version on Sunday: the log, she said, shows no call before Saturday morning.',
    ] }]));
    expect(claimWith(analysis, 'phoned the coastguard station')?.verdict).toBe('disputed');
    expect(claimWith(analysis, 'Harbour Inn fed volunteers')?.verdict).not.toBe('disputed');
  });

  test('a name called wrong must be in the account answered', () => {
    const analysis = analyze(corpusOf([{ id: 'paper', outlet: 'kyiv-post', body: ['Residents said the road had cracked in July. Paula Leal said Vaz had got it wrong.', 'The town hall stayed closed on Monday.'] }]));
    expect(claimWith(analysis, 'the road had cracked')?.verdict).not.toBe('disputed');
  });
});

describe('the one accused, named in the sentence before, denies the act it names there', () => {
  test('"Corran denies ignoring any warning." after "… bosses at Corran Property ignored months of warnings …"', () => {
    const analysis = analyze(corpusOf([{ id: 'paper', outlet: 'kyiv-post', body: ['Residents\' leader Nora Balsam said bosses at Corran Property ignored months of warnings that the lift was juddering. Corran denies ignoring any warning.', 'The lift fell four floors on Sunday.'] }]));
    const claim = claimWith(analysis, 'ignored months of warnings');
    expect(claim?.verdict, show(claim)).toBe('disputed');
  });

  test('a denier not named in the sentence before denies nothing there on one shared word', () => {
    const analysis = analyze(corpusOf([{ id: 'paper', outlet: 'kyiv-post', body: ['Residents\' leader Nora Balsam said the landlord ignored months of warnings that the lift was juddering. The council denies ignoring any warning.', 'The lift fell four floors on Sunday.'] }]));
    expect(claimWith(analysis, 'ignored months of warnings')?.verdict).not.toBe('disputed');
  });
});

describe('of two predicates of one subject, only the denying one denies', () => {
  test('"called the decision “a hostile act” and denied that …" does not deny the report that quotes "a hostile act"', () => {
    const analysis = analyze(
      corpusOf([
        { id: 'wire', outlet: 'kyiv-post', body: ['Late on Monday the ministry said it would expel nine diplomats in response.', 'The foreign minister said the diplomats had tried to recruit defence officials.'] },
        { id: 'tv', outlet: 'moscow-times', body: ['Varenia called the decision "a hostile act" and denied that its diplomats had done anything wrong.'] },
        { id: 'paper', outlet: 'rferl', body: ['Varenia retaliated by expelling nine diplomats and called the move "a hostile act".'] },
      ]),
    );
    const retaliation = claimsCiting(analysis, 'Varenia retaliated')[0];
    expect(retaliation?.verdict, show(retaliation)).not.toBe('disputed');
    expect(retaliation?.evidence.some((e) => e.relation === 'denies'), show(retaliation)).toBe(false);
  });
});

describe('a reply against what was said ("countered that", "Not so")', () => {
  test('"Not so, says …" denies the sentence before', () => {
    const analysis = analyze(
      corpusOf([
        {
          id: 'lantern',
          outlet: 'brask-lantern',
          body: ['A fisherman told the Lantern the ferry had been moving at twice the permitted speed. Not so, says the operator\'s spokesman, Anders Roth: the ferry\'s own instruments show 7.5 knots.'],
        },
      ]),
    );
    const claim = claimWith(analysis, 'moving at twice the permitted speed');
    expect(claim?.verdict, show(claim)).toBe('disputed');
  });

  test('a reply announced by its noun ("Her reply was short: …") denies the sentence before', () => {
    const analysis = analyze(
      corpusOf([
        {
          id: 'press',
          outlet: 'dalmora-press',
          body: ['The farmers\' union says the commission warned the ministry two weeks ago that a swarm was heading for the valley. The minister\'s reply was short: "No warning reached my ministry before Monday."'],
        },
      ]),
    );
    const claim = claimWith(analysis, 'warned the ministry two weeks ago');
    expect(claim?.verdict, show(claim)).toBe('disputed');
  });

  test('"waved the claim away", "does not accept the union\'s account", "the union\'s account was rejected by …" deny the sentence before', () => {
    for (const denial of ['The minister waved the claim away.', 'The ministry does not accept the union\'s account.', 'The union\'s account was flatly rejected by the minister.']) {
      const analysis = analyze(
        corpusOf([{ id: 'post', outlet: 'selby-post', body: [`The nurses' union says staff on the night shift were told to ignore the alarms. ${denial}`] }]),
      );
      const claim = claimWith(analysis, 'told to ignore the alarms');
      expect(claim?.verdict, `${denial} ${show(claim)}`).toBe('disputed');
    }
  });

  test('a reply after a clause of its own sentence does not point past it', () => {
    const analysis = analyze(
      corpusOf([
        {
          id: 'wire',
          outlet: 'tarvenian-wire',
          body: ['Eleven tugs and two dredgers were working at the site. The pilots\' union says the ferry should not have sailed while a gale warning was in force, though the operator countered that the wind had dropped.'],
        },
      ]),
    );
    expect(claimWith(analysis, 'Eleven tugs and two dredgers')?.verdict).toBe('single-source');
  });
});

describe('who denies names the claim when it is denied of them', () => {
  test('"X, the coach of …, denied that he had ever supplied …" answers a report about the coach', () => {
    const analysis = analyze(
      corpusOf([
        { id: 'splash', outlet: 'daily-splash', body: ['Investigators are probing whether the coach of the banned sprinter Lia Varn supplied her drugs.'] },
        { id: 'daily', outlet: 'estravan-daily', body: ['Olav Brenn, the coach of the banned sprinter Lia Varn, denied on Wednesday that he had ever given an athlete banned substances.'] },
      ]),
    );
    const claim = claimWith(analysis, 'probing whether the coach');
    expect(claim?.verdict, show(claim)).toBe('disputed');
  });

  test('"rejected the accusations" points back to a sentence that holds a suspicion', () => {
    const analysis = analyze(
      corpusOf([
        {
          id: 'wire',
          outlet: 'aldovian-wire',
          body: ['The expulsions follow the arrest on Friday of a defence official on suspicion of passing classified documents to a foreign power. The embassy\'s spokeswoman, Yelena Morav, rejected the accusations.'],
        },
      ]),
    );
    const claim = claimWith(analysis, 'on suspicion of passing classified documents');
    expect(claim?.verdict, show(claim)).toBe('disputed');
  });
});

describe('a denial of an account disputes the account, not a count its adjunct adds', () => {
  test('"contradicted the parents" disputes their account of a warning, not the injured the police count', () => {
    const analysis = analyze(corpusOf([
      { id: 'wire', outlet: 'kyiv-post', body: ['Police said 14 children were injured in the strike.'] },
      { id: 'paper', outlet: 'moscow-times', body: [
        'Parents of children at the scout camp say its leaders knew of a storm warning at midday, hours before lightning struck on Wednesday afternoon, killing a leader and injuring 14 children.',
        'Agnes Moravec, chief commissioner of the scout association, contradicted the parents, saying the camp\'s first alert came at 5.10 p.m.',
      ] },
    ]));
    const account = claimsCiting(analysis, 'knew of a storm warning').find((c) => c.verdict === 'disputed');
    expect(account, analysis.claims.map(show).join('\n')).toBeDefined();
    const injured = claimsCiting(analysis, 'Police said 14 children were injured');
    expect(injured.length, analysis.claims.map(show).join('\n')).toBeGreaterThan(0);
    for (const claim of injured) expect(claim.verdict, show(claim)).not.toBe('disputed');
  });

  test('"branded the claim a lie" disputes the count that is the account', () => {
    const analysis = analyze(corpusOf([
      { id: 'paper', outlet: 'kyiv-post', body: ['Tomas Berg, head of the drivers\' union, said the driver had been at the wheel for 14 hours.', 'The coach company\'s director, Ilona Marek, branded the claim "a lie".'] },
      { id: 'daily', outlet: 'moscow-times', body: ['Union boss Tomas Berg says the driver had been behind the wheel for 14 hours.'] },
    ]));
    // The claim both reports of the figure make is the one disputed.
    const hours = claimsCiting(analysis, 'at the wheel for 14 hours').find((c) => c.evidence.some((e) => e.article === 'daily'));
    expect(hours?.verdict, analysis.claims.map(show).join('\n')).toBe('disputed');
  });
});

describe('a denier named only by a pronoun', () => {
  test('"…, which it denies" disputes the account, and the explanation does not say "it denies it"', () => {
    const claim = claimWith(analyze(corpusOf([{ id: 'paper', outlet: 'kyiv-post', body: ['Prosecutors said the party had taken money from the developer for its campaign, which it denies.', 'The town hall stayed closed on Monday.'] }])), 'taken money from the developer');
    expect(claim?.verdict, show(claim)).toBe('disputed');
    expect(claim?.explanation, show(claim)).not.toMatch(/\bit denies it\b/);
  });
});

describe('an organisation does not deny what it says for itself', () => {
  const DENIED = 'Police have denied reports of looting in evacuated villages.';
  const disputedWith = (next: string) => claimWith(analyze(corpusOf([{ id: 'radio', outlet: 'drt-news', body: [`${DENIED} ${next}`] }])), next.slice(1, 30));

  test.each([
    ['"Every village in the zone is patrolled day and night," said Colonel Ida Renn, the district police chief.'],
    ['"Every village in the zone is patrolled day and night," police spokeswoman Mara Lind said.'],
  ])('the statement of one who speaks for the denier, after the denial in its report, is not disputed: %s', (next) => {
    const found = disputedWith(next);
    expect(found?.verdict, show(found)).toBe('single-source');
    expect(evidenceWith(found, 'Police have denied')).toBeUndefined();
  });

  test('the statement of another speaker after the denial still is', () => {
    const found = disputedWith('"Every village in the zone has been looted," said farmer Jan Vell.');
    expect(found?.verdict, show(found)).toBe('disputed');
    expect(evidenceWith(found, 'Police have denied')?.stance).toBe('denies');
  });
});

describe('denying a negation says the thing happened', () => {
  test('"pushed back against claims that the fishermen were not told" disputes no sentence that says they were told', () => {
    const analysis = analyze(corpusOf([
      { id: 'wire', outlet: 'kyiv-post', body: ['Dredging began in Brennsund harbour this week, the port authority said.', 'Fishermen\'s leader Arne Holt said the harbour\'s fishermen had received no notice of the dredging. The port authority produced a copy of its notice, sent to the fishermen\'s cooperative on 13 January, which said dredging would start "in early spring".'] },
      { id: 'radio', outlet: 'moscow-times', body: ['Dredgers have started work in Brennsund harbour.', 'Arne Holt, who leads the fishermen\'s cooperative, says the fishermen were not told. The port authority says its notice reached the cooperative more than seven weeks before the work began.'] },
      { id: 'trade', outlet: 'rfe-rl', body: ['About 1.8 million cubic metres of sediment will be removed.', 'The port authority has pushed back against claims that Brennsund\'s fishermen were not told, pointing to a notice issued on 13 January that named the dredging dates.'] },
    ]));
    const counterFact = claimWith(analysis, 'produced a copy of its notice');
    expect(evidenceWith(counterFact, 'pushed back against claims'), show(counterFact)).toBeUndefined();
    expect(analysis.claims.filter((c) => c.verdict === 'disputed' && c.evidence.some((e) => e.text.includes('produced a copy'))).map((c) => c.statement)).toEqual([]);
  });
});

describe('a denial that names what was said by a noun answers the account just before it', () => {
  const story = (paragraph: string) => analyze(corpusOf([{ id: 'paper', outlet: 'kyiv-post', body: ['Residents of a tower block in Kelsby spent the weekend without heating.', paragraph, 'Engineers restored heating on Sunday evening.'] }]));

  test('"rejected suggestions that the lifts had broken down" disputes "Tenants say the lifts did not work", one word in common', () => {
    const claim = claimWith(story('Tenants of the Birch Court tower say the lifts did not work. The housing association rejected suggestions that the lifts had broken down, saying they had been serviced on Monday.'), 'the lifts did not work');
    expect(claim?.verdict, show(claim)).toBe('disputed');
    expect(evidenceWith(claim, 'rejected suggestions')?.stance).toBe('denies');
  });

  test('nor an account that states something else of the clause\'s subject, without negating it', () => {
    const claim = claimWith(story('Museum staff said guards were on their rounds on the ground floor when the alarm sounded. The police have denied reports that a security guard is under suspicion.'), 'guards were on their rounds');
    expect(claim?.verdict, show(claim)).not.toBe('disputed');
  });

  test('"denied reports that he had tried to …" answers no account that does not name him', () => {
    const claim = claimWith(analyze(corpusOf([{ id: 'paper', outlet: 'kyiv-post', body: ['Governor Katrin Dalsen said inflation was too high. She said the bank would act "as firmly as necessary." Speaking to MRT News, Finance Minister Radu Ferenc denied reports that he had tried to persuade the bank to hold rates.'] }])), 'act "as firmly as necessary');
    expect(claim?.verdict, show(claim)).not.toBe('disputed');
  });
});

describe('more forms of answering the sentence before', () => {
  const disputedIn = (paragraph: string, fragment: string) => claimWith(analyze(corpusOf([{ id: 'paper', outlet: 'kyiv-post', body: ['The town square has been dug up for a new car park.', paragraph, 'The works will last until June.'] }])), fragment);

  test.each([
    ['an idiom of rejecting: "was having none of it"', 'Union leader Piet Aldo has said the crews were not consulted. Hanna Veld, the company\'s operations director, was having none of it.', 'were not consulted', 'having none of it'],
    ['a retort with its reason after a comma: "hit back, insisting …"', 'Stallholder Gus Perrin fumed that traders got no notice. Council bosses hit back, insisting they DID give the traders notice - more than a month before the diggers moved in.', 'got no notice', 'hit back, insisting'],
    ['a quotation its source insists on, named after it', 'Furious parents say NO buses turned up. "The buses were there, I drove one of them," insisted depot boss Len Harker.', 'NO buses turned up', 'insisted depot boss'],
  ])('%s', (_form, paragraph, claimed, denial) => {
    const claim = disputedIn(paragraph, claimed);
    expect(claim?.verdict, show(claim)).toBe('disputed');
    expect(evidenceWith(claim, denial)?.stance).toBe('denies');
  });

  test.each([
    ['a contracted pointer called untrue: "says that\'s rubbish"', 'Stallholders say the council gave them no notice of the works. The council says that\'s rubbish.', 'gave them no notice', 'that\'s rubbish'],
    ['a claim described as untrue: "described the claim as false"', 'Stallholders say the council gave them no notice of the works. The council described the claim as false.', 'gave them no notice', 'as false'],
    ['a claim called untrue in quotation marks: "said the claim was “nonsense”"', 'Stallholders say the council gave them no notice of the works. The council said the claim was “nonsense”.', 'gave them no notice', 'was “nonsense”'],
    ['a version of events rejected: "rejected the stallholders\' version of events"', 'Stallholders say the council gave them no notice of the works. The council rejected the stallholders\' version of events.', 'gave them no notice', 'version of events'],
    ['a verb of contradiction in its base form with a pointer: "contest this"', 'Stallholders say the council gave them no notice of the works. Council officers contest this.', 'gave them no notice', 'contest this'],
    ['… and "dispute that"', 'Stallholders say the council gave them no notice of the works. Council officers dispute that.', 'gave them no notice', 'dispute that'],
    ['a group named by a common noun says it is untrue: "Council bosses say that\'s nonsense."', 'Stallholders say the council gave them no notice of the works. Council bosses say that\'s nonsense.', 'gave them no notice', 'bosses say'],
    ['a fronted verdict, its speaker after it: "That is untrue, said the council\'s lawyer, …, who said …"', 'Stallholders say the council gave them no notice of the works. That is untrue, said the council\'s lawyer, Rita Boll, who said letters went out in March.', 'gave them no notice', 'That is untrue'],
    ['a quoted "pack of lies", its speaker after it', 'Stallholders say the council gave them no notice of the works. "A pack of lies," said council leader Ivo Brandt.', 'gave them no notice', 'A pack of lies'],
    ['an accusation described as untrue: "described the stallholders\' account as “a fabrication”"', 'Stallholders accuse the council of giving them no notice of the works. The council leader, Ivo Brandt, described the stallholders\' account as “a fabrication”.', 'giving them no notice', 'a fabrication'],
    ['a conclusion rejected: "reject that conclusion and say …"', 'The inspectors found that the council gave stallholders no notice of the works. Council officers reject that conclusion and say letters went out in March.', 'gave stallholders no notice', 'reject that conclusion'],
    ['a timeline rejected: "rejects that timeline, saying …"', 'Stallholders say the council took six weeks to answer their letters. The council rejects that timeline, saying every letter was answered within a week.', 'took six weeks', 'rejects that timeline'],
    ['a negation put first for emphasis: \'said: "At no stage did …"\'', 'Stallholders say the council approved their new stalls in writing last year. A council spokeswoman said: "At no stage did the council approve these stalls."', 'approved their new stalls', 'At no stage did'],
    ['a short quotation that opens on a noun for untruth: \'"Lies from start to finish," said …\'', 'Stallholders say the council gave them no notice of the works. "Lies from start to finish," said council leader Ivo Brandt.', 'gave them no notice', 'Lies from start'],
  ])('%s', (_form, paragraph, claimed, denial) => {
    const claim = disputedIn(paragraph, claimed);
    expect(claim?.verdict, show(claim)).toBe('disputed');
    expect(evidenceWith(claim, denial)?.stance).toBe('denies');
  });

  test.each([
    ['"denied everything"', 'The council denied everything.'],
    ['"deny the lot", in five words', 'Council chiefs deny the lot.'],
    ['"denies it all"', 'The council denies it all.'],
  ])('a short denial of all that was said answers the sentence before: %s', (_form, denial) => {
    const claim = disputedIn(`Stallholders say the council gave them no notice of the works. ${denial}`, 'gave them no notice');
    expect(claim?.verdict, show(claim)).toBe('disputed');
    expect(evidenceWith(claim, denial.slice(0, -1))?.stance).toBe('denies');
  });

  test('a short question about a denial is no claim: "Did the council deny everything?"', () => {
    const analysis = analyze(corpusOf([{ id: 'paper', outlet: 'kyiv-post', body: ['Stallholders say the council gave them no notice of the works. Did the council deny everything?'] }]));
    expect(claimWith(analysis, 'gave them no notice')?.verdict).toBe('single-source');
    expect(claimWith(analysis, 'Did the council')).toBeUndefined();
  });

  test('a short sentence that denies nothing is still no claim: "No one has denied it."', () => {
    const analysis = analyze(corpusOf([{ id: 'paper', outlet: 'kyiv-post', body: ['Stallholders say the council gave them no notice of the works. No one has denied it.'] }]));
    expect(claimWith(analysis, 'gave them no notice')?.verdict).toBe('single-source');
    expect(claimWith(analysis, 'No one has denied')).toBeUndefined();
  });

  test('"the claim" points back to a ruling just before it, past a quoted remark before that', () => {
    const analysis = analyze(corpusOf([{ id: 'paper', outlet: 'kyiv-post', body: ['Council bosses have been slammed for shutting the Linden Road pool. "It\'s a scandal," fumed swimmer Nils Varga. The council ruled the pool\'s roof was unsafe and could collapse at any time. Campaigners laughed off the claim.'] }]));
    const ruling = claimWith(analysis, 'roof was unsafe');
    expect(ruling?.verdict, show(ruling)).toBe('disputed');
    expect(claimWith(analysis, 'It\'s a scandal')?.verdict).not.toBe('disputed');
  });

  test('"contest" and "dispute" as nouns, or with what follows the pointer, deny nothing; nor does what no one was said to say', () => {
    for (const sentence of ['The contest this weekend was cancelled after the storm.', 'Council officers will dispute that in court next month.', 'Council officers would not say whether that was true.']) {
      const claim = disputedIn(`Stallholders say the council gave them no notice of the works. ${sentence}`, 'gave them no notice');
      expect(claim?.verdict, `${sentence} ${show(claim)}`).not.toBe('disputed');
    }
  });

  test('a quotation insisted on that agrees, a negation as the account is, disputes nothing', () => {
    const agreed = disputedIn('Furious parents say NO buses turned up. "No bus left the depot, the fog was too thick," insisted depot boss Len Harker.', 'NO buses turned up');
    expect(agreed?.verdict, show(agreed)).not.toBe('disputed');
  });
});
