/**
 * The one YAML reader for content (frontmatter and outlets.yaml). Every command, and the site's own
 * collections, read YAML through it, so `title: 2025-02-18` means the same everywhere.
 *
 * The core schema keeps dates as written (2025-13-45 is reported instead of rolled over) and has
 * no custom tags. Aliases (`*name`) that repeat a list or mapping are refused: content never needs
 * them, and nine nested ones (a "billion laughs") expand to hundreds of millions of values.
 */
import yaml from 'js-yaml';
import { MAX_YAML_DEPTH } from './limits.ts';

/** The parsed value, or why it could not be read (with the line, when the parser gives one). */
export type YamlResult = { ok: true; value: unknown } | { ok: false; reason: string; line: number | undefined; rule: string };

/** Parses YAML text; never throws. `lineOffset` is added to reported lines (frontmatter starts at line 2). */
export function readYaml(text: string, lineOffset = 0): YamlResult {
  let value: unknown;
  try {
    // `maxDepth` exists in js-yaml 4.3 but not in its type definitions.
    const options: yaml.LoadOptions & { maxDepth: number } = { schema: yaml.CORE_SCHEMA, maxDepth: MAX_YAML_DEPTH };
    value = yaml.load(text, options);
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      return { ok: false, rule: 'invalid-yaml', reason: error.reason, line: error.mark ? error.mark.line + 1 + lineOffset : undefined };
    }
    return { ok: false, rule: 'invalid-yaml', reason: error instanceof Error ? error.message : String(error), line: undefined };
  }
  const repeated = findRepeatedCollection(value);
  if (repeated) return { ok: false, rule: 'yaml-alias', reason: `an alias (*name) repeats a list or mapping (at ${repeated})`, line: undefined };
  return { ok: true, value };
}

/**
 * The path of the first list or mapping that appears twice in the parsed value (js-yaml makes an
 * alias the same object as its anchor), or undefined. Visits each distinct object once.
 */
function findRepeatedCollection(root: unknown): string | undefined {
  const seen = new Set<object>();
  const stack: Array<{ value: unknown; path: string }> = [{ value: root, path: '(top)' }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: string };
    if (value === null || typeof value !== 'object' || value instanceof Date) continue;
    if (seen.has(value)) return path;
    seen.add(value);
    const entries = Array.isArray(value) ? value.map((item, i) => [String(i), item] as const) : Object.entries(value);
    for (const [key, item] of entries) stack.push({ value: item, path: path === '(top)' ? key : `${path}.${key}` });
  }
  return undefined;
}
