/**
 * Each kind of bad content from issue 16, loaded alone: the content check (which the build, the
 * site's collections and `npm run analyze` all run) reports exactly one problem, naming the file,
 * with the expected rule and a fix; nothing else in the tree is blamed.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadCorpus } from '../../../src/corpus/load.ts';
import { ContentError, formatProblems } from '../../../src/corpus/problems.ts';
import { BAD_CASES } from '../../support/bad-content.ts';
import { validTree, writeTree } from '../../support/content-tree.ts';

describe.each(['lost text', 'skipped', 'resources', 'outside the tree', 'spoofing', 'typos'] as const)('bad content: %s', (kind) => {
  test.each(BAD_CASES.filter((item) => item.kind === kind).map((item) => [item.name, item] as const))('%s', (_name, item) => {
    const root = writeTree({ ...validTree(), ...item.files() });
    let error: unknown;
    try {
      loadCorpus(root);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ContentError);
    const problems = (error as ContentError).problems;
    expect(problems.map((problem) => `${problem.rule} ${problem.file}`)).toEqual([`${item.rule} ${path.join(root, item.file)}`]);
    const message = formatProblems(problems);
    for (const text of item.expect) expect(message).toContain(text);
    expect(message).toContain('Fix: ');
    expect(message.length, 'the message stays short whatever the value').toBeLessThan(1500);
  });
});
