/**
 * A palette canvas for share cards: flat rectangles, anti-aliased text and small sprites, written
 * as palette indexes. Text is drawn with an "ink", a ramp of shades from one colour to another,
 * so anti-aliasing costs a handful of palette entries instead of full colour.
 */
import type { Bitmap } from './raster.ts';
import type { CardFonts, Weight } from './fonts.ts';
import type { IndexedImage } from './png.ts';

/** An RGB colour. */
export type Rgb = readonly [number, number, number];

/** Marks a sprite pixel that lets the canvas show through. */
const TRANSPARENT = 255;
/** Sprites mapped to palette indexes, per palette (a card's palette is the same for each verdict). */
const mappedSprites = new WeakMap<Bitmap, Map<string, Uint8Array>>();

/** Shades per ink: enough for smooth text edges, few enough to compress well. */
export const INK_LEVELS = 3;

/** `#1b1f24` → [27, 31, 36]. */
export function hex(colour: string): Rgb {
  const value = Number.parseInt(colour.replace('#', ''), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** A ramp of palette entries from a background colour to a foreground colour. */
export interface Ink {
  /** Palette index of each level; level 0 is the background itself, the last the foreground. */
  levels: number[];
  background: Rgb;
}

/** A text style. */
export interface TextStyle {
  weight: Weight;
  size: number;
  ink: Ink;
}

/** An image under construction. */
export class IndexedCanvas {
  readonly pixels: Uint8Array;
  readonly palette: Rgb[] = [];
  private readonly indexOf = new Map<string, number>();

  /**
   * `pixels`, when given, is a buffer of `width * height` bytes to draw in (it is overwritten): a
   * renderer reuses one for every card, since each new 750 KB buffer counts towards the external
   * memory that makes V8 run a full collection of the build's whole heap (see cards.ts).
   */
  constructor(
    readonly width: number,
    readonly height: number,
    background: Rgb,
    pixels?: Uint8Array,
  ) {
    if (pixels && pixels.length !== width * height) throw new Error(`share card: a ${width}×${height} canvas needs ${width * height} pixels, not ${pixels.length}`);
    this.pixels = (pixels ?? new Uint8Array(width * height)).fill(this.colour(background));
  }

  /** The palette index of a colour, added if new. */
  colour(rgb: Rgb): number {
    const key = rgb.join(',');
    let index = this.indexOf.get(key);
    if (index === undefined) {
      if (this.palette.length >= 256) throw new Error('share card: more than 256 colours');
      index = this.palette.length;
      this.palette.push(rgb);
      this.indexOf.set(key, index);
    }
    return index;
  }

  /** An ink from `background` to `foreground`. */
  ink(foreground: Rgb, background: Rgb): Ink {
    const levels: number[] = [];
    for (let level = 0; level < INK_LEVELS; level++) {
      const t = level / (INK_LEVELS - 1);
      levels.push(this.colour(foreground.map((f, i) => Math.round((background[i] ?? 0) + (f - (background[i] ?? 0)) * t)) as unknown as Rgb));
    }
    return { levels, background };
  }

  /** Fills a rectangle (clipped to the canvas). */
  fillRect(x: number, y: number, width: number, height: number, rgb: Rgb): void {
    const index = this.colour(rgb);
    const x0 = Math.max(0, Math.round(x));
    const x1 = Math.min(this.width, Math.round(x + width));
    for (let row = Math.max(0, Math.round(y)); row < Math.min(this.height, Math.round(y + height)); row++) {
      this.pixels.fill(index, row * this.width + x0, row * this.width + x1);
    }
  }

  /** Draws one line of text with its baseline at `y`; returns its width. */
  text(fonts: CardFonts, text: string, x: number, y: number, style: TextStyle): number {
    const advances = fonts.advances(text, style.weight, style.size);
    const levels = style.ink.levels;
    const top = levels.length - 1;
    let pen = x;
    Array.from(text).forEach((char, index) => {
      const glyph = fonts.mask(char, style.weight, style.size);
      if (glyph) {
        const gx = Math.round(pen) + glyph.left;
        const gy = Math.round(y) + glyph.top;
        for (let row = 0; row < glyph.height; row++) {
          const cy = gy + row;
          if (cy < 0 || cy >= this.height) continue;
          const source = row * glyph.width;
          const target = cy * this.width;
          for (let col = 0; col < glyph.width; col++) {
            const cx = gx + col;
            const coverage = glyph.mask[source + col] as number;
            if (coverage === 0 || cx < 0 || cx >= this.width) continue;
            const level = Math.round((coverage * top) / 255);
            if (level > 0) this.pixels[target + cx] = levels[level] as number;
          }
        }
      }
      pen += advances[index] ?? 0;
    });
    return pen - x;
  }

  /**
   * Draws an RGBA bitmap composited over `background`, each pixel mapped to the nearest of the
   * given inks' palette entries (sprites use only colours of those inks).
   */
  bitmap(bitmap: Bitmap, x: number, y: number, background: Rgb, inks: readonly Ink[]): void {
    const choices = [...new Set(inks.flatMap((ink) => ink.levels))];
    // The same sprite drawn with the same palette maps to the same indexes: map it once.
    const key = `${choices.join(',')}|${this.palette.map((rgb) => rgb.join(',')).join(';')}|${background.join(',')}`;
    let mapped = mappedSprites.get(bitmap)?.get(key);
    if (!mapped) {
      mapped = this.mapSprite(bitmap, background, choices);
      const forBitmap = mappedSprites.get(bitmap) ?? new Map<string, Uint8Array>();
      forBitmap.set(key, mapped);
      mappedSprites.set(bitmap, forBitmap);
    }
    for (let row = 0; row < bitmap.height; row++) {
      const cy = Math.round(y) + row;
      if (cy < 0 || cy >= this.height) continue;
      for (let col = 0; col < bitmap.width; col++) {
        const cx = Math.round(x) + col;
        const index = mapped[row * bitmap.width + col] as number;
        if (index !== TRANSPARENT && cx >= 0 && cx < this.width) this.pixels[cy * this.width + cx] = index;
      }
    }
  }

  /** Each pixel of a sprite as the nearest of `choices` (or TRANSPARENT). */
  private mapSprite(bitmap: Bitmap, background: Rgb, choices: readonly number[]): Uint8Array {
    const mapped = new Uint8Array(bitmap.width * bitmap.height).fill(TRANSPARENT);
    const nearest = new Map<number, number>();
    for (let row = 0; row < bitmap.height; row++) {
      for (let col = 0; col < bitmap.width; col++) {
        const offset = (row * bitmap.width + col) * 4;
        const alpha = (bitmap.rgba[offset + 3] ?? 0) / 255;
        if (alpha === 0) continue;
        const rgb = [0, 1, 2].map((c) => Math.round((bitmap.rgba[offset + c] ?? 0) * alpha + (background[c] ?? 0) * (1 - alpha)));
        const key = ((rgb[0] ?? 0) << 16) | ((rgb[1] ?? 0) << 8) | (rgb[2] ?? 0);
        let index = nearest.get(key);
        if (index === undefined) {
          index = closest(this.palette, choices, rgb);
          nearest.set(key, index);
        }
        mapped[row * bitmap.width + col] = index;
      }
    }
    return mapped;
  }

  /** The finished image. */
  image(): IndexedImage {
    return { width: this.width, height: this.height, pixels: this.pixels, palette: this.palette };
  }
}

function closest(palette: readonly Rgb[], choices: readonly number[], rgb: readonly number[]): number {
  let best = choices[0] ?? 0;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const index of choices) {
    const colour = palette[index] as Rgb;
    const distance = (colour[0] - (rgb[0] ?? 0)) ** 2 + (colour[1] - (rgb[1] ?? 0)) ** 2 + (colour[2] - (rgb[2] ?? 0)) ** 2;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = index;
    }
  }
  return best;
}
