/**
 * Finds the content files, and accounts for everything else in the content folder: every file is
 * either read, reported as skipped on purpose (names starting with "." are drafts or system files),
 * or an error. Symbolic links are followed only to files inside the content folder; a link that
 * leads outside it, a loop, a dangling link and a linked folder are errors naming the link.
 */
import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { didYouMean, type ContentNotice, type ContentProblem } from './problems.ts';

/** A file to read: where it is (as given and for messages) and its size. */
export interface ContentFile {
  /** Path to read (inside the content folder; may be a link to another file inside it). */
  file: string;
  /** Path for messages. */
  display: string;
  /** Size in bytes of what it points at. */
  size: number;
}

/** Where each kind of content lives inside the content root. */
export const CONTENT_LAYOUT = {
  stories: 'stories',
  outlets: 'outlets.yaml',
  articles: 'articles',
  reviews: 'reviews',
} as const;

/** The content files found, by kind. */
export interface ContentFiles {
  stories: ContentFile[];
  articles: ContentFile[];
  outlets: ContentFile | undefined;
}

/** What a walk reports into. */
interface Report {
  problems: ContentProblem[];
  notices: ContentNotice[];
  display: (file: string) => string;
}

const MARKDOWN_FILE = /\.md$/;

/** Lists the content files under `root`, recording problems and skipped files. */
export function listContentFiles(root: string, report: Report): ContentFiles {
  const files: ContentFiles = { stories: [], articles: [], outlets: undefined };
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
    if (!statSync(realRoot).isDirectory()) throw new Error('not a folder');
  } catch {
    report.problems.push({
      file: report.display(root),
      rule: 'missing-folder',
      message: 'the content folder does not exist',
      hint: `create it, or point CONTENT_DIR at a content root that has ${CONTENT_LAYOUT.stories}/, ${CONTENT_LAYOUT.articles}/ and ${CONTENT_LAYOUT.outlets}`,
    });
    return files;
  }
  const known: string[] = Object.values(CONTENT_LAYOUT);
  for (const name of readdirSync(root).sort()) {
    const entry = path.join(root, name);
    if (name.startsWith('.')) {
      report.notices.push({ file: report.display(entry), kind: 'skipped', rule: 'hidden', message: 'names starting with "." are not content' });
      continue;
    }
    if (known.includes(name)) continue;
    const guess = didYouMean(name, known, 2);
    if (guess) {
      report.problems.push({
        file: report.display(entry),
        rule: 'misplaced-content',
        value: name,
        message: 'this is not part of the content layout, so nothing in it would be published',
        hint: `rename it to ${guess}`,
      });
    } else {
      report.notices.push({
        file: report.display(entry),
        kind: 'skipped',
        rule: 'not-content',
        message: `not part of the content layout (${known.join(', ')})`,
      });
    }
  }
  for (const section of ['stories', 'articles'] as const) {
    const dir = path.join(root, CONTENT_LAYOUT[section]);
    const stats = resolve(dir, realRoot, report);
    if (stats === 'missing') {
      report.problems.push({
        file: report.display(dir),
        rule: 'missing-folder',
        message: 'the folder does not exist',
        hint: `create it, or point CONTENT_DIR at a content root that has ${CONTENT_LAYOUT.stories}/ and ${CONTENT_LAYOUT.articles}/`,
      });
    } else if (stats && !stats.isDirectory()) {
      report.problems.push({ file: report.display(dir), rule: 'not-a-folder', message: 'must be a folder', hint: `make ${CONTENT_LAYOUT[section]} a folder of .md files` });
    } else if (stats) {
      walk(dir, realRoot, report, files[section]);
    }
  }
  const outlets = path.join(root, CONTENT_LAYOUT.outlets);
  const stats = resolve(outlets, realRoot, report);
  if (stats === 'missing') {
    report.problems.push({
      file: report.display(outlets),
      rule: 'missing-file',
      message: 'the list of outlets does not exist',
      hint: `create ${CONTENT_LAYOUT.outlets} with one "- id: ..." item per outlet`,
    });
  } else if (stats && !stats.isFile()) {
    report.problems.push({ file: report.display(outlets), rule: 'not-a-file', message: 'must be a file', hint: `make ${CONTENT_LAYOUT.outlets} a YAML file` });
  } else if (stats) {
    files.outlets = { file: outlets, display: report.display(outlets), size: stats.size };
  }
  return files;
}

/** Walks a content folder (sub-folders included) and collects its Markdown files. */
function walk(dir: string, realRoot: string, report: Report, out: ContentFile[]): void {
  for (const name of readdirSync(dir).sort()) {
    const entry = path.join(dir, name);
    if (name.startsWith('.')) {
      skipHidden(entry, report);
      continue;
    }
    const stats = resolve(entry, realRoot, report);
    if (!stats || stats === 'missing') continue;
    if (stats.isDirectory()) {
      if (lstatSync(entry).isSymbolicLink()) {
        report.problems.push({
          file: report.display(entry),
          rule: 'linked-folder',
          message: 'is a symbolic link to a folder; linked folders are not followed (they can loop or publish a file twice)',
          hint: 'move the folder here instead of linking to it',
        });
      } else {
        walk(entry, realRoot, report, out);
      }
    } else if (!stats.isFile()) {
      report.problems.push({
        file: report.display(entry),
        rule: 'not-a-file',
        message: 'is not a regular file (a pipe, socket or device), so it cannot be read as an article',
        hint: 'remove it from the content folder',
      });
    } else if (!MARKDOWN_FILE.test(name)) {
      report.problems.push({
        file: report.display(entry),
        rule: 'not-markdown',
        message: 'only .md files are read here, so this file would be silently left out',
        hint: 'rename it to end in .md (lower case), or move it out of the content folder',
      });
    } else {
      out.push({ file: entry, display: report.display(entry), size: stats.size });
    }
  }
}

/** Reports a dot-file, or every file inside a dot-folder, as skipped on purpose. */
function skipHidden(entry: string, report: Report): void {
  let inside: string[] = [];
  try {
    if (lstatSync(entry).isDirectory()) inside = readdirSync(entry, { recursive: true }).map(String).sort();
  } catch {
    inside = [];
  }
  const message = 'names starting with "." are drafts or system files and are not published';
  report.notices.push({ file: report.display(entry), kind: 'skipped', rule: 'draft', message });
  for (const name of inside) {
    report.notices.push({ file: report.display(path.join(entry, name)), kind: 'skipped', rule: 'draft', message: 'inside a folder whose name starts with "."' });
  }
}

/**
 * The stats of what `entry` is or links to, 'missing' if nothing is there, or undefined after
 * recording a problem (a link loop, a dangling link, a link that leaves the content folder).
 */
function resolve(entry: string, realRoot: string, report: Report): Stats | 'missing' | undefined {
  let own: Stats;
  try {
    own = lstatSync(entry);
  } catch {
    return 'missing';
  }
  if (!own.isSymbolicLink()) return own;
  let target: string;
  try {
    target = realpathSync(entry);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    report.problems.push({
      file: report.display(entry),
      rule: code === 'ELOOP' ? 'link-loop' : 'broken-link',
      message: code === 'ELOOP' ? 'is a symbolic link that loops back on itself' : 'is a symbolic link to something that does not exist',
      hint: 'replace the link with the file itself, or delete it',
    });
    return undefined;
  }
  if (target !== realRoot && !target.startsWith(realRoot + path.sep)) {
    report.problems.push({
      file: report.display(entry),
      rule: 'outside-content',
      value: target,
      message: 'is a symbolic link to a file outside the content folder; only files inside it are published',
      hint: 'copy the file into the content folder instead of linking to it',
    });
    return undefined;
  }
  return statSync(entry);
}
