/**
 * Table tests for the furniture rules, the date lines, the bylines and the page header, with lines
 * written in the style of many kinds of site (US metro papers, British broadcasters, wire services,
 * Indian and Gulf dailies, magazines, blogs), each checked by hand. Every rule has sentences that
 * must stay beside the lines it must remove.
 */
import { describe, expect, test } from 'vitest';
import { parseBylineRow } from '../../../src/importer/byline.ts';
import { importRawText } from '../../../src/importer/clean-scrape.ts';
import { isRelativeTimestamp, parseDateLineDetail } from '../../../src/importer/dates.ts';
import { furnitureReason } from '../../../src/importer/furniture.ts';
import { suspiciousLines } from '../../../src/importer/suspicious-lines.ts';

describe('furniture lines are removed, each with the name of its phenomenon', () => {
  test.each([
    ['Skip to main content', 'skip link'],
    ['Jump to navigation', 'skip link'],
    ['Skip to content', 'skip link'],
    ['News | Politics | Business | Sports | Opinion', 'navigation row'],
    ['Home • World • Business • Tech • Culture', 'navigation row'],
    ['UK   World   Business   Politics   Tech', 'navigation row'],
    ['Home › News › England', 'section path'],
    ['World / Asia', 'section path'],
    ['News > Local > Courts', 'section path'],
    ['Share on Facebook Share on X Email.', 'share or follow buttons'],
    ['Share this article', 'share or follow buttons'],
    ['Share', 'share or follow buttons'],
    ['Tweet', 'share or follow buttons'],
    ['Copy link', 'share or follow buttons'],
    ['WhatsApp Telegram Email Print', 'share or follow buttons'],
    ['Follow us on Telegram', 'share or follow buttons'],
    ['Follow The Valley Gazette on Instagram and X', 'share or follow buttons'],
    ['Advertisement', 'advertisement label'],
    ['ADVERTISEMENT', 'advertisement label'],
    ['Story continues below advertisement', 'advertisement label'],
    ['Article continues below', 'advertisement label'],
    ['Sponsored content', 'advertisement label'],
    ['Read more: Harbor businesses brace for another storm season', 'link to another article'],
    ['READ MORE: Why the port strike began', 'link to another article'],
    ['Also Read | Flood warnings issued for three more districts', 'link to another article'],
    ['Related: Board approves budget for new gym', 'link to another article'],
    ['Related article: Explainer: Who’s Who at the Talks', 'link to another article'],
    ['WATCH: Rescuers reach the village by boat', 'link to another article'],
    ['Related stories', 'label of a list of links'],
    ['More on this story', 'label of a list of links'],
    ['Most read', 'label of a list of links'],
    ['You may also like', 'label of a list of links'],
    ['© 2025 The Harbor Ledger. All rights reserved.', 'copyright notice'],
    ['Copyright (c) 2025 Valley Gazette. All rights reserved.', 'copyright notice'],
    ['© EFE/EPA/JANE ROE', 'copyright notice'],
    ['Comments', 'comment, login or newsletter prompt'],
    ['Comments (3)', 'comment, login or newsletter prompt'],
    ['12 comments', 'comment, login or newsletter prompt'],
    ['Log in to comment', 'comment, login or newsletter prompt'],
    ['You must be logged in to post a comment.', 'comment, login or newsletter prompt'],
    ['Leave a Reply', 'comment, login or newsletter prompt'],
    ['Join the conversation', 'comment, login or newsletter prompt'],
    ['Sign up for our Business Daily newsletter', 'comment, login or newsletter prompt'],
    ['Subscribe', 'comment, login or newsletter prompt'],
    ['Sign In', 'comment, login or newsletter prompt'],
    ['Already a subscriber? Log in', 'comment, login or newsletter prompt'],
    ['We use cookies to give you the best experience on our website.', 'cookie notice'],
    ['Image source, PA Media', 'picture or video label'],
    ['Image caption, Commuters waited at Leeds station on Monday morning', 'picture or video label'],
    ['Toggle caption', 'picture or video label'],
    ['Video duration 02:41', 'picture or video label'],
    ['Reuters/Evelyn Hockstein', 'photo credit'],
    ['AFP via Getty Images', 'photo credit'],
    ['Cranes at the north quay on Monday. Photo: Lars Berg/Nordic Wire', 'photo caption with credit'],
    ['Microsoft global outage Photo: Getty Images', 'photo caption with credit'],
    ['[Photo: Jane Roe/Bloomberg via Getty Images]', 'photo caption with credit'],
    ['Passengers queued at the airport on Friday morning [Getty Images]', 'photo caption with credit'],
    ['Protesters march in Lyon (AP Photo/Jean Dupont)', 'photo caption with credit'],
    ['The two candidates at a debate. Photos: AFP. Graphic: Daily Map', 'photo caption with credit'],
    ['Sources: local press, police count', 'source credit of a chart or picture'],
    ['(Reporting by Jane Roe; Editing by John Doe)', 'wire reporting credit'],
    ['(Update 2: Adds opposition complaints, updated vote count)', 'note on the story version'],
    ['4 min read', 'page interface text'],
    ['Listen to this article', 'page interface text'],
    ['Tags: Typhoon, Evacuation, Weather', 'page interface text'],
    ['Back to top', 'page interface text'],
  ])('"%s" (%s)', (line, reason) => {
    expect(furnitureReason(line)).toBe(reason);
  });

  test.each([
    'The union said it would share the offer with its members on Monday.',
    'Follow-up talks are planned for next week, the ministry said.',
    'Advertisements for the new service ran on local radio.',
    'Read more carefully, the judge told the lawyers.',
    'Related talks will follow next week.',
    'Comments from the minister angered the opposition.',
    'Subscribers to the water service will pay 4 percent more.',
    'Copyright lawsuits against the company are rising.',
    'The photo: a handshake that said more than any statement.',
    'Photo: Reuters. The talks lasted four hours and ended late.',
    'We use the same rules as last year, the official said.',
    'Home prices rose 4 percent in March.',
    'Sign in front of the station, the police said, was torn down.',
    'Watch the skies tonight: the meteor shower peaks at 2 a.m.',
    'The mayor thanked "Reuters, AP and local reporters" for their coverage.',
    'Image of the port on a postcard from 1910, the museum says.',
    'Source: the interior ministry said 1.28 million people marched.',
    'Trump | Biden',
    'He said the tax would fall from 4 percent to 3 percent.',
    '“This is a contract our members can live with,” said Rosa Delgado.',
    'What Happens Next?',
    'The Cyber Polygon Exercise',
    'Kilicdaroglu, Erdogan both claim to be leading results',
  ])('keeps "%s"', (line) => {
    expect(furnitureReason(line)).toBeUndefined();
  });
});

describe('date lines (chrono-node), the calendar day as printed', () => {
  test.each([
    ['March 3, 2025 08:41 AM', '2025-03-03', 'plain'],
    ['Published: Monday, 3 March 2025, 2:15 pm', '2025-03-03', 'published'],
    ['Published on March 7, 2023, at 8:25 pm (Paris), updated on March 7, 2023, at 9:44 pm', '2023-03-07', 'published'],
    ['Updated: 4 March 2025 | Published: 3 March 2025', '2025-03-03', 'published'],
    ['Last updated on Jul 20, 2024, 11:59 PM IST', '2024-07-20', 'updated'],
    ['Published 08:41 AM EST, Mon March 3, 2025', '2025-03-03', 'published'],
    ['Sun 19 Jul 2024 23.10 BST', '2024-07-19', 'plain'],
    ['19 Jul, 2024 | 10:34 AM IST', '2024-07-19', 'plain'],
    ['Tuesday 18 February 2025 at 3.15pm', '2025-02-18', 'plain'],
    ['Posted: 2023-03-07 20:25 CET', '2023-03-07', 'published'],
    ['13/03/2025', '2025-03-13', 'plain'],
  ])('"%s" gives %s (%s)', (line, date, kind) => {
    expect(parseDateLineDetail(line)).toEqual({ date, kind });
  });

  test.each([
    '02/03/2025',
    'Updated 2 hours ago',
    'March 2025',
    '3 March',
    'On February 18, 2025 the talks began.',
    'The 2025 budget',
    'Monday',
    'Smarch 18, 2025',
  ])('"%s" is not a date line', (line) => {
    expect(parseDateLineDetail(line)).toBeUndefined();
  });

  test.each(['Updated 2 hours ago', '5 mins ago', 'Published: 3 days ago'])('"%s" is a relative timestamp', (line) => {
    expect(isRelativeTimestamp(line)).toBe(true);
  });
});

describe('bylines', () => {
  test.each([
    ['By Marcus Bell, Staff Writer', 'Marcus Bell'],
    ['By RAFIQ MAQBOOL, ASHOK SHARMA and KRUTIKA PATHI, The Associated Press', 'Rafiq Maqbool, Ashok Sharma and Krutika Pathi'],
    ['By Ana de la Cruz, Senior Correspondent, in Madrid', 'Ana de la Cruz'],
    ['By Jane Doe in Washington and John Roe in Kyiv', 'Jane Doe and John Roe'],
    ['Written by Tomás Ferreira | March 3, 2025 08:41 AM', 'Tomás Ferreira'],
    ['Priya Nair | Reuters', 'Priya Nair'],
    ['Priya Nair in Manila · 4 min read', 'Priya Nair'],
    ['by Fergus Cole', 'Fergus Cole'],
    ['Author: Priya Nair', 'Priya Nair'],
    ['By Reuters', 'Reuters'],
    ['By Jean-Pierre O’Neil', 'Jean-Pierre O’Neil'],
  ])('"%s" names %s', (line, author) => {
    expect(parseBylineRow(line)?.author).toBe(author);
  });

  test('a byline with a date gives both', () => {
    expect(parseBylineRow('By Jane Doe Published March 3, 2025')).toEqual({ author: 'Jane Doe', date: { date: '2025-03-03', kind: 'published' } });
  });

  test('"By Staff Reporter" is a byline that names no one', () => {
    expect(parseBylineRow('By Our Staff Reporter')).toEqual({});
  });

  test.each(['By the way, talks ended.', 'By Tuesday the talks had ended', 'Jane Doe', 'By Kim’s order, troops moved.', 'Le Monde said on Tuesday'])('"%s" is not a byline', (line) => {
    expect(parseBylineRow(line)).toBeUndefined();
  });
});

const BODY_1 = 'The council voted 7-2 on Monday night to build a flood wall along the harbor, ending a decade of debate.';
const BODY_2 = 'Construction is expected to begin in the fall and take about three years, the city said.';

describe('the page header', () => {
  test('the site name and a short section label above the headline are page header, not the headline', () => {
    const result = importRawText(`The Harbor Ledger\nLocal News\nCouncil approves flood wall after years of debate\n${BODY_1}\n${BODY_2}`);
    expect(result.title).toBe('Council approves flood wall after years of debate');
    expect(result.removed.map((r) => r.reason)).toEqual([
      'page header above the headline (site name, menu or section label)',
      'page header above the headline (site name, menu or section label)',
      'headline',
    ]);
  });

  test('a line printed twice is the headline even below a longer tagline', () => {
    const result = importRawText(`News and views from the valley since 1921\nFlood wall approved\nFlood wall approved\n${BODY_1}`);
    expect(result.title).toBe('Flood wall approved');
  });

  test('the outlet name given by the import command is a site name wherever it stands', () => {
    const result = importRawText(`Flood Wall Approved After Long Debate\n${BODY_1}\nHarbor Ledger\n${BODY_2}`, { siteNames: ['harbor-ledger', 'The Harbor Ledger'] });
    expect(result.removed.map((r) => r.reason)).toContain('site name');
    expect(result.markdown).toBe(`${BODY_1}\n\n${BODY_2}\n`);
  });

  test('a menu copied one item a line is removed', () => {
    const result = importRawText(`Menu\nNews\nSport\nWeather\nCulture\nFlood wall approved after long debate\n${BODY_1}`);
    expect(result.title).toBe('Flood wall approved after long debate');
    expect(result.markdown).toBe(`${BODY_1}\n`);
  });

  test('a name next to the date line is the byline', () => {
    const result = importRawText(`Flood wall approved after long debate\nAlicia Romero\nMarch 3, 2025\n${BODY_1}`);
    expect(result.author).toBe('Alicia Romero');
    expect(result.published).toBe('2025-03-03');
  });

  test('a byline and date under the standfirst are found; the standfirst stays', () => {
    const standfirst = 'More than 1.2 million people marched on Tuesday against the pension reform, the ministry said.';
    const result = importRawText(`${standfirst}\n\nLe Monde with AFP\n\nPublished on March 7, 2023, at 8:25 pm (Paris), updated on March 7, 2023, at 9:44 pm\n\n${BODY_1}`);
    expect(result.published).toBe('2023-03-07');
    expect(result.author).toBe('Le Monde with AFP');
    expect(result.markdown).toBe(`${standfirst}\n\n${BODY_1}\n`);
  });

  test('a published date wins over an updated one printed first', () => {
    expect(importRawText(`Flood wall approved after long debate\nUpdated March 4, 2025\nPublished March 3, 2025\n${BODY_1}`).published).toBe('2025-03-03');
  });

  test('a picture description right above its credited caption goes with it', () => {
    const result = importRawText(`Passengers wait at the check-in desks in Madrid\nThere were long queues at the airport on Friday [EPA]\n${BODY_1}`, { title: 'Airlines ground flights' });
    expect(result.markdown).toBe(`${BODY_1}\n`);
  });
});

describe('links to other articles and the page footer', () => {
  test('the link titles under a "More on this story" label are removed, and the article after them stays', () => {
    const result = importRawText(`${BODY_1}\nMore on this story\nRail fares to rise by 4.6% in March\nWhat the strike means for you\n${BODY_2}`);
    expect(result.markdown).toBe(`${BODY_1}\n\n${BODY_2}\n`);
  });

  test('short lines among the furniture after the last paragraph are the page footer', () => {
    const result = importRawText(`${BODY_1}\n${BODY_2}\nLeave a comment\nAbout us\nContact\nTerms of use\nValley Gazette`);
    expect(result.markdown).toBe(`${BODY_1}\n\n${BODY_2}\n`);
  });

  test('a short last line is kept when no furniture follows the article', () => {
    expect(importRawText(`${BODY_1}\n${BODY_2}\nReporting From Riyadh`).markdown).toContain('Reporting From Riyadh');
  });
});

describe('suspicious kept lines (shared by the importer and the build)', () => {
  test.each([
    ['Share on Facebook Share on X Email.', 'looks like page furniture (share or follow buttons)'],
    ['drone view', 'a short line that is not a sentence (a caption, label or menu item?)'],
    ['[Why the port strike began](https://paper.example/a)', 'a lone link (a link to another page?)'],
    ['Click here to subscribe and read more', 'mostly interface words (share, follow, subscribe, read more…)'],
  ])('"%s" is flagged: %s', (line, reason) => {
    expect(suspiciousLines(`The talks ended on Tuesday after four hours.\n\n${line}\n`)).toEqual([{ line: 3, text: line.replace(/^\[(.*)\]\(.*\)$/, '$1'), reason }]);
  });

  test.each([
    'It could be some time.',
    '## What Happens Next?',
    '- car parts bound for assembly plants inland.',
    '> “The delay cost us two weeks of sales,” the owner said.',
    'Here is a summary of what we know so far.',
    '```\nShare\n```',
  ])('"%s" is not flagged', (text) => {
    expect(suspiciousLines(`The talks ended on Tuesday after four hours.\n\n${text}\n`)).toEqual([]);
  });

  test('line numbers count from the first line given', () => {
    expect(suspiciousLines('Text of the article goes here.\n\nShare this article\n', 8)[0]?.line).toBe(10);
  });
});

describe('whole scrapes without --title or --published: headline, date and byline right, no furniture kept', () => {
  const P1 = 'Dock workers at the city port voted on Monday to accept a new contract, ending a nine-day strike that left ships waiting.';
  const P2 = 'The deal raises wages by 14 percent over three years, according to a summary released by the union on Tuesday.';
  test.each([
    [
      'a British daily: menus before the headline, a standfirst, a byline with a place, share and topic rows after',
      `Skip to main contentSkip to navigation\nPrint subscriptions\nSign in\nThe Daily Courier - Back to home\nWorld\nEurope\nUS\nAmericas\nPort workers end nine-day strike after accepting pay offer\nUnion says 14% rise over three years is ‘a contract members can live with’\nJane Doe in Rotterdam\nMon 3 Mar 2025 11.20 GMT\nShare\n${P1}\n${P2}\nExplore more on these topics\nStrikes\nTrade unions\nnews\nShare\nReuse this content`,
      { title: 'Port workers end nine-day strike after accepting pay offer', published: '2025-03-03', author: 'Jane Doe' },
      `Union says 14% rise over three years is ‘a contract members can live with’\n\n${P1}\n\n${P2}\n`,
    ],
    [
      'a wire story in capitals with a one-row byline, agency and date',
      `BREAKING NEWS\nPORT WORKERS END STRIKE AFTER PAY DEAL\nBy JANE DOE and JOHN ROE | Reuters | March 3, 2025\n${P1}\n${P2}`,
      { title: 'PORT WORKERS END STRIKE AFTER PAY DEAL', published: '2025-03-03', author: 'Jane Doe and John Roe' },
      `${P1}\n\n${P2}\n`,
    ],
    [
      'a question headline, a date with a slash and a zone, and a wire sign-off',
      `Will the port strike end this week?\nMar 3, 2025 / 8:41 AM EST\n${P1}\n${P2}\n— Reuters`,
      { title: 'Will the port strike end this week?', published: '2025-03-03' },
      `${P1}\n\n${P2}\n`,
    ],
    [
      'an Indian business daily: breadcrumb, agency byline, updated and first-published lines, syndication note',
      `Home / Business / Port workers end strike\nPort workers end strike after pay deal\nPTI\nUpdated: Mar 04 2025 | 8:41 PM IST\nFollow us\n${P1}\nAlso Read: Ports see record traffic\n${P2}\n(Only the headline and picture of this report may have been reworked by the staff; the rest of the content is auto-generated from a syndicated feed.)\nFirst Published: Mar 03 2025 | 8:41 PM IST`,
      { title: 'Port workers end strike after pay deal', published: '2025-03-03', author: 'PTI' },
      `${P1}\n\n${P2}\n`,
    ],
  ])('%s', (_name, raw, expected, markdown) => {
    const result = importRawText(raw);
    expect({ title: result.title, published: result.published, author: result.author }).toEqual({ author: undefined, ...expected });
    expect(result.markdown).toBe(markdown);
  });
});
