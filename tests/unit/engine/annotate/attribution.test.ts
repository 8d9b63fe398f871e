import { describe, expect, test } from 'vitest';
import { annotateParagraphs, nameOf, sentenceWith } from './helpers.ts';

/** Speaker name, cue, via and anonymity of the last sentence of `text`. */
function attributionOf(text: string): [string | null, string | null, string | null, boolean] {
  const result = annotateParagraphs(text);
  const sentence = result.sentences.get('a')?.at(-1);
  const a = sentence?.attribution;
  return [nameOf(result, a?.speaker ?? null), a?.cue ?? null, a?.via ?? null, a?.anonymous ?? false];
}

describe('speaker and cue', () => {
  test.each([
    ['Kirill Volkov said the talks went well.', 'Kirill Volkov', 'said'],
    ['“Not bad, I think,” Kremlin aide Yury Ushakov told reporters.', 'Yury Ushakov', 'told'],
    ['“We are ready,” said Anna Berg.', 'Anna Berg', 'said'],
    ['The talks went on for hours, Anna Berg said, adding that more were planned.', 'Anna Berg', 'said'],
    ['Anna Berg, attending the talks alongside Piotr Nowak, described the talks as useful.', 'Anna Berg', 'described ... as'],
    ['Another member of the team, Piotr Nowak, said it was too early.', 'Piotr Nowak', 'said'],
    ['Jana Lind, a senior fellow at the European Council on Foreign Relations, said the risk was high.', 'Jana Lind', 'said'],
    ['Piotr Nowak denied any knowledge of the plan.', 'Piotr Nowak', 'denied'],
    ['Piotr Nowak called the meeting “very useful”.', 'Piotr Nowak', 'called'],
    ['Piotr Nowak also stressed that nothing was agreed.', 'Piotr Nowak', 'stressed'],
    ['Governor Marta Ilves promised that “whoever is responsible will answer for it.”', 'Marta Ilves', 'promised'],
    ['Speaking in Oslo, Finance Minister Ola Dahl said the budget was safe.', 'Ola Dahl', 'said'],
    ['In a statement, the Kremlin said the talks were useful.', 'Kremlin', 'said'],
    ['Microsoft stated on Saturday that the update affected 8.5 million systems.', 'Microsoft', 'stated'],
    ['Anna Berg noted earlier that the figures were provisional.', 'Anna Berg', 'noted'],
    ['Anna Berg stated her name and left.', null, null],
    // A company before a title and a name qualifies the person, who is the one quoted.
    ['Cyber-security firm Voltrex has admitted the fault.\n\nAccording to Voltrex boss Anna Berg, the fault was in one update.', 'Anna Berg', 'according to'],
    ['The region is home to some 40,000 people.', null, null],
    ['That said, the envoy left early.', null, null],
    ['Ola Dahl declined to say whether the plan was final.', null, null],
    // A second verb of the subject's predicate: the sentence's subject says it.
    ['Labour Minister Ola Dahl ordered an inquiry and said a committee would report within 30 days.', 'Ola Dahl', 'said'],
  ])('%s → %s / %s', (text, speaker, cue) => {
    const [who, how] = attributionOf(text);
    expect(who).toBe(speaker);
    expect(how).toBe(cue);
  });
});

describe('intermediaries (via)', () => {
  test.each([
    ['“We need missions,” Anna Berg said, according to AP News.', 'Anna Berg', 'AP'],
    ['“We are ready,” he said, quoted by AP News.', null, 'AP'],
    ['Anna Berg told AP that the staff would return.', 'Anna Berg', 'AP'],
    ['Anna Berg told state broadcaster Channel One that it went well.', 'Anna Berg', 'Channel One'],
    ['Piotr Nowak said it was too early, Reuters reported.', 'Piotr Nowak', 'Reuters'],
    ['Piotr Nowak denied it and said the reports were “fake”, TASS reported.', 'Piotr Nowak', 'TASS'],
    ['CNN said Anna Berg also named four principles.', 'Anna Berg', 'CNN'],
    // Earlier reporting by another outlet is not the source of a named speaker's own words.
    ['Anna Berg said a summit was unlikely, as Bloomberg had earlier reported.', 'Anna Berg', null],
    ['He said talks would resume on Monday, as Reuters reported last week.', null, null],
    ['Anna Berg stressed that no date was set, as AP previously reported.', 'Anna Berg', null],
    ['The summit will not take place next week, as Bloomberg had earlier reported.', null, 'Bloomberg'],
    ['Anna Berg said a summit was unlikely, Bloomberg reported.', 'Anna Berg', 'Bloomberg'],
    ['“It is hard to say,” Anna Berg told a television station, according to AFP.', 'Anna Berg', 'AFP'],
    ['According to The Guardian, the deal is close.', null, 'The Guardian'],
  ])('%s → %s via %s', (text, speaker, via) => {
    const [who, , through] = attributionOf(text);
    expect(who).toBe(speaker);
    expect(through).toBe(via);
  });

  test('a correspondent writing for an outlet reports via that outlet', () => {
    const [who, cue, via, anonymous] = attributionOf(
      'Fox News White House Correspondent Jacqui Reyes wrote on X that according to her diplomatic sources, a plan was proposed.',
    );
    expect([who, cue, via, anonymous]).toEqual(['Jacqui Reyes', 'wrote', 'Fox News', true]);
  });
});

describe('unnamed sources', () => {
  test.each([
    ['Russian officials said the deal was close.', true],
    ['According to two sources close to the board, the ministry was briefed.', true],
    ['People familiar with the talks said a deal was near.', true],
    ['A source close to the minister confirmed the plan.', true],
    ['The plan, one official said on condition of anonymity, is ready.', true],
    ['Anna Berg said the deal was close.', false],
    ['Anna Berg told analysts the plan was dead.', false],
    ['Anna Berg said comments by top officials suggesting a deal were wrong.', false],
    ['No Ukrainian officials were present at the meeting.', false],
    // A free relative: their word for one thing, not the source of the sentence.
    ['The bank raised its rate to 6.25 percent, brushing aside what people close to the government described as pressure.', false],
    ['What people close to the government described as pressure was ignored, one official said on condition of anonymity.', true],
  ])('%s → anonymous %s', (text, anonymous) => {
    expect(attributionOf(text)[3]).toBe(anonymous);
  });

  test('narration has no speaker', () => {
    expect(attributionOf('The meeting marks the first high-level contact since 2022.')).toEqual([null, null, null, false]);
  });
});

describe('pronouns and quotations across sentences', () => {
  test('"he said" goes to the last person speaker', () => {
    const text = 'Anna Berg spoke first. Piotr Nowak said the talks were long.\n\n“We are ready,” he said.';
    expect(attributionOf(text)[0]).toBe('Piotr Nowak');
  });

  test('a name inside a long quotation is talked about: the "he said" that closes it is still the speaker', () => {
    const text = 'Piotr Nowak is ahead with 47.4%, Mayor Tomasz Kowal said on Sunday. “We have data from most ballot boxes. Nowak has 11.4 million votes. Adam Zielinski has 11.2 million votes. I think it will be over in the first round,” he said.';
    expect(attributionOf(text)[0]).toBe('Tomasz Kowal');
  });

  test('a "he" that reports nothing refers to who the text is about, not to the last speaker', () => {
    const result = annotateParagraphs('“The count is final,” Tomasz Kowal, head of the board, said.\n\nPiotr Nowak became mayor in 2003 and stayed until 2014, when he became governor. He changed the city charter through a referendum.');
    const [, about, next] = result.sentences.get('a') ?? [];
    const his = (s: typeof about) => (s?.mentions ?? []).filter((m) => m.pronoun).map((m) => nameOf(result, m.entity));
    expect(his(about)).toEqual(['Piotr Nowak']);
    expect(his(next)).toEqual(['Piotr Nowak']);
  });

  test('"he said" in a sentence that opens on a person is that person, not the last speaker', () => {
    const text = '“We are ready,” Ewa Lis said.\n\nPiotr Nowak, head of the union, addressed the government before the march: “We cannot be deaf to this movement”, he said.';
    expect(attributionOf(text)[0]).toBe('Piotr Nowak');
  });

  test('a paragraph break inside a quotation: the sentences before an unopened closing mark are quoted, and take its speaker', () => {
    const result = annotateParagraphs('Anna Berg, the chief executive, said the company was working on a fix. “The issue has been identified. We refer customers to the portal.\n\nWe further recommend that customers use official channels. Our team is fully mobilised,” she added.');
    const recommend = result.sentences.get('a')?.find((s) => s.text.startsWith('We further'));
    expect(recommend?.quotes.length).toBe(1);
    expect(nameOf(result, recommend?.attribution.speaker ?? null)).toBe('Anna Berg');
  });

  test('a long quotation does not use up the reach of the "he added" that closes it', () => {
    const text = 'Piotr Nowak met the board on Monday. “The plan is ready,” Nowak said. Another member, Adam Zielinski, left early. “We have the money. We have the staff. We have the sites. We have the time. We start in May,” he added.';
    expect(attributionOf(text)[0]).toBe('Piotr Nowak');
  });

  test('"she said" after a sentence that opens on another person is that person, not the speaker heard before', () => {
    const text = 'Viktor Lang said: “We will not accept this result.”\n\nIlse Koren, a 41-year-old former schoolteacher, thanked the counters. “Every vote was counted twice,” she said.';
    expect(attributionOf(text)[0]).toBe('Ilse Koren');
  });

  test('"he added" after a sentence that quotes no one carries on the last speaker; after a quotation, its speaker named there', () => {
    expect(attributionOf('Piotr Nowak met the board on Monday. “The plan is ready,” Nowak said. Another member, Adam Zielinski, left early. “We have the money,” he added.')[0]).toBe('Piotr Nowak');
    expect(attributionOf('“We are ready,” Ewa Lis said. “They are manipulating the results,” said Mayor Ekrem Imamoglu. “The nation will see it by morning,” he added.')[0]).toBe('Ekrem Imamoglu');
  });

  test('a subject that names its holder after an office and a comma speaks: "The union\'s secretary-general, Hana Brix, …: “…,” she told"', () => {
    const text = 'Viktor Lang said: “We will not accept this result.”\n\nThe Civic Union\'s secretary-general, Hana Brix, accused the observers of shouting: “They stood over the tables,” she told Radio Carvenia.';
    expect(attributionOf(text)[0]).toBe('Hana Brix');
  });

  test('"he said" after a sentence whose subject did something "and said" something is that subject, not the speaker before', () => {
    const text = '“The factory passed its last inspection,” Teodor Halvik said. Labour Minister Ansel Voronov ordered an inquiry and said a committee would report within 30 days. The government will pay each family 500,000 crowns, he said.';
    expect(attributionOf(text)[0]).toBe('Ansel Voronov');
  });

  test('"he called" in a sentence that opens on a person after an office ("Union leader Tomas Reiner …") is that person', () => {
    const text = '“The stoppage costs the economy 95 million crowns a day,” Piotr Nowak said. The dispute turned bitter last weekend. Union leader Tomas Reiner accused the operator of bringing in replacement crews on Saturday, which he called “a provocation that nearly sank these talks.”';
    expect(attributionOf(text)[0]).toBe('Tomas Reiner');
  });

  test('the subject of a reporting verb is still the last speaker, whoever the sentence before named', () => {
    const text = '“We are ready,” Ewa Lis said. Her deputy met Piotr Nowak on Monday. “It went well,” she added.';
    expect(attributionOf(text)[0]).toBe('Ewa Lis');
  });

  test('"she" skips a man and finds the woman who spoke', () => {
    const text = 'Spokeswoman Ewa Lis said the office was closed. Piotr Nowak was not there. She added that it would reopen.';
    expect(attributionOf(text)[0]).toBe('Ewa Lis');
  });

  test('a role names the person who has it: "the foreign minister said"', () => {
    const text = 'Foreign Minister Piotr Nowak arrived. “We have every reason to hope,” the Polish foreign minister said.';
    expect(attributionOf(text)[0]).toBe('Piotr Nowak');
  });

  test('a capitalised modifier names the office: "the Railway Minister" is not the chief minister named after the verb', () => {
    const text = 'Railway Minister Marek Kowal visited the site. The Railway Minister also refuted Chief Minister Ewa Lis’s allegation that the signal had failed.';
    expect(attributionOf(text)[0]).toBe('Marek Kowal');
  });

  test('a lower-case noun may name the office: "Poland’s railway minister" is the Railway Minister', () => {
    const text = 'Railway Minister Marek Kowal visited the site. Poland’s railway minister has suggested that the signal had failed.';
    expect(attributionOf(text)[0]).toBe('Marek Kowal');
  });

  test('a lower-case word the story does not give the office leaves no one: "the new minister" may be another', () => {
    const text = 'Minister Marek Kowal visited the site. The new minister said that the signal had failed.';
    expect(attributionOf(text)[0]).toBe(null);
  });

  test('an office after a place\'s possessive is not the story\'s only holder of it: "Ukraine’s foreign minister" is not Russia\'s', () => {
    const text = 'Russian Foreign Minister Piotr Nowak arrived. Ukraine’s foreign minister said that the talks had failed.';
    expect(attributionOf(text)[0]).toBe(null);
  });

  test('a modifier the story does not know leaves the office alone: "the CHP leader" is its leader', () => {
    const text = 'Opposition leader Kemal Arslan spoke in Ankara. “We will be here until the last vote has been counted,” the CHP leader said.';
    expect(attributionOf(text)[0]).toBe('Kemal Arslan');
  });

  test('"refuted" reports a denial on the record, like "denied"', () => {
    const text = 'Minister Marek Kowal refuted the reports on Monday.';
    expect(attributionOf(text)[1]).toBe('refuted');
  });

  test('a quotation introduced by a colon belongs to the subject', () => {
    const text = 'Foreign Minister Piotr Nowak arrived. However, the foreign minister sought to temper hopes: “Today was only a start.”';
    expect(attributionOf(text)[0]).toBe('Piotr Nowak');
  });

  test('a quote-only sentence inherits the speaker of the sentence before it in the paragraph', () => {
    const result = annotateParagraphs('“Not bad,” Anna Berg told reporters. “It was a very serious discussion.”');
    const [first, second] = result.sentences.get('a') ?? [];
    expect(second?.attribution.speaker).toBe(first?.attribution.speaker);
    expect(nameOf(result, second?.quotes[0]?.speaker ?? null)).toBe('Anna Berg');
  });

  test('a paragraph that is only a quotation goes on quoting the speaker the paragraph before ended on', () => {
    expect(attributionOf('“A fix has been deployed,” Anna Berg said.\n\n“This is not a cyberattack.”')[0]).toBe('Anna Berg');
    expect(attributionOf('“The real fight starts now,” said Piotr Nowak.\n\n“We have not been heard. We use the only means we have left.”')[0]).toBe('Piotr Nowak');
  });

  test('a quotation paragraph takes no speaker across narration, and the speaker its own paragraph names comes first', () => {
    expect(attributionOf('“A fix has been deployed,” Anna Berg said.\n\nThe shares fell.\n\n“This is not a cyberattack.”')[0]).toBe(null);
    const result = annotateParagraphs('“A fix has been deployed,” Anna Berg said.\n\n“It is over.” “We are done,” Piotr Nowak said.');
    expect(nameOf(result, result.sentences.get('a')?.[1]?.attribution.speaker ?? null)).toBe('Piotr Nowak');
  });

  test('an unfinished quotation inherits the speaker of the sentence that closes it', () => {
    const result = annotateParagraphs('“We know the reality. Those are the basics,” Anna Berg said.');
    const [first] = result.sentences.get('a') ?? [];
    expect(nameOf(result, first?.attribution.speaker ?? null)).toBe('Anna Berg');
  });

  test('list items after "named four principles:" inherit the speaker', () => {
    const result = annotateParagraphs('CNN said Anna Berg named four principles:\n\n1. “To restore the missions.”\n2. “To appoint a team.”');
    const items = result.sentences.get('a')?.slice(1) ?? [];
    expect(items.map((s) => [nameOf(result, s.attribution.speaker), s.attribution.via])).toEqual([
      ['Anna Berg', 'CNN'],
      ['Anna Berg', 'CNN'],
    ]);
  });

  test('a quote-only sentence in a new paragraph without a lead-in stays unattributed', () => {
    const result = annotateParagraphs('Anna Berg said the talks were long.\n\n“It was a very serious discussion.”');
    expect(result.sentences.get('a')?.[1]?.attribution.speaker).toBeNull();
  });

  test('a direct quotation right after "X told AP" keeps AP as intermediary', () => {
    const result = annotateParagraphs('Anna Berg told AP that staff would return.\n\n“We need vibrant missions,” Anna Berg said.');
    expect(result.sentences.get('a')?.[1]?.attribution.via).toBe('AP');
  });

  test('a quoted speech verb is not a cue', () => {
    const result = annotateParagraphs('Piotr Nowak met the press. The sign read “Anna Berg said no”.');
    expect(result.sentences.get('a')?.[1]?.attribution.speaker).toBeNull();
  });
});

describe('an office named with "the" refers back to the person who holds it', () => {
  /** The people a sentence mentions, by name, with the text of each mention. */
  const mentioned = (text: string, fragment: string): Array<[string | null, string]> => {
    const result = annotateParagraphs(text);
    const sentence = sentenceWith(result, fragment);
    return sentence.mentions.map((m) => [nameOf(result, m.entity), sentence.text.slice(m.start, m.end)]);
  };

  test('"The president scored 49.51%" mentions the president named before', () => {
    const text = 'President Ahmet Demir spoke in Ankara on Sunday.\n\nThe president scored 49.51% in the first round.';
    expect(mentioned(text, 'scored')).toEqual([['Ahmet Demir', 'The president']]);
  });

  test('another office with a complement is not that office: "the head of the electoral board"', () => {
    const text = 'Party head Ahmet Demir spoke in Ankara on Sunday.\n\nThe head of the electoral board said the count was over.';
    expect(mentioned(text, 'count was over').map(([name]) => name)).not.toContain('Ahmet Demir');
  });

  test('an office whose person an appositive names is not resolved again: "the health minister, Jonas Ekberg,"', () => {
    const text = 'Health Minister Jonas Ekberg visited the hospital.\n\nThe regional health minister, Jonas Ekberg, called the attack a crime.';
    expect(mentioned(text, 'called the attack')).toEqual([['Jonas Ekberg', 'Jonas Ekberg']]);
  });

  test('an indefinite office names no one: "a minister"', () => {
    const text = 'Minister Marek Kowal visited the site.\n\nA minister later said the line was open.';
    expect(mentioned(text, 'line was open')).toEqual([]);
  });
});

describe('a participle cue takes the subject that opens the main clause', () => {
  test('a name the main clause has as its object is not the speaker: "…to force President Anna Berg to drop the plan, warning that…"', () => {
    const text = 'For the union leader, the success of the strike means the movement can force President Anna Berg to drop the plan, warning that a refusal would set off a crisis.';
    expect(attributionOf(text)[0]).toBeNull();
  });

  test('the name that opens the sentence speaks: "Piotr Nowak met reporters, warning that…"', () => {
    expect(attributionOf('Piotr Nowak met reporters on Monday, warning that the talks could fail.')[0]).toBe('Piotr Nowak');
  });

  test('after an opening adjunct: "Speaking in Warsaw, the foreign minister Piotr Nowak…"', () => {
    expect(attributionOf('Speaking in Warsaw on Monday, Foreign Minister Piotr Nowak warned that the talks could fail.')[0]).toBe('Piotr Nowak');
  });

  test('"by" and a speech cue after a verb is how its subject spoke: "Piotr Nowak continued by saying that…"', () => {
    expect(attributionOf('Piotr Nowak continued by saying that official data showed the party in the lead.').slice(0, 2)).toEqual(['Piotr Nowak', 'saying']);
  });

  test('the speaker of "by saying" is the subject of the verb before "by", not a name after the cue', () => {
    const text = 'Piotr Nowak met the press in Warsaw.\n\nHe ended by saying that Anna Berg had done nothing wrong.';
    expect(attributionOf(text)[0]).toBe('Piotr Nowak');
  });

  test('a quotation put first does not hide the speaker after it: "“We will win” Kemal Arslan, 74, …, said, arguing that…"', () => {
    const text = '“We will absolutely win the second round” Kemal Arslan, 74, the candidate of a six-party alliance, said, arguing that the president had lost the trust of the nation.';
    expect(attributionOf(text)[0]).toBe('Kemal Arslan');
  });
});

/** The unnamed institution, cue and named speaker of the last sentence of `text`. */
function institutionOf(text: string): [string | null, string | null, string | null] {
  const result = annotateParagraphs(text);
  const a = result.sentences.get('a')?.at(-1)?.attribution;
  return [a?.institution ?? null, a?.cue ?? null, nameOf(result, a?.speaker ?? null)];
}

describe('an organisation named by what it is speaks (police, the interior ministry)', () => {
  test.each([
    ['Clashes broke out near the station, and police said 22 people had been arrested.', 'police', 'said'],
    ['Police said 22 people had been arrested.', 'police', 'said'],
    ['According to the country’s interior ministry, around 1.28 million people took part.', 'the country’s interior ministry', 'according to'],
    ['The hard-left CGT union put the number of protesters at 3.5 million.', 'the hard-left CGT union', 'put'],
    ['The march was peaceful, but police estimated the crowd at about 80,000.', 'police', 'estimated'],
    ['The police, however, assure that there were 81,000.', 'the police', 'assure'],
    ['The unions say 700,000 people marched.', 'the unions', 'say'],
    ['The unions point out that 700,000 people marched in Paris.', 'the unions', 'point'],
    ['French police said 40 people were detained.', 'French police', 'said'],
    ['Health ministry officials in Lyon said the hospital was full.', null, 'said'],
  ])('%s → %s / %s', (text, institution, cue) => {
    const [which, how, speaker] = institutionOf(text);
    expect(which).toBe(institution);
    expect(how).toBe(cue);
    expect(speaker).toBeNull();
  });

  test.each([
    ['a verb that gives no figure is no cue: "put pressure on"', 'The unions put pressure on the government to withdraw the bill.'],
    ['an organisation after a preposition is part of another phrase', 'A spokesman for the ministry said the figure was wrong.'],
    ['the last noun heads the phrase: "a court official" is an unnamed person', 'According to a court official, the firm’s former director will testify next week.'],
    ['two figures with a source each give the sentence none', 'That beat January 31, when 1.27 million people (according to police) and 2.8 million (according to the unions) took to the streets.'],
    ['an organisation that is the object of a verb does not speak', 'Ministers plan to meet the unions on Monday.'],
    ['"point out" reports only with "that"', 'The union banner points out of the window of the town hall.'],
  ])('%s', (_rule, text) => {
    expect(institutionOf(text)[0]).toBeNull();
  });

  test('a named speaker before the institution keeps the sentence', () => {
    const [institution, cue, speaker] = institutionOf('Interior Minister Gérald Darmanin said police had arrested 22 people.');
    expect([institution, cue, speaker]).toEqual([null, 'said', 'Gérald Darmanin']);
  });

  test('an office with an alliance in its complement stays the speaker’s ("the candidate of a six-party alliance, said")', () => {
    const text = '“We will absolutely win the second round” Kemal Arslan, 74, the candidate of a six-party alliance, said, arguing that the president had lost the trust of the nation.';
    const [institution, , speaker] = institutionOf(text);
    expect([institution, speaker]).toEqual([null, 'Kemal Arslan']);
  });
});

test('a run of capitals that ends on an office is a title, not a person: "Northwind CEO responds …"', () => {
  const result = annotateParagraphs('UPDATE: Northwind CEO responds In a statement published on Monday, Northwind CEO Lena Holt said the company was working on a fix.');
  const names = [...result.entities.values()].filter((e) => e.kind === 'person').map((e) => e.name);
  expect(names).toEqual(['Lena Holt']);
});

test('a month\'s name after an office and before another name is a given name: "Mayor Jan Kowal said"', () => {
  expect(attributionOf('Mayor Jan Kowal said the count was fair.')[0]).toBe('Jan Kowal');
  expect(attributionOf('Ms April Ryan said the count was late.')[0]).toBe('April Ryan');
  // A month that dates something stays a month.
  const result = annotateParagraphs('The mayor said in May Kowal had won the vote.');
  expect([...result.entities.values()].map((e) => e.name)).not.toContain('May Kowal');
});

describe('a plural noun for people opening the sentence is no name', () => {
  test.each([
    ['Organisers said 50,000 people marched on Monday.'],
    ['Rescuers said no more survivors were found.'],
    ['Witnesses said the train left the tracks at speed.'],
  ])('%s', (text) => {
    expect(attributionOf(text)[0]).toBeNull();
  });

  test('a lone surname that opens the sentence still speaks', () => {
    expect(attributionOf('Kowalczyk said 50 people came.')[0]).toBe('Kowalczyk');
  });

  test('the apostrophe of a plural possessive belongs to the institution: "the teachers\' union"', () => {
    expect(institutionOf("The teachers' union said 50,000 people marched.")[0]).toBe("the teachers' union");
  });
});
