/**
 * Where a speaker spoke: "said on X", "told NBC News", "in an interview on NBC’s “Today” show".
 * Outlets that have one speaker speak through one named medium state that fact, whatever words they
 * quote. Every story below is made up; each expectation is read off its sentences.
 */
import { describe, expect, test } from 'vitest';
import { venueMentions } from '../../../../src/engine/04-match/venues.ts';
import type { Claim, StoryInput } from '../../../../src/engine/types.ts';
import { analyze, corpusOf, storyAt, type ArticleSpec } from '../support/corpus.ts';

const story: StoryInput = { id: 'test-story', title: 'Test story', date: '2031-07-19', summary: '' };

function articles(...bodies: string[][]): ArticleSpec[] {
  return bodies.map((body, n) => ({ id: `article-${n + 1}`, outlet: `outlet-${n + 1}`, body }));
}

/** The venues the engine reads, as "venue key | phrase". */
function venuesOf(specs: ArticleSpec[]): string[] {
  const annotated = storyAt(corpusOf(specs, { stories: [story] }), 'annotate');
  return venueMentions(annotated.ctx.lang, annotated, annotated.units.map(() => true)).map((m) => `${m.venue} | ${m.text}`);
}

function venueClaims(specs: ArticleSpec[]): Claim[] {
  return analyze(corpusOf(specs, { stories: [story] })).claims.filter((c) => /\. In each report's words: /.test(c.statement));
}

describe('which phrases say where a speaker spoke', () => {
  test('a named medium after the verb of saying or an interview, post or statement, or after "told"', () => {
    expect(
      venuesOf(articles([
        '“We are working with every customer,” Ana Petrova said on X, formerly Twitter.',
        '“We are sorry,” Ana Petrova said in an interview on NBC’s “Today” show.',
        '“It could be some time,” Ana Petrova told The Associated Press.',
      ])),
    ).toEqual(['x | on X', 'nbc | in an interview on NBC’s “Today” show', 'ap | told The Associated Press']);
  });

  test('no venue: a day, a name inside the quotation, an audience with no name, narration with no speaker', () => {
    expect(
      venuesOf(articles([
        '“We are working with every customer,” Ana Petrova said on Friday.',
        '“We spoke to Microsoft about it,” Ana Petrova said.',
        '“We are sorry,” Ana Petrova told reporters in the morning.',
        'The company posted an update on X on Friday.',
      ])),
    ).toEqual([]);
  });
});

describe('reports of one speaker speaking through one medium are one claim', () => {
  test('reports of other remarks, or of none, at one place state that the speaker spoke there', () => {
    const claims = venueClaims(
      articles(
        ['Ana Petrova led the count on Monday.', 'Ana Petrova said in a speech to cheering supporters at the party headquarters in the capital Ankara that the country had won.'],
        ['The count went on through the night.', 'Speaking to supporters in Ankara, Ana Petrova said she could still win.'],
      ),
    );
    expect(claims).toHaveLength(1);
    expect(claims[0]?.statement).toBe("Ana Petrova spoke in Ankara. In each report's words: in a speech to cheering supporters at the party headquarters in the capital Ankara (Outlet 1); speaking to supporters in Ankara (Outlet 2).");
  });

  test('two outlets, one speaker, one medium: corroborated, each report’s words listed', () => {
    const claims = venueClaims(
      articles(
        ['Northwind Systems said the outage was fixed.', '“We are working with every customer,” Ana Petrova said on X, formerly Twitter.'],
        ['The outage hit airlines worldwide.', '“Every customer matters to us,” Ana Petrova said in a post early Friday morning on X.'],
      ),
    );
    expect(claims).toHaveLength(1);
    expect(claims[0]?.verdict).toBe('corroborated');
    // The claim is the speaking, as a sentence; each report may quote other words said there.
    expect(claims[0]?.statement).toBe("Ana Petrova spoke on X. In each report's words: on X (Outlet 1); in a post early Friday morning on X (Outlet 2).");
  });

  test('a place the speaker spoke in, after the words of a speech or of speaking, is a venue', () => {
    const claims = venueClaims(
      articles(
        ['Ana Petrova led the count on Monday.', '“The winner is our country,” Ana Petrova said in a speech to cheering supporters at the party headquarters in the capital Ankara.'],
        ['The count went on through the night.', 'Speaking to supporters in Ankara, Ana Petrova said she could still win.'],
      ),
    );
    expect(claims).toHaveLength(1);
    expect(claims[0]?.statement).toBe("Ana Petrova spoke in Ankara. In each report's words: in a speech to cheering supporters at the party headquarters in the capital Ankara (Outlet 1); speaking to supporters in Ankara (Outlet 2).");
  });

  test('the place as most reports name it, "to" for "told", an article in lower case', () => {
    const claims = venueClaims(
      articles(
        ['Northwind Systems said the outage was fixed.', '“We are sorry,” Ana Petrova said in an interview on NBC’s “Today” show.'],
        ['The outage hit airlines worldwide.', '“Every customer matters to us,” Ana Petrova told NBC News.'],
        ['Airports reopened on Saturday.', '“It could be some time,” Ana Petrova told NBC News on Friday.'],
      ),
    );
    expect(claims).toHaveLength(1);
    expect(claims[0]?.statement).toMatch(/^Ana Petrova spoke to NBC News\. In each report's words: in an interview on NBC’s “Today” show \(Outlet 1\); /);
    const annotated = storyAt(corpusOf(articles(['“It could be some time,” Ana Petrova told The Associated Press.']), { stories: [story] }), 'annotate');
    expect(venueMentions(annotated.ctx.lang, annotated, [true]).map((m) => m.where)).toEqual(['to the Associated Press']);
  });

  test('two media are not one claim, nor set against each other', () => {
    const claims = venueClaims(
      articles(
        ['Northwind Systems said the outage was fixed.', '“We are working with every customer,” Ana Petrova said on X, formerly Twitter.'],
        ['The outage hit airlines worldwide.', '“Every customer matters to us,” Ana Petrova told NBC News.'],
      ),
    );
    expect(claims).toEqual([]);
  });
});
