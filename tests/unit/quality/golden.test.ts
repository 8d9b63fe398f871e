/**
 * Golden outputs: for every labelled story (the real ones in src/quality/sets and the made-up test
 * stories), the engine's claims must equal the committed `expected-claims.json`. A change in output
 * is then a diff to review, not only a moved score. Regenerate with `UPDATE_GOLDEN=1 npx vitest run
 * tests/unit/quality/golden.test.ts` and read the diff before committing it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { exportSet } from '../../../src/quality/evaluate.ts';
import { toGolden } from '../../../src/quality/golden.ts';
import { labelledSets, readSet } from '../../../src/quality/sets.ts';

const FIXTURES = 'tests/fixtures/stories';
const sets = [
  ...labelledSets(),
  ...readdirSync(FIXTURES)
    .filter((name) => existsSync(path.join(FIXTURES, name, 'gold.json')))
    .sort()
    .map((name) => readSet(path.join(FIXTURES, name))),
];

describe('golden outputs of the labelled stories', () => {
  test.each(sets.map((set) => [set.id, set] as const))('%s matches expected-claims.json', (_, set) => {
    const actual = toGolden(exportSet(set));
    const file = path.join(set.dir, 'expected-claims.json');
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, `${JSON.stringify(actual, null, 1)}\n`);
    expect(existsSync(file), `${file} is missing: run with UPDATE_GOLDEN=1 to create it`).toBe(true);
    expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });
});
