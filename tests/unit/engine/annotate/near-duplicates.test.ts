/**
 * Near-duplicate articles (a re-post, a syndicated wire story, a truncated copy) by 5-word
 * shingle containment: they must count as one source.
 */
import { describe, expect, test } from 'vitest';
import { commonInOrder, findNearDuplicates, sharedCopies, shingles, wordHashes } from '../../../../src/engine/03-annotate/near-duplicates.ts';
import { foldTypography } from '../../../../src/engine/text.ts';
import { DEFAULT_CONFIG } from '../../../../src/engine/config.ts';

const config = DEFAULT_CONFIG.sources;

const base =
  'Officials from both countries met for six hours on Monday in the port city and agreed to reopen the border crossing. ' +
  'The ministers said trade would resume within a month, and that customs teams would meet again next week. ' +
  'Farmers on both sides had been waiting since the spring for the crossing to reopen.';

/** 32-bit FNV-1a of each word of the whole text folded and lower-cased: what `wordHashes` must give. */
function foldedHashes(text: string): number[] {
  return (foldTypography(text).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => {
    let hash = 0x811c9dc5;
    for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
    return hash >>> 0;
  });
}

/** Letters, marks and separators, ASCII and not, including those whose folding composes, splits or depends on context. */
const ALPHABET = [...'aZ0 .,\'-’“”–—…″\u00a0\u2009éÉıİßﬁ①²½€ΣσςΑϹ\u0301\u0338=', 'e\u0301', 'ΟΔΟΣ', '\ud83d\ude00'];

describe('near-duplicate articles', () => {
  test('wordHashes reads the words that folding the whole text gives', () => {
    let seed = 5;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const texts = ['Kılıçdaroğlu met the İstanbul mayor', 'Café «crème» ﬁnal ½ € ①', 'ΟΔΟΣ’Α and ΑΣ.Β', 'x=\u0338y'];
    for (let n = 0; n < 30_000; n++) {
      let text = '';
      const length = Math.floor(next() * 24);
      for (let k = 0; k < length; k++) text += next() < 0.4 ? (next() < 0.7 ? 'e' : ' ') : (ALPHABET[Math.floor(next() * ALPHABET.length)] as string);
      texts.push(text);
    }
    for (const text of texts) expect([text, wordHashes(text)]).toEqual([text, foldedHashes(text)]);
  });

  test('shingles ignore case, punctuation and typographic quotes', () => {
    expect(shingles('The “big” deal, signed today by both', 5)).toEqual(shingles('the "big" deal signed TODAY by both', 5));
  });

  test('a truncated copy of an earlier article points to that article', () => {
    const result = findNearDuplicates([
      { id: 'b-copy', published: '2030-03-02', text: base.split('. ').slice(0, 2).join('. ') },
      { id: 'a-original', published: '2030-03-01', text: base },
    ], config);
    expect(result.get('a-original')).toBeNull();
    expect(result.get('b-copy')).toBe('a-original');
  });

  test('on the same day the article with the smaller id counts as the earlier one', () => {
    const result = findNearDuplicates([
      { id: 'zeta', published: '2030-03-01', text: base },
      { id: 'alpha', published: '2030-03-01', text: base },
    ], config);
    expect(result.get('alpha')).toBeNull();
    expect(result.get('zeta')).toBe('alpha');
  });

  test('independent reports of the same event are not near-duplicates', () => {
    const other =
      'The border crossing between the two countries will reopen, ministers announced after a long meeting in the port city. ' +
      'Customs officers are expected to return to their posts within weeks, according to a government statement. ' +
      'Local farmers welcomed the news.';
    const result = findNearDuplicates([
      { id: 'a', published: '2030-03-01', text: base },
      { id: 'b', published: '2030-03-01', text: other },
    ], config);
    expect([...result.values()]).toEqual([null, null]);
  });

  test('a copy of a copy joins the group of the earliest article', () => {
    const result = findNearDuplicates([
      { id: 'a', published: '2030-03-01', text: base },
      { id: 'b', published: '2030-03-02', text: base },
      { id: 'c', published: '2030-03-03', text: base },
    ], config);
    expect(result.get('b')).toBe('a');
    expect(result.get('c')).toBe('a');
  });

  test('very short texts are never called copies', () => {
    const result = findNearDuplicates([
      { id: 'a', published: '2030-03-01', text: 'Talks ended on Monday.' },
      { id: 'b', published: '2030-03-02', text: 'Talks ended on Monday.' },
    ], config);
    expect(result.get('b')).toBeNull();
  });

  test('containment, not Jaccard: a copy with a long addition is still a copy', () => {
    const longer = `${base} ${'The mayor added that a new bridge would follow later in the decade, with money from the regional budget and the port. '.repeat(3)}`;
    const result = findNearDuplicates([
      { id: 'a', published: '2030-03-01', text: base },
      { id: 'b', published: '2030-03-02', text: longer },
    ], config);
    expect(result.get('b')).toBe('a');
  });

  test('the containment threshold comes from the config', () => {
    const half = base.split('. ').slice(0, 2).join('. ');
    const articles = [
      { id: 'a', published: '2030-03-01', text: base },
      { id: 'b', published: '2030-03-02', text: `${half}. A completely different closing paragraph follows here about harvests, markets and prices in the region.` },
    ];
    expect(findNearDuplicates(articles, config).get('b')).toBe('a');
    expect(findNearDuplicates(articles, { ...config, nearDuplicateContainment: 0.99 }).get('b')).toBeNull();
  });
});

describe('sentences two outlets print from one copy', () => {
  const wire = 'Scores of bodies, covered by white sheets, lay on the ground near the tracks as locals and rescuers raced to help the survivors.';
  const rewire = 'Dozens of bodies, covered by white sheets, lay on the ground near the train tracks as locals and rescuers raced to help the survivors.';
  const own = 'Rescue teams from three districts worked through the night to reach the passengers trapped inside the coaches that had overturned.';

  test('a long sentence of narration that another outlet printed before, word for word or nearly, is a copy of it', () => {
    const copies = sharedCopies(
      [
        { article: 'a', outlet: 'pennlive', narration: wire },
        { article: 'b', outlet: 'al-jazeera', narration: own },
        { article: 'b', outlet: 'al-jazeera', narration: rewire },
      ],
      config.shingleSize,
    );
    expect([...copies]).toEqual([[2, 0]]);
  });

  test('an edited copy keeps the words in their order: a few words changed still make a copy', () => {
    const first = 'Looking to pile pressure on the lawmakers, the more hardline unions said this time, there would be rolling strikes that could well go on for days, while the ports would also close.';
    const edited = 'Looking to pile pressure on lawmakers, the more radical unions said there would be rolling strikes, which could go on for several days, and that ports would close.';
    // Independent reports of one fact share words, not their order over a long sentence.
    const independent = 'The hardline unions, keen to pile pressure on lawmakers, have promised rolling strikes that could last for days and the closure of ports across the country.';
    const copies = sharedCopies(
      [
        { article: 'a', outlet: 'al-jazeera', narration: first },
        { article: 'b', outlet: 'irish-independent', narration: edited },
        { article: 'c', outlet: 'le-monde', narration: independent },
      ],
      config.shingleSize,
    );
    expect([...copies]).toEqual([[1, 0]]);
  });

  test('once a long sentence shows one article prints another’s copy, its short sentences and quotations from that copy are copies too', () => {
    const cgt = 'The hard-left CGT union put the number of protesters at 3.5 million.';
    const cgtEdited = 'The hardline CGT union put the number of protesters at 3.5 million nationwide.';
    const quote = '“By 10 p.m. (on Friday) we were able to rescue the survivors.';
    const quoteAgain = '“By 10pm (on Friday) we were able to rescue the survivors.';
    const copies = sharedCopies(
      [
        { article: 'a', outlet: 'pennlive', narration: wire },
        { article: 'a', outlet: 'pennlive', narration: cgt },
        { article: 'a', outlet: 'pennlive', narration: '', text: quote },
        { article: 'b', outlet: 'al-jazeera', narration: rewire },
        { article: 'b', outlet: 'al-jazeera', narration: cgtEdited },
        { article: 'b', outlet: 'al-jazeera', narration: '', text: quoteAgain },
        // An article that copies nothing of the first: its same short sentence is its own report.
        { article: 'c', outlet: 'le-monde', narration: own },
        { article: 'c', outlet: 'le-monde', narration: cgt },
      ],
      config.shingleSize,
    );
    expect([...copies].sort((x, y) => x[0] - y[0])).toEqual([[3, 0], [4, 1], [5, 2]]);
  });

  test('between articles that share copy, a copy editor’s rewording of a sentence (most of its words in order) is a copy; elsewhere it is not', () => {
    const strike = 'France’s nationwide strike, which disrupted train services, shut schools and halted fuel deliveries on Tuesday, will spill into Wednesday as unions stepped up their campaign.';
    const edited = 'France’s nationwide strike against pension reform, which seriously disrupted train services, shut schools and halted fuel deliveries yesterday, will spill into today.';
    const copies = (related: boolean) =>
      sharedCopies(
        [
          { article: 'a', outlet: 'al-jazeera', narration: wire },
          { article: 'a', outlet: 'al-jazeera', narration: strike },
          { article: 'b', outlet: 'irish-independent', narration: related ? rewire : own },
          { article: 'b', outlet: 'irish-independent', narration: edited },
        ],
        config.shingleSize,
      );
    expect([...copies(true)].sort((x, y) => x[0] - y[0])).toEqual([[2, 0], [3, 1]]);
    expect([...copies(false)]).toEqual([]);
  });

  test('one outlet repeating itself, short sentences written alike and quoted words are no copies', () => {
    const short = 'The four-hour meeting in Riyadh ended without a deal on Tuesday.';
    const shortAlike = 'The four-hour meeting in Riyadh ended without a breakthrough on Tuesday.';
    const copies = sharedCopies(
      [
        { article: 'a', outlet: 'pennlive', narration: wire },
        { article: 'a2', outlet: 'pennlive', narration: wire },
        { article: 'b', outlet: 'kyiv-post', narration: short },
        { article: 'c', outlet: 'moscow-times', narration: shortAlike },
      ],
      config.shingleSize,
    );
    expect([...copies]).toEqual([]);
  });

  test('words in the same order are counted as the table of the longest common subsequence counts them, however long the lists', () => {
    // The table: cell (i, j) is the longest common subsequence of the first i words of a and the first j of b.
    const table = (a: readonly string[], b: readonly string[]): number => {
      const rows = a.map(() => new Array<number>(b.length + 1).fill(0));
      let previous = new Array<number>(b.length + 1).fill(0);
      for (let i = 0; i < a.length; i++) {
        const row = rows[i] as number[];
        for (let j = 1; j <= b.length; j++) row[j] = a[i] === b[j - 1] ? (previous[j - 1] as number) + 1 : Math.max(previous[j] as number, row[j - 1] as number);
        previous = row;
      }
      return previous[b.length] as number;
    };
    expect(commonInOrder(['the', 'strike', 'will', 'spill', 'into', 'wednesday'], ['the', 'strike', 'which', 'began', 'today', 'will', 'spill', 'into', 'today'])).toBe(5);
    expect(commonInOrder([], ['a'])).toBe(0);
    let seed = 11;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    // Few distinct words, so that most words repeat; lengths across one, two and three 30-word chunks.
    for (let k = 0; k < 2000; k++) {
      const words = ['a', 'b', 'c', 'd', 'e'].slice(0, 1 + Math.floor(next() * 5));
      const list = (): string[] => Array.from({ length: Math.floor(next() * 95) }, () => words[Math.floor(next() * words.length)] as string);
      const a = list();
      const b = list();
      expect(commonInOrder(a, b), `${a.join(' ')} / ${b.join(' ')}`).toBe(table(a, b));
      expect(commonInOrder(b, a)).toBe(table(a, b));
    }
  });
});
