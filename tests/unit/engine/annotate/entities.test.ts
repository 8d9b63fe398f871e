/**
 * Entities of a story: titles and roles stripped from names, the kind of each name (person,
 * organisation, outlet, place), name variants resolved to one person across articles, and people
 * who share a surname kept apart.
 */
import { describe, expect, test } from 'vitest';
import { annotate, annotateParagraphs, entityByAlias, nameOf, sentencesOf, sentenceWith } from './helpers.ts';

describe('titles and roles are stripped from names', () => {
  test.each([
    ['Russian Foreign Minister Sergey Lavrov spoke on Tuesday.', 'Sergey Lavrov', 'Foreign Minister'],
    ['The talks included Kremlin aide Yury Ushakov.', 'Yury Ushakov', 'Kremlin aide'],
    ['It was attended by US Secretary of State Marco Rubio.', 'Marco Rubio', 'Secretary of State'],
    ['It was attended by National Security Adviser Mike Waltz.', 'Mike Waltz', 'National Security Adviser'],
    ['It was attended by special envoy Witkoff.', 'Witkoff', 'special envoy'],
    ['Meanwhile, US State Department spokesperson Tammy Bruce spoke.', 'Tammy Bruce', 'State Department spokesperson'],
    ['Deputy governor Henrik Aas spoke to the board.', 'Henrik Aas', 'Deputy governor'],
    ['The board met Jana Puglierin, a senior fellow at the institute.', 'Jana Puglierin', 'senior fellow'],
    ["Russia's chief foreign policy adviser, Yury Ushakov, was there.", 'Yury Ushakov', 'chief foreign policy adviser'],
    ['Mining Minister Catalina Herrera visited the site.', 'Catalina Herrera', 'Mining Minister'],
    ['A visit by Dr. Anna Kowalski ended the dispute.', 'Anna Kowalski', null],
  ])('%s → %s (%s)', (text, name, role) => {
    const result = annotateParagraphs(text);
    const person = result.entities.find((e) => e.kind === 'person');
    expect(person?.name).toBe(name);
    expect(person?.roles).toEqual(role === null ? [] : [role]);
  });
});

describe('kinds', () => {
  test.each([
    ['The envoy flew to Riyadh on Monday.', 'Riyadh', 'place'],
    ['Officials in Saudi Arabia confirmed it.', 'Saudi Arabia', 'place'],
    ['The delegates met in Saudia Arabia on Tuesday.', 'Saudia Arabia', 'place'],
    ['Protests spread to Hlinsko overnight, police said.', 'Hlinsko', null],
    ['Protesters gathered in Hlinsko overnight.', 'Hlinsko', 'place'],
    ['The Kremlin declined to comment.', 'Kremlin', 'organization'],
    ['The deal was welcomed by the European Union.', 'European Union', 'organization'],
    ['A spokeswoman for the Russian Foreign Ministry replied.', 'Russian Foreign Ministry', 'organization'],
    ['Andes Copper Corporation owns the mine.', 'Andes Copper Corporation', 'organization'],
    ['The plan was reported by Reuters.', 'Reuters', 'outlet'],
    ['The plan was first reported by AP News.', 'AP News', 'outlet'],
    ['The minister spoke to NATO allies.', 'NATO', 'organization'],
    ['Lawmakers on Capitol Hill said the deal was dead.', 'Capitol Hill', 'place'],
    ['The strike was part of Operation Sindoor.', 'Operation Sindoor', null],
    ['Hurricane Melissa hit the coast.', 'Hurricane Melissa', null],
    ['The San Rafael mine was closed.', 'San Rafael', null],
    ['Police said the road was closed.', 'Police', null],
    // A street, river or bridge by its head word, a mountain or lake by its title; not a surname ("Hill").
    ['Yellow ribbons were tied to the trees along Harbour Street.', 'Harbour Street', 'place'],
    ['The cabin fell near the summit of Mount Orsa.', 'Mount Orsa', 'place'],
    ['Divers searched below the Sannet Bridge overnight.', 'Sannet Bridge', 'place'],
    ['Fiona Hill told the committee the plan was dead.', 'Fiona Hill', 'person'],
  ])('%s: %s is %s', (text, alias, kind) => {
    const result = annotateParagraphs(text);
    const entity = result.entities.find((e) => e.aliases.includes(alias));
    expect(entity?.kind ?? null).toBe(kind);
  });

  test.each([
    'Meanwhile, the talks went on.',
    'Representing the company were two lawyers.',
    'Describing the talks, the envoy was upbeat.',
    'Both sides agreed to meet again.',
    'Separately, the board met.',
    'Russian and Ukrainian officials were absent.',
    'What Happens Next?',
  ])('"%s" has no entities', (text) => {
    expect(annotateParagraphs(text).entities).toEqual([]);
  });

  test('a demonym is never an entity, but the country is', () => {
    const result = annotateParagraphs('Ukrainian officials said Ukraine would respond.');
    expect(result.entities.map((e) => e.name)).toEqual(['Ukraine']);
  });

  test('corpus outlets are outlets', () => {
    const result = annotateParagraphs('The figures were first published by the Andes Herald.', [
      { id: 'andes-herald', name: 'Andes Herald', url: 'https://example.org/', kind: 'newspaper' },
    ]);
    expect(entityByAlias(result, 'Andes Herald').kind).toBe('outlet');
  });

  test('a hyphenated pair of known names yields both people', () => {
    const result = annotateParagraphs('Vladimir Putin and Donald Trump may meet. A Putin-Trump summit was discussed.');
    const sentence = result.sentences.get('a')?.[1];
    expect(sentence?.mentions.map((m) => nameOf(result, m.entity))).toEqual(['Vladimir Putin', 'Donald Trump']);
  });
});

describe('name variants resolve to one person across the articles of a story', () => {
  const story = annotate({
    articles: [
      { id: 'one', outlet: 'x', sentences: sentencesOf('one', 'Aide Yuri Ushakov and Michael Waltz met. Ushakov spoke first.\n\nPresident Volodymyr Zelenskyy was absent.') },
      { id: 'two', outlet: 'y', sentences: sentencesOf('two', 'Kremlin aide Yury Ushakov met Mike Waltz. Besides Ushkaov, Sergei Lavrov came.\n\nZelensky objected.') },
      { id: 'three', outlet: 'z', sentences: sentencesOf('three', 'Yury Ushakov and Sergey Lavrov left. Lavrov said nothing.\n\nVolodymyr Zelensky spoke later.') },
    ],
    outlets: [],
  });

  test.each([
    ['Yuri Ushakov', 'Yury Ushakov'],
    ['Ushakov', 'Yury Ushakov'],
    ['Ushkaov', 'Yury Ushakov'],
    ['Mike Waltz', 'Michael Waltz'],
    ['Sergey Lavrov', 'Sergei Lavrov'],
    ['Lavrov', 'Sergei Lavrov'],
    ['Zelensky', 'Volodymyr Zelensky'],
    ['Volodymyr Zelenskyy', 'Volodymyr Zelensky'],
  ])('%s is %s', (alias, canonical) => {
    expect(entityByAlias(story, alias).name).toBe(canonical);
  });

  test('the canonical name is the most frequent full form; ties go to more articles, then alphabetical order', () => {
    // Yury Ushakov x2 beats Yuri Ushakov x1; Mike/Michael 1-1 in one article each: alphabetical.
    expect(entityByAlias(story, 'Ushakov').id).toBe('yury-ushakov');
    expect(entityByAlias(story, 'Mike Waltz').name).toBe('Michael Waltz');
  });

  test('each real person is one entity', () => {
    const people = story.entities.filter((e) => e.kind === 'person').map((e) => e.name);
    expect(people).toEqual(['Michael Waltz', 'Sergei Lavrov', 'Volodymyr Zelensky', 'Yury Ushakov']);
  });

  test('entities are sorted by id and aliases alphabetically', () => {
    const ids = story.entities.map((e) => e.id);
    expect(ids).toEqual([...ids].sort());
    for (const e of story.entities) expect(e.aliases).toEqual([...e.aliases].sort());
  });
});

describe('distinct people stay distinct', () => {
  test('two people with one surname, and a bare surname goes to the one named last', () => {
    const result = annotateParagraphs('Donald Trump met Melania Trump. Trump later said she was tired.');
    expect(result.entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['Donald Trump', 'Melania Trump']);
    const later = result.sentences.get('a')?.[1];
    expect(nameOf(result, later?.attribution.speaker ?? null)).toBe('Melania Trump');
  });

  test('a byline\'s reporters are no people of the story, so a spokesman who shares a surname with one keeps his own name', () => {
    const result = annotateParagraphs('By RAFIQ MAQBOOL, ASHOK SHARMA and KRUTIKA PATHI, The Associated Press\n\nTen coaches derailed, said Amitabh Sharma, a railway ministry spokesperson. The debris was hit by another train, he added.');
    expect(result.entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['Amitabh Sharma']);
  });

  test('a short name one letter away from another is not a typo', () => {
    const result = annotateParagraphs('Anna Bell met Tom Bill. Bill left early.');
    expect(entityByAlias(result, 'Bill').name).toBe('Tom Bill');
    expect(entityByAlias(result, 'Anna Bell').aliases).toEqual(['Anna Bell']);
  });
});

describe('capitalised words in running text', () => {
  test.each([
    ['Ana Ruiz said the bridge would reopen in May after repairs by the city.'],
    ['Ana Ruiz said the river bridge would reopen on Monday.'],
  ])('a month or weekday does not make "%s" a headline: its name is a person', (text) => {
    expect(annotateParagraphs(text).entities.map((e) => [e.kind, e.name])).toEqual([['person', 'Ana Ruiz']]);
  });
});

describe('a number word opening a sentence is a numeral, not a name', () => {
  test.each([
    ['Fourteen Varenian spooks have been given their marching orders.'],
    ['Three Russian officials were expelled on Monday.'],
  ])('"%s" names no person', (text) => {
    expect(annotateParagraphs(text).entities.filter((e) => e.kind === 'person')).toEqual([]);
  });
});

describe('across the articles of a story', () => {
  const story = annotate({
    articles: [
      { id: 'one', outlet: 'x', sentences: sentencesOf('one', 'Governor Ingrid Solberg raised the rate on Monday. A spokeswoman for the Russian Foreign Ministry replied. The Ukrainian Foreign Ministry objected.') },
      { id: 'two', outlet: 'y', sentences: sentencesOf('two', 'Ingrid Solbreg said inflation was too high. The Russian Foreign Ministry said nothing. The Foreign Ministry later issued a statement.') },
    ],
    outlets: [],
  });

  test('a one-letter typo of a surname with the same given name is the same person', () => {
    expect(entityByAlias(story, 'Ingrid Solbreg').name).toBe('Ingrid Solberg');
  });

  test('"Russian Foreign Ministry" and "Ukrainian Foreign Ministry" are two ministries; a bare one joins the most named', () => {
    expect(story.entities.filter((e) => e.kind === 'organization').map((e) => e.name)).toEqual(['Russian Foreign Ministry', 'Ukrainian Foreign Ministry']);
    expect(entityByAlias(story, 'Foreign Ministry').name).toBe('Russian Foreign Ministry');
  });
});

describe('a bare name after "the" points back into its own article', () => {
  const story = annotate({
    articles: [
      { id: 'one', outlet: 'x', sentences: sentencesOf('one', 'Northern Star Express hit a freight train near the station. Southern Cross Express was also damaged, and Southern Cross Express lost four carriages.') },
      { id: 'two', outlet: 'y', sentences: sentencesOf('two', 'Several carriages derailed near the station. It remains unclear how the Express ended up on the same track.') },
      { id: 'three', outlet: 'z', sentences: sentencesOf('three', 'Northern Star Express was running late. Investigators asked why the Express was on the loop line.') },
    ],
    outlets: [],
  });
  const named = (article: string, fragment: string): Array<string | null> =>
    sentenceWith(story, fragment, article).mentions.map((m) => nameOf(story, m.entity));

  test('with several "… Express" in the story and none named before it in its article, "the Express" names none of them', () => {
    expect(named('two', 'the Express ended up')).toEqual([]);
  });

  test('after the full name in its own article, "the Express" is that one', () => {
    expect(named('three', 'the Express was on')).toEqual(['Northern Star Express']);
  });
});

describe('a word shouted in capitals is no part of a name', () => {
  test('"they RANG Nordgas", "booed BANNED Amara Kessel" name Nordgas and Amara Kessel; an acronym stays a name ("BBC")', () => {
    const result = annotateParagraphs('Terrified villagers say they RANG Nordgas on Sunday to report a stink of gas.\n\nNordgas said the only call that week was about a bill.\n\nFans booed BANNED Amara Kessel at the finish.\n\nThe BBC reported the story.');
    const names = result.entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Nordgas', 'Amara Kessel', 'BBC']));
    expect(names.filter((n) => /RANG|BANNED/.test(n))).toEqual([]);
  });
});

describe('one name right after a preposition of location is a place, not a surname', () => {
  test('"a medical in Alvarra" is the town, not the club Sporting Alvarra; the club stays one entity', () => {
    const result = annotateParagraphs('The striker Luka Arvedi has joined Sporting Alvarra. He had a medical in Alvarra on Friday. Sporting Alvarra said the deal was done.');
    expect(entityByAlias(result, 'Alvarra').kind).toBe('place');
    expect(entityByAlias(result, 'Sporting Alvarra').aliases).not.toContain('Alvarra');
  });

  test('a surname after "from" or "with" still names the person ("a statement from Arvedi")', () => {
    const result = annotateParagraphs('The striker Luka Arvedi has joined the club. A statement from Arvedi followed on Friday.');
    expect(entityByAlias(result, 'Arvedi').name).toBe('Luka Arvedi');
  });
});
