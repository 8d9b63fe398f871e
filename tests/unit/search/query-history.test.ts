import { describe, expect, test } from 'vitest';
import { queryFromUrl, QueryHistory, type HistoryHost } from '../../../src/search/query-history.ts';

/** A browser history stand-in: a list of URLs and a position. */
function fakeHost(start: string) {
  const entries = [start];
  let index = 0;
  const host: HistoryHost = {
    history: {
      pushState: (_data, _unused, url) => {
        entries.splice(index + 1, entries.length, String(url));
        index += 1;
      },
      replaceState: (_data, _unused, url) => {
        entries[index] = String(url);
      },
    },
    location: {
      get href() {
        return entries[index] ?? '';
      },
    },
  };
  return { host, entries, back: () => (index -= 1) };
}

const urlFor = (query: string): string => (query ? `/factcheck/search/?q=${encodeURIComponent(query)}` : '/factcheck/search/');
const START = 'http://localhost/factcheck/search/?q=lavrov';

describe('keeping the query in the URL', () => {
  test('typing a word letter by letter makes one new history entry, so back returns to the previous search', () => {
    const { host, entries } = fakeHost(START);
    let time = 0;
    const history = new QueryHistory(host, urlFor, 1500, () => time);
    for (const query of ['u', 'us', 'ush', 'usha']) {
      time += 120;
      history.update(query);
    }
    expect(entries).toEqual([START, 'http://localhost/factcheck/search/?q=usha']);
  });

  test('a change after a pause starts a new entry', () => {
    const { host, entries } = fakeHost(START);
    let time = 0;
    const history = new QueryHistory(host, urlFor, 1500, () => time);
    history.update('rubio');
    time += 5000;
    history.update('rubio embassy');
    expect(entries).toHaveLength(3);
  });

  test('after settling (Enter, or going back) the next change starts a new entry', () => {
    const { host, entries } = fakeHost(START);
    const history = new QueryHistory(host, urlFor, 1500, () => 0);
    history.update('rubio');
    history.settle();
    history.update('waltz');
    expect(entries.map((url) => queryFromUrl(url))).toEqual(['lavrov', 'rubio', 'waltz']);
  });

  test('the same query does not add an entry, and an empty query gives the bare search page', () => {
    const { host, entries } = fakeHost(START);
    const history = new QueryHistory(host, urlFor, 1500, () => 0);
    history.update('lavrov');
    expect(entries).toEqual([START]);
    history.update('');
    expect(entries.at(-1)).toBe('http://localhost/factcheck/search/');
  });

  test('the query is read back from the URL, decoded', () => {
    expect(queryFromUrl('http://localhost/factcheck/search/?q=%22three-stage%22+plan')).toBe('"three-stage" plan');
    expect(queryFromUrl('http://localhost/factcheck/search/')).toBe('');
  });
});
