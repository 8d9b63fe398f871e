/**
 * Share cards: the 1200×630 PNG a link preview shows for a claim or a story (Open Graph and
 * Twitter's large summary card). Verdict badge, the statement in large type and the outlets, in
 * the site's light theme; readable at thumbnail size. Glyphs and badges are rasterised once, then
 * each card is composed from them as palette pixels and written as a small PNG.
 */
import type { Verdict } from '../engine/types.ts';
import { hex, IndexedCanvas, type Ink, type Rgb } from './canvas.ts';
import { CardFonts } from './fonts.ts';
import { fitList, wrapLines } from './layout.ts';
import { encodeIndexedPng } from './png.ts';
import { initRaster, rasterize, type Bitmap } from './raster.ts';
import { CARD_HEIGHT, CARD_WIDTH } from './size.ts';

/** Bump when the drawing changes, so cached cards are redrawn. */
export const CARD_VERSION = 1;

/** What a claim's card shows. */
export interface ClaimCardData {
  verdict: Verdict;
  verdictLabel: string;
  /** "Quote", "Number" or "Statement". */
  kindLabel: string;
  statement: string;
  /** Names of the outlets that report it. */
  outlets: string[];
  independentSources: number;
  storyTitle: string;
}

/** What a story's card shows. */
export interface StoryCardData {
  title: string;
  /** The story's date, formatted. */
  date: string;
  articles: number;
  outlets: number;
  claims: number;
  /** Claims per verdict, in display order, with their labels. */
  verdicts: Array<{ verdict: Verdict; label: string; count: number }>;
}

// The site's light theme (src/styles/global.css).
const COLOURS = {
  bg: hex('#fbfaf7'),
  text: hex('#1b1f24'),
  muted: hex('#56606b'),
  border: hex('#d9dde2'),
  accent: hex('#1d4f91'),
  white: hex('#ffffff'),
};
const VERDICT_COLOURS: Record<Verdict, Rgb> = {
  corroborated: hex('#176b3a'),
  conflicting: hex('#8a4b00'),
  disputed: hex('#a61b1b'),
  'single-source': hex('#3f4b59'),
};
// The same drawings as src/styles/icons.css.
const ICONS: Record<Verdict, string> = {
  corroborated: 'M4 8.5l2.5 2.5L12 5',
  conflicting: 'M3.5 6h9M3.5 10h9M10 3.5L6 12.5',
  disputed: 'M5 5l6 6M11 5l-6 6',
  'single-source': 'M8 4.5v7M6.5 6L8 4.5',
};

const MARGIN = 80;
const BAR = 20;
const BADGE = { height: 68, size: 34, icon: 40 };

/**
 * Draws share cards; create once per build (it loads fonts and resvg). Every card is drawn in the
 * same pixel and row buffers: a build's heap is 2-3 GB, and each new buffer of a card (about 1.1 MB
 * of memory outside the heap) brought V8's next full collection of that heap closer, one every 50
 * cards or so, a second each.
 */
export class CardRenderer {
  private readonly badges = new Map<Verdict, Bitmap>();
  private readonly pixels = new Uint8Array(CARD_WIDTH * CARD_HEIGHT);
  private readonly rows = new Uint8Array((CARD_WIDTH + 1) * CARD_HEIGHT);

  private constructor(private readonly fonts: CardFonts) {}

  /** Loads resvg and the fonts. */
  static async create(): Promise<CardRenderer> {
    await initRaster();
    return new CardRenderer(CardFonts.load());
  }

  /** The PNG of a claim's card. */
  claim(data: ClaimCardData): Buffer {
    const canvas = new IndexedCanvas(CARD_WIDTH, CARD_HEIGHT, COLOURS.bg, this.pixels);
    const colour = VERDICT_COLOURS[data.verdict];
    canvas.fillRect(0, 0, BAR, CARD_HEIGHT, colour);
    const inks = this.inks(canvas);
    const width = CARD_WIDTH - MARGIN - BAR - MARGIN;
    const left = BAR + MARGIN - 16;

    this.header(canvas, inks, left, `Fact check · ${data.kindLabel}`);
    const badge = this.badge(data.verdict, data.verdictLabel);
    canvas.bitmap(badge, left, 112, COLOURS.bg, [canvas.ink(COLOURS.white, colour), canvas.ink(colour, COLOURS.bg)]);

    // The statement: as large as it fits in four lines, else smaller in five, else cut.
    const top = 112 + BADGE.height + 24;
    const bottom = 500;
    let lines: string[] = [];
    let size = 56;
    for (const candidate of [56, 48, 42]) {
      size = candidate;
      const fitted = wrapLines(data.statement, width, Math.floor((bottom - top) / (size * 1.22)), (line) => this.fonts.measure(line, 700, size));
      lines = fitted.lines;
      if (!fitted.cut) break;
    }
    const lineHeight = Math.round(size * 1.22);
    lines.forEach((line, index) => {
      canvas.text(this.fonts, line, left, top + size + index * lineHeight, { weight: 700, size, ink: inks.text });
    });

    canvas.fillRect(left, 518, width, 2, COLOURS.border);
    const sources = `${data.independentSources} independent ${data.independentSources === 1 ? 'source' : 'sources'}: `;
    const outlets = fitList(data.outlets, width, (line) => this.fonts.measure(line, 500, 28), sources);
    canvas.text(this.fonts, outlets, left, 562, { weight: 500, size: 28, ink: inks.text });
    const story = wrapLines(data.storyTitle, width, 1, (line) => this.fonts.measure(line, 500, 26)).lines[0] ?? '';
    canvas.text(this.fonts, story, left, 602, { weight: 500, size: 26, ink: inks.muted });
    return encodeIndexedPng(canvas.image(), this.rows);
  }

  /** The PNG of a story's card. */
  story(data: StoryCardData): Buffer {
    const canvas = new IndexedCanvas(CARD_WIDTH, CARD_HEIGHT, COLOURS.bg, this.pixels);
    canvas.fillRect(0, 0, BAR, CARD_HEIGHT, COLOURS.accent);
    const inks = this.inks(canvas);
    const width = CARD_WIDTH - MARGIN - BAR - MARGIN;
    const left = BAR + MARGIN - 16;
    this.header(canvas, inks, left, 'Story, claim by claim');

    let size = 64;
    let lines: string[] = [];
    for (const candidate of [64, 54, 46]) {
      size = candidate;
      const fitted = wrapLines(data.title, width, 3, (line) => this.fonts.measure(line, 700, size));
      lines = fitted.lines;
      if (!fitted.cut) break;
    }
    const lineHeight = Math.round(size * 1.2);
    lines.forEach((line, index) => {
      canvas.text(this.fonts, line, left, 130 + size + index * lineHeight, { weight: 700, size, ink: inks.text });
    });
    const meta = `${data.date} · ${count(data.articles, 'article')} · ${count(data.outlets, 'outlet')} · ${count(data.claims, 'claim')}`;
    canvas.text(this.fonts, meta, left, 130 + size + lines.length * lineHeight + 30, { weight: 500, size: 30, ink: inks.muted });

    canvas.fillRect(left, 500, width, 2, COLOURS.border);
    let x = left;
    for (const { verdict, label, count: n } of data.verdicts) {
      if (n === 0) continue;
      const colour = VERDICT_COLOURS[verdict];
      const text = `${n} ${label.toLowerCase()}`;
      const textWidth = this.fonts.measure(text, 700, 32);
      if (x + 34 + textWidth > left + width) break;
      canvas.fillRect(x, 553, 22, 22, colour);
      canvas.text(this.fonts, text, x + 34, 575, { weight: 700, size: 32, ink: canvas.ink(colour, COLOURS.bg) });
      x += 34 + textWidth + 40;
    }
    return encodeIndexedPng(canvas.image(), this.rows);
  }

  private inks(canvas: IndexedCanvas): Record<'text' | 'muted', Ink> {
    return { text: canvas.ink(COLOURS.text, COLOURS.bg), muted: canvas.ink(COLOURS.muted, COLOURS.bg) };
  }

  private header(canvas: IndexedCanvas, inks: Record<'text' | 'muted', Ink>, left: number, label: string): void {
    const brand = canvas.text(this.fonts, 'Crosscheck', left, 78, { weight: 700, size: 32, ink: inks.text });
    canvas.text(this.fonts, `  ·  ${label}`, left + brand, 78, { weight: 500, size: 28, ink: inks.muted });
  }

  /** The verdict badge (rounded box, icon, label), rasterised once per verdict. */
  private badge(verdict: Verdict, label: string): Bitmap {
    const cached = this.badges.get(verdict);
    if (cached) return cached;
    const { height, size, icon } = BADGE;
    const textWidth = this.fonts.measure(label, 700, size);
    const width = Math.ceil(20 + icon + 14 + textWidth + 26);
    const fill = `rgb(${VERDICT_COLOURS[verdict].join(',')})`;
    const scale = icon / 16;
    const iconTop = (height - icon) / 2;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<rect width="${width}" height="${height}" rx="${height / 2}" fill="${fill}"/>
<g transform="translate(20 ${iconTop}) scale(${scale})" fill="none" stroke="#fff" stroke-linecap="round" stroke-linejoin="round">
<circle cx="8" cy="8" r="7" stroke-width="1.5"/><path d="${ICONS[verdict]}" stroke-width="1.8"/></g>
<path fill="#fff" d="${this.fonts.pathData(label, 700, size, 20 + icon + 14, height / 2 + size * 0.36)}"/></svg>`;
    const bitmap = rasterize(svg);
    this.badges.set(verdict, bitmap);
    return bitmap;
  }
}

function count(n: number, word: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? word : `${word}s`}`;
}
