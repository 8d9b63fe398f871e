/** Writes small content trees to temporary folders, for tests of loading, validation and builds. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A symbolic link to write instead of a file (target relative to the link, or absolute). */
export interface LinkSpec {
  symlink: string;
}

/** A named pipe (FIFO) to create instead of a file. */
export interface FifoSpec {
  fifo: true;
}

/** Files to write, by path relative to the content root; strings are UTF-8, buffers raw bytes. */
export type Tree = Record<string, string | Uint8Array | LinkSpec | FifoSpec>;

export const OUTLETS_YAML = `- id: daily-planet
  name: The Daily Planet
  url: https://dailyplanet.example/
  kind: newspaper
- id: wire-one
  name: Wire One
  url: https://wire.example/
  kind: agency
`;

export const STORY_MD = `---
title: The bridge reopens
date: 2024-05-02
summary: The city's main bridge reopened after repairs.
---
Editor's introduction.
`;

/** An article file with the given frontmatter lines (defaults filled in unless overridden). */
export function articleFile(fields: Record<string, string | null> = {}, body = 'The bridge reopened on Thursday. Traffic resumed at noon.\n'): string {
  const defaults: Record<string, string | null> = {
    title: 'Bridge reopens',
    outlet: 'daily-planet',
    story: 'bridge-reopens',
    published: '2024-05-02',
  };
  const lines = Object.entries({ ...defaults, ...fields })
    .filter(([, value]) => value !== null)
    .map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join('\n')}\n---\n${body}`;
}

/** A minimal valid tree: one story, two outlets, one article. */
export function validTree(): Tree {
  return {
    'outlets.yaml': OUTLETS_YAML,
    'stories/bridge-reopens.md': STORY_MD,
    'articles/daily-planet-bridge.md': articleFile(),
  };
}

/** A file outside any content tree (for links that leave it); returns its absolute path. */
export function outsideFile(text = 'Secret text from outside the content folder.\n'): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'outside-'));
  const file = path.join(dir, 'secret.md');
  writeFileSync(file, articleFile({}, text));
  return file;
}

/** Writes a tree into a new temporary folder and returns its path. */
export function writeTree(tree: Tree, prefix = 'content-'): string {
  const root = mkdtempSync(path.join(tmpdir(), prefix));
  for (const [file, data] of Object.entries(tree)) {
    const target = path.join(root, file);
    mkdirSync(path.dirname(target), { recursive: true });
    if (typeof data === 'object' && 'symlink' in data) symlinkSync(data.symlink, target);
    else if (typeof data === 'object' && 'fifo' in data) {
      const made = spawnSync('mkfifo', [target]);
      if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr}`);
    } else writeFileSync(target, data);
  }
  return root;
}
