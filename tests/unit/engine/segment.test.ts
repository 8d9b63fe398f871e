import { describe, expect, test } from 'vitest';
import { SentenceIdAllocator, segmentText, sentenceHash } from '../../../src/engine/02-segment.ts';

describe('segmentText', () => {
  test.each([
    ['splits two plain sentences', 'The talks ended. Both sides spoke.', ['The talks ended.', 'Both sides spoke.']],
    [
      'keeps "U.S. Secretary" inside one sentence',
      'Representing Washington were U.S. Secretary of State Marco Rubio and others. No Ukrainian officials were present.',
      ['Representing Washington were U.S. Secretary of State Marco Rubio and others.', 'No Ukrainian officials were present.'],
    ],
    [
      'keeps "Russian-U.S." followed by a lower-case word inside one sentence',
      'Ushakov said it was “hard to say” whether Russian-U.S. relations were improving.',
      ['Ushakov said it was “hard to say” whether Russian-U.S. relations were improving.'],
    ],
    [
      'ends a sentence after a closing curly quote before the next speaker',
      '“It was a very serious discussion on every issue we wanted to address.” Ushakov said it was hard.',
      ['“It was a very serious discussion on every issue we wanted to address.”', 'Ushakov said it was hard.'],
    ],
    [
      'ends a sentence after a closing straight quote',
      '"We are ready." Waltz said more later.',
      ['"We are ready."', 'Waltz said more later.'],
    ],
    [
      'keeps a quotation ending on its own question or exclamation mark with its speech tag in lower case',
      '“Where were the police?” said farmer Jan Vell, 61. "Why?" Nobody answered. "Go!" he shouted.',
      ['“Where were the police?” said farmer Jan Vell, 61.', '"Why?"', 'Nobody answered.', '"Go!" he shouted.'],
    ],
    [
      'keeps a quotation ending on "?" with a short speech tag that opens on who spoke, not with a sentence of its own',
      '“So who signed the permit for the old pier?” Aune asked on Tuesday. “Where were the police?” Residents said the alarm never sounded.',
      ['“So who signed the permit for the old pier?” Aune asked on Tuesday.', '“Where were the police?”', 'Residents said the alarm never sounded.'],
    ],
    [
      'does not split a quoted clause ended by a comma',
      '“Not bad, I think,” Kremlin aide Yury Ushakov told Channel One. It went on.',
      ['“Not bad, I think,” Kremlin aide Yury Ushakov told Channel One.', 'It went on.'],
    ],
    ['does not split a decimal', 'The 4.5-hour meeting ended. Then they left.', ['The 4.5-hour meeting ended.', 'Then they left.']],
    ['keeps a middle initial', 'Donald J. Trump spoke. He left.', ['Donald J. Trump spoke.', 'He left.']],
    [
      'ends a sentence after a clock time\'s "p.m." when a capitalised word other than a day, a month or a zone follows',
      'Witnesses saw tear gas at around 3.30 p.m. Interior Minister Lena Dorsk later denied it.',
      ['Witnesses saw tear gas at around 3.30 p.m.', 'Interior Minister Lena Dorsk later denied it.'],
    ],
    ['keeps a clock time with its weekday', 'The talks began at 3 p.m. Monday in Riyadh. They ended late.', ['The talks began at 3 p.m. Monday in Riyadh.', 'They ended late.']],
    ['keeps a clock time with its zone', 'It started at 6 a.m. GMT on Tuesday and ended at 11 a.m. Moscow time.', ['It started at 6 a.m. GMT on Tuesday and ended at 11 a.m. Moscow time.']],
    [
      'splits after a one-letter name when a quotation follows: no name goes on with a quote',
      'The chief executive said in a post on X. “Older devices are not affected.”',
      ['The chief executive said in a post on X.', '“Older devices are not affected.”'],
    ],
    ['keeps a title abbreviation', 'Mr. Putin met Dr. Smith today. They talked.', ['Mr. Putin met Dr. Smith today.', 'They talked.']],
    [
      'splits after an acronym when the next word opens a sentence',
      'Talks were held with the U.S. The meeting lasted hours.',
      ['Talks were held with the U.S.', 'The meeting lasted hours.'],
    ],
    ['keeps an ellipsis followed by lower case', 'It was positive, upbeat, constructive... solution-based.', ['It was positive, upbeat, constructive... solution-based.']],
    ['treats soft line breaks as spaces', 'The talks were\nlong. They ended.', ['The talks were long.', 'They ended.']],
    ['splits question and exclamation marks', 'What came next? Nobody knew! Then it ended.', ['What came next?', 'Nobody knew!', 'Then it ended.']],
    ['splits before a sentence that opens with a number', 'The smoke spread. 31 workers died.', ['The smoke spread.', '31 workers died.']],
    [
      'splits before a quotation that opens with a number',
      'He spoke briefly. “12 of them are safe,” he said.',
      ['He spoke briefly.', '“12 of them are safe,” he said.'],
    ],
    ['keeps "No. 5" inside one sentence', 'The ruling was case No. 5 of the term. It stood.', ['The ruling was case No. 5 of the term.', 'It stood.']],
    ['keeps "Fig. 3" inside one sentence', 'See Fig. 3 for the route. It is long.', ['See Fig. 3 for the route.', 'It is long.']],
    ['ends a sentence at "no." before a word', 'He said no. The talks ended.', ['He said no.', 'The talks ended.']],
    [
      'splits a sentence end whose space a scraped copy lost',
      'The bill would raise the age from 62 to 64 years.Some 320 marches were held.',
      ['The bill would raise the age from 62 to 64 years.', 'Some 320 marches were held.'],
    ],
    [
      'keeps initials, titles and domain names without a space',
      'Mr.Smith of the U.S.Army spoke to Amazon.com and St.Petersburg radio.',
      ['Mr.Smith of the U.S.Army spoke to Amazon.com and St.Petersburg radio.'],
    ],
    [
      'splits a credit line that runs into the next sentence, at the article that opens it',
      'The company is based in Austin. Source: Market Data Inc A software update is being blamed for the outage.',
      ['The company is based in Austin.', 'Source: Market Data Inc', 'A software update is being blamed for the outage.'],
    ],
    [
      'keeps an article that is part of the credited name, and a credit with no sentence after it',
      'Photo: The Associated Press The crowd gathered at dawn. Source: The Northwind Group',
      ['Photo: The Associated Press', 'The crowd gathered at dawn.', 'Source: The Northwind Group'],
    ],
    [
      'splits text a scraped copy spliced with neither mark nor space, but no brand written in camel case',
      'Schools were hit, with the ministry reporting thatTrade unions said the strike was the largest in years. He sold an iPhone on eBay to McDonald.',
      ['Schools were hit, with the ministry reporting that', 'Trade unions said the strike was the largest in years.', 'He sold an iPhone on eBay to McDonald.'],
    ],
    [
      'splits page furniture a scraped copy ran into the text: a byline with its date, a caption, a label and its headline',
      'Shares fell 3 per cent amid the outage by Mara van Dijk July 19, 2024 Pictured left: Chief executive Ana Petrova UPDATE: Northwind responds In a statement on Friday, Ana Petrova said a fix was ready.',
      ['Shares fell 3 per cent amid the outage', 'by Mara van Dijk July 19, 2024', 'Pictured left: Chief executive Ana Petrova', 'UPDATE: Northwind responds', 'In a statement on Friday, Ana Petrova said a fix was ready.'],
    ],
    [
      'keeps "by" before a name and a date that prose puts there, a capitalised word after a colon in prose, and a label before a sentence',
      'He was hired by Northwind on July 19, 2024 and left. The deal was signed by Acme July 19, 2024 in Paris. The chief said the CEO: “WOW: great.” UPDATE: The company said it had fixed the fault.',
      ['He was hired by Northwind on July 19, 2024 and left.', 'The deal was signed by Acme July 19, 2024 in Paris.', 'The chief said the CEO: “WOW: great.”', 'UPDATE: The company said it had fixed the fault.'],
    ],
    ['returns nothing for whitespace', '   \n ', []],
    [
      'reads a paragraph with no sentence end inside as one sentence, its closing marks and spaces trimmed as ICU would',
      '  “We will not back down,” the union’s leader said of the talks (which resume on Monday) in\nParis.”  ',
      ['“We will not back down,” the union’s leader said of the talks (which resume on Monday) in Paris.”'],
    ],
  ])('%s', (_name, input, expected) => {
    expect(segmentText(input).map((s) => s.text)).toEqual(expected);
  });

  test('offsets point at the sentence inside the block text', () => {
    const text = '  First one.  Second one. ';
    for (const span of segmentText(text)) expect(text.slice(span.start, span.end)).toBe(span.text);
    // A paragraph read as one sentence without ICU (no terminator inside) is located the same way.
    expect(segmentText(' One sentence, no end mark inside  ')).toEqual([{ start: 1, end: 33, text: 'One sentence, no end mark inside' }]);
  });

  test('a block split again gives the same spans, as new objects the caller may change', () => {
    const text = 'Wire copy repeats. Outlets reprint it whole.';
    const first = segmentText(text);
    expect(first.map((s) => s.text)).toEqual(['Wire copy repeats.', 'Outlets reprint it whole.']);
    (first[0] as { text: string }).text = 'changed by the caller';
    first.pop();
    const second = segmentText(text);
    expect(second).toEqual([
      { start: 0, end: 18, text: 'Wire copy repeats.' },
      { start: 19, end: 44, text: 'Outlets reprint it whole.' },
    ]);
    expect(second[0]).not.toBe(first[0]);
  });

  test('after more distinct blocks than the cache holds, blocks still split the same', () => {
    const block = (n: number): string => `Report ${n} ends here. The next one starts.`;
    const before = segmentText(block(0));
    for (let n = 1; n <= 20_001; n++) segmentText(block(n));
    expect(segmentText(block(0))).toEqual(before);
    expect(segmentText(block(20_001)).map((s) => s.text)).toEqual(['Report 20001 ends here.', 'The next one starts.']);
  });
});

describe('sentence ids', () => {
  test('are s- and 8 hex digits', () => {
    expect(sentenceHash('The talks ended.')).toMatch(/^s-[0-9a-f]{8}$/);
  });

  test('ignore typography: curly and straight quotes, dashes and spacing give one id', () => {
    expect(sentenceHash('He said “yes” — twice.')).toBe(sentenceHash('He  said "yes" - twice.'));
  });

  test('differ for different sentences', () => {
    expect(sentenceHash('The talks lasted four hours.')).not.toBe(sentenceHash('The talks lasted five hours.'));
  });

  test('number repeats of one sentence -2, -3 in reading order', () => {
    const ids = new SentenceIdAllocator();
    const first = ids.next('Leave a reply.');
    expect(ids.next('Another sentence.')).not.toBe(first);
    expect(ids.next('Leave a reply.')).toBe(`${first}-2`);
    expect(ids.next('Leave a reply.')).toBe(`${first}-3`);
  });
});
