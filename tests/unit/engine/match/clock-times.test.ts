/**
 * Clock times of one event: a time of day is a value with the interval of its rounding step, and
 * belongs to what happened at it. Every story below is made up; the expectations are read off its
 * sentences.
 */
import { describe, expect, test } from 'vitest';
import { calendarDay, clockTimes } from '../../../../src/engine/04-match/clock-times.ts';
import type { CorpusAnalysis, StoryInput } from '../../../../src/engine/types.ts';
import { analyze, corpusOf, storyAt, type ArticleSpec } from '../support/corpus.ts';
import { show } from '../support/find.ts';

const story: StoryInput = { id: 'test-story', title: 'Test story', date: '2031-06-03', summary: '' };

function articles(...bodies: string[][]): ArticleSpec[] {
  return bodies.map((body, n) => ({ id: `article-${n + 1}`, outlet: `outlet-${n + 1}`, body }));
}

/** Each clock time the engine reads: surface, minutes since midnight, interval and the word for what happened. */
function timesOf(specs: ArticleSpec[]): Array<[string, number, number, number, string]> {
  const annotated = storyAt(corpusOf(specs, { stories: [story] }), 'annotate');
  return clockTimes(annotated.ctx.lang, annotated, annotated.units.map(() => true)).map((t) => [t.quantity.surface, t.quantity.value, t.quantity.low, t.quantity.high, t.word]);
}

const timeClaims = (analysis: CorpusAnalysis) => analysis.claims.filter((c) => c.kind === 'quantity' && c.statement.startsWith('Time '));

describe('reading clock times', () => {
  test('12-hour and 24-hour times, with the interval of their rounding step', () => {
    expect(timesOf(articles([
      'The ferry capsized around 7 PM on Friday near the harbour mouth.',
      'The ferry capsized at about 19:00 as the storm arrived over the harbour.',
      'The ferry capsized at 7:20 pm in heavy seas off the harbour.',
    ]))).toEqual([
      ['around 7 PM', 1140, 1132.5, 1147.5, 'capsized'],
      ['about 19:00', 1140, 1132.5, 1147.5, 'capsized'],
      ['7:20 pm', 1160, 1157.5, 1162.5, 'capsized'],
    ]);
  });

  test('"6.12 a.m.", hours and minutes with a full stop between, is 6:12, not 12 a.m.', () => {
    expect(timesOf(articles(['The rocket lifted off at 6.12 a.m. on Tuesday from the coast.']))).toEqual([['6.12 a.m.', 372, 371.5, 372.5, 'lifted']]);
  });

  test('"just after 8:40 a.m." is within the time\'s own step after it; a bare "after 7 p.m." within the hour', () => {
    expect(timesOf(articles([
      'The train derailed just after 8:40 a.m. on a bend outside the town.',
      'The ferry capsized after 7 p.m. near the harbour mouth.',
    ]))).toEqual([
      ['just after 8:40 a.m.', 520, 520, 525, 'derailed'],
      ['after 7 p.m.', 1140, 1140, 1200, 'capsized'],
    ]);
  });

  test('a conversion into another zone, and a time that scopes a figure, are not reports of the event', () => {
    expect(timesOf(articles([
      'The polls opened at 8:00 AM (05:00 GMT) across the country on Sunday.',
      'More than 300 flights were cancelled before 9:00 AM at the main airport.',
    ]))).toEqual([['8:00 AM', 480, 472.5, 487.5, 'opened']]);
  });
});

describe('clock times in words', () => {
  test('"ten past two on Sunday afternoon", "twenty minutes before midnight", "a quarter past ten in the morning", "around midday"', () => {
    expect(timesOf(articles([
      'The cabin dropped like a stone at ten past two on Sunday afternoon near the summit.',
      'The dam gave way at twenty minutes before midnight on Saturday.',
      'The first bus left the depot at a quarter past ten in the morning.',
      'The handover took place on the tarmac around midday on Friday.',
    ]))).toEqual([
      ['ten past two', 850, 847.5, 852.5, 'stone'],
      ['twenty minutes before midnight', 1420, 1417.5, 1422.5, 'way'],
      ['a quarter past ten', 615, 607.5, 622.5, 'left'],
      ['around midday', 720, 712.5, 727.5, 'tarmac'],
    ]);
  });

  test('an hour in words without its half of the day, or a range of numbers, is no time', () => {
    expect(timesOf(articles([
      'The cabin dropped at ten past two near the summit.',
      'The crash killed five to ten people on the road outside the town in the evening.',
    ]))).toEqual([]);
  });
});

describe('times at two named places', () => {
  test('"at Halvik airport around midday" and "at Cerrano airport shortly after 9 p.m." are at two events; two reports of Cerrano airport at one', () => {
    const annotated = storyAt(corpusOf(articles(
      ['The prisoners were handed over at Halvik airport around midday on Friday.', 'Their plane landed at Cerrano airport shortly after 9 p.m. on Friday.'],
      ['The freed men embraced their families at Cerrano airport shortly after 9 p.m. on Friday.'],
    ), { stories: [story] }), 'annotate');
    const [halvik, cerrano, again] = clockTimes(annotated.ctx.lang, annotated, annotated.units.map(() => true)).map((t) => t.event);
    expect(halvik).not.toBe(cerrano);
    expect(again).toBe(cerrano);
  });
});

describe('a thing named once and then not', () => {
  test('"poured into the Kessing tunnel shortly before 6 p.m." and "poured into the tunnel at about 4.40 p.m." conflict', () => {
    const analysis = analyze(corpusOf(articles(
      ['Floodwater poured into the tunnel at about 4.40 p.m. on Thursday, trapping drivers.'],
      ['Floodwater poured into the Kessing tunnel shortly before 6 p.m. on Thursday, city officials said.'],
    ), { stories: [story] }));
    expect(timeClaims(analysis).map((c) => c.verdict)).toEqual(['conflicting']);
  });
});

describe('times of one event', () => {
  test('"around 7 PM" and "about 7:20 pm" for one capsizing conflict', () => {
    const claims = timeClaims(analyze(corpusOf(articles(
      ['The ferry capsized around 7 PM on Friday near the harbour mouth, officials said.'],
      ['The ferry capsized on Friday at about 7:20 pm local time, the coastguard said.'],
    ), { stories: [story] })));
    expect(claims.map((c) => [c.statement, c.verdict])).toEqual([['Time the ferry capsized: around 7 PM (Outlet 1); about 7:20 pm (Outlet 2).', 'conflicting']]);
  });

  test('"7 PM" and "19:00" agree', () => {
    const claims = timeClaims(analyze(corpusOf(articles(
      ['The ferry capsized at 7 PM on Friday near the harbour mouth, officials said.'],
      ['Coastguards said the vessel capsized at 19:00 on Friday, minutes after leaving port.'],
    ), { stories: [story] })));
    expect(claims.map((c) => c.verdict)).toEqual(['corroborated']);
  });

  test('a verb of onset or occurrence is the time of its event noun: "The eruption began at 4.20 a.m." against "The volcano erupted at 5.05 a.m."', () => {
    const claims = timeClaims(analyze(corpusOf(articles(
      ['The eruption began at 4.20 a.m. on Tuesday, according to the volcano observatory.'],
      ['The volcano erupted at 5.05 a.m. on Tuesday, throwing ash high into the sky, the observatory said.'],
    ), { stories: [story] })));
    expect(claims.map((c) => c.verdict)).toEqual(['conflicting']);
  });

  test('two events that each only began are still two: "The meeting began at 10 a.m." and "The protest started at noon"', () => {
    const times = timesOf(articles(['The meeting began at 10 a.m. in the capital.'], ['The march through the capital started at 1 p.m.']));
    expect(times.map((t) => t[4])).toEqual(['began', 'started']);
    const annotated = storyAt(corpusOf(articles(['The eruption began at 4.20 a.m. on Tuesday.']), { stories: [story] }), 'annotate');
    expect(clockTimes(annotated.ctx.lang, annotated, annotated.units.map(() => true))[0]?.events).toEqual(['begin', 'erupt']);
  });

  test('times of different events are never set against each other', () => {
    const claims = timeClaims(analyze(corpusOf(articles(
      ['Polling stations opened at 8 AM on Sunday across the country, officials said.'],
      ['Polling stations closed at 5 PM on Sunday across the country, the board said.'],
    ), { stories: [story] })));
    expect(claims).toEqual([]);
  });
});

describe('what happened at a time is the verb, not its object', () => {
  test('"stopped the train at 7.25 a.m." and "stormed the train at 4.38pm" are two events; "stormed the train" at 3.38 and at 4.38 conflict', () => {
    const claims = timeClaims(analyze(corpusOf(articles(
      ['The gunmen stopped the train at 7.25 a.m. on Thursday, police said.'],
      ['Commandos stormed the train at 4.38 p.m. on Thursday after a nine-hour siege.'],
      ['Special forces stormed the train at 3.38 p.m. on Thursday, a reporter at the cordon saw.'],
      ['The train was stopped at 7.25 a.m. on Thursday near the gorge.'],
    ), { stories: [story] })));
    expect(claims.map((c) => [c.statement, c.verdict])).toEqual([
      // Outlet 4 names no gunmen: the heading is the clause every report states.
      ['Time the train was stopped: 7.25 a.m. (Outlet 1, citing police; Outlet 4).', 'corroborated'],
      ['Time the train was stormed: 4.38 p.m. (Outlet 2); 3.38 p.m. (Outlet 3).', 'conflicting'],
    ]);
  });

  test('a place the event moved into, or a word that is no object, is not skipped: "poured into the tunnel", "stay indoors"', () => {
    const times = timesOf(articles(['Water poured into the tunnel at about 4.40 p.m.'], ['People should stay indoors between 12:00 and 18:00.'], ['The shops will stay open until 10pm.']));
    expect(times.map((t) => t[4])).toEqual(['tunnel', 'indoors', 'indoors', 'open']);
  });
});

describe('a time whose words name no one and no verb is named by its anchor sentence', () => {
  test('"They were allowed to go home at 9.30 a.m." is no "Time it home"', () => {
    const claims = analyze(corpusOf(articles(
      ['They were allowed to go home at 9.30 a.m. on Monday.'],
      ['Residents were allowed home at 10 a.m. on Monday.'],
    ), { stories: [story] })).claims.filter((c) => c.kind === 'quantity');
    expect(claims.map((c) => [c.statement, c.verdict])).toEqual([['They were allowed to go home at 9.30 a.m. (Outlet 1) or 10 a.m. (Outlet 2) on Monday.', 'conflicting']]);
  });
});

describe('a count that did what happened at a time does not make the time a figure\'s', () => {
  test('"Three lions broke out shortly before noon" and "… at quarter past ten" conflict, and the claim is named by its anchor sentence', () => {
    const claims = analyze(corpusOf(articles(
      ['Three lions broke out shortly before noon on Sunday, and one was shot dead by police, the zoo said.'],
      ['THREE lions broke out at quarter past ten on Sunday morning, sending visitors running for cover.'],
    ), { stories: [story] })).claims.filter((c) => c.kind === 'quantity' && c.evidence.some((e) => e.value === 'quarter past ten'));
    expect(claims.map((c) => [c.statement, c.verdict])).toEqual([
      ['Three lions broke out shortly before noon (Outlet 1) or quarter past ten (Outlet 2) on Sunday, and one was shot dead by police, the zoo said.', 'conflicting'],
    ]);
  });

  test('a figure between the word and the time still says when the figure stood: "stood at 7.3 metres at the gauge at 06:00"', () => {
    const claims = analyze(corpusOf(articles(
      ['The Orlen stood at 7.3 metres at the Halvern gauge at 06:00 on Monday and was still rising.'],
      ['The river peaked at 7.84 metres at the Halvern gauge at about 19:00 on Monday, the directorate said.'],
    ), { stories: [story] })).claims.filter((c) => c.evidence.some((e) => e.value === '06:00'));
    expect(claims).toEqual([]);
  });

  test('a time of what was allowed or planned is not when it happened: "cleared to take off at 6.30 a.m."', () => {
    expect(timesOf(articles(['The flight log shows that all 40 balloons were cleared to take off at 6.30 a.m., Pellam said.'], ['The festival is due to open at 10 a.m. on Saturday.']))).toEqual([]);
    expect(timesOf(articles(['Ash began to fall at 9 p.m. on Tuesday.'])).map((t) => t[4])).toEqual(['fall']);
  });
});

describe('a time whose word before it is no verb is named by its anchor sentence', () => {
  test('"did not close the valves on either side of the rupture until 7.05 a.m." is no "Time the operator rupture"', () => {
    const claims = analyze(corpusOf(articles(
      ['Nordgas did not close the valves on either side of the rupture until 7.05 a.m., according to a company timeline seen by the Tribune.'],
      ['The operator closed the block valves on either side of the rupture at 06:05, and the fire was brought under control at 11:20.'],
    ), { stories: [story] })).claims.filter((c) => c.kind === 'quantity' && c.evidence.some((e) => e.value === '06:05'));
    expect(claims.map((c) => c.statement)).toHaveLength(1);
    expect(claims[0]?.statement).toMatch(/^Nordgas did not close the valves on either side of the rupture until /);
  });
});

describe('a heading in the passive names the object with "the"', () => {
  test('"closed its runway at 7.50 a.m." and "closed its runway at 8.20 a.m." conflict as "Time the runway was closed"', () => {
    const claims = timeClaims(analyze(corpusOf(articles(
      ['Airport staff closed its runway at 7.50 a.m. on Sunday.'],
      ['Police closed its runway at 8.20 a.m. on Sunday after the crash.'],
    ), { stories: [story] })));
    expect(claims.map((c) => c.statement)).toEqual(['Time the runway was closed: 7.50 a.m. (Outlet 1); 8.20 a.m. (Outlet 2).']);
  });
});

describe('two events at one place are told apart by their verbs', () => {
  test('"taken off from the festival field at 6.50 a.m." and "plunged into a field at 7.45 a.m." are two events; "plunged into a field" at two times conflict', () => {
    const claims = timeClaims(analyze(corpusOf(articles(
      ['The balloon had taken off from the festival field at 6.50 a.m. on Saturday.'],
      ['The balloon plunged into a field at 7.45 a.m. on Saturday, police said.'],
      ['The balloon came down in a field at 8.15 a.m. on Saturday.'],
    ), { stories: [story] })));
    expect(claims).toEqual([]);
    const landed = timeClaims(analyze(corpusOf(articles(
      ['The balloon plunged into a field at 7.45 a.m. on Saturday, police said.'],
      ['The balloon plunged into a field at 8.15 a.m. on Saturday.'],
    ), { stories: [story] })));
    expect(landed.map((c) => c.verdict)).toEqual(['conflicting']);
  });
});

describe('a heading says what happened at the time as every report states it', () => {
  test('"The dam gave way" and "The earth-fill dam gave way": the clause both state names the time; "earth-fill" is one report\'s', () => {
    const claims = timeClaims(analyze(corpusOf(articles(
      ['The earth-fill dam gave way at 11.10 p.m. on Sunday, police said.'],
      ['The dam gave way at 11.40 p.m. on Sunday.'],
    ), { stories: [story] })));
    expect(claims.map((c) => [c.statement, c.verdict])).toEqual([['Time the dam gave way: 11.10 p.m. (Outlet 1, citing police); 11.40 p.m. (Outlet 2).', 'conflicting']]);
  });

  test('a clause that carries a figure or a verb of saying is no heading: the noun phrase and the verb are', () => {
    const claims = timeClaims(analyze(corpusOf(articles(
      ['A hot-air balloon with 12 passengers on board crashed into a field near Carro at 7.45 a.m. on Saturday during the Velna Balloon Festival, police said.'],
      ['Police said the hot-air balloon crashed into a field near Carro at 9.30 a.m. on Saturday.'],
    ), { stories: [story] })));
    expect(claims.map((c) => c.statement)).toEqual(['Time the hot-air balloon crashed: 7.45 a.m. (Outlet 1, citing police); 9.30 a.m. (Outlet 2, citing police).']);
  });

  test('with no clause stated by all, the noun phrase keeps only the words all state, and a verb right before the noun stays with it: "gave way"', () => {
    const claims = timeClaims(analyze(corpusOf(articles(
      ['The earth-fill dam gave way at 11.40 p.m., sending a wall of water down the valley.'],
      ['The Strelna dam in Lessa gave way at 1am on Sunday, and the flood hit Brodno minutes later.'],
    ), { stories: [story] })));
    expect(claims.map((c) => c.statement)).toEqual(['Time the dam gave way: 11.40 p.m. (Outlet 1); 1am (Outlet 2).']);
  });

  test('an apposition and a day before the time are left out; a name opening the clause keeps its capital', () => {
    const claims = timeClaims(analyze(corpusOf(articles(
      ['The Lorin Star, operated by Kaivo Marine Lines, left Port Aramu at 8:15 p.m. on Saturday.'],
      ['The Lorin Star left Port Aramu on Saturday at 8:15 p.m., the coast guard said.'],
    ), { stories: [story] })));
    expect(claims.map((c) => c.statement)).toEqual(['Time the Lorin Star left Port Aramu: 8:15 p.m. (Outlet 1; Outlet 2, citing the coast guard).']);
  });
});

describe('a weekday is a day of the calendar, read from the date of its report', () => {
  test('"on Saturday" in a report of Sunday 15 June 2031 is 14 June; on the day itself it is that day; a day of a month takes the nearest year', () => {
    // 15 June 2031 is a Sunday.
    expect(calendarDay('w-saturday', '2031-06-15')).toBe('2031-06-14');
    expect(calendarDay('w-sunday', '2031-06-15')).toBe('2031-06-15');
    expect(calendarDay('w-monday', '2031-06-15')).toBe('2031-06-09');
    expect(calendarDay('m12-d31', '2032-01-02')).toBe('2031-12-31');
    expect(calendarDay('y2019', '2031-06-15')).toBe('y2019');
  });

  test('"at 11.40 p.m. on Saturday" and "at 11.40 p.m. on 14 June" agree; "at 11.10 p.m. on 14 June" conflicts with both', () => {
    const claims = timeClaims(analyze(corpusOf([
      { id: 'article-1', outlet: 'outlet-1', published: '2031-06-15', body: 'The ferry sank at 11.40 p.m. on Saturday, the coast guard said.' },
      { id: 'article-2', outlet: 'outlet-2', published: '2031-06-16', body: 'The ferry capsized and sank at 11.40 p.m. on 14 June, survivors said.' },
      { id: 'article-3', outlet: 'outlet-3', published: '2031-06-16', body: 'The ferry sank at 11.10 p.m. on 14 June, according to the harbour master.' },
    ], { stories: [{ ...story, date: '2031-06-14' }] })));
    expect(claims.map((c) => [c.statement, c.verdict])).toEqual([['Time the ferry sank: 11.40 p.m. (Outlet 1, citing the coast guard; Outlet 2); 11.10 p.m. (Outlet 3).', 'conflicting']]);
  });
});

describe('a time and the day its words give are one value', () => {
  // 3 June 2031 is a Tuesday; the reports are of that day, so "on Sunday" is 1 June.
  test('"6 p.m. on Sunday" and "6pm on Monday" of one warning conflict; "18:00 on 1 June" agrees with Sunday', () => {
    const analysis = analyze(corpusOf(articles(
      ['The ministry issued a national warning against home-made spirits at 6 p.m. on Sunday.'],
      ['The ministry issued a national warning against unlicensed spirits at 18:00 on 1 June.'],
      ['Health chiefs only issued a national warning at 6pm on Monday, more than a day after the first victims were rushed to hospital.'],
    ), { stories: [story] }));
    const claim = timeClaims(analysis).find((c) => c.evidence.length === 3);
    expect(claim?.verdict, show(claim)).toBe('conflicting');
    expect(claim?.evidence.map((e) => [e.article, e.stance, e.value])).toEqual([
      ['article-1', 'supports', '6 p.m.'],
      ['article-2', 'supports', '18:00'],
      ['article-3', 'conflicts', '6pm on Monday'],
    ]);
  });

  test('a day named apart from the time ("said on Monday") is no day of the time, and keeps two days\' times apart as before', () => {
    const analysis = analyze(corpusOf(articles(
      ['The ferry left the harbour at 8.15 p.m., the operator said on Monday.'],
      ['The ferry left the harbour at 8.15 p.m. on Sunday.'],
    ), { stories: [story] }));
    expect(timeClaims(analysis).filter((c) => c.verdict === 'conflicting')).toEqual([]);
  });
});

describe('the verb of a time\'s clause says what happened when the word before the time is a place', () => {
  test('"handed over to Ardenzan troops near the village of Tel Amun at about 4 p.m." and "handed over to Ardenzan soldiers shortly after 9 p.m." are one event', () => {
    const analysis = analyze(corpusOf(articles(
      ['The four hostages were handed over to Ardenzan troops near the village of Tel Amun at about 4 p.m. on Tuesday.'],
      ['The four hostages were handed over to Ardenzan troops near the village of Tel Amun at about 4 p.m. on Tuesday, officials said.'],
      ['The six were handed over to Ardenzan soldiers shortly after 9 p.m. on Monday, ending their ordeal.'],
    ), { stories: [story] }));
    const claim = timeClaims(analysis).find((c) => c.evidence.some((e) => e.article === 'article-3'));
    expect(claim?.verdict, show(claim)).toBe('conflicting');
  });

  test('an instrument is no place: "raised the alarm by satellite phone at 7 p.m." is no time of "lifted off by helicopter at twenty past six"', () => {
    const analysis = analyze(corpusOf(articles(
      ['Renner raised the alarm by satellite phone at about 7 p.m. on Tuesday.'],
      ['Renner raised the alarm by satellite phone at about 7 p.m. on Tuesday, police said.'],
      ['Seven climbers who spent two nights stuck on the ridge were lifted off by helicopter at twenty past six on Thursday morning.'],
    ), { stories: [story] }));
    expect(timeClaims(analysis).filter((c) => c.evidence.some((e) => e.article === 'article-3'))).toEqual([]);
  });

  test('the heading is read off the report whose time follows its verb\'s object, not a place', () => {
    // Friday is 30 May here: "18:45 on 31 May" is the next day.
    const analysis = analyze(corpusOf(articles(
      ['Drone sightings closed the runway at Lerrin International Airport at 6.45 p.m. on Friday.'],
      ['The airport closed its runway at a quarter to seven on Friday evening after a drone was seen.'],
      ["Lerrin International's single runway was closed at 18:45 on 31 May after a crew reported a drone."],
    ), { stories: [story] }));
    expect(timeClaims(analysis).map((c) => c.statement)).toEqual(['Time the airport closed its runway: 6.45 p.m. (Outlet 1, Outlet 2); 18:45 on 31 May (Outlet 3).']);
  });
});

describe('an hour in words with its part of the day', () => {
  test('"at about six on Sunday evening", "at two in the afternoon", "just after five in the morning" and "twelve minutes past nine" are times; "arrested about six on Sunday evening" is none', () => {
    expect(timesOf(articles([
      'The hoard was found at about six on Sunday evening by a detectorist.',
      'The locusts reached the valley at two in the afternoon on Thursday.',
      'The bomb went off just after five in the morning.',
      'The meteor burst over the town at twelve minutes past nine on Wednesday night.',
      'Police arrested about six on Sunday evening.',
    ])).map(([surface, value]) => [surface, value])).toEqual([
      ['about six on Sunday evening', 18 * 60],
      ['two in the afternoon', 14 * 60],
      ['just after five in the morning', 5 * 60],
      ['twelve minutes past nine', 21 * 60 + 12],
    ]);
  });

  test('the same hour on two days conflicts', () => {
    const analysis = analyze(corpusOf(articles(
      ['The hoard was found at about six on Sunday evening, police said.'],
      ['The hoard was found at about six on Monday evening.'],
    ), { stories: [story] }));
    expect(timeClaims(analysis).map((c) => c.verdict)).toEqual(['conflicting']);
  });
});
