import { describe, expect, test } from 'vitest';
import { markdownToBlocks } from '../../../src/markdown/blocks.ts';
import { importRawText } from '../../../src/importer/clean-scrape.ts';
import { parseDateLine, parseDateMarker } from '../../../src/importer/dates.ts';
import { decodeEntities, flattenHtmlBlocks, stripInlineTags } from '../../../src/importer/html-text.ts';
import { furnitureReason as leftoverReason } from '../../../src/importer/furniture.ts';
import { parseOriginalUrlLine } from '../../../src/importer/leftovers.ts';
import { markedCaptionReason, unmarkedCaptionReason } from '../../../src/importer/captions.ts';
import { parseBylineRow } from '../../../src/importer/byline.ts';
import { continuesLine, isHeadlineCandidate, isSubheading, parseListItem } from '../../../src/importer/structure.ts';

const BODY = 'The talks in Riyadh ended on Tuesday after four hours. Both sides said they would meet again.';
const SECOND = 'Officials from both countries spoke to reporters afterwards.';

/** The removed lines of an import, as `reason: line` strings. */
const removedOf = (raw: string, options = {}): string[] => importRawText(raw, options).removed.map((r) => `${r.reason}: ${r.line}`);

describe('date marker', () => {
  test.each([
    ['reads a marker at the very start', 'date 2025-02-18 Text.', '2025-02-18', 'Text.'],
    ['allows leading whitespace', '   date 2025-02-18 Text.', '2025-02-18', 'Text.'],
    ['accepts a marker alone on its line', ' date 2025-02-18', '2025-02-18', ''],
    ['rejects an impossible date', ' date 2025-02-30 Text.', undefined, undefined],
    ['rejects a marker glued to the next word', ' date 2025-02-18Text.', undefined, undefined],
    ['rejects "date" inside a sentence', 'The date 2025-02-18 was set.', undefined, undefined],
  ])('%s', (_name, line, published, rest) => {
    const marker = parseDateMarker(line);
    expect(marker?.published).toBe(published);
    expect(marker?.rest).toBe(rest);
  });

  test('the marker sets the date and the rest of its line stays article text', () => {
    const result = importRawText(` date 2025-02-18 ${BODY}\n\n${SECOND}`);
    expect(result.published).toBe('2025-02-18');
    expect(result.markdown).toBe(`${BODY}\n\n${SECOND}\n`);
    expect(result.removed).toEqual([{ line: 'date 2025-02-18', reason: 'date marker' }]);
  });

  test('a given date wins over the marker, which is still removed', () => {
    const result = importRawText(` date 2025-02-18 ${BODY}`, { published: '2025-02-19' });
    expect(result.published).toBe('2025-02-19');
    expect(result.markdown).toBe(`${BODY}\n`);
  });
});

describe('date line', () => {
  test.each([
    ['February 18, 2025', '2025-02-18'],
    ['Feb. 18, 2025', '2025-02-18'],
    ['18 February 2025', '2025-02-18'],
    ['Tuesday, February 18, 2025', '2025-02-18'],
    ['Tue, 18 Feb 2025 10:41 GMT', '2025-02-18'],
    ['February 18, 2025 at 3:15 p.m.', '2025-02-18'],
    ['Published: February 18, 2025', '2025-02-18'],
    ['Updated on 18th February 2025', '2025-02-18'],
    ['Updated 3:22 PM GMT+1, February 19, 2025', '2025-02-19'],
    ['2025-02-18', '2025-02-18'],
    ['February 30, 2025', undefined],
    ['Smarch 18, 2025', undefined],
    ['On February 18, 2025 the talks began.', undefined],
    ['February 2025', undefined],
  ])('"%s" gives %s', (line, expected) => {
    expect(parseDateLine(line)).toBe(expected);
  });

  test('a date line under the headline becomes the date and is removed', () => {
    const result = importRawText(`Talks End in Riyadh\n\nFebruary 18, 2025\n\n${BODY}\n\n${SECOND}`);
    expect(result.published).toBe('2025-02-18');
    expect(result.markdown).toBe(`${BODY}\n\n${SECOND}\n`);
  });

  test('a date line in the middle of the article stays', () => {
    const result = importRawText(`${BODY}\n\nFebruary 18, 2025\n\n${SECOND}`);
    expect(result.published).toBeUndefined();
    expect(result.markdown).toContain('February 18, 2025');
  });
});

describe('headline', () => {
  test.each([
    ['accepts a short line without a final period', 'Russia and US Wrap Up Talks in Riyadh', true],
    ['accepts a headline ending in a closing quote', 'Talks wrap up after ‘very serious discussions’', true],
    ['accepts a question', 'What Did the Talks Achieve?', true],
    ['rejects a sentence', 'The talks ended on Tuesday.', false],
    ['rejects a line ending in a colon', 'Rubio named four principles:', false],
    ['rejects a single word', 'Ukraine', false],
    ['rejects a list item', '1. First principle', false],
    ['rejects a byline', 'By Jane Doe', false],
    ['rejects a long line', 'word '.repeat(30).trim(), false],
  ])('%s', (_name, line, expected) => {
    expect(isHeadlineCandidate(line)).toBe(expected);
  });

  test('the headline and every exact repeat of it are removed, and it becomes the title', () => {
    const result = importRawText(`Talks End in Riyadh\n\nTalks End in Riyadh\n\n\n${BODY}\n\nTalks End in Riyadh\n\n${SECOND}`);
    expect(result.title).toBe('Talks End in Riyadh');
    expect(result.headline).toBe('Talks End in Riyadh');
    expect(result.removed.map((r) => r.reason)).toEqual(['headline', 'repeat of the headline', 'repeat of the headline']);
    expect(result.markdown).toBe(`${BODY}\n\n${SECOND}\n`);
  });

  test('a given title replaces the detected headline and its repeats are removed', () => {
    const result = importRawText(`Talks end in Riyadh\n\n${BODY}\n\nThe Given Title: Riyadh talks end\n\n${SECOND}`, { title: 'The Given Title: Riyadh talks end' });
    expect(result.title).toBe('The Given Title: Riyadh talks end');
    expect(result.headline).toBe('Talks end in Riyadh');
    expect(result.markdown).toBe(`${BODY}\n\n${SECOND}\n`);
  });

  test('with a given title, a first line in other words is kept (it may be the standfirst)', () => {
    const dek = 'More than 2,000 flights were cancelled before noon on Friday';
    const result = importRawText(`${dek}\n\n${BODY}`, { title: 'Airlines ground planes worldwide' });
    expect(result.headline).toBeUndefined();
    expect(result.markdown).toBe(`${dek}\n\n${BODY}\n`);
  });

  test('a text that opens with a sentence has no headline', () => {
    const result = importRawText(`${BODY}\n\n${SECOND}`);
    expect(result.title).toBeUndefined();
    expect(result.removed).toEqual([]);
  });

  test('a lone short line is kept as the text rather than taken as a headline', () => {
    expect(importRawText('Talks end in Riyadh').markdown).toBe('Talks end in Riyadh\n');
  });
});

describe('byline', () => {
  test.each([
    ['By Jane Doe', 'Jane Doe'],
    ['By Jane Doe and John Roe', 'Jane Doe and John Roe'],
    ['by J. R. Smith', 'J. R. Smith'],
    ['By HANNA ARHIROVA and SAMYA KULLAB', 'Hanna Arhirova and Samya Kullab'],
    ['By the way, talks ended.', undefined],
    ['By Tuesday the talks had ended', undefined],
  ])('"%s" gives %s', (line, expected) => {
    expect(parseBylineRow(line)?.author).toBe(expected);
  });

  test('a byline above the first paragraph becomes the author', () => {
    const result = importRawText(`Talks End in Riyadh\nBy Jane Doe\n${BODY}`);
    expect(result.author).toBe('Jane Doe');
    expect(result.markdown).toBe(`${BODY}\n`);
  });
});

describe('Original url line', () => {
  test.each([
    ['Original url: https://example.com/a', 'https://example.com/a'],
    ['Original URL:https://example.com/a', 'https://example.com/a'],
    ['original url: <https://example.com/a>', 'https://example.com/a'],
    ['Original url:', undefined],
  ])('"%s" gives %s', (line, url) => {
    expect(parseOriginalUrlLine(line)).toEqual(url === undefined ? {} : { url });
  });

  test('a sentence mentioning an original url is not the scraper note', () => {
    expect(parseOriginalUrlLine('Original url: see the page for more details')).toBeUndefined();
  });

  test('the address on the next non-empty line is taken and both lines are removed', () => {
    const result = importRawText(`${BODY}\n\nOriginal url:\n\nhttps://example.com/story-1\n`);
    expect(result.url).toBe('https://example.com/story-1');
    expect(result.removed.map((r) => r.line)).toEqual(['Original url:', 'https://example.com/story-1']);
    expect(result.markdown).toBe(`${BODY}\n`);
  });

  test('a given url wins over the detected one', () => {
    expect(importRawText(`${BODY}\nOriginal url: https://a.example/x`, { url: 'https://b.example/y' }).url).toBe('https://b.example/y');
  });
});

describe('inline HTML and entities', () => {
  test.each([
    ['drops an underline tag and keeps the word', 'Ushakov <u>told</u> reporters.', 'Ushakov told reporters.'],
    ['drops bold and italic', '<b>Bold</b> and <i>italic</i> words.', 'Bold and italic words.'],
    ['drops a span with attributes', 'A <span class="x" data-a=\'1 > 0\'>quoted</span> word.', 'A quoted word.'],
    ['keeps a less-than sign that is not a tag', 'If a < b and 3 <4 then.', 'If a < b and 3 <4 then.'],
    ['drops a link tag and keeps its text', 'Read <a href="https://x.example">the report</a>.', 'Read the report.'],
  ])('%s', (_name, line, expected) => {
    expect(stripInlineTags(line).text).toBe(expected);
  });

  test.each([
    ['&amp;', '&'],
    ['Tom &amp; Jerry', 'Tom & Jerry'],
    ['a&nbsp;b', 'a\u00a0b'],
    ['&ldquo;Quote&rdquo; &mdash; &hellip;', '“Quote” — …'],
    ['&#8217; &#x2019;', '’ ’'],
    ['&#146;', '’'],
    ['&eacute;t&eacute;', 'été'],
    ['&amp;lt; stays one level', '&lt; stays one level'],
    ['AT&T and &unknownentity; stay', 'AT&T and &unknownentity; stay'],
  ])('decodes "%s"', (text, expected) => {
    expect(decodeEntities(text).text).toBe(expected);
  });

  test('block tags become line breaks and scripts are cut out and reported', () => {
    const { text, removed } = flattenHtmlBlocks('<p>One.</p><p>Two.<br>Three.</p><script>alert(1)</script><!-- note -->');
    expect(text.split('\n').filter(Boolean)).toEqual(['One.', 'Two.', 'Three.']);
    expect(removed.map((r) => r.line)).toEqual(['<script>alert(1)</script>', '<!-- note -->']);
  });

  test('the article keeps the words of tagged text and shows decoded entities literally', () => {
    const result = importRawText('Ushakov <u>told</u> the &lt;b&gt; tag &amp; more.');
    expect(result.markdown).toBe('Ushakov told the \\<b> tag & more.\n');
    expect(markdownToBlocks(result.markdown)).toEqual(['Ushakov told the <b> tag & more.']);
    expect(result.notes[0]).toContain('<u> ×1');
  });
});

describe('scrape leftovers', () => {
  test.each([
    ['Leave a Reply', 'comment, login or newsletter prompt'],
    ['Leave a comment', 'comment, login or newsletter prompt'],
    ['Your email address will not be published. Required fields are marked *', 'comment, login or newsletter prompt'],
    ['Your email address will not be published.', 'comment, login or newsletter prompt'],
    ['Required fields are marked *', 'comment, login or newsletter prompt'],
    ['Related article: Explainer: Who’s Who at the Talks', 'link to another article'],
    ['Related: Putin’s Playbook', 'link to another article'],
    ['Read more: What Happens Next', 'link to another article'],
    ['READ ALSO: Another story', 'link to another article'],
    ['Advertisement', 'advertisement label'],
    ['© 2025 The Outlet. All rights reserved.', 'copyright notice'],
    ['Copyright 2025 Example News', 'copyright notice'],
    ['Share this article', 'share or follow buttons'],
  ])('removes "%s" (%s)', (line, reason) => {
    expect(leftoverReason(line)).toBe(reason);
  });

  test.each([
    'Leave a reply to this message, the minister said.',
    'Related talks will follow next week.',
    'Read more carefully, the diplomat said.',
    'Copyright lawsuits are rising.',
    'Advertisements were banned.',
  ])('keeps the sentence "%s"', (line) => {
    expect(leftoverReason(line)).toBeUndefined();
  });

  test('leftovers anywhere in the text are removed with their reasons', () => {
    const raw = `${BODY}\n\nRelated article: <u>Other Story</u>\n\n${SECOND}\n\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *`;
    expect(removedOf(raw)).toEqual([
      'link to another article: Related article: <u>Other Story</u>',
      'comment, login or newsletter prompt: Leave a Reply',
      'comment, login or newsletter prompt: Your email address will not be published. Required fields are marked *',
    ]);
    expect(importRawText(raw).markdown).toBe(`${BODY}\n\n${SECOND}\n`);
  });
});

describe('photo captions', () => {
  test.each([
    ['a caption ending in "Photo:" and a credit', 'Lavrov arrives in Riyadh on Tuesday. Photo: EPA-EFE/RUSSIAN FOREIGN MINISTRY', true],
    ['a bare credit line', 'Photo: Reuters', true],
    ['a "Photograph:" credit', 'The delegations meet. Photograph: Evelyn Hockstein/Reuters', true],
    ['a bracketed credit', 'Rubio and Lavrov shake hands (Photo by Jane Doe/AFP)', true],
    ['an "Image:" credit after a separator', 'Delegates at the table | Image: State Department', true],
    ['an agency credit in brackets', 'FILE - Soldiers fire a howitzer on Jan. 5, 2025. (AP Photo/Efrem Lukatsky, File)', true],
    ['a bracket that is not a credit', 'The talks (held behind closed doors) ended.', false],
    ['no credit marker', 'Lavrov arrives in Riyadh on Tuesday.', false],
    ['"photo" inside a sentence', 'The photo: a handshake that said more than any statement.', false],
    ['a sentence after the marker', 'Photo: Reuters. The talks lasted four hours and ended late.', false],
  ])('%s', (_name, line, isCaption) => {
    expect(markedCaptionReason(line) !== undefined).toBe(isCaption);
  });

  test.each([
    ['a caption sentence and an agency credit', 'Top diplomats meet in Saudi Arabia on Tuesday. U.S. Department of State', true],
    ['a caption sentence and a photographer credit', 'Delegates arrive for the talks. Evelyn Hockstein via Reuters', true],
    ['one sentence without a credit', 'Top diplomats meet in Saudi Arabia on Tuesday.', false],
    ['two sentences', 'Top diplomats met on Tuesday. They talked for hours.', false],
    ['a sentence and a lower-case fragment', 'Top diplomats met on Tuesday. and then they left', false],
    ['a fragment that ends a quote', 'He spoke on Tuesday. “Very Good Talks”', false],
  ])('unmarked credit: %s', (_name, line, isCaption) => {
    expect(unmarkedCaptionReason(line) !== undefined).toBe(isCaption);
  });

  test('an unmarked caption under the headline and date is removed', () => {
    const raw = `Talks End in Riyadh\n\nFebruary 18, 2025\n\nTop diplomats meet on Tuesday. U.S. Department of State\n\n${BODY}\n\n${SECOND}`;
    expect(importRawText(raw).markdown).toBe(`${BODY}\n\n${SECOND}\n`);
  });

  test('the same shape inside the article is kept, because it may be article text', () => {
    const line = 'Top diplomats meet on Tuesday. U.S. Department of State';
    expect(importRawText(`${BODY}\n\n${line}\n\n${SECOND}`).markdown).toContain(line);
  });

  test('a caption with a credit marker inside the article is removed', () => {
    const raw = `${BODY}\n\nDelegates arrive. Photo: AFP\n\n${SECOND}`;
    expect(importRawText(raw).markdown).toBe(`${BODY}\n\n${SECOND}\n`);
  });
});

describe('subheadings', () => {
  test.each([
    ['What Came From The Meetings?', true],
    ['What Happens Next?', true],
    ['Reactions From Kyiv', true],
    ['WHAT HAPPENS NEXT', true],
    ['What happens next?', false],
    ['AFP contributed reporting', false],
    ['The talks ended.', false],
    ['“Is This The End?”', false],
    ['What Came From The Meetings Between Washington And Moscow In Riyadh On Tuesday?', false],
  ])('"%s" is a subheading: %s', (line, expected) => {
    expect(isSubheading(line)).toBe(expected);
  });

  test('a title-case line between paragraphs becomes a level-2 heading', () => {
    expect(importRawText(`${BODY}\n\nWhat Happens Next?\n\n${SECOND}`).markdown).toBe(`${BODY}\n\n## What Happens Next?\n\n${SECOND}\n`);
  });

  test('a title-case line at the end of the text stays a paragraph', () => {
    expect(importRawText(`${BODY}\n\nReporting From Riyadh`).markdown).toBe(`${BODY}\n\nReporting From Riyadh\n`);
  });
});

describe('lists', () => {
  test.each([
    ['  1. “To reestablish the missions.”', { marker: '1.', ordered: true, text: '“To reestablish the missions.”' }],
    ['12) Twelfth', { marker: '12)', ordered: true, text: 'Twelfth' }],
    ['• A bullet', { marker: '-', ordered: false, text: 'A bullet' }],
    ['- A dash bullet', { marker: '-', ordered: false, text: 'A dash bullet' }],
    ['2025. A year to remember', undefined],
    ['1.5 million people', undefined],
    ['-5 degrees at night', undefined],
  ])('"%s"', (line, expected) => {
    expect(parseListItem(line)).toEqual(expected);
  });

  test('numbered lines stay one ordered list and render as list items', () => {
    const raw = `Rubio named four principles:\n\n  1. “To reestablish the missions.”\n  2. “To appoint a team.”\n  3. “To examine cooperation.”\n\n${SECOND}`;
    const { markdown } = importRawText(raw);
    expect(markdown).toBe(`Rubio named four principles:\n\n1. “To reestablish the missions.”\n2. “To appoint a team.”\n3. “To examine cooperation.”\n\n${SECOND}\n`);
    expect(markdownToBlocks(markdown)).toEqual([
      'Rubio named four principles:',
      '“To reestablish the missions.”',
      '“To appoint a team.”',
      '“To examine cooperation.”',
      SECOND,
    ]);
  });
});

describe('paragraphs', () => {
  test('lines separated by a single newline are separate paragraphs', () => {
    expect(importRawText(`${BODY}\n${SECOND}`).markdown).toBe(`${BODY}\n\n${SECOND}\n`);
  });

  test.each([
    ['a line that stops mid-sentence and goes on in lower case', 'The talks in Riyadh', 'ended on Tuesday.', true],
    ['a line that ends a sentence', 'The talks ended.', 'then they left', false],
    ['a next line in upper case', 'The talks in Riyadh', 'Ended on Tuesday.', false],
  ])('hard wrap: %s', (_name, line, next, expected) => {
    expect(continuesLine(line, next)).toBe(expected);
  });

  test('a hard-wrapped paragraph is joined back into one', () => {
    const result = importRawText('The talks in Riyadh ended on Tuesday after\nfour hours of discussion.\n\nBoth sides spoke.');
    expect(result.markdown).toBe('The talks in Riyadh ended on Tuesday after four hours of discussion.\n\nBoth sides spoke.\n');
  });
});

describe('Markdown escaping in the whole import', () => {
  test.each([
    ['# Not a heading, just a hash.'],
    ['> Not a quote.'],
    ['--- Three dashes, not a rule.'],
    ['2025. A year to remember, not a list.'],
    ['Stars *like this* and _underscores_ stay as typed.'],
    ['A stray < and a tag-like <b> stay text.'],
    ['Brackets [like this](not-a-link) stay.'],
    ['Back\\slash and `backticks` and ~~tildes~~ stay.'],
    ['The entity-like text &amp; stays as typed.'],
  ])('renders %s exactly', (line) => {
    const raw = line.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
    const { markdown } = importRawText(`${BODY}\n\n${raw}\n\n${SECOND}`);
    expect(markdownToBlocks(markdown)).toEqual([BODY, line, SECOND]);
  });
});
