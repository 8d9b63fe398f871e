/** Writes small content trees to temporary folders, for tests of loading, validation and builds. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Files to write, by path relative to the content root; strings are UTF-8, buffers raw bytes. */
export type Tree = Record<string, string | Uint8Array>;

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

/** Writes a tree into a new temporary folder and returns its path. */
export function writeTree(tree: Tree, prefix = 'content-'): string {
  const root = mkdtempSync(path.join(tmpdir(), prefix));
  for (const [file, data] of Object.entries(tree)) {
    const target = path.join(root, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, data);
  }
  return root;
}
