/**
 * Whether two built sites are the same, byte for byte: the bench's proof that a rebuild with the
 * page cache wrote what a clean build of the same content writes (src/lib/page-cache.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** How two trees compare: how many files each has, and the files that differ or exist in one only (the first `limit`). */
export interface TreeComparison {
  files: number;
  otherFiles: number;
  /** How many files differ or exist in one tree only. */
  differing: number;
  /** The first of them, by path. */
  examples: string[];
}

/** Every file below `dir`, relative with `/`, sorted. */
function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** Compares two folders file by file (sizes first, then contents). */
export function compareTrees(a: string, b: string, limit = 10): TreeComparison {
  const left = filesBelow(a);
  const right = filesBelow(b);
  const inRight = new Set(right);
  const inLeft = new Set(left);
  const differing = [...left.filter((file) => !inRight.has(file)), ...right.filter((file) => !inLeft.has(file))];
  for (const file of left) {
    if (!inRight.has(file)) continue;
    const one = path.join(a, file);
    const other = path.join(b, file);
    if (statSync(one).size !== statSync(other).size || !readFileSync(one).equals(readFileSync(other))) differing.push(file);
  }
  differing.sort();
  return { files: left.length, otherFiles: right.length, differing: differing.length, examples: differing.slice(0, limit) };
}
