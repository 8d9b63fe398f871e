/**
 * Where an imported article is written, and writing it safely: only inside the content tree's
 * `articles/` folder, never through a symbolic link (a link at the file or in any folder on the way
 * is refused, even with --force), never over a file that is not a regular file, and atomically (a
 * temporary file renamed over the old one, so a crash leaves the old file whole). An article with
 * the same id in a sub-folder is the one overwritten, so no duplicate id is ever created.
 */
import { closeSync, constants, lstatSync, openSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

/** A reason the article cannot be written where it would go; nothing is written. */
export class OutputError extends Error {}

/** The checked place to write one article. */
export interface ArticleTarget {
  file: string;
  /** The current content when the file exists (kept to restore it if the new file is refused). */
  previous?: Buffer;
}

const isLink = (file: string): boolean => {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
};

const exists = (file: string): boolean => {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
};

const linkTarget = (file: string): string => {
  try {
    return realpathSync(file);
  } catch {
    return 'a missing file';
  }
};

/** True when `inner` is `outer` or lies inside it. */
const inside = (outer: string, inner: string): boolean => {
  const relative = path.relative(outer, inner);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
};

/** Every `<id>.md` under `dir` (not following links), so a same-id article in a sub-folder is found. */
function findArticle(dir: string, name: string, depth = 0): string[] {
  if (depth > 16) return [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return findArticle(file, name, depth + 1);
    return entry.name === name ? [file] : [];
  });
}

/**
 * Checks where article `id` would be written under content root `root` and returns the target.
 * `force` allows replacing an existing regular file; `display` shortens paths for messages.
 */
export function articleTarget(root: string, articlesFolder: string, id: string, force: boolean, display: (file: string) => string): ArticleTarget {
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    throw new OutputError(`the content folder ${display(root)} does not exist; create it or set CONTENT_DIR to the content root`);
  }
  const dir = path.join(root, articlesFolder);
  if (isLink(dir)) {
    throw new OutputError(`${display(dir)} is a symbolic link (to ${linkTarget(dir)}); the importer writes only inside the content tree: replace the link with a real folder`);
  }
  if (exists(dir)) {
    if (!lstatSync(dir).isDirectory()) throw new OutputError(`${display(dir)} is a file, not a folder; move it away so the articles folder can be created`);
    if (!inside(realRoot, realpathSync(dir))) throw new OutputError(`${display(dir)} lies outside the content folder ${display(root)}; the importer writes only inside the content tree`);
  }

  const name = `${id}.md`;
  const found = findArticle(dir, name);
  if (found.length > 1) {
    throw new OutputError(`article id "${id}" is already used by ${found.length} files (${found.map(display).join(', ')}); fix the duplicate first, or choose another --id`);
  }
  const file = found[0] ?? path.join(dir, name);
  // No link anywhere between the articles folder and the file.
  for (let step = path.dirname(file); inside(dir, step) && step !== dir; step = path.dirname(step)) {
    if (isLink(step)) throw new OutputError(`${display(step)} is a symbolic link (to ${linkTarget(step)}); the importer never writes through links: replace it with a real folder`);
  }
  if (isLink(file)) {
    throw new OutputError(
      `${display(file)} is a symbolic link (to ${linkTarget(file)}); the importer never writes through links, even with --force: delete the link, or choose another --id`,
    );
  }
  if (!exists(file)) return { file };
  if (!lstatSync(file).isFile()) throw new OutputError(`${display(file)} exists and is not a regular file; move it away or choose another --id`);
  if (!force) throw new OutputError(`${display(file)} already exists; pass --force to overwrite it, or --id to choose another id`);
  return { file, previous: readFileSync(file) };
}

/**
 * Writes `text` to the target atomically: a new temporary file beside it (created exclusively, so
 * never through a link), then renamed over the target.
 */
export function writeArticle(target: ArticleTarget, text: string | Buffer): void {
  const dir = path.dirname(target.file);
  const temporary = path.join(dir, `.${path.basename(target.file)}.${process.pid}.importing`);
  const fd = openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 0o644);
  try {
    if (typeof text === 'string') writeSync(fd, text);
    else writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(temporary, target.file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** Puts the target back as it was: the previous content, or no file. */
export function restoreArticle(target: ArticleTarget): void {
  if (target.previous === undefined) rmSync(target.file, { force: true });
  else writeArticle(target, target.previous);
}
