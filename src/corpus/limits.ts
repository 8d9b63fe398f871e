/**
 * Resource limits for content files. Each is far above anything an editor writes by hand (the
 * longest long-reads run to about 10,000 words and 600 sentences), and low enough that one pasted
 * book, log file or YAML alias bomb cannot take a build's time and memory: a 5 MB article once
 * produced 1.4 GB of pages. A file over a limit is an error naming the file, never a silent cut.
 */

/** Largest content file read, in bytes (1 MiB: about 150,000 words of English). */
export const MAX_FILE_BYTES = 1024 * 1024;

/** Most sentences in one article or story introduction. */
export const MAX_SENTENCES = 2_000;

/** Deepest nesting of YAML lists and mappings (frontmatter is flat; outlets.yaml is two levels). */
export const MAX_YAML_DEPTH = 16;

/** Bytes as a short human figure, e.g. "5.2 MB", for messages. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
