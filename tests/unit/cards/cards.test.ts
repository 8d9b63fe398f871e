import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { decode } from 'fast-png';
import { afterAll, describe, expect, test } from 'vitest';
import { claimsWithinBudget, ESTIMATED_CARD_BYTES } from '../../../src/cards/budget.ts';
import { cachedCard } from '../../../src/cards/cache.ts';
import { CardRenderer, type ClaimCardData } from '../../../src/cards/cards.ts';
import { ellipsize, fitList, wrapLines } from '../../../src/cards/layout.ts';
import { encodeIndexedPng } from '../../../src/cards/png.ts';

/** Palette indexes of a decoded image, one a pixel (the decoder leaves 1- to 4-bit rows packed). */
function indexes(image: ReturnType<typeof decode>): number[] {
  const depth = image.depth;
  if (depth === 8) return [...image.data];
  const stride = Math.ceil((image.width * depth) / 8);
  const result: number[] = [];
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const bit = x * depth;
      const byte = image.data[y * stride + Math.floor(bit / 8)] as number;
      result.push((byte >> (8 - depth - (bit % 8))) & ((1 << depth) - 1));
    }
  }
  return result;
}

describe('the palette PNG writer', () => {
  test.each([
    ['4-bit, even width', 6, 3, 16],
    ['4-bit, odd width', 7, 2, 12],
    ['8-bit', 5, 4, 40],
    ['2-bit', 9, 2, 4],
  ])('%s: a standard decoder reads back the same palette and pixels', (_name, width, height, colours) => {
    const palette = Array.from({ length: colours }, (_, index) => [index * 5, 255 - index * 5, index] as const);
    const pixels = Uint8Array.from({ length: width * height }, (_, index) => (index * 7) % colours);
    const decoded = decode(encodeIndexedPng({ width, height, pixels, palette }));
    expect([decoded.width, decoded.height]).toEqual([width, height]);
    expect(decoded.palette?.slice(0, colours)).toEqual(palette.map((rgb) => [...rgb]));
    expect(indexes(decoded)).toEqual([...pixels]);
  });

  test.each([1, 2, 4, 8])('%s-bit: rows packed in a reused buffer full of other bytes give the same file', (depth) => {
    const colours = 2 ** depth;
    const palette = Array.from({ length: colours }, (_, index) => [index, index, index] as const);
    const pixels = Uint8Array.from({ length: 11 * 3 }, (_, index) => (index * 5) % colours);
    const image = { width: 11, height: 3, pixels, palette };
    expect(encodeIndexedPng(image, new Uint8Array(100).fill(0xff))).toEqual(encodeIndexedPng(image));
  });

  test('refuses an image whose pixels do not fill it, or a palette of more than 256 colours', () => {
    expect(() => encodeIndexedPng({ width: 2, height: 2, pixels: new Uint8Array(3), palette: [[0, 0, 0]] })).toThrow(/3 pixels for a 2×2 image/);
    const big = Array.from({ length: 257 }, () => [0, 0, 0] as const);
    expect(() => encodeIndexedPng({ width: 1, height: 1, pixels: new Uint8Array(1), palette: big })).toThrow(/1 to 256 colours/);
  });
});

describe('line breaking', () => {
  const measure = (line: string): number => line.length * 10; // 10 px a character

  test('greedy lines no wider than the width', () => {
    expect(wrapLines('aaa bbb ccc ddd', 75, 4, measure)).toEqual({ lines: ['aaa bbb', 'ccc ddd'], cut: false });
  });

  test('text beyond the last line is cut with an ellipsis at a word', () => {
    expect(wrapLines('aaa bbb ccc ddd eee', 75, 2, measure)).toEqual({ lines: ['aaa bbb', 'ccc…'], cut: true });
  });

  test('a word wider than the line is cut inside', () => {
    expect(ellipsize('abcdefghij', 50, measure)).toBe('abcd…');
  });

  test('a list of names shows as many as fit and counts the rest', () => {
    expect(fitList(['Kyiv Post', 'RFE/RL', 'The Moscow Times'], 250, measure, 'By ')).toBe('By Kyiv Post and 2 more');
    expect(fitList(['Kyiv Post', 'RFE/RL'], 200, measure)).toBe('Kyiv Post, RFE/RL');
  });
});

describe('share cards', async () => {
  const renderer = await CardRenderer.create();
  const claim: ClaimCardData = {
    verdict: 'disputed',
    verdictLabel: 'Disputed',
    kindLabel: 'Statement',
    statement: 'The US and Russia were proposing a three-stage peace plan, to involve a ceasefire, elections in Ukraine and a final agreement.',
    outlets: ['Novaya Gazeta Europe'],
    independentSources: 1,
    storyTitle: 'US-Russia talks in Riyadh',
  };

  test('a claim card is a 1200×630 PNG with the verdict’s colour down its left edge', () => {
    const png = decode(renderer.claim(claim));
    expect([png.width, png.height]).toEqual([1200, 630]);
    const pixels = indexes(png);
    const colourAt = (x: number, y: number): number[] => {
      const index = pixels[y * 1200 + x] as number;
      return [...(png.palette?.[index] ?? [])];
    };
    expect(colourAt(5, 300)).toEqual([0xa6, 0x1b, 0x1b]); // --disputed
    expect(colourAt(1190, 10)).toEqual([0xfb, 0xfa, 0xf7]); // --bg
  });

  test('the same claim draws the same bytes; another verdict or statement draws others', () => {
    const first = renderer.claim(claim);
    expect(renderer.claim({ ...claim })).toEqual(first);
    expect(renderer.claim({ ...claim, verdict: 'corroborated', verdictLabel: 'Corroborated' })).not.toEqual(first);
    expect(renderer.claim({ ...claim, statement: `${claim.statement} Again.` })).not.toEqual(first);
  });

  test('a card drawn after other cards has the bytes of the same card drawn by a new renderer', async () => {
    const fresh = await CardRenderer.create();
    renderer.claim({ ...claim, statement: 'word '.repeat(400) });
    renderer.story({ title: 'Another story', date: '1 March 2025', articles: 2, outlets: 2, claims: 3, verdicts: [{ verdict: 'conflicting', label: 'Conflicting', count: 3 }] });
    expect(renderer.claim({ ...claim, verdict: 'corroborated', verdictLabel: 'Corroborated' })).toEqual(fresh.claim({ ...claim, verdict: 'corroborated', verdictLabel: 'Corroborated' }));
  });

  test('a statement too long for the card still draws, cut to fit', () => {
    const png = decode(renderer.claim({ ...claim, statement: 'word '.repeat(400) }));
    expect(png.width).toBe(1200);
  });

  test('a story card shows the counts of each verdict', () => {
    const png = decode(
      renderer.story({
        title: 'US-Russia talks in Riyadh',
        date: '18 February 2025',
        articles: 5,
        outlets: 4,
        claims: 66,
        verdicts: [
          { verdict: 'disputed', label: 'Disputed', count: 1 },
          { verdict: 'corroborated', label: 'Corroborated', count: 25 },
        ],
      }),
    );
    expect([png.width, png.height]).toEqual([1200, 630]);
    const colours = new Set(indexes(png).map((index) => (png.palette?.[index] ?? []).join(',')));
    expect(colours).toContain([0xa6, 0x1b, 0x1b].join(',')); // a disputed chip
    expect(colours).toContain([0x17, 0x6b, 0x3a].join(',')); // a corroborated chip
  });
});

describe('the card cache', () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'card-cache-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  test('a card is drawn once; the same data is read back, other data drawn anew', () => {
    let draws = 0;
    const draw = (): Buffer => {
      draws += 1;
      return Buffer.from(`png ${draws}`);
    };
    expect(cachedCard('claim', { a: 1 }, draw, folder).toString()).toBe('png 1');
    expect(cachedCard('claim', { a: 1 }, draw, folder).toString()).toBe('png 1');
    expect(cachedCard('claim', { a: 2 }, draw, folder).toString()).toBe('png 2');
    expect(cachedCard('story', { a: 1 }, draw, folder).toString()).toBe('png 3');
    expect(draws).toBe(3);
    expect(readdirSync(folder, { recursive: true }).filter((name) => String(name).endsWith('.tmp'))).toEqual([]);
  });

  test('without a cache folder every card is drawn', () => {
    let draws = 0;
    cachedCard('claim', { a: 1 }, () => Buffer.from(String(++draws)), '');
    cachedCard('claim', { a: 1 }, () => Buffer.from(String(++draws)), '');
    expect(draws).toBe(2);
  });
});

describe('the card budget', () => {
  const claim = (id: string, verdict: 'corroborated' | 'conflicting' | 'disputed' | 'single-source', sources: number) => ({
    id,
    verdict,
    independentSources: sources,
    evidence: new Array(sources).fill(null),
  });
  const claims = [claim('a', 'single-source', 1), claim('b', 'corroborated', 2), claim('c', 'disputed', 1), claim('d', 'corroborated', 5), claim('e', 'conflicting', 3)];

  test('contested claims get cards first, then the most corroborated; a single-source claim never', () => {
    const mb = (cards: number): number => (cards * ESTIMATED_CARD_BYTES) / 1_000_000;
    expect([...claimsWithinBudget(claims, mb(3))]).toEqual(['c', 'e', 'd']);
    expect([...claimsWithinBudget(claims, mb(5))].sort()).toEqual(['b', 'c', 'd', 'e']);
    expect(claimsWithinBudget(claims, 0).size).toBe(0);
  });

  test('a budget that is not a number of megabytes is refused with the setting’s name', () => {
    expect(() => claimsWithinBudget(claims, Number('lots'))).toThrow(/SHARE_CARD_BUDGET_MB/);
  });
});
