/**
 * Statements a reader can use. A claim's statement is its anchor sentence (or clause) made to stand
 * alone — dateline and connective dropped, an opening pronoun replaced by the name, the speaker
 * named for a quotation, a list item with its lead-in, a cut-off text closed with an ellipsis — and
 * a quantity claim's statement names its frame and gives each value with its outlets. Every
 * expected statement below is the input sentence rewritten by hand by those rules.
 */
import { describe, expect, test } from 'vitest';
import { asReported, evidenceValue, plural, valueText } from '../../../../src/engine/06-judge/statement.ts';
import type { AnnotatedSentence, Claim, Quantity } from '../../../../src/engine/types.ts';
import { analyze, corpusOf, outlet, storyAt, type ArticleSpec } from '../support/corpus.ts';
import { claimsCiting, show } from '../support/find.ts';

/** The statements of the claims whose evidence contains `fragment`, for a one-article story. */
function statementsOf(paragraphs: string[], fragment: string): string[] {
  return claimsCiting(analyze(corpusOf([{ id: 'only', outlet: 'valley-courier', body: paragraphs }])), fragment).map((c) => c.statement);
}

describe('a sentence made to stand alone', () => {
  test.each([
    [
      'a dateline goes',
      ['BALASORE, India (AP) — Rescuers searched the wreckage of two passenger trains on Saturday.'],
      'Rescuers searched',
      'Rescuers searched the wreckage of two passenger trains on Saturday.',
    ],
    [
      'a dateline of a place in capitals and a day, with no agency, goes',
      ['PORT HALLEN, Oct 2 - Dock workers began a strike over pay on Monday.'],
      'Dock workers began',
      'Dock workers began a strike over pay on Monday.',
    ],
    [
      'a wire dateline with a full stop and dash goes',
      ['Istanbul, May 14 (EFE).- Voters queued outside polling stations across the country on Sunday.'],
      'Voters queued',
      'Voters queued outside polling stations across the country on Sunday.',
    ],
    [
      'a dateline whose agency has a name of two words goes',
      ['HARLOW, Norvania, Nov 4 (Northgate Wire) - Rescuers searched the wreckage of two passenger trains on Saturday.'],
      'Rescuers searched',
      'Rescuers searched the wreckage of two passenger trains on Saturday.',
    ],
    [
      'a capitalised name in parentheses inside the sentence is no dateline',
      ['The European Union (EU) - its members and its parliament - agreed the rules on Saturday.'],
      'The European Union',
      'The European Union (EU) - its members and its parliament - agreed the rules on Saturday.',
    ],
    [
      'a connective that ties it to the sentence before goes',
      ['The railway board met on Saturday.', 'However, the railway minister promised a full inquiry into the signal failure.'],
      'However, the railway minister',
      'The railway minister promised a full inquiry into the signal failure.',
    ],
    [
      'an opening "he" becomes the name of the person it stands for',
      ['Ashwini Vaishnaw visited the crash site on Saturday.', 'He promised a full inquiry into the signal failure at the station.'],
      'He promised',
      'Ashwini Vaishnaw promised a full inquiry into the signal failure at the station.',
    ],
    [
      'an opening "his" becomes the name of the person it stands for, possessive',
      ['Owen Talbridge refused to concede on Monday night.', 'His campaign alleged irregularities in the handling of postal votes in the eastern district.'],
      'His campaign',
      "Talbridge's campaign alleged irregularities in the handling of postal votes in the eastern district.",
    ],
    [
      'a quotation without a cue gets the speaker it continues',
      ['“Not bad, I think,” Kremlin aide Yury Ushakov told reporters after the meeting. “It was a very serious discussion on every issue we wanted to address.”'],
      'very serious discussion',
      'Yury Ushakov said: “It was a very serious discussion on every issue we wanted to address.”',
    ],
    [
      'a quotation whose sentence names the speaker stays as written',
      ['“Not bad, I think,” Kremlin aide Yury Ushakov told reporters after the meeting in Riyadh.'],
      'Not bad, I think',
      '“Not bad, I think,” Kremlin aide Yury Ushakov told reporters after the meeting in Riyadh.',
    ],
    [
      'a quotation whose sentence gives the speaker by role stays as written',
      ['“It was hard to say how the talks would end,” the Russian foreign minister said.'],
      'hard to say',
      '“It was hard to say how the talks would end,” the Russian foreign minister said.',
    ],
    [
      'a quotation whose speaker is only a pronoun names the speaker',
      ['Ashwini Vaishnaw spoke to reporters at the crash site on Saturday.', '“We will find who is responsible for this signal failure,” he said.'],
      'We will find who',
      '“We will find who is responsible for this signal failure,” Ashwini Vaishnaw said.',
    ],
    [
      'a clause from unnamed sources says so, and its first word is lower-cased after the lead-in',
      ['A fire tore through the Castell textile factory on Monday night, killing twelve workers, regional officials said.'],
      'A fire tore',
      'According to unnamed sources, a fire tore through the Castell textile factory on Monday night.',
    ],
    [
      'a clause that names its own source is not given to the unnamed sources of another clause',
      ['Ewa Kowal had 46.8 percent of the vote, the mayor said, whereas Adam Nowak had 47.4 percent, officials said.'],
      'Ewa Kowal had',
      'Ewa Kowal had 46.8 percent of the vote, the mayor said.',
    ],
    [
      'a sentence that says itself who its unnamed source is ("cited by experts") gets no lead-in of unnamed sources',
      ['Both passenger trains were at a high speed and it has been cited by experts as one of the main reasons for the high number of casualties.'],
      'Both passenger trains',
      'Both passenger trains were at a high speed and it has been cited by experts as one of the main reasons for the high number of casualties.',
    ],
    [
      'a preposition that opens like a connective stays ("In addition to …")',
      ['In addition to the marches through many cities in the country, blocking actions were also recorded at the ports.'],
      'blocking actions',
      'In addition to the marches through many cities in the country, blocking actions were recorded at the ports.',
    ],
    [
      'a clause whose demonstrative stands for the clause before ("confirmation of that") gives its whole sentence',
      ['A third train carrying freight was involved, the news agency reported, but there was no immediate confirmation of that from railway authorities.'],
      'no immediate confirmation',
      'A third train carrying freight was involved, the news agency reported, but there was no immediate confirmation of that from railway authorities.',
    ],
    [
      'a quotation typed with two apostrophes is a quotation, with its speaker named',
      ["Prime Minister Ravi Mehta visited the crash site on Saturday.", "''I do not have words to express my pain. No one would be spared and strong action would be taken against those found guilty. Instructions have been given to ensure a speedy inquiry,'' he said."],
      'No one would be spared',
      'Ravi Mehta said: “No one would be spared and strong action would be taken against those found guilty.”',
    ],
    [
      'a curly opening mark closed by a straight one is one quotation: no mark is added',
      ['“The government has to take the protests into account when so many people are in the street," union chief Anna Berg said.'],
      'take the protests into account',
      '“The government has to take the protests into account when so many people are in the street," union chief Anna Berg said.',
    ],
    [
      'a name keeps its capital after the lead-in',
      ['Pavel Dorin ignored three warnings about the storage room, leaving the solvents in place for months, officials familiar with the case said.'],
      'Pavel Dorin ignored',
      'According to unnamed sources, Pavel Dorin ignored three warnings about the storage room.',
    ],
    [
      'a list item keeps the colon lead-in that says what it belongs to, one among the items it counts',
      ['The railway board named three priorities for the repairs:', 'Restoring the signal system on the main line within a week.'],
      'Restoring the signal system',
      'The railway board named three priorities for the repairs, among them: restoring the signal system on the main line within a week.',
    ],
    [
      'a lead-in that counts no items joins its one item as it is',
      ['The railway board gave its reason for the repairs:', 'Restoring the signal system on the main line within a week.'],
      'Restoring the signal system',
      'The railway board gave its reason for the repairs: restoring the signal system on the main line within a week.',
    ],
    [
      'a later item of a list, quoted, in its own paragraph after two-sentence items, keeps the lead-in',
      ['The mayor named three priorities for the port:', '1. “To reopen the northern terminal. The ships are waiting.”', '2. “We will pay the dock workers what they are owed.”', '3. “To begin talks with the shipping lines about the new fees.”'],
      'To begin talks',
      'The mayor named three priorities for the port, among them: “To begin talks with the shipping lines about the new fees.”',
    ],
    [
      'a text cut off mid-sentence ends with an ellipsis, without the cut word',
      ['The inquiry opened on Monday.', 'The inquiry will examine the interlocking system of the station and the maintenance records of the sign'],
      'interlocking system',
      'The inquiry will examine the interlocking system of the station and the maintenance records of the …',
    ],
    [
      'a demonstrative and a noun that ends a name in the sentence before: the name in brackets',
      ["The candidate said he would only back Ana Petrova if she ruled out concessions to the Peoples' Democratic Party (HDP). That party backs Petrova but is accused of ties to militants."],
      'That party',
      "That party [Peoples' Democratic Party (HDP)] backs Ana Petrova but is accused of ties to militants.",
    ],
  ])('%s', (_rule, paragraphs, fragment, statement) => {
    expect(statementsOf(paragraphs, fragment)).toContain(statement);
  });

  test('a demonstrative that points at a time is left alone; one that points back to a name gets it', () => {
    const time = 'Delegates met at the Grand Hotel in Riyadh on Monday. That morning the talks began three hours late.';
    expect(statementsOf([time], 'That morning')).toEqual(['That morning the talks began three hours late.']);
    const hotel = 'Delegates met at the Grand Hotel in Riyadh on Monday. This hotel will host the next round of talks in May.';
    expect(statementsOf([hotel], 'This hotel')).toEqual(['This hotel [Grand Hotel] will host the next round of talks in May.']);
  });

  test('a second infinitive ("… and to raise …") is no statement alone: its whole sentence is', () => {
    const sentence = 'The council is proposing to close the northern depot by May and to raise the bus fare for students to two euros.';
    const statements = statementsOf([sentence], 'raise the bus fare');
    expect(statements).toContain(sentence);
    expect(statements.filter((s) => /^To\b/.test(s))).toEqual([]);
  });

  test('a dependent clause ("…, leaving …") gives its whole sentence; the main clause stands alone', () => {
    const sentence = 'Talks between the union and the port authority ended on Thursday without an agreement, leaving about 3,000 dock workers on strike.';
    expect(statementsOf([sentence], 'leaving about 3,000').sort()).toEqual([
      sentence,
      'Talks between the union and the port authority ended on Thursday without an agreement.',
    ]);
  });

  test.each([
    'Union leaders held emergency talks in Gdansk on Monday to discuss the closures, but were unable to reach any agreement.',
    'According to the company, the faults are only affecting older scanners, and were caused by a defect in a recent update.',
  ])('a verb phrase that shares the subject of the clause before gives its whole sentence: %s', (sentence) => {
    const statements = statementsOf([sentence], sentence.includes('unable') ? 'unable to reach' : 'caused by a defect');
    expect(statements).toContain(sentence);
    expect(statements.filter((s) => /^(?:Were|And|But)\b/.test(s))).toEqual([]);
  });

  test('a pronoun subject that points back gets the sentence it points to in front', () => {
    const lead = 'The port authority said after the talks that both sides had agreed on three principles.';
    const item = 'These comprise reopening the northern terminal, a joint safety board and weekly meetings.';
    expect(statementsOf([lead, item], 'These comprise')).toContain(`${lead} ${item}`);
  });

  test('"It" before a noun phrase gets the sentence it stands for in front; the "it" of "It is unclear whether" does not', () => {
    const lead = 'Electronic interlocking is an arrangement of signals that prevents conflicting train movements.';
    const item = 'It is basically a safety measure to stop signals from changing in the wrong order.';
    expect(statementsOf([lead, item], 'safety measure')).toContain(`${lead} ${item}`);
    const unclear = 'It is unclear whether the signal system had been checked before the crash.';
    expect(statementsOf([lead, unclear], 'signal system had been checked')).toContain(unclear);
    // A superlative or an ordinal after "It was the" names what it is.
    const road = 'Police closed the valley road to private cars for several hours on Saturday.';
    const worst = 'It was the deadliest avalanche at Kalmberg since 1999, when 12 people died in a slide.';
    expect(statementsOf([road, worst], 'deadliest avalanche')).toContain(worst);
  });

  test('a lead-in put in front that opens on "he" names the person', () => {
    const paragraphs = ['Mayor Piotr Nowak took office in 2014 and was re-elected twice.', 'He moved the city council to a new building in 2019.', 'This created a row with the opposition over the costs.'];
    expect(statementsOf(paragraphs, 'This created a row')).toContain('Nowak moved the city council to a new building in 2019. This created a row with the opposition over the costs.');
  });

  test('a demonstrative before the subject\'s noun ("This incident led to …") gets the sentence it points to in front', () => {
    const lead = 'The software firm issued an update on Friday that stopped computers at airports and banks.';
    const item = 'This incident led to about 1,400 flight cancellations in several countries.';
    expect(statementsOf([lead, item], 'flight cancellations')).toContain(`${lead} ${item}`);
  });

  test('a figure noun that points back ("The figure makes it …") names the number of the sentence before in brackets, with its source', () => {
    const lead = 'About 40,000 people marched through Lyon on Saturday, the prefecture said.';
    expect(statementsOf([lead, 'The figure makes it the largest protest in the city since 2010.'], 'largest protest')).toContain(
      'The figure [about 40,000 people] makes it the largest protest in the city since 2010.',
    );
    // A source the sentence before names for the figure goes with it; "an estimated" is no second source.
    const sourced = 'An estimated 40,000 people marched through Lyon on Saturday, the interior ministry said.';
    expect(statementsOf([sourced, 'The figure makes it the largest protest in the city since 2010.'], 'largest protest')).toContain(
      'The figure [an estimated 40,000 people, according to the interior ministry] makes it the largest protest in the city since 2010.',
    );
    // "The numbers" are every figure of that kind the sentence gave; an age is no figure.
    const both = 'The 64-year-old mayor led with 50.8 percent of votes, compared to 43.4 percent for her rival.';
    expect(statementsOf([both, 'These numbers were based on a tally of 74 percent of all ballot boxes.'], 'based on a tally')).toContain(
      'These numbers [50.8 percent and 43.4 percent] were based on a tally of 74 percent of all ballot boxes.',
    );
  });

  test('a lead-in put in front of a pronoun loses its own connective ("However, …")', () => {
    const lead = 'The port authority said after the talks that both sides had agreed on three principles.';
    const item = 'These comprise reopening the northern terminal, a joint safety board and weekly meetings.';
    expect(statementsOf([`However, ${lead.charAt(0).toLowerCase()}${lead.slice(1)}`, item], 'These comprise')).toContain(`${lead} ${item}`);
  });

  test('"The number of …" names its own count and stands alone, and a figure noun with no number before it gets no lead-in', () => {
    const counted = 'The number of people injured rose to 41 on Sunday.';
    expect(statementsOf(['Firefighters worked through the night in Lyon.', counted], 'people injured')).toContain(counted);
    const unanchored = 'The figure was not confirmed by the prefecture.';
    expect(statementsOf(['Organisers gave their own count of the marchers on Saturday.', unanchored], 'not confirmed')).toContain(unanchored);
  });

  test('a report that names the organisation states the claim rather than one that says only "the company"', () => {
    const analysis = analyze(corpusOf([
      { id: 'a', outlet: 'kyiv-post', body: ['Northwind Systems shut its Oslo plant on Monday.', 'The company “is working with customers hit by a faulty update to its scanners,” Lena Holt said on Monday.'] },
      { id: 'b', outlet: 'moscow-times', body: ['“Northwind Systems is working with customers hit by a faulty update to its scanners,” Lena Holt said on Monday.'] },
    ]));
    const claim = claimsCiting(analysis, 'faulty update to its scanners').find((c) => c.evidence.length === 2);
    expect(claim?.statement, show(claim)).toBe('“Northwind Systems is working with customers hit by a faulty update to its scanners,” Lena Holt said on Monday.');
  });

  test('a trailing clause no other outlet states is left out of the statement; one they share stays', () => {
    const statementOf = (second: string): string | undefined =>
      claimsCiting(analyze(corpusOf([
        { id: 'a', outlet: 'kyiv-post', body: ['The dock strike, which halted cargo traffic and closed the ferry terminal on Monday, will spill into Tuesday as unions stepped up their campaign against the pay freeze.'] },
        { id: 'b', outlet: 'moscow-times', body: [second] },
      ])), 'will spill into Tuesday').find((c) => c.evidence.length === 2)?.statement;
    expect(statementOf('The dock strike, which halted cargo traffic and closed the ferry terminal on Monday, will spill into Tuesday, union officials said.')).toBe(
      'The dock strike, which halted cargo traffic and closed the ferry terminal on Monday, will spill into Tuesday.',
    );
    expect(statementOf('The dock strike, which halted cargo traffic and closed the ferry terminal on Monday, will spill into Tuesday as unions step up their campaign against the pay freeze.')).toBe(
      'The dock strike, which halted cargo traffic and closed the ferry terminal on Monday, will spill into Tuesday as unions stepped up their campaign against the pay freeze.',
    );
  });

  test('a second predicate after "but" that no other outlet states is left out', () => {
    const analysis = analyze(corpusOf([
      { id: 'a', outlet: 'kyiv-post', body: ['The dock strike, which halted cargo traffic and closed the ferry terminal on Monday, will spill into Tuesday but described the pay talks as productive.'] },
      { id: 'b', outlet: 'moscow-times', body: ['The dock strike, which halted cargo traffic and closed the ferry terminal on Monday, will spill into Tuesday, union officials said.'] },
    ]));
    const claim = claimsCiting(analysis, 'will spill into Tuesday').find((c) => c.evidence.length === 2);
    expect(claim?.statement, show(claim)).toBe('The dock strike, which halted cargo traffic and closed the ferry terminal on Monday, will spill into Tuesday.');
  });

  test('a relative clause set off by commas that no other outlet states is left out; a shared one, or one naming an unnamed source, stays', () => {
    // The second report says something the first does not, so the first leads and is cut down to
    // what they share. Each report with a line of its own and a third report on another subject: words both reports
    // share are then as distinctive as in a story of several outlets.
    const statementOf = (first: string, second: string, cited: string): string | undefined =>
      claimsCiting(analyze(corpusOf([
        { id: 'a', outlet: 'kyiv-post', body: [first, 'Rescuers searched the ravine through the night for survivors.'] },
        { id: 'b', outlet: 'moscow-times', body: [second, 'The road over the pass will stay closed until Friday.'] },
        { id: 'c', outlet: 'rferl', body: ['Traffic was diverted through the valley towns.', 'Hospitals in the region cancelled planned operations.'] },
      ])), cited).find((c) => c.evidence.length === 2)?.statement;
    // Between commas, after the subject.
    expect(statementOf(
      'Prime Minister Anton Rell, who visited the injured in hospital, ordered flags lowered to half-mast on all public buildings across the country for the victims of the coach crash.',
      'The cabinet ordered flags lowered to half-mast on all public buildings across the country for the victims of the coach crash in a late statement.',
      'ordered flags lowered',
    )).toBe('Prime Minister Anton Rell ordered flags lowered to half-mast on all public buildings across the country for the victims of the coach crash.');
    // Closing an apposition, whose comma stays.
    expect(statementOf(
      'The interior minister, Jonas Brek, who flew to Veyra on Tuesday morning, said the government would release emergency aid for the province.',
      'The interior minister, Jonas Brek, said late on Tuesday the government would release emergency aid for the flooded province.',
      'release emergency aid',
    )).toBe('The interior minister, Jonas Brek, said the government would release emergency aid for the province.');
    // At the end of the sentence.
    expect(statementOf(
      '“The water came in like a wall,” said taxi driver Omar Selin, who escaped through his sunroof.',
      '“The water came in like a wall,” taxi driver Omar Selin told local radio at the scene.',
      'like a wall',
    )).toBe('“The water came in like a wall,” said taxi driver Omar Selin.');
    // Over a quotation the clause holds whole.
    expect(statementOf(
      '“The water came in like a wall,” said taxi driver Omar Selin, who called it “the worst night of my life”.',
      '“The water came in like a wall,” taxi driver Omar Selin told local radio at the scene.',
      'like a wall',
    )).toBe('“The water came in like a wall,” said taxi driver Omar Selin.');
    // A clause the other outlet states too is part of what both say.
    expect(statementOf(
      'The Tahmir Front, which wants the hills ruled by its own clerics, has kidnapped at least 23 people since 2020.',
      'The Tahmir Front, which wants the hills ruled by its own clerics, has kidnapped at least 23 people since 2020, police said.',
      'kidnapped at least 23',
    )).toBe('The Tahmir Front, which wants the hills ruled by its own clerics, has kidnapped at least 23 people since 2020.');
    // Who the source is, unnamed, is not left out.
    expect(statementOf(
      'Two former employees at the Drevna plant, who asked not to be named, said staff had raised concerns in February about a change of supplier.',
      'Two former employees at the Drevna plant told the paper on Friday that staff had raised concerns in February about a change of supplier.',
      'raised concerns in February',
    )).toContain('who asked not to be named');
  });

  test('a noun phrase in apposition to a named subject that no other outlet states is left out; a name in apposition stays', () => {
    const statementOf = (first: string, second: string, cited: string): string | undefined =>
      claimsCiting(analyze(corpusOf([
        { id: 'a', outlet: 'kyiv-post', body: [first, 'Rescuers searched the ravine through the night for survivors.'] },
        { id: 'b', outlet: 'moscow-times', body: [second, 'The road over the pass will stay closed until Friday.'] },
        { id: 'c', outlet: 'rferl', body: ['Traffic was diverted through the valley towns.', 'Hospitals in the region cancelled planned operations.'] },
      ])), cited).find((c) => c.evidence.length === 2)?.statement;
    expect(statementOf(
      'Hydrelva, the south\'s biggest water company, said on Monday that leaks in its old mains were not to blame for the shortages.',
      'Hydrelva said on Monday that leaks in its old mains were not to blame for the shortages in the region, a spokesman told reporters.',
      'not to blame',
    )).toBe('Hydrelva said on Monday that leaks in its old mains were not to blame for the shortages.');
    expect(statementOf(
      'The interior minister, Jonas Brek, said the government would release emergency aid for the province on Tuesday.',
      'The government would release emergency aid for the province on Tuesday, the interior minister said at a late briefing.',
      'release emergency aid',
    )).toContain('Jonas Brek');
  });

  test('a clause one of the other sources lacks is left out, however many others give it', () => {
    const analysis = analyze(corpusOf([
      { id: 'a', outlet: 'kyiv-post', body: ['The Tahmir Front, which wants the hills ruled by its own clerics, has kidnapped at least 23 people since 2020.', 'Rescuers searched the ravine through the night for survivors.'] },
      { id: 'b', outlet: 'moscow-times', body: ['The Tahmir Front, which wants the hills ruled by its own clerics, has kidnapped at least 23 people since 2020, police said.', 'The road over the pass will stay closed until Friday.'] },
      { id: 'c', outlet: 'rferl', body: ['Since 2020 the Tahmir Front has kidnapped at least 23 people across the northern provinces.', 'Hospitals in the region cancelled planned operations.'] },
    ]));
    const claim = claimsCiting(analysis, 'kidnapped at least 23').find((c) => c.evidence.length === 3);
    expect(claim?.statement, show(claim)).toBe('The Tahmir Front has kidnapped at least 23 people since 2020.');
  });

  test('a fact two reports give in relative clauses is one claim, stated of the antecedent', () => {
    const analysis = analyze(corpusOf([
      { id: 'a', outlet: 'kyiv-post', body: ['Former world champion Lena Voss, who was banned for two years in 2019 for a missed test, told the broadcaster she felt for the young sprinter.', 'Rescuers searched the ravine through the night for survivors.'] },
      { id: 'b', outlet: 'moscow-times', body: ['Former champ Lena Voss, who was banned for two years in 2019 for a missed test, said: “My heart goes out to the girl.”', 'The road over the pass will stay closed until Friday.'] },
      { id: 'c', outlet: 'rferl', body: ['Traffic was diverted through the valley towns.', 'Hospitals in the region cancelled planned operations.'] },
    ]));
    // Both reports give the ban in a relative clause, around remarks of their own.
    const claim = claimsCiting(analysis, 'banned for two years').find((c) => c.statement.startsWith('Lena Voss was'));
    expect(claim?.statement, show(claim)).toBe('Lena Voss was banned for two years in 2019 for a missed test.');
    // Each report once.
    expect(claim?.evidence.map((e) => e.article).sort()).toEqual(['a', 'b']);
  });

  test('a trailing clause that is all another outlet states is the statement, without its conjunction', () => {
    const analysis = analyze(corpusOf([
      { id: 'a', outlet: 'kyiv-post', body: ['About 40,000 people marched through the old town of Varna on Monday against the pension plan while strikes shut the Karvik ferry terminal and every school in the district.'] },
      { id: 'b', outlet: 'moscow-times', body: ['Thousands of people rallied in the capital on Monday and strikes shut the Karvik ferry terminal and every school in the district.'] },
    ]));
    const claim = claimsCiting(analysis, 'About 40,000 people').find((c) => c.evidence.some((e) => e.article === 'b'));
    expect(claim?.statement, show(claim)).toBe('Strikes shut the Karvik ferry terminal and every school in the district.');
  });

  test('a clause after ", and" that no other outlet states is left out, the closing speech tag kept; one that is all another states is the statement', () => {
    const cut = analyze(corpusOf([
      { id: 'a', outlet: 'kyiv-post', body: ['Trains between Venhold and the capital were stopped for six hours on Monday, and the signal box at Ostel was flooded, the rail operator said.'] },
      { id: 'b', outlet: 'moscow-times', body: ['Trains between Venhold and the capital were stopped for six hours on Monday while police searched the tracks near Ostel.'] },
    ]));
    const stopped = claimsCiting(cut, 'stopped for six hours').find((c) => c.evidence.some((e) => e.article === 'b'));
    expect(stopped?.statement, show(stopped)).toBe('Trains between Venhold and the capital were stopped for six hours on Monday, the rail operator said.');
    // Its own sentence is one unit (the closing tag governs both clauses), so the statement is cut.
    const tail = analyze(corpusOf([
      { id: 'a', outlet: 'kyiv-post', body: ['The old crane collapsed in the storm in the hour before dawn on Monday, and the jib landed across the deck of a parked ferry at the quay, the port said.'] },
      { id: 'b', outlet: 'moscow-times', body: ['The jib landed across the deck of a parked ferry at the quay, the port said on Monday.'] },
    ]));
    const landed = claimsCiting(tail, 'crane collapsed').find((c) => c.evidence.some((e) => e.article === 'b'));
    expect(landed?.statement, show(landed)).toBe('The jib landed across the deck of a parked ferry at the quay, the port said.');
  });

  test('a clause after a dash and "and" that no other outlet states is left out, the closing speech tag kept', () => {
    const analysis = analyze(corpusOf([
      { id: 'a', outlet: 'kyiv-post', body: ['Trains between Venhold and the capital were stopped for six hours on Monday – and the signal box at Ostel was flooded, rail officials say.'] },
      { id: 'b', outlet: 'moscow-times', body: ['Trains between Venhold and the capital were stopped for six hours on Monday while police searched the tracks near Ostel.'] },
    ]));
    const claim = claimsCiting(analysis, 'stopped for six hours').find((c) => c.evidence.some((e) => e.article === 'b'));
    expect(claim?.statement, show(claim)).toBe('Trains between Venhold and the capital were stopped for six hours on Monday, rail officials say.');
    // A spaced hyphen stands for the dash.
    const hyphen = analyze(corpusOf([
      { id: 'a', outlet: 'kyiv-post', body: ['Trains between Venhold and the capital were stopped for six hours on Monday - and the signal box at Ostel was flooded, rail officials say.'] },
      { id: 'b', outlet: 'moscow-times', body: ['Trains between Venhold and the capital were stopped for six hours on Monday while police searched the tracks near Ostel.'] },
    ]));
    const stopped = claimsCiting(hyphen, 'stopped for six hours').find((c) => c.evidence.some((e) => e.article === 'b'));
    expect(stopped?.statement, show(stopped)).toBe('Trains between Venhold and the capital were stopped for six hours on Monday, rail officials say.');
  });

  test('a second predicate after a bare "and" that no other outlet states is left out, unless a denial answers it', () => {
    const striker = analyze(corpusOf([
      { id: 'a', outlet: 'kyiv-post', body: ['The striker Luka Arvedi trained alone with the reserve squad of Kordava on Tuesday and refused the club medical at the training ground.'] },
      { id: 'b', outlet: 'moscow-times', body: ['Luka Arvedi trained alone with the reserve squad of Kordava on Tuesday while the first team flew to Ostra.'] },
    ]));
    const trained = claimsCiting(striker, 'refused the club medical').find((c) => c.evidence.some((e) => e.article === 'b'));
    expect(trained?.statement, show(trained)).toBe('The striker Luka Arvedi trained alone with the reserve squad of Kordava on Tuesday.');
    const called = analyze(corpusOf([
      { id: 'a', outlet: 'kyiv-post', body: ['Residents of Net Lane say they smelled ammonia near the plant on Saturday afternoon and called the fire brigade.', 'The fire brigade has no record of any such call.'] },
      { id: 'b', outlet: 'moscow-times', body: ['Residents of Net Lane say they smelled ammonia near the plant on Saturday afternoon.'] },
    ]));
    const smelled = claimsCiting(called, 'smelled ammonia').find((c) => c.verdict === 'disputed');
    expect(smelled?.statement, show(smelled)).toBe('Residents of Net Lane say they smelled ammonia near the plant on Saturday afternoon and called the fire brigade.');
  });

  test('a second predicate in the present after a bare "and" that no other outlet states is left out', () => {
    const analysis = analyze(corpusOf([
      { id: 'a', outlet: 'kyiv-post', body: ['The Skarde town museum bought four of Benedikt Vintry\'s early seascapes on Monday and hopes to borrow a fifth next year.'] },
      { id: 'b', outlet: 'moscow-times', body: ['The Skarde town museum bought four of Benedikt Vintry\'s early seascapes on Monday, its director said.'] },
    ]));
    const claim = claimsCiting(analysis, 'hopes to borrow').find((c) => c.evidence.some((e) => e.article === 'b'));
    expect(claim?.statement, show(claim)).toBe('The Skarde town museum bought four of Benedikt Vintry\'s early seascapes on Monday.');
  });

  test('"including …" or "among them …" that no other outlet states is left out of the heading', () => {
    const analysis = analyze(corpusOf([
      { id: 'a', outlet: 'kyiv-post', body: ['Police in Kravo questioned the owners of the Blue Anchor bar on Sunday, including the manager\'s brother.'] },
      { id: 'b', outlet: 'moscow-times', body: ['Police in Kravo questioned the owners of the Blue Anchor bar on Sunday, the mayor said.'] },
    ]));
    const claim = claimsCiting(analysis, 'including the manager').find((c) => c.evidence.some((e) => e.article === 'b'));
    expect(claim?.statement, show(claim)).toBe('Police in Kravo questioned the owners of the Blue Anchor bar on Sunday.');
  });

  test('a claim named by its sentence for a vague figure loses a relative clause the others lack, never the figure', () => {
    const analysis = analyze(corpusOf([
      { id: 'a', outlet: 'kyiv-post', body: ['The Kessing tunnel, which takes some 40,000 vehicles a day, will be closed for at least two weeks.'] },
      { id: 'b', outlet: 'moscow-times', body: ['The Kessing tunnel will stay shut for at least 14 days.'] },
    ]));
    const claim = claimsCiting(analysis, 'closed for at least two weeks').find((c) => c.evidence.some((e) => e.article === 'b'));
    expect(claim?.statement, show(claim)).toBe('The Kessing tunnel will be closed for at least two weeks.');
  });

  test('a relative clause cut after a name and its age keeps the comma that closes them', () => {
    const analysis = analyze(corpusOf([
      { id: 'a', outlet: 'kyiv-post', body: ['The driver, Petar Vask, 52, who survived the crash with a broken arm, was questioned by police in Kravo on Sunday.'] },
      { id: 'b', outlet: 'moscow-times', body: ['The driver, Petar Vask, 52, was questioned by police in Kravo on Sunday while his lawyer waited outside the station.'] },
    ]));
    const claim = claimsCiting(analysis, 'questioned by police').find((c) => c.kind !== 'quantity' && c.evidence.some((e) => e.article === 'b'));
    expect(claim?.statement, show(claim)).toBe('The driver, Petar Vask, 52, was questioned by police in Kravo on Sunday.');
  });

  test('a cause only one outlet gives ("because …") is left out of the heading', () => {
    const analysis = analyze(corpusOf([
      { id: 'a', outlet: 'kyiv-post', body: ['Residents of the upper floors of the Harbour Tower had to use the stairs for the rest of Monday, because the building\'s other lifts were switched off.'] },
      { id: 'b', outlet: 'moscow-times', body: ['Residents of the upper floors of the Harbour Tower used the stairs for the rest of Monday after the accident.'] },
    ]));
    const claim = claimsCiting(analysis, 'had to use the stairs').find((c) => c.evidence.some((e) => e.article === 'b'));
    expect(claim?.statement, show(claim)).toBe('Residents of the upper floors of the Harbour Tower had to use the stairs for the rest of Monday.');
  });

  test('a statement that opens on a time told from the sentence before ("After that …") gets that sentence in front, one quotation', () => {
    const statements = statementsOf(
      ['“By 10 p.m. on Friday we were able to rescue the survivors.', 'After that it was about recovering the dead,” fire chief Marta Ilves told reporters at the station.'],
      'After that it was',
    );
    expect(statements).toContain('“By 10 p.m. on Friday we were able to rescue the survivors. After that it was about recovering the dead,” fire chief Marta Ilves told reporters at the station.');
  });

  test('a second predicate no other outlet states is left out of a quote claim\'s statement', () => {
    const claim = claimsCiting(analyze(corpusOf([
      { id: 'a', outlet: 'kyiv-post', body: ['Lena Holt said the delegations had held “very serious discussions on all issues” on Tuesday in Geneva and had agreed to reopen both consulates.'] },
      { id: 'b', outlet: 'moscow-times', body: ['Lena Holt said the delegations had held “very serious discussions on all issues” on Tuesday in Geneva, after the talks ended.'] },
    ])), 'very serious discussions').find((c) => c.evidence.length === 2);
    expect(claim?.statement, show(claim)).toBe('Lena Holt said the delegations had held “very serious discussions on all issues” on Tuesday in Geneva.');
  });

  test('a participle phrase between commas that no other outlet states is left out ("The port authority, founded after …, agreed …")', () => {
    const claim = claimsCiting(analyze(corpusOf([
      { id: 'a', outlet: 'kyiv-post', body: ['The port authority, founded after the flood of the old harbour, agreed on Monday to reopen the northern terminal to container ships.'] },
      { id: 'b', outlet: 'moscow-times', body: ['The port authority agreed on Monday to reopen the northern terminal to container ships after the strike.'] },
    ])), 'reopen the northern terminal').find((c) => c.evidence.length === 2);
    expect(claim?.statement, show(claim)).toBe('The port authority agreed on Monday to reopen the northern terminal to container ships.');
  });

  test('a tail left out after a comma takes the comma with it ("… in the 1970s, and said …" → "… in the 1970s.")', () => {
    const claim = claimsCiting(analyze(corpusOf([
      { id: 'a', outlet: 'kyiv-post', body: ['The minister ordered inspections of every bridge built to the same design in the 1970s, and said the old crossing would not reopen in its current form.'] },
      { id: 'b', outlet: 'moscow-times', body: ['The minister ordered inspections of every bridge built to the same design in the 1970s on Wednesday.'] },
    ])), 'built to the same design').find((c) => c.evidence.length === 2);
    expect(claim?.statement, show(claim)).toBe('The minister ordered inspections of every bridge built to the same design in the 1970s.');
  });

  test('a second infinitive of the same "to" that no other outlet states is left out ("agreed to restore … and create a …")', () => {
    const claim = claimsCiting(analyze(corpusOf([
      { id: 'a', outlet: 'kyiv-post', body: ['The port authority agreed on Monday to reopen the northern terminal to container ships and create a fund for dock workers.'] },
      { id: 'b', outlet: 'moscow-times', body: ['The port authority agreed on Monday to reopen the northern terminal to container ships after the strike.'] },
    ])), 'reopen the northern terminal').find((c) => c.evidence.length === 2);
    expect(claim?.statement, show(claim)).toBe('The port authority agreed on Monday to reopen the northern terminal to container ships.');
  });

  test('"This is …" names the moment itself and stands alone', () => {
    const sentence = 'This is the fourth strike at the port so far this year.';
    expect(statementsOf(['Dock workers walked out again on Monday.', sentence], 'fourth strike')).toContain(sentence);
  });

  test('a clause opening on "while" loses the conjunction and stands alone', () => {
    const sentence = 'The union delegation was headed by Ilona Varkas and Teodor Blum, while the port authority was represented by its director Rafael Ostrander.';
    expect(statementsOf([sentence], 'port authority was represented')).toContain('The port authority was represented by its director Rafael Ostrander.');
  });

  test('"also", which adds to a sentence the reader does not see, is dropped outside quotations; "but also" and "also known as" stay', () => {
    expect(statementsOf(['The dock workers walked out on Monday.', 'Ferry crews also joined the strike at the northern port on Tuesday.'], 'Ferry crews')).toContain('Ferry crews joined the strike at the northern port on Tuesday.');
    const kept = 'The strike closed not only the northern port but also the railway depot beside the river.';
    expect(statementsOf([kept], 'railway depot')).toContain(kept);
    const named = 'The northern port, also known as Port Varna, stayed closed for a second day on Tuesday.';
    expect(statementsOf([named], 'Port Varna')).toContain(named);
  });

  test('an outlet that says what someone did is where the report comes from: "According to <outlet>, …"', () => {
    const analysis = analyze(corpusOf([
      { id: 'a', outlet: 'kyiv-post', body: ['Northgate News Service said Mayor Ana Petrova also closed the northern port on Monday.'] },
      { id: 'b', outlet: 'moscow-times', body: ['Dock workers stayed home on Monday.'] },
    ], { outlets: [outlet('kyiv-post', 'Kyiv Post'), outlet('moscow-times', 'The Moscow Times'), outlet('northgate', 'Northgate News Service', 'agency')] }));
    const claim = claimsCiting(analysis, 'closed the northern port')[0];
    expect(claim?.statement, show(claim)).toBe('According to Northgate News Service, Mayor Ana Petrova closed the northern port on Monday.');
  });

  test('a sentence inside a quotation begun in an earlier sentence is given with its speaker, in quotation marks', () => {
    const analysis = analyze(corpusOf([
      { id: 'a', outlet: 'kyiv-post', body: ['Ankara mayor Mansur Yavas said:', '“The state agency no longer does its job. The opposition candidate is currently in the lead in the capital by a wide margin. Trust us.”'] },
      { id: 'b', outlet: 'moscow-times', body: ['Mansur Yavas spoke late on Sunday.', 'The opposition candidate is currently in the lead in the capital by a wide margin, Yavas told reporters.'] },
    ]));
    const claim = claimsCiting(analysis, 'currently in the lead').find((c) => c.kind === 'quote');
    expect(claim?.statement, show(claim)).toBe('Mansur Yavas said: “The opposition candidate is currently in the lead in the capital by a wide margin.”');
  });

  test('a straight quotation mark the statement leaves open is closed at its end, one it closes is opened at its start', () => {
    // The quotation goes on in the next sentence ("Not one house.\""): the statement closes it.
    expect(statementsOf(['Police chief Ida Renn insisted on Monday: "There has been no looting in the villages. Not one house."'], 'no looting')).toEqual(['Police chief Ida Renn insisted on Monday: "There has been no looting in the villages."']);
    // The quotation began in the sentence before: the statement opens it.
    expect(statementsOf(['Mayor Ana Petrova spoke on Monday. "We will not close the port. The port stays open until the storm passes," she said.'], 'stays open')).toEqual(['"The port stays open until the storm passes," Ana Petrova said.']);
  });

  test('the "he" of a speech tag becomes the speaker\'s name, after a quotation begun earlier or after reported words', () => {
    const paragraphs = [
      'Fire service director Ravi Mehta visited the site on Saturday.',
      'At least 280 bodies were recovered overnight and into Saturday morning, he said.',
      '“We worked through the night. The rescue operation at the crash site ended this afternoon,” he added.',
    ];
    expect(statementsOf(paragraphs, 'bodies were recovered')).toEqual(['At least 280 bodies were recovered overnight and into Saturday morning, Ravi Mehta said.']);
    expect(statementsOf(paragraphs, 'rescue operation')).toEqual(['“The rescue operation at the crash site ended this afternoon,” Ravi Mehta added.']);
  });

  test('a speaker the statement names anyway keeps the writer\'s pronoun', () => {
    const paragraphs = ['Ravi Mehta spoke on Saturday.', 'While he confirmed that the line was closed, Ravi Mehta stressed that trains would run again by Wednesday morning.'];
    expect(statementsOf(paragraphs, 'trains would run again')).toEqual(['While he confirmed that the line was closed, Ravi Mehta stressed that trains would run again by Wednesday morning.']);
  });
});

describe('a person named by surname only is named in full, as the story names them', () => {
  test.each([
    [
      'a speaker the story introduced earlier',
      ['Fire service director Sudhanshu Sarangi arrived at the station at dawn.', '“We rescued the survivors by ten,” Sarangi said.'],
      'We rescued',
      '“We rescued the survivors by ten,” Sudhanshu Sarangi said.',
    ],
    [
      'not inside the quotation, where the words are the speaker’s',
      ['Mansur Yavas spoke late on Sunday.', '“Yavas will not give up,” Yavas told reporters in the capital.'],
      'will not give up',
      '“Yavas will not give up,” Mansur Yavas told reporters in the capital.',
    ],
    [
      'not after an honorific, the writer’s form of address, nor in a compound',
      ['Tammy Bruce spoke to reporters in the morning.', 'Mr Bruce said the Bruce-Lavrov channel had been reopened on Monday.'],
      'channel had been reopened',
      'Mr Bruce said the Bruce-Lavrov channel had been reopened on Monday.',
    ],
  ])('%s', (_, paragraphs, fragment, expected) => {
    expect(statementsOf(paragraphs, fragment)).toEqual([expected]);
  });

  test('a name annotate took for a person but the story never hears speak is left as written', () => {
    // "Northwind Windows" is a product the sentence names like a person; nobody says anything as it.
    expect(statementsOf(['The update reached every computer running Northwind Windows on Friday.', 'The fault hit computers running Windows in forty countries.'], 'forty countries')).toEqual([
      'The fault hit computers running Windows in forty countries.',
    ]);
  });
});

describe('values as a reader says them', () => {
  const quantity = (surface: string, value: number, unit: string, qualifier: Quantity['qualifier'] = 'exact'): Quantity => ({
    value, low: value, high: value, granularity: 1, unit, qualifier, measures: null, modifier: null, surface, start: 0, end: surface.length,
  });

  test.each([
    ['four-hour', 'four hours', 4, 'hour', 'exact'],
    ['4.5-hour', '4.5 hours', 4.5, 'hour', 'exact'],
    ['more than four-hour', 'more than four hours', 4, 'hour', 'more-than'],
    ['nearly three-year', 'nearly three years', 3, 'year', 'nearly'],
    ['one-day', 'one day', 1, 'day', 'exact'],
    ['12 people', '12 people', 12, 'person', 'exact'],
    ['$4 million', '$4 million', 4_000_000, 'usd', 'exact'],
    ['44.88%', '44.88%', 44.88, 'percent', 'exact'],
    // "percent" has no plural after a number.
    ['45 percent', '45 percent', 45, 'percent', 'exact'],
    ['two passenger trains', 'two passenger trains', 2, 'train', 'exact'],
    // A value that opened its sentence loses its capital; an abbreviation keeps its capitals.
    ['About 900 people', 'about 900 people', 900, 'person', 'about'],
    ['Seventeen coaches', 'seventeen coaches', 17, 'coach', 'exact'],
    ['US$4 million', 'US$4 million', 4_000_000, 'usd', 'exact'],
  ] as const)('"%s" reads "%s"', (surface, expected, value, unit, qualifier) => {
    expect(valueText(quantity(surface, value, unit, qualifier))).toBe(expected);
  });

  test.each([
    ['hour', 'hours'],
    ['person', 'people'],
    ['child', 'children'],
    ['woman', 'women'],
    ['casualty', 'casualties'],
    ['bus', 'buses'],
    ['day', 'days'],
    ['percent', 'percent'],
    // Zero plurals.
    ['fish', 'fish'],
    ['aircraft', 'aircraft'],
    ['sheep', 'sheep'],
  ])('the plural of %s is %s', (word, expected) => {
    expect(plural(word)).toBe(expected);
  });
});

describe('quantity claims name their frame and give each value by outlet', () => {
  const OUTLETS = [outlet('kyiv-post', 'Kyiv Post'), outlet('moscow-times', 'The Moscow Times'), outlet('rferl', 'RFE/RL')];
  const quantityClaim = (specs: ArticleSpec[], fragment: string, date = '2030-03-02'): Claim | undefined =>
    claimsCiting(analyze(corpusOf(specs, { outlets: OUTLETS, stories: [{ id: 'test-story', title: 't', date, summary: '' }] })), fragment).find((c) => c.kind === 'quantity');

  test('how long the meeting lasted: four hours (Kyiv Post); 4.5 hours (The Moscow Times)', () => {
    const claim = quantityClaim(
      [
        { id: 'a', outlet: 'kyiv-post', body: ['The four-hour meeting in Riyadh ended without a deal on Tuesday.'] },
        { id: 'b', outlet: 'moscow-times', body: ['The 4.5-hour meeting in Riyadh ended without a breakthrough on Tuesday.'] },
      ],
      'four-hour meeting',
      '2025-02-18',
    );
    expect(claim?.statement, show(claim)).toBe('How long the meeting lasted: four hours (Kyiv Post); 4.5 hours (The Moscow Times).');
  });

  test.each([
    ['a whole area the reports name is in the heading: "worldwide"', 'Airlines cancelled 1,390 flights worldwide on Friday as the outage spread.', 'Carriers cancelled more than 2,100 flights worldwide on Friday, FlightAware said.', 'Number of flights cancelled worldwide: 1,390 flights (Kyiv Post); more than 2,100 flights (The Moscow Times, citing FlightAware).'],
    ['so is a country named after "across" or "throughout"', 'About 900,000 people marched throughout France on Tuesday, the unions said.', 'Some 1.3 million people marched throughout France on Tuesday, the ministry said.', 'Number of people who marched across France: about 900,000 people (Kyiv Post, citing the unions); some 1.3 million people (The Moscow Times, citing the ministry).'],
    ['a report that names no area does not take it away from one that does', 'Airlines cancelled 1,390 flights worldwide on Friday as the outage spread.', 'Carriers cancelled more than 2,100 flights on Friday, FlightAware said.', 'Number of flights cancelled worldwide: 1,390 flights (Kyiv Post); more than 2,100 flights (The Moscow Times, citing FlightAware).'],
  ])('%s', (_name, a, b, statement) => {
    const claim = quantityClaim([{ id: 'a', outlet: 'kyiv-post', body: [a] }, { id: 'b', outlet: 'moscow-times', body: [b] }], a.slice(0, 20));
    expect(claim?.statement, show(claim)).toBe(statement);
  });

  test.each([
    ['a speed names what moved: "Speed of the train, in kilometres an hour"', 'The train was travelling at 85 kilometres an hour when it left the tracks.', 'The train was travelling at about 70 kilometres an hour when it left the tracks.', 'Speed of the train, in kilometres an hour: 85 kilometres an hour (Kyiv Post); about 70 kilometres an hour (The Moscow Times).'],
    ['a length with no place to measure from names what it is of: "Rain, in millimetres"', 'The region received 140 millimetres of rain in two days.', 'The region received 80 millimetres of rain in two days, officials said.', 'Rain, in millimetres: 140 millimetres (Kyiv Post); 80 millimetres (The Moscow Times).'],
  ])('%s', (_name, a, b, statement) => {
    const claim = quantityClaim([{ id: 'a', outlet: 'kyiv-post', body: [a] }, { id: 'b', outlet: 'moscow-times', body: [b] }], a.slice(0, 20));
    expect(claim?.statement, show(claim)).toBe(statement);
  });

  test('a count that was the object of an -ing verb is not headed by it: no "Number of people killing"', () => {
    const claim = quantityClaim(
      [
        { id: 'a', outlet: 'kyiv-post', body: ['The ferry capsized off the coast of Vardo on Sunday, killing 140 people.'] },
        { id: 'b', outlet: 'moscow-times', body: ['Officials said 152 people died when the ferry capsized near Vardo.'] },
      ],
      'killing 140 people',
    );
    expect(claim?.statement, show(claim)).toMatch(/^Number of people who died: /);
  });

  test('outlets that give one value are listed together', () => {
    const claim = quantityClaim(
      [
        { id: 'a', outlet: 'kyiv-post', body: ['The four-hour meeting in Riyadh ended without a deal on Tuesday.'] },
        { id: 'b', outlet: 'moscow-times', body: ['The four-hour meeting in Riyadh ended without a breakthrough on Tuesday.'] },
        { id: 'c', outlet: 'rferl', body: ['The more than four-hour meeting in Riyadh ended without a deal on Tuesday.'] },
      ],
      'four-hour meeting',
      '2025-02-18',
    );
    expect(claim?.statement, show(claim)).toBe('How long the meeting lasted: four hours (Kyiv Post, The Moscow Times); more than four hours (RFE/RL).');
  });

  test('a count of people names what happened to them', () => {
    const claim = quantityClaim(
      [
        { id: 'a', outlet: 'kyiv-post', body: ['At least 288 people were killed in the train crash near the station on Friday.'] },
        { id: 'b', outlet: 'moscow-times', body: ['The train crash near the station on Friday killed 275 people, officials said.'] },
      ],
      'At least 288 people',
    );
    expect(claim?.statement, show(claim)).toBe('Number of people killed: at least 288 people (Kyiv Post); 275 people (The Moscow Times).');
  });

  test('people every report says died, by "killing" or "claimed the lives of", are "people who died"; an earlier year is named by what happened in it', () => {
    const claim = quantityClaim(
      [
        { id: 'a', outlet: 'kyiv-post', body: ['The worst disaster came in 1981, when a train fell from a bridge in Bihar, killing between 800 and 1,000 people.'] },
        { id: 'b', outlet: 'moscow-times', body: ['The worst disaster came in 1981, when a train fell into a river in Bihar. The accident claimed the lives of over 750 people.'] },
      ],
      'killing between 800',
      '2023-06-03',
    );
    expect(claim?.statement, show(claim)).toBe('Number of people who died in 1981, when a train fell from a bridge in Bihar: between 800 and 1,000 people (Kyiv Post); over 750 people (The Moscow Times).');
    expect(claim?.verdict, show(claim)).toBe('conflicting');
  });

  test('people the count is the subject of, with no other verb after, are "people who …" whatever the verb; a participle before the main verb is not', () => {
    const marched = quantityClaim(
      [
        { id: 'a', outlet: 'kyiv-post', body: ['According to the ministry, 1.28 million people demonstrated on Tuesday against the plan.'] },
        { id: 'b', outlet: 'moscow-times', body: ['The ministry said 1.2 million people demonstrated on Tuesday against the plan.'] },
      ],
      '1.28 million people',
    );
    expect(marched?.statement, show(marched)).toMatch(/^Number of people who demonstrated: /);
    const killed = quantityClaim(
      [
        { id: 'a', outlet: 'kyiv-post', body: ['At least 288 people killed in the crash near the station were identified on Sunday.'] },
        { id: 'b', outlet: 'moscow-times', body: ['At least 275 people killed in the crash near the station were identified on Sunday.'] },
      ],
      '288 people',
    );
    expect(killed?.statement, show(killed)).toMatch(/^Number of people killed: /);
  });

  test('a heading verb keeps the object it governs, but not a time after it', () => {
    const walked = quantityClaim(
      [
        { id: 'a', outlet: 'kyiv-post', body: ['According to the unions, 3.5 million demonstrators walked the streets throughout the country on Tuesday.'] },
        { id: 'b', outlet: 'moscow-times', body: ['The ministry said 1.2 million demonstrators walked the streets throughout the country on Tuesday.'] },
      ],
      '3.5 million demonstrators',
    );
    expect(walked?.statement, show(walked)).toMatch(/^Number of demonstrators who walked the streets: /);
    const died = quantityClaim(
      [
        { id: 'a', outlet: 'kyiv-post', body: ['At least 12 miners died the next day in the regional hospital.'] },
        { id: 'b', outlet: 'moscow-times', body: ['At least 14 miners died the next day in the regional hospital.'] },
      ],
      '12 miners',
    );
    expect(died?.statement, show(died)).toMatch(/^Number of miners who died: /);
  });

  test('each value says whom its outlet cites for it, where the sentence names the source plainly', () => {
    const claim = quantityClaim(
      [
        { id: 'a', outlet: 'kyiv-post', body: ['The unions said 700,000 people marched in Lyon on Tuesday.', 'Police put the number at 81,000.'] },
        { id: 'b', outlet: 'moscow-times', body: ['According to the city police, 81,000 people marched in Lyon on Tuesday.'] },
        { id: 'c', outlet: 'rferl', body: ['The organisers said 700,000 people marched in Lyon on Tuesday.'] },
      ],
      'Police put the number',
    );
    // The organisers are people, not an organisation: RFE/RL's figure has no source named.
    expect(claim?.statement, show(claim)).toBe(
      'Number of people who marched: 700,000 people (Kyiv Post, citing the unions; RFE/RL); 81,000 (Kyiv Post, citing police; The Moscow Times, citing the city police).',
    );
    expect(claim?.explanation, show(claim)).toContain('Kyiv Post says 700,000 people (citing the unions) and 81,000 (citing police)');
  });

  test('an outlet that names who gives a figure in one sentence and writes it again bare is listed once, with them', () => {
    const claim = quantityClaim(
      [
        { id: 'a', outlet: 'kyiv-post', body: ['The unions said 700,000 people marched in Lyon on Tuesday.', 'The march was peaceful.', 'In all, 700,000 people marched in Lyon, the largest crowd in years.'] },
        { id: 'b', outlet: 'moscow-times', body: ['According to the city police, 81,000 people marched in Lyon on Tuesday.'] },
      ],
      'The unions said 700,000',
    );
    expect(claim?.statement, show(claim)).toBe('Number of people who marched: 700,000 people (Kyiv Post, citing the unions); 81,000 people (The Moscow Times, citing the city police).');
    expect(claim?.explanation, show(claim)).toContain('Kyiv Post says 700,000 people (citing the unions); The Moscow Times says 81,000 people (citing the city police)');
  });

  test('a figure the sentence calls preliminary or partial says so, once per outlet', () => {
    const claim = quantityClaim(
      [
        { id: 'a', outlet: 'kyiv-post', body: ['Ana Petrova thanked her voters.', 'According to preliminary results, Ana Petrova has 49.5 percent of the vote.', 'Ana Petrova gained 49.5 percent of the vote in the election.'] },
        { id: 'b', outlet: 'moscow-times', body: ['The count went on all night.', 'Partial results showed Ana Petrova ahead with 50.8 percent of the vote.'] },
        { id: 'c', outlet: 'rferl', body: ['Ana Petrova spoke in the capital.', 'Ana Petrova won 49.5 percent of the vote in the election.'] },
      ],
      'According to preliminary results',
      '2030-03-02',
    );
    // Kyiv Post writes 49.5 percent twice, once as preliminary: it is listed once, as preliminary.
    expect(claim?.statement, show(claim)).toBe("Ana Petrova's share of the vote: 49.5 percent, preliminary (Kyiv Post); 49.5 percent (RFE/RL); 50.8 percent, partial result (The Moscow Times).");
  });

  test('a figure in an inner sentence of a longer quotation is cited to the quotation\'s speaker', () => {
    const claim = quantityClaim(
      [
        { id: 'a', outlet: 'kyiv-post', body: ['“We have checked the whole network. More than 4,000 flights were delayed worldwide on Friday. It will take days to recover,” said Mara Lind, the agency’s director.'] },
        { id: 'b', outlet: 'moscow-times', body: ['More than 3,100 flights were delayed worldwide on Friday, according to data from Voltrex.'] },
      ],
      'More than 4,000 flights',
    );
    expect(claim?.statement, show(claim)).toBe('Number of flights delayed worldwide: more than 4,000 flights (Kyiv Post, citing Mara Lind); more than 3,100 flights (The Moscow Times, citing Voltrex).');
  });

  test('a source named after "according to" is cited even when it is no known person or organisation', () => {
    const claim = quantityClaim(
      [
        { id: 'a', outlet: 'kyiv-post', body: ['According to flight-tracking website SkyLedger, more than 4,000 flights were delayed worldwide on Friday.'] },
        { id: 'b', outlet: 'moscow-times', body: ['More than 3,100 flights were delayed worldwide on Friday, according to data from Voltrex.'] },
        { id: 'c', outlet: 'rferl', body: ['According to Navora data, 2,900 flights were delayed worldwide on Friday, including 600 flights out of the United States.'] },
      ],
      'more than 4,000 flights',
    );
    expect(claim?.statement, show(claim)).toBe(
      'Number of flights delayed worldwide: more than 4,000 flights (Kyiv Post, citing SkyLedger); more than 3,100 flights (The Moscow Times, citing Voltrex); 2,900 flights (RFE/RL, citing Navora).',
    );
    // A lower-case source names no one: "according to preliminary results" is not cited.
    const plain = quantityClaim(
      [
        { id: 'a', outlet: 'kyiv-post', body: ['According to preliminary results, 4,000 flights were delayed worldwide on Friday.'] },
        { id: 'b', outlet: 'moscow-times', body: ['More than 3,100 flights were delayed worldwide on Friday.'] },
      ],
      '4,000 flights',
    );
    expect(plain?.statement ?? '', show(plain)).not.toMatch(/citing/);
  });

  test('a source that closes the sentence is read past a gloss in brackets ("Central Electoral Board (EBV) chairman …")', () => {
    const claim = quantityClaim(
      [
        { id: 'a', outlet: 'kyiv-post', body: ['Ana Petrova won 49.4 percent of the vote, Central Electoral Board (EBV) chairman Marek Vales told reporters.'] },
        { id: 'b', outlet: 'moscow-times', body: ['Ana Petrova won 49.6 percent of the vote in the election.'] },
      ],
      '49.4 percent',
    );
    expect(claim?.statement, show(claim)).toContain('49.4 percent (Kyiv Post, citing Marek Vales)');
  });

  test('a speaker\'s own "according to" inside the quotation, or a participle of the speaker\'s, is no second source', () => {
    const claim = quantityClaim(
      [
        { id: 'a', outlet: 'kyiv-post', body: ['"According to preliminary results, Ana Petrova has 49.5 percent and Ivan Horak has 44.9 percent," Marek Vales, head of the electoral commission, said after announcing the runoff.'] },
        { id: 'b', outlet: 'moscow-times', body: ['Ana Petrova won 49.6 percent of the vote in the election.'] },
      ],
      '49.5 percent',
    );
    expect(claim?.statement, show(claim)).toContain('49.5 percent, preliminary (Kyiv Post, citing Marek Vales)');
  });

  test('one source that speaks for a whole sentence gives each of its figures; a cited agency is named', () => {
    const analysis = analyze(corpusOf([
      { id: 'a', outlet: 'kyiv-post', body: ['Ewa Kowal had 46.8 percent of the vote whereas Adam Nowak had 47.4 percent, Mayor Tomasz Zielinski said on Sunday.'] },
      { id: 'b', outlet: 'moscow-times', body: ['Adam Nowak had 45.1 percent of the vote, according to the state news agency Anadolu.'] },
    ], { outlets: [...OUTLETS, outlet('anadolu', 'Anadolu', 'agency')] }));
    const claim = claimsCiting(analysis, '45.1 percent').find((c) => c.kind === 'quantity');
    expect(claim?.statement, show(claim)).toBe("Adam Nowak's share: 47.4 percent (Kyiv Post, citing Tomasz Zielinski); 45.1 percent (The Moscow Times, citing Anadolu).");
    // Two sources in one sentence: neither figure is given a source.
    const two = analyze(corpusOf([
      { id: 'a', outlet: 'kyiv-post', body: ['Ewa Kowal had 46.8 percent of the vote, the mayor said, whereas Adam Nowak had 47.4 percent, officials said.'] },
      { id: 'b', outlet: 'moscow-times', body: ['Adam Nowak had 45.1 percent of the vote on Sunday.'] },
    ], { outlets: OUTLETS }));
    expect(claimsCiting(two, '45.1 percent').find((c) => c.kind === 'quantity')?.statement ?? '').not.toMatch(/citing/);
  });

  test.each([
    ['a figure in a clause that sets the scene is the narrator’s', 'Lavrov said the talks went well as the delegations wrapped up the four-hour meeting in Riyadh on Tuesday.'],
    ['a figure after "when asked about" is the narrator’s', '“Not bad,” Lavrov told reporters when asked about the four-hour meeting in Riyadh on Tuesday.'],
    ['a speaker found only through a pronoun is not named as the source', 'Sergei Lavrov met the press afterwards. The four-hour meeting in Riyadh went well, he said on Tuesday.'],
  ])('no source for a figure: %s', (_rule, ...body) => {
    const claim = quantityClaim(
      [
        { id: 'a', outlet: 'kyiv-post', body },
        { id: 'b', outlet: 'moscow-times', body: ['The 4.5-hour meeting in Riyadh ended without a breakthrough on Tuesday.'] },
      ],
      '4.5-hour meeting',
      '2025-02-18',
    );
    expect(claim?.statement, show(claim)).toMatch(/^How long the meeting lasted: four hours \(Kyiv Post\); 4\.5 hours \(The Moscow Times\)\.$/);
  });

  test('a person named as the source in the sentence is given as written', () => {
    const claim = quantityClaim(
      [
        { id: 'a', outlet: 'kyiv-post', body: ['About 900 people were injured in the crash, said Pradeep Jena, the state’s top official.'] },
        { id: 'b', outlet: 'moscow-times', body: ['More than 1,100 people were injured in the crash.'] },
      ],
      'About 900 people',
    );
    expect(claim?.statement, show(claim)).toBe('Number of people injured: about 900 people (Kyiv Post, citing Pradeep Jena); more than 1,100 people (The Moscow Times).');
  });

  test('a count of part of a whole says which whole ("ten to 12 coaches of one train")', () => {
    const claim = quantityClaim(
      [
        { id: 'a', outlet: 'kyiv-post', body: ['Ten to 12 coaches of one train derailed near the station on Friday, a railway spokesman said.'] },
        { id: 'b', outlet: 'moscow-times', body: ['Seventeen coaches derailed near the station on Friday, officials said.'] },
      ],
      'Ten to 12 coaches',
    );
    expect(claim?.statement, show(claim)).toMatch(/: ten to 12 coaches of one train \(Kyiv Post\); seventeen coaches \(The Moscow Times\)\.$/);
    expect(claim?.evidence.map((e) => e.value)).toEqual(['ten to 12 coaches of one train', 'seventeen coaches']);
  });

  test('a figure given as a correction says so ("275, revised down"); a count that grew does not', () => {
    const valueIn = (text: string): string => {
      const sentence = storyAt(corpusOf([{ id: 'a', outlet: 'kyiv-post', body: [text] }]), 'annotate').sentences[0] as AnnotatedSentence;
      return evidenceValue({ quantity: sentence.quantities[0] ?? null, sentence });
    };
    expect(valueIn('Meanwhile the death toll has been revised down to 275 after some bodies were counted twice, officials said.')).toBe('275, revised down');
    expect(valueIn('The ministry later corrected the figure to 41 people.')).toBe('41 people, corrected');
    expect(valueIn('The death toll rose to 288 on Saturday, officials said.')).toBe('288');
  });

  // The Moscow Times' "in 1981, when about 800 people were killed" gives its own figure: it does not name the event.
  test('a count of another year says so', () => {
    const claim = quantityClaim(
      [
        { id: 'a', outlet: 'kyiv-post', body: ['In 1981, more than 800 people were killed when a train fell into a river in Bihar.'] },
        { id: 'b', outlet: 'moscow-times', body: ['The worst crash in India came in 1981, when about 800 people were killed in Bihar.'] },
      ],
      'more than 800 people',
      '2023-06-03',
    );
    expect(claim?.statement, show(claim)).toBe('Number of people killed in an earlier event (1981): more than 800 people (Kyiv Post); about 800 people (The Moscow Times).');
  });

  test('a number whose frame names no thing measured and no owner is named by its anchor sentence', () => {
    // "Turnout was a very high 88.8%": no noun after the number, no owner; a heading would be
    // "Percentage", which says nothing. The sentence says what the number is of.
    const claim = quantityClaim(
      [
        { id: 'a', outlet: 'kyiv-post', body: ['Turnout was a very high 88.8% on Sunday, the election board said.'] },
        { id: 'b', outlet: 'moscow-times', body: ['Turnout was a record 88.9% on Sunday, officials said.'] },
      ],
      'very high 88.8%',
      '2023-05-15',
    );
    // Each value takes the anchor's figure's place, so no one outlet's figure is stated as fact.
    expect(claim?.statement, show(claim)).toBe('Turnout was a very high 88.8% (Kyiv Post) or 88.9% (The Moscow Times) on Sunday, the election board said.');
    expect(claim?.id, show(claim)).toMatch(/^turnout-/);
  });

  test('a vague frame with one value is its anchor sentence alone (the explanation names the outlets)', () => {
    const claim = quantityClaim(
      [
        { id: 'a', outlet: 'kyiv-post', body: ['Turnout was a very high 88.8% on Sunday, the election board said.'] },
        { id: 'b', outlet: 'moscow-times', body: ['Turnout reached 88.8% on Sunday, officials said.'] },
      ],
      'very high 88.8%',
      '2023-05-15',
    );
    expect(claim?.statement, show(claim)).toBe('Turnout was a very high 88.8% on Sunday, the election board said.');
    expect(claim?.explanation, show(claim)).toMatch(/Kyiv Post and The Moscow Times/);
  });

  test('a vague frame whose values agree in other words is its anchor sentence alone: "or" would read as a difference', () => {
    const claim = quantityClaim(
      [
        { id: 'a', outlet: 'kyiv-post', body: ['Turnout was a very high 88.8% on Sunday, the election board said.'] },
        { id: 'b', outlet: 'moscow-times', body: ['Turnout was about 89% on Sunday, officials said.'] },
      ],
      'very high 88.8%',
      '2023-05-15',
    );
    expect(claim?.verdict, show(claim)).toBe('corroborated');
    expect(claim?.statement, show(claim)).toBe('Turnout was a very high 88.8% on Sunday, the election board said.');
  });

  test('a share names its owner', () => {
    const claim = quantityClaim(
      [
        { id: 'a', outlet: 'kyiv-post', body: ['Erdogan gained 49.51% of the vote against Kılıçdaroğlu’s 44.88%.'] },
        { id: 'b', outlet: 'moscow-times', body: ['Recep Tayyip Erdogan gained 49.51 percent of the vote while Kemal Kilicdaroglu gained 44.88 percent.'] },
      ],
      '44.88 percent',
      '2023-05-15',
    );
    // "44.88%" and "44.88 percent" are one value: listed once, with both outlets.
    expect(claim?.statement, show(claim)).toBe("Kemal Kilicdaroglu's share: 44.88% (Kyiv Post, The Moscow Times).");
  });

  test('a vague figure is consistent with a precise one but does not corroborate it', () => {
    const claim = quantityClaim(
      [
        { id: 'a', outlet: 'kyiv-post', body: ['Some 900 passengers were evacuated from the burning ferry on Sunday.'] },
        { id: 'b', outlet: 'moscow-times', body: ['Hundreds of passengers were evacuated from the burning ferry on Sunday.'] },
      ],
      '900 passengers',
      '2023-05-15',
    );
    expect(claim?.verdict, show(claim)).toBe('single-source');
    expect(claim?.explanation).toBe('Only Kyiv Post gives a precise figure; The Moscow Times says hundreds of passengers, which is too vague to confirm it.');
  });

  test('figures of a running count for two different moments are neither a conflict nor a corroboration', () => {
    const claim = quantityClaim(
      [
        { id: 'a', outlet: 'kyiv-post', body: ['Airlines said 1,390 flights were cancelled worldwide as of 6:00 AM on Friday because of the outage.'] },
        { id: 'b', outlet: 'moscow-times', body: ['Airlines said more than 2,160 flights were cancelled worldwide by 9:00 AM on Friday because of the outage.'] },
      ],
      '1,390 flights',
      '2030-03-02',
    );
    expect(claim?.verdict, show(claim)).toBe('single-source');
    expect(claim?.statement, show(claim)).toBe('Number of flights cancelled worldwide: 1,390 flights as of 6:00 AM (Kyiv Post, citing airlines); more than 2,160 flights by 9:00 AM (The Moscow Times, citing airlines).');
    expect(claim?.explanation).toMatch(/for another moment of the count, which neither confirms nor contradicts it\.$/);
  });

  test('a figure for a moment still conflicts with one for the same moment, or with one given for no moment', () => {
    const sameMoment = quantityClaim(
      [
        { id: 'a', outlet: 'kyiv-post', body: ['Airlines said 1,390 flights were cancelled worldwide as of 6:00 AM on Friday because of the outage.'] },
        { id: 'b', outlet: 'moscow-times', body: ['Airlines said 2,100 flights were cancelled worldwide as of 6 a.m. on Friday because of the outage.'] },
      ],
      '1,390 flights',
      '2030-03-02',
    );
    expect(sameMoment?.verdict, show(sameMoment)).toBe('conflicting');
    const noMoment = quantityClaim(
      [
        { id: 'a', outlet: 'kyiv-post', body: ['Airlines said more than 2,160 flights were cancelled worldwide by 9:00 AM on Friday because of the outage.'] },
        { id: 'b', outlet: 'moscow-times', body: ['Airlines said 1,400 flights were cancelled worldwide on Friday because of the outage.'] },
      ],
      '2,160 flights',
      '2030-03-02',
    );
    expect(noMoment?.verdict, show(noMoment)).toBe('conflicting');
  });

  test('a figure given at a stage of the count says which; figures at two stages neither confirm nor contradict', () => {
    const claim = quantityClaim(
      [
        { id: 'a', outlet: 'kyiv-post', body: ['Ana Petrova said the count was fair.', 'With 99% of ballot boxes counted, Ana Petrova had 48.2% of the vote.'] },
        { id: 'b', outlet: 'moscow-times', body: ['Ana Petrova thanked her voters.', 'After counting votes from 2/3 of ballot boxes, Ana Petrova had 51.3% of the vote.'] },
      ],
      '48.2%',
      '2030-03-02',
    );
    expect(claim?.statement, show(claim)).toMatch(/^Ana Petrova's share[^:]*: 48\.2% with 99% of ballot boxes counted \(Kyiv Post\); 51\.3% after counting votes from 2\/3 of ballot boxes \(The Moscow Times\)\.$/);
    expect(claim?.verdict, show(claim)).toBe('single-source');
  });

  test('a share a candidate won with is a result, not a stage of the count', () => {
    const claim = quantityClaim(
      [
        { id: 'a', outlet: 'kyiv-post', body: ['Ana Petrova said the count was fair.', 'Ana Petrova won with 48.2% of the vote.'] },
        { id: 'b', outlet: 'moscow-times', body: ['Ana Petrova thanked her voters.', 'Ana Petrova won with 51.3% of the vote.'] },
      ],
      '48.2%',
      '2030-03-02',
    );
    expect(claim?.verdict, show(claim)).toBe('conflicting');
    expect(claim?.statement, show(claim)).toMatch(/^Ana Petrova's share[^:]*: 48\.2% \(Kyiv Post\); 51\.3% \(The Moscow Times\)\.$/);
  });

  test('a percentage of something the owner has, that moved, is a change in it, not the owner’s share', () => {
    const claim = quantityClaim(
      [
        { id: 'a', outlet: 'kyiv-post', body: ['Northwind Systems said the outage was fixed.', 'Northwind Systems’ shares were down 20% in pre-market trading on Wall Street on Friday.'] },
        { id: 'b', outlet: 'moscow-times', body: ['Northwind Systems apologised for the outage.', 'Northwind Systems’ share price fell over 3 per cent in trade on the NASDAQ on Friday.'] },
      ],
      '20%',
      '2023-05-15',
    );
    expect(claim?.statement, show(claim)).toBe("Fall in Northwind Systems's shares: 20% in pre-market trading (Kyiv Post); over 3 per cent in trade (The Moscow Times).");
  });

  test('a price’s move keeps the trading session it was given for; trade with a country is no session', () => {
    const sessions = (first: string, second: string) =>
      quantityClaim(
        [
          { id: 'a', outlet: 'kyiv-post', body: ['Northwind Systems said the outage was fixed.', `Northwind Systems’ shares were down 20% ${first} on Friday.`] },
          { id: 'b', outlet: 'moscow-times', body: ['Northwind Systems apologised for the outage.', `Northwind Systems’ share price fell over 3 per cent ${second} on Friday.`] },
        ],
        '20%',
        '2023-05-15',
      );
    const early = sessions('after-hours', 'at the close');
    expect(early?.statement, show(early)).toBe("Fall in Northwind Systems's shares: 20% in after-hours trading (Kyiv Post); over 3 per cent at the close (The Moscow Times).");
    // As reported, a fall of 20% and one of over 3% on one day are incompatible: the reader sees both sessions.
    expect(early?.verdict, show(early)).toBe('conflicting');
    const commerce = sessions('in early trading', 'in trade with Japan');
    expect(commerce?.statement, show(commerce)).toBe("Fall in Northwind Systems's shares: 20% in early trading (Kyiv Post); over 3 per cent (The Moscow Times).");
    // A count is no price: "in early trading" after it says nothing a reader needs to weigh it.
    const count = quantityClaim(
      [
        { id: 'a', outlet: 'kyiv-post', body: ['Dock workers went back to work at Northport.', 'Dock workers unloaded 4,000 containers in early trading hours at Northport on Friday.'] },
        { id: 'b', outlet: 'moscow-times', body: ['Northport reopened on Friday.', 'Dock workers unloaded 3,000 containers at Northport on Friday.'] },
      ],
      '4,000 containers',
      '2023-05-15',
    );
    expect(count?.statement, show(count)).not.toContain('trading');
  });
});


describe('a day counted from the report’s own gets its date', () => {
  const statementOf = (sentence: string, published: string, fragment: string): string[] =>
    claimsCiting(analyze(corpusOf([{ id: 'only', outlet: 'valley-courier', body: [sentence], published }])), fragment).map((c) => c.statement);

  test('"yesterday", "today" and "tomorrow" in the report’s narration are followed by the day in brackets', () => {
    expect(statementOf('Dock workers and ferry crews joined the strike yesterday.', '2030-03-02', 'Dock workers')).toEqual(['Dock workers and ferry crews joined the strike yesterday [1 March].']);
    expect(statementOf('Ferries will stay in port today, as will the harbour buses.', '2030-03-02', 'Ferries will stay')).toEqual(['Ferries will stay in port today [2 March], as will the harbour buses.']);
    expect(statementOf('The harbour board will meet the unions tomorrow.', '2030-03-02', 'harbour board')).toEqual(['The harbour board will meet the unions tomorrow [3 March].']);
  });

  test('a week or month counted from the report’s is named: "next week [the week of …]", "by the end of the month [March]"', () => {
    // 2 March 2030 is a Saturday: its week began on Monday 25 February.
    expect(statementOf('The harbour board will meet the unions next week.', '2030-03-02', 'harbour board')).toEqual(['The harbour board will meet the unions next week [the week of 4 March].']);
    expect(statementOf('Dock workers struck twice last week at the northern port.', '2030-03-02', 'Dock workers')).toEqual(['Dock workers struck twice last week [the week of 18 February] at the northern port.']);
    expect(statementOf('The ferry law should pass by the end of the month.', '2030-03-02', 'ferry law')).toEqual(['The ferry law should pass by the end of the month [March].']);
    expect(statementOf('The new ferries will sail from the northern port next month.', '2030-12-02', 'new ferries')).toEqual(['The new ferries will sail from the northern port next month [January].']);
  });

  test('the day before the first of a month is the last of the month before', () => {
    expect(statementOf('Dock workers and ferry crews joined the strike yesterday.', '2030-03-01', 'Dock workers')).toEqual(['Dock workers and ferry crews joined the strike yesterday [28 February].']);
  });

  test('a speaker’s day is left as said: it counts from when they spoke, which the report may not say', () => {
    const [quoted] = statementOf('“We walked out yesterday,” the dockers’ leader Ana Petrova said.', '2030-03-02', 'walked out');
    expect(quoted).toContain('yesterday');
    expect(quoted).not.toContain('[1 March]');
    const [reported] = statementOf('Ana Petrova said the strike would end tomorrow.', '2030-03-02', 'strike would end');
    expect(reported).toContain('tomorrow');
    expect(reported).not.toContain('[3 March]');
  });
});

describe('a disputed report of what someone said states what was said', () => {
  test('"X wrote on X that, according to her sources, P" becomes "According to her sources cited by X, P"', () => {
    expect(asReported('Harbour Times reporter Ana Petrova wrote on X that according to her diplomatic sources with knowledge of the talks, the two ports were planning a merger.')).toBe(
      'According to diplomatic sources with knowledge of the talks cited by Harbour Times reporter Ana Petrova, the two ports were planning a merger.',
    );
  });

  test('"X said that P" becomes "According to X, P"', () => {
    expect(asReported('Mayor Boris Lang said that the harbour would close for a month.')).toBe('According to Mayor Boris Lang, the harbour would close for a month.');
  });

  test('"A volcanologist said that he had warned …" is the holder\'s account of their own act and stays as it is; "An engineer at Nordgas said that P" reads "According to an engineer at Nordgas, P"', () => {
    const own = 'A volcanologist at the University of Veyra said on Tuesday that he had warned the agency days before the eruption.';
    expect(asReported(own)).toBe(own);
    expect(asReported('An engineer at Nordgas said that the weld had corroded.')).toBe('According to an engineer at Nordgas, the weld had corroded.');
  });

  test('a sentence of another shape is left as it is', () => {
    for (const text of ['The harbour would close for a month, officials said.', 'The port authority denied that the harbour would close.', 'the mayor said that the harbour would close.']) {
      expect(asReported(text)).toBe(text);
    }
  });

  test('a disputed claim of one outlet’s report and another’s denial is stated as the report’s proposition', () => {
    const analysis = analyze(corpusOf([
      { id: 'report', outlet: 'harbour-times', body: ['Harbour Times reporter Ana Petrova wrote on X that according to her diplomatic sources with knowledge of the talks, the two ports were planning a merger.'] },
      { id: 'denial', outlet: 'valley-courier', body: ['Port director Boris Lang denied that the two ports were planning a merger, calling the reports fake.'] },
    ]));
    const disputed = analysis.claims.find((c) => c.verdict === 'disputed');
    expect(disputed?.statement, show(disputed)).toBe('According to diplomatic sources with knowledge of the talks cited by Harbour Times reporter Ana Petrova, the two ports were planning a merger.');
  });
});
