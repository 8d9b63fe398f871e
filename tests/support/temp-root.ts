/**
 * Vitest global set-up: every temporary folder a test makes (through `os.tmpdir()`) goes under one
 * folder made for this run, and the run removes it when it ends, so a test run leaves nothing
 * behind however its tests clean up. Workers start after this runs and inherit TMPDIR.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(path.join(tmpdir(), 'factcheck-tests-'));
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
