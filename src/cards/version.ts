/** Where rendered share cards are kept between builds: a folder per version of the drawing code. */
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { drawingDigest } from './cache.ts';

/** `<cacheDir>/share-cards/<digest of src/cards and the font and renderer packages>`. */
export function cardCacheFolder(cacheDir: string, root = process.cwd()): string {
  const here = path.join(root, 'src', 'cards');
  const require = createRequire(path.join(root, 'package.json'));
  const files = [
    ...readdirSync(here)
      .filter((name) => name.endsWith('.ts'))
      .sort()
      .map((name) => path.join(here, name)),
    path.join(path.dirname(require.resolve('@fontsource/inter')), 'package.json'),
    path.join(path.dirname(require.resolve('@resvg/resvg-wasm')), 'package.json'),
  ];
  return path.resolve(root, cacheDir, 'share-cards', drawingDigest(files));
}
