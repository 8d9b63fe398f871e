/**
 * Polarity of a sentence: an on-record denial, a hedge, or a plain assertion (a negative fact
 * asserts; rejecting a request refuses it and denies nothing).
 */
import { describe, expect, test } from 'vitest';
import { polarityReader } from '../../../../src/engine/03-annotate/polarity.ts';
import { lang } from './helpers.ts';

const polarityOf = polarityReader(lang.lexicon);

describe('polarity', () => {
  test.each([
    ['Russian Foreign Minister Sergey Lavrov denied any knowledge of the “three-stage plan”.', 'denies'],
    ['The minister said the reports were “fake”, TASS reported.', 'denies'],
    ['The spokesman called the reports false.', 'denies'],
    ['The company rejected the allegation.', 'denies'],
    // A short quotation that opens on a noun for untruth, standing alone, calls what was said untrue.
    ['"Lies from start to finish," said the chairman.', 'denies'],
    ['"Rubbish, all of it," the chairman told reporters.', 'denies'],
    ['"Lies have consequences for all of us," said the chairman.', 'asserts'],
    ['"Fantasy football is my hobby," said the chairman.', 'asserts'],
    ['"A pack of lies," said the chairman.', 'denies'],
    ['The insurer said it had no trace of any such call.', 'denies'],
    ['"At no stage did we approve the plan," the spokeswoman said.', 'denies'],
    ['At no stage of the race did she lead.', 'asserts'],
    ['The panel rejected the conclusion of the first inquiry.', 'denies'],
    ['The panel rejected the appeal, finding that the samples had been stored correctly.', 'asserts'],
    ['The agency rejects that finding.', 'denies'],
    ['Agency chiefs laughed at the claim.', 'denies'],
    ['The crowd laughed at the joke.', 'asserts'],
    // A question in the report's own voice denies nothing.
    ['Did the council deny the claim?', 'asserts'],
    // A clause whose subject is no one denies nothing.
    ['No one has denied the claim.', 'asserts'],
    ['Nobody at the club has denied the reports.', 'asserts'],
    ['Neither company has disputed the figures.', 'asserts'],
    ['He dismissed the report as “pure speculation”.', 'denies'],
    ['“We haven’t seen any such document,” she said.', 'denies'],
    ['“I’ve never seen the report,” the minister said.', 'denies'],
    ['He said he had never heard of the company.', 'denies'],
    // "lying" as untruth, and as where something lies.
    ['“They are lying about the pay offer,” she said.', 'denies'],
    ['“The union is lying,” the minister said.', 'denies'],
    ['“We are lying crooked, but we are afloat,” the harbour master said.', 'asserts'],
    ['“The wreck is lying on the seabed,” the navy said.', 'asserts'],
    // Never having seen anything like it is an experience of the event, not a denial of a report.
    ['“I’ve never seen anything like it,” the rescuer said.', 'asserts'],
    ['“I have never seen so much water in my life,” she said.', 'asserts'],
    ['“We have never seen a fire move this fast,” the fire chief said.', 'asserts'],
    ['“I haven’t seen conditions like that in thirty years,” he said.', 'asserts'],
    ['“There is no such plan,” the ministry said.', 'denies'],
    ['Reports of a leak were “simply not true,” he said.', 'denies'],
    ['The minister categorically rejected the claims.', 'denies'],
    ['Ushakov said it was “hard to say” whether relations were improving.', 'hedges'],
    ['A meeting next week was unlikely.', 'hedges'],
    ['It is unclear if the positions had converged.', 'hedges'],
    ['Further increases may be needed.', 'hedges'],
    ['The toll might rise.', 'hedges'],
    ['Cooperation could result from an end to the conflict.', 'hedges'],
    ['The plan was reportedly drafted in March.', 'hedges'],
    ['He said it was too early to talk of concessions.', 'hedges'],
    ['No Ukrainian officials were present at the meeting.', 'asserts'],
    ['The talks ended on Tuesday.', 'asserts'],
    ['The decision was announced in May.', 'asserts'],
    ['The ministry did not deny the report.', 'asserts'],
    ['The envoy never denied meeting him.', 'asserts'],
    ['The judge rejected a defence request to postpone the hearing.', 'asserts'],
    ['The council rejected the budget proposal on Monday.', 'asserts'],
    ['The spokesman rejected suggestions that the firm knew of the fault.', 'denies'],
    // Rejecting what is not a statement refuses it: an offer, an approach, a nominee.
    ['The result was a reversal from 2024, when shareholders rejected an earlier approach of 31 ducats a share.', 'asserts'],
    ['The board rejected a takeover approach that valued the company at $2 billion.', 'asserts'],
    ['The senate rejected the nominee by 52 votes to 48.', 'asserts'],
    // "Dismiss" as "reject": a denial when what is dismissed is a statement.
    ['The electoral commission has dismissed the claim.', 'denies'],
    ['The club dismissed its coach on Monday.', 'asserts'],
    // A statement after it, a pointer to one, nothing after it, or a statement before a passive.
    ['The ministry rejected the union’s figures.', 'denies'],
    ['Orlen Hydro again rejected the charge on Thursday.', 'denies'],
    ['The finance ministry rejected that, saying funding would rise.', 'denies'],
    ['Union leaders said 140 stations would close, a charge the ministry flatly rejected.', 'denies'],
    ['The claim was rejected by residents, who said the warning came late.', 'denies'],
    // Verbs of contradiction: a statement, a figure or a pointer after them; not a place or a seat.
    ['The prison service disputes this, saying nine guards were on duty.', 'denies'],
    ['The operator contested the union’s figures.', 'denies'],
    ['Her lawyer contradicted the prosecutors’ account.', 'denies'],
    ['Both countries have disputed the border region for decades.', 'asserts'],
    ['Four candidates contested the seat.', 'asserts'],
    // A pointer to what was said, called untrue, with or without quotation marks.
    ['The mayor says this is “simply untrue”.', 'denies'],
    ['He said that was false.', 'denies'],
    // Insisting on a negation answers a statement to the contrary; insisting on a fact does not.
    ['Resort director Tomas Reiter insisted that the run had not been open.', 'denies'],
    ['Viktor Hale was adamant that the barrier had not been damaged.', 'denies'],
    ['But police chief Ida Renn insisted: "There has been no looting.', 'denies'],
    // People, or someone named, called wrong; not a thing that was wrong.
    ['Deputy Mayor Carla Nunes said the residents were wrong.', 'denies'],
    // A party's own version, set against what was said of it; not a post held.
    ["The coach's version is different: he said they were late for the bus.", 'denies'],
    ["Nordgas's version of events is that its engineers checked the valve that evening.", 'denies'],
    ['Her position at the bank was that of a senior adviser.', 'asserts'],
    ['Paula Leal said Vaz was wrong about the main.', 'denies'],
    ['"The markings at the junction were wrong and nobody stopped us," said Marek Olsen.', 'asserts'],
    ['The driver said something was wrong with the brakes.', 'asserts'],
    ['The mayor said the operator was wrong to reopen the road.', 'asserts'],
    ['The firm maintained that no warning had been ignored.', 'denies'],
    ['She insisted the lights had worked as designed.', 'asserts'],
    ['The agency maintained the bridge but did not inspect its cables.', 'asserts'],
    ['The ministry said there was no foundation to the claim.', 'denies'],
    // Phrasal verbs of rejecting a statement, and a negated "accept", take a statement or a pointer.
    ['The ministry’s chief officer scoffed at the suggestion.', 'denies'],
    ['The director-general took exception to that, saying the machine had passed its test.', 'denies'],
    ['The regulator does not accept that.', 'denies'],
    ['The union says he drove for 14 hours; the company rejects this and says his shift began at 4 p.m.', 'denies'],
    ['The minister brushed aside the allegations.', 'denies'],
    ['The minister waved the union’s claim away.', 'denies'],
    ['She brushed it aside.', 'denies'],
    ['He waved the car away.', 'asserts'],
    ['The firm did not accept the offer.', 'asserts'],
    ['Police shot down the drone.', 'asserts'],
    // A pointer only standing alone: "that characterization" is a determiner and a noun that names no statement.
    ['U.S. officials pushed back against that characterization after the talks.', 'asserts'],
    // Replying against what was said.
    ['The operator countered that the wind had been within limits.', 'denies'],
    ['Her lawyer hit back: "He has never given anyone a single document."', 'denies'],
    ['"That is nonsense," the spokesman retorted.', 'denies'],
    ['Not so, says the company’s spokesman: the instruments show 7.5 knots.', 'denies'],
    ['The troops fired back.', 'asserts'],
    ['Police found objects that had been hidden.', 'asserts'],
    // A denial or a reply named by its noun.
    ['The ministry issued a flat denial.', 'denies'],
    ['The court upheld the denial of bail.', 'asserts'],
    ['Melin’s reply was short: “No warning reached my ministry before Monday.”', 'denies'],
    ['The company’s response: “We will look into it.”', 'asserts'],
    // Neither confirming nor denying denies nothing.
    ['The company would neither confirm nor deny that the captain had been questioned.', 'asserts'],
  ])('%s → %s', (text, polarity) => {
    expect(polarityOf(text, true)).toBe(polarity);
  });

  test('a negation of what was reported denies only when someone speaks it; an act of denying always does', () => {
    const narration = 'People shared an old video about a cyber threat, which had nothing to do with the outage.';
    expect(polarityOf(narration, false)).toBe('asserts');
    expect(polarityOf(narration, true)).toBe('denies');
    expect(polarityOf('There is no such plan.', false)).toBe('asserts');
    expect(polarityOf('The company rejected the allegation.', false)).toBe('denies');
    expect(polarityOf('Lavrov denied any knowledge of the plan.', false)).toBe('denies');
    // Insisting is speaking: "was adamant" names its speaker in a way attribution need not read.
    expect(polarityOf('Viktor Hale, head of the roads authority, was adamant that the barrier had not been damaged.', false)).toBe('denies');
  });
});
