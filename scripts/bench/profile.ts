/**
 * Summarises a V8 CPU profile (`node --cpu-prof`) into where the time went: self time per function
 * and per source file, with engine files grouped by stage folder (03-annotate, 04-match, ...).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './measure.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time by function, by file and by engine stage, in milliseconds. */
export interface ProfileSummary {
  totalMs: number;
  byStage: Array<{ stage: string; ms: number; share: number }>;
  byFile: Array<{ file: string; ms: number; share: number }>;
  byFunction: Array<{ fn: string; ms: number; share: number }>;
}

/** A readable file name: repository-relative, or the module name for node_modules and Node internals. */
function fileName(url: string): string {
  if (url === '') return '(native/VM)';
  const plain = url.replace(/^file:\/\//, '');
  const modules = plain.lastIndexOf('node_modules/');
  if (modules !== -1) return plain.slice(modules);
  return plain.startsWith(ROOT) ? path.relative(ROOT, plain) : plain;
}

/** Packages of the unified (remark/rehype/parse5) pipeline that stage 1 runs every article through. */
const MARKDOWN_PACKAGES =
  /node_modules\/(micromark[^/]*|mdast[^/]*|hast[^/]*|unist[^/]*|unified|remark[^/]*|rehype[^/]*|vfile[^/]*|parse5|property-information|decode-named-character-reference|character-entities[^/]*|zwitch|html-void-elements|web-namespaces|comma-separated-tokens|space-separated-tokens|trim-lines|devlop|bail|trough|entities)\//;

/** The engine stage a file belongs to, or where else the time went. */
function stageOf(file: string): string {
  const engine = /^src\/engine\/(.+)$/.exec(file);
  if (engine) {
    const [first = '', ...rest] = (engine[1] ?? '').split('/');
    return rest.length > 0 ? `engine/${first}` : `engine/${first.replace(/\.ts$/, '')}`;
  }
  if (file.startsWith('src/markdown/') || MARKDOWN_PACKAGES.test(file)) return 'markdown (remark/rehype: stage 1 normalize)';
  if (file.startsWith('src/corpus/') || file.includes('node_modules/js-yaml') || file.includes('node_modules/zod')) return 'loadCorpus';
  if (file === '(native/VM)') return '(native: GC, regex, builtins)';
  if (file.startsWith('node:') || file.includes('node_modules/tsx') || file.includes('node_modules/esbuild')) return 'node/tsx';
  return 'other';
}

const top = <T extends { ms: number }>(entries: Map<string, number>, key: (name: string) => T, total: number, n: number): Array<T & { share: number }> =>
  [...entries]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, ms]) => ({ ...key(name), ms: Math.round(ms), share: Math.round((ms / total) * 1000) / 1000 }));

/** Reads and summarises a `.cpuprofile` file. */
export function summariseProfile(file: string, limit = 15): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  const byStage = new Map<string, number>();
  let total = 0;
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (!node) continue;
    const ms = us / 1000;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)' || functionName === '(program)') continue;
    total += ms;
    const file = fileName(url);
    // tsx-compiled files report line 0; show a line only when the profile has one.
    const fn = `${functionName || '(anonymous)'} ${file}${lineNumber > 0 ? `:${lineNumber + 1}` : ''}`;
    const bucket = functionName === '(garbage collector)' ? '(garbage collector)' : stageOf(file);
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
    byStage.set(bucket, (byStage.get(bucket) ?? 0) + ms);
  }
  return {
    totalMs: Math.round(total),
    byStage: top(byStage, (stage) => ({ stage, ms: 0 }), total, 30),
    byFile: top(byFile, (name) => ({ file: name, ms: 0 }), total, limit),
    byFunction: top(byFunction, (fn) => ({ fn, ms: 0 }), total, limit),
  };
}
