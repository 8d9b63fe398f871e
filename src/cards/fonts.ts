/**
 * Text for share cards: Inter (OFL, from @fontsource/inter) parsed with opentype.js, every glyph
 * rasterised once per size with resvg and kept as an alpha mask. Scripts Inter covers (Latin,
 * Latin extended, Greek, Cyrillic) come from its subset files, tried in order.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import opentype, { type Font, type Glyph } from 'opentype.js';
import { rasterize } from './raster.ts';

/** The weights cards use: 500 for running text, 700 for headlines and badges. */
export type Weight = 500 | 700;

/** A glyph ready to draw: its coverage mask and where it sits relative to the pen. */
export interface GlyphMask {
  /** Coverage 0-255, `width * height`. */
  mask: Uint8Array;
  width: number;
  height: number;
  /** Offset of the mask's top-left corner from the pen position on the baseline. */
  left: number;
  top: number;
}

const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek'] as const;

/** Inter's files, glyph lookups and a mask cache per weight and size. */
export class CardFonts {
  private readonly fonts: Record<Weight, Font[]>;
  private readonly masks = new Map<string, GlyphMask | null>();
  // Font-unit advances and kerning, looked up once: opentype.js's cmap and GPOS lookups are slow,
  // and line breaking measures the same characters over and over.
  private readonly glyphs = new Map<string, { font: Font; glyph: Glyph; advance: number }>();
  private readonly kerning = new Map<string, number>();

  private constructor(fonts: Record<Weight, Font[]>) {
    this.fonts = fonts;
  }

  /** Loads Inter from node_modules. */
  static load(): CardFonts {
    const dir = path.join(path.dirname(createRequire(path.join(process.cwd(), 'package.json')).resolve('@fontsource/inter')), 'files');
    const read = (weight: Weight): Font[] =>
      SUBSETS.map((subset) => {
        const bytes = readFileSync(path.join(dir, `inter-${subset}-${weight}-normal.woff`));
        return opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
      });
    return new CardFonts({ 500: read(500), 700: read(700) });
  }

  /** The first subset font that has a glyph for `char`, and the glyph (a question mark if none has). */
  private glyph(char: string, weight: Weight): { font: Font; glyph: Glyph; advance: number } {
    const key = `${weight}${char}`;
    let found = this.glyphs.get(key);
    if (!found) {
      const fonts = this.fonts[weight];
      for (const font of fonts) {
        const glyph = font.charToGlyph(char);
        if (glyph.index !== 0) {
          found = { font, glyph, advance: glyph.advanceWidth ?? 0 };
          break;
        }
      }
      if (!found) {
        const font = fonts[0] as Font;
        const glyph = font.charToGlyph('?');
        found = { font, glyph, advance: glyph.advanceWidth ?? 0 };
      }
      this.glyphs.set(key, found);
    }
    return found;
  }

  /** Kerning between two characters in font units (0 across subset fonts). */
  private kern(left: string, right: string, weight: Weight): number {
    const key = `${weight}${left}${right}`;
    let value = this.kerning.get(key);
    if (value === undefined) {
      const a = this.glyph(left, weight);
      const b = this.glyph(right, weight);
      value = a.font === b.font ? a.font.getKerningValue(a.glyph, b.glyph) : 0;
      this.kerning.set(key, value);
    }
    return value;
  }

  /** Advance of each character of `text` in pixels, kerning included. */
  advances(text: string, weight: Weight, size: number): number[] {
    const chars = Array.from(text);
    return chars.map((char, index) => {
      const { font, advance } = this.glyph(char, weight);
      const next = chars[index + 1];
      return ((advance + (next === undefined ? 0 : this.kern(char, next, weight))) * size) / font.unitsPerEm;
    });
  }

  /** Width of `text` in pixels. */
  measure(text: string, weight: Weight, size: number): number {
    return this.advances(text, weight, size).reduce((sum, advance) => sum + advance, 0);
  }

  /** The SVG path data of `text` with its baseline at (x, y), for sprites drawn by resvg. */
  pathData(text: string, weight: Weight, size: number, x: number, y: number): string {
    const advances = this.advances(text, weight, size);
    let pen = x;
    return Array.from(text)
      .map((char, index) => {
        const { glyph } = this.glyph(char, weight);
        const data = glyph.getPath(pen, y, size).toPathData(2);
        pen += advances[index] ?? 0;
        return data;
      })
      .join('');
  }

  /** The coverage mask of one character (null for blanks). */
  mask(char: string, weight: Weight, size: number): GlyphMask | null {
    const key = `${weight} ${size} ${char}`;
    const cached = this.masks.get(key);
    if (cached !== undefined) return cached;
    const { glyph } = this.glyph(char, weight);
    const glyphPath = glyph.getPath(0, 0, size);
    const box = glyphPath.getBoundingBox();
    let result: GlyphMask | null = null;
    if (box.x2 > box.x1 && box.y2 > box.y1) {
      const left = Math.floor(box.x1) - 1;
      const top = Math.floor(box.y1) - 1;
      const width = Math.ceil(box.x2) - left + 1;
      const height = Math.ceil(box.y2) - top + 1;
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><path transform="translate(${-left} ${-top})" d="${glyphPath.toPathData(3)}"/></svg>`;
      const bitmap = rasterize(svg);
      const mask = new Uint8Array(bitmap.width * bitmap.height);
      for (let i = 0; i < mask.length; i++) mask[i] = bitmap.rgba[i * 4 + 3] ?? 0;
      result = { mask, width: bitmap.width, height: bitmap.height, left, top };
    }
    this.masks.set(key, result);
    return result;
  }
}
