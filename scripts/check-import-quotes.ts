/**
 * `npx tsx scripts/check-import-quotes.ts <labelled set folder>...`: imports every raw article of
 * each labelled set with the project's import command, exactly as the evaluation does (a fresh
 * content tree, one outlet per file, `--story --outlet --id --published [--title] [--url]` taken
 * from the file's header), then checks that every gold quote of that file (gold.json) is still in
 * the imported article's body as the site reads it. A lost quote means a furniture rule ate article
 * text. Prints each lost quote, each removed line with `--removed`, a line per set and the total;
 * exits 1 when a quote is lost or an import fails.
 *
 * A set folder holds `NN-outlet.txt` files (a header of `url:`, `outlet:`, `date:`, `title:` lines,
 * a blank line, then the stored text) and `gold.json` ({ claims: [{ sources: { file: [quote] } }] }).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { markdownToBlocks } from '../src/markdown/blocks.ts';
import { runImport } from '../src/importer/cli/run.ts';

const args = process.argv.slice(2);
const showRemoved = args.includes('--removed');
const sets = args.filter((arg) => !arg.startsWith('--'));
if (sets.length === 0) {
  process.stderr.write('usage: npx tsx scripts/check-import-quotes.ts <labelled set folder>... [--removed]\n');
  process.exit(2);
}

/** The same folding as the evaluation's scorer: quotes, dashes, spaces and case. */
const fold = (text: string): string =>
  text.normalize('NFKC').replace(/[“”„"«»]/g, '"').replace(/[‘’']/g, "'").replace(/[‐-―]/g, '-').replace(/\s+/g, ' ').toLowerCase().trim();
const slug = (text: string): string =>
  text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40).replace(/-$/, '');

interface Gold {
  claims: Array<{ sources: Record<string, string[]> }>;
}

let total = 0;
let kept = 0;
let failures = 0;
for (const setDir of sets) {
  const setName = path.basename(path.resolve(setDir));
  const gold = JSON.parse(readFileSync(path.join(setDir, 'gold.json'), 'utf8')) as Gold;
  const work = mkdtempSync(path.join(tmpdir(), `quotes-${setName}-`));
  const root = path.join(work, 'content');
  mkdirSync(path.join(root, 'articles'), { recursive: true });
  mkdirSync(path.join(root, 'stories'), { recursive: true });
  const story = slug(setName);
  const raws = readdirSync(setDir).filter((name) => name.endsWith('.txt')).sort().map((file) => {
    const [head = '', ...rest] = readFileSync(path.join(setDir, file), 'utf8').split(/\n\s*\n/);
    const header = Object.fromEntries(head.split('\n').flatMap((line) => {
      const match = /^(\w+):\s*(.*)$/.exec(line);
      return match ? [[match[1], match[2]]] : [];
    })) as Record<string, string | undefined>;
    const slugTitle = header.title?.match(/URL slug: ([^)]+)\)/)?.[1]?.replace(/[-_]+/g, ' ').trim();
    const title = slugTitle ? `${slugTitle[0]?.toUpperCase() ?? ''}${slugTitle.slice(1)}` : header.title;
    const outlet = header.outlet?.replace(/\s*\(.*\)\s*$/, '') || file;
    return { file, text: rest.join('\n\n'), outlet, url: header.url, date: header.date?.match(/\d{4}-\d{2}-\d{2}/)?.[0], title };
  });
  const outlets = [...new Set(raws.map((raw) => raw.outlet))];
  writeFileSync(path.join(root, 'outlets.yaml'), outlets.map((name) => `- id: ${slug(name)}\n  name: ${JSON.stringify(name)}\n  url: https://${slug(name)}.example/\n  kind: newspaper\n`).join(''));
  const storyDate = raws.map((raw) => raw.date).filter(Boolean).sort()[0] ?? '2025-01-01';
  writeFileSync(path.join(root, 'stories', `${story}.md`), `---\ntitle: ${JSON.stringify(setName)}\ndate: ${storyDate}\nsummary: Labelled story.\n---\nLabelled story.\n`);

  let setTotal = 0;
  let setKept = 0;
  for (const raw of raws) {
    const input = path.join(work, raw.file);
    writeFileSync(input, raw.text);
    const id = slug(raw.file.replace(/\.txt$/, ''));
    const argv = [input, '--story', story, '--outlet', slug(raw.outlet), '--id', id, '--published', raw.date ?? storyDate];
    if (raw.title) argv.push('--title', raw.title);
    if (raw.url) argv.push('--url', raw.url);
    let report = '';
    const status = runImport(argv, { out: () => undefined, err: (text) => (report += text), cwd: work, env: { CONTENT_DIR: root } });
    const quotes = gold.claims.flatMap((claim) => claim.sources[raw.file] ?? []);
    setTotal += quotes.length;
    if (status !== 0) {
      failures += 1;
      process.stdout.write(`IMPORT FAILED ${setName}/${raw.file}:\n${report}\n`);
      continue;
    }
    const article = readFileSync(path.join(root, 'articles', `${id}.md`), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    const body = fold(markdownToBlocks(article).join('\n'));
    const lost = quotes.filter((quote) => !body.includes(fold(quote)));
    setKept += quotes.length - lost.length;
    for (const quote of lost) process.stdout.write(`LOST ${setName}/${raw.file}: ${quote}\n`);
    if (showRemoved) for (const line of report.split('\n').filter((text) => text.startsWith('  - ['))) process.stdout.write(`  ${raw.file}${line}\n`);
  }
  process.stdout.write(`${setName}: ${setKept}/${setTotal} gold quotes kept\n`);
  total += setTotal;
  kept += setKept;
  rmSync(work, { recursive: true, force: true });
}
process.stdout.write(`total: ${kept}/${total} gold quotes kept, ${failures} import failures\n`);
process.exitCode = kept === total && failures === 0 ? 0 : 1;
