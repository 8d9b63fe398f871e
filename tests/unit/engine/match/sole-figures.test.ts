/**
 * Two reports that each give one figure of a count or a physical measure, and different figures, are
 * two facts however many words (and other figures) they share: clustering keeps them apart. Sums and
 * shares, a rate against a total, a unit given twice in a sentence and a count whose noun is left out
 * keep nothing apart. Each expectation is read from the two sentences.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { findQuantities } from '../../../../src/engine/03-annotate/quantities.ts';
import { perOf } from '../../../../src/engine/04-match/frames.ts';
import { soleFiguresDiffer, someUnitOnlyDiffers } from '../../../../src/engine/04-match/index.ts';
import { english } from '../../../../src/engine/language/index.ts';
import { analyze, corpusOf } from '../support/corpus.ts';
import { claimWith, evidenceWith, show } from '../support/find.ts';

const lang = english();
const differ = (a: string, b: string): boolean =>
  soleFiguresDiffer(
    findQuantities(lang.lexicon, a, lang.tokenize(a)),
    findQuantities(lang.lexicon, b, lang.tokenize(b)),
    (q) => perOf(lang, a, q),
    (q) => perOf(lang, b, q),
  );

describe('one figure of a unit in each report', () => {
  test('3,100 operations against 2,300 operations differ, though both give the strike\'s 48 hours', () => {
    expect(differ(
      'The health ministry says 3,100 operations were called off on Tuesday, the first day of the strike, which will last 48 hours.',
      'The first day of the 48-hour strike saw 2,300 operations called off, the ministry said.',
    )).toBe(true);
  });

  test('2.1 million tonnes against 1.2 million tonnes differ (a physical measure)', () => {
    expect(differ('The federation says 2.1 million tonnes of cereals have been lost, costing around 410 million euros.', 'Farmers have lost 1.2 million tonnes of cereals, worth around 410 million euros.')).toBe(true);
  });

  test('one figure in both reports does not differ', () => {
    expect(differ('About 2,300 operations were called off on Tuesday.', 'More than 2,300 operations were called off on the first day of the 48-hour strike.')).toBe(false);
  });
});

describe('a unit given as often in both reports, every figure but one paired', () => {
  test('"Fourteen people were killed and 63 injured" against "Fourteen people have died and 71 have been injured": the injured differ', () => {
    expect(differ('Fourteen people were killed and 63 injured in a crush at the stadium.', 'Fourteen people have died and 71 have been injured after a crush at the stadium.')).toBe(true);
  });

  test('every figure paired: no difference', () => {
    expect(differ('Nine people were killed and 43 injured in the crash.', 'Nine people died and 43 were injured in the crash.')).toBe(false);
  });
});

describe('a report joining a claim through a figure it shares', () => {
  test('"The limit on the curve is 80 km/h" does not join the claim of the train\'s 110 km/h through the limit another report gives', () => {
    const analysis = analyze(corpusOf([
      { id: 'a', outlet: 'kyiv-post', body: ['The train had been running at about 110 kilometres an hour, according to people familiar with the early findings, well above the limit for that stretch.'] },
      { id: 'b', outlet: 'moscow-times', body: ['The train had been running at roughly 110 kilometres an hour on a curve where the limit is 80 km/h, according to a person familiar with the early findings.'] },
      { id: 'c', outlet: 'novaya-gazeta', body: ['People familiar with the preliminary data say the train was travelling at around 110 km/h. The limit on the curve is 80 km/h. Investigators have not said why the train was going so fast.'] },
    ]));
    const speed = claimWith(analysis, 'The train had been running at about 110');
    expect(evidenceWith(speed, 'running at roughly 110', 'b'), show(speed)).toBeDefined();
    expect(evidenceWith(speed, 'The limit on the curve', 'c'), show(speed)).toBeUndefined();
  });
});

describe('a unit whose figures in two reports are all unlike', () => {
  const onlyDiffers = (a: string, b: string): boolean => someUnitOnlyDiffers(findQuantities(lang.lexicon, a, lang.tokenize(a)), findQuantities(lang.lexicon, b, lang.tokenize(b)));

  test('a salary and a transfer fee in euros: two facts, though both reports give the four-year contract', () => {
    expect(onlyDiffers(
      'Arvedi, 24, will sign a four-year contract worth 1.45 million euros a year after a 90-minute medical in Alvarra.',
      'Sporting will pay a fee of 12.5 million euros for the striker, who signs a four-year contract.',
    )).toBe(true);
  });

  test('a unit with one like pair is left to the one-figure test: the deaths agree, the injured differ', () => {
    expect(onlyDiffers('Fourteen people were killed and 63 injured.', 'Fourteen people have died and 71 have been injured.')).toBe(false);
  });

  test('the same figures, or figures of units only one report gives, differ in nothing', () => {
    expect(onlyDiffers('The four-hour meeting ended at 6 p.m.', 'The meeting lasted four hours, and 40 reporters waited outside.')).toBe(false);
  });
});

describe('a report that agrees on a figure joins the claim only in the same setting', () => {
  test('"freed ELEVEN residents … on TUESDAY" does not join the claim of "11 people … on Monday"', () => {
    // Three reports of a made-up story (docs/reader-checks/2026-12-07-blind-round-16/lift-plunge): the
    // tabloid gives the eleven another day and time.
    const dir = path.join(import.meta.dirname, 'fixtures', 'lift-plunge');
    const files = ['01-mirrovia-newswire.txt', '04-mirrovian-times.txt', '06-daily-splat.txt'];
    const analysis = analyze(corpusOf(files.map((file, k) => ({ id: file.slice(0, 2), outlet: ['kyiv-post', 'moscow-times', 'daily-splat'][k] as string, body: readFileSync(path.join(dir, file), 'utf8').split(/\n\s*\n/).slice(1) }))));
    const monday = analysis.claims.filter((c) => c.evidence.some((e) => e.text.includes('8.35 a.m. on Monday')));
    expect(monday.length).toBeGreaterThan(0);
    expect(monday.flatMap((c) => c.evidence.filter((e) => e.text.includes('TUESDAY')).map((e) => `${c.statement} <- ${e.text}`))).toEqual([]);
  });
});

describe('a report of a figure joins a claim only by the words of the claim', () => {
  test('"Five people were injured." does not join the claim of the twelve on board, two of whose reports add that five were hurt', () => {
    const dir = path.join(import.meta.dirname, 'fixtures', 'balloon-landing');
    const files = ['01-ostelian-news-service.txt', '02-ostel-one-news.txt', '04-ostelian-globe.txt', '06-daily-whirl.txt'];
    const analysis = analyze(corpusOf(files.map((file, k) => ({ id: file.slice(0, 2), outlet: ['kyiv-post', 'moscow-times', 'novaya-gazeta', 'daily-splat'][k] as string, body: readFileSync(path.join(dir, file), 'utf8').split(/\n\s*\n/).slice(1) }))));
    const aboard = claimWith(analysis, 'Twelve tourists were on board');
    expect(aboard?.evidence.length, show(aboard)).toBeGreaterThan(1);
    expect(evidenceWith(aboard, 'Five people were injured.'), show(aboard)).toBeUndefined();
  });

  test('a short report of the figure that shares a word with the claim\'s reports still joins it', () => {
    const dir = path.join(import.meta.dirname, 'fixtures', 'mine-collapse');
    const files = ['01-continental-newswire.txt', '02-stavren-chronicle.txt', '03-knb-news.txt', '05-newspulse-daily.txt'];
    const analysis = analyze(corpusOf(files.map((file, k) => ({ id: file.slice(0, 2), outlet: ['kyiv-post', 'moscow-times', 'novaya-gazeta', 'rfe-rl'][k] as string, body: readFileSync(path.join(dir, file), 'utf8').split(/\n\s*\n/).slice(1) }))));
    const hospital = claimWith(analysis, 'Eleven of them were taken to hospital');
    expect(evidenceWith(hospital, 'Eleven are being treated in hospital'), show(hospital)).toBeDefined();
    expect(evidenceWith(hospital, 'Eleven people are in hospital.'), show(hospital)).toBeDefined();
  });
});

describe('two sentences whose times of day all differ are two facts', () => {
  test('"hit the ground near Carro at about half past nine" does not join the claim of the balloon that crashed at 7.45 a.m.', () => {
    const dir = path.join(import.meta.dirname, 'fixtures', 'balloon-landing');
    const files = ['01-ostelian-news-service.txt', '02-ostel-one-news.txt', '04-ostelian-globe.txt', '06-daily-whirl.txt'];
    const analysis = analyze(corpusOf(files.map((file, k) => ({ id: file.slice(0, 2), outlet: ['kyiv-post', 'moscow-times', 'novaya-gazeta', 'daily-splat'][k] as string, body: readFileSync(path.join(dir, file), 'utf8').split(/\n\s*\n/).slice(1) }))));
    // The claims matched on words that hold the 7.45 reports hold no report of half past nine; the
    // time claim sets the two times against each other.
    const words = analysis.claims.filter((c) => c.kind !== 'quantity' && c.evidence.some((e) => /7\.45 ?a\.?m/.test(e.text)));
    expect(words.length).toBeGreaterThan(0);
    expect(words.flatMap((c) => c.evidence.filter((e) => e.text.includes('half past nine')).map(() => c.statement))).toEqual([]);
    expect(analysis.claims.find((c) => c.kind === 'quantity' && c.statement.startsWith('Time '))?.verdict).toBe('conflicting');
  });
});

describe('figures that keep nothing apart', () => {
  test('a unit given twice in a sentence: which of its figures the other report gives is open', () => {
    expect(differ('Nine people were killed and 43 people were injured.', 'Eleven people were injured in the crash.')).toBe(false);
  });

  test('sums and shares may measure two things: revenue and profit, a rate and its change', () => {
    expect(differ('Revenue rose to $1.84 billion.', 'Net profit fell to $212 million.')).toBe(false);
    expect(differ('Revenue rose 6 percent from a year earlier.', 'The company will cut 11 percent of its staff.')).toBe(false);
  });

  test('a rate against a figure that is none: "38.50 ducats a share" and "its 4.6bn-ducat offer"', () => {
    expect(differ('The offer of 38.50 ducats a share won 78.4% of votes cast.', 'Granvik won backing for its 4.6bn-ducat offer, with 78.4% of votes cast.')).toBe(false);
  });

  test('a count whose noun is left out ("1.3 million in Lindmark") may count something else', () => {
    expect(differ('Hackers took the data of 4.2 million customers in Norvania and 1.3 million in Lindmark.', 'The Lindmark Post said 2,000 in Lindmark were affected.')).toBe(false);
  });
});
