/**
 * Rasterises SVG with resvg (WebAssembly, so the same on every platform), once per glyph or
 * sprite: cards are then composed from these bitmaps without running resvg again.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { initWasm, Resvg } from '@resvg/resvg-wasm';

/** RGBA pixels of a rendered SVG. */
export interface Bitmap {
  width: number;
  height: number;
  /** RGBA, premultiplied by nothing: resvg's straight alpha. */
  rgba: Uint8Array;
}

let ready: Promise<void> | undefined;

/** Loads resvg's WebAssembly once per process. */
export function initRaster(): Promise<void> {
  ready ??= initWasm(readFileSync(createRequire(path.join(process.cwd(), 'package.json')).resolve('@resvg/resvg-wasm/index_bg.wasm')));
  return ready;
}

/** Renders an SVG document (after `initRaster`). */
export function rasterize(svg: string): Bitmap {
  const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  const bitmap = { width: image.width, height: image.height, rgba: image.pixels };
  image.free();
  return bitmap;
}
