// node docs/reader-checks/2026-12-06-probe-stories/run.mjs <story dir> : imports every NN-outlet.txt (header url/outlet/date/title, blank line, text)
// into a scratch content tree with `npm run import`, then prints `npm run analyze` (the engine's claims) to stdout.
// The content tree stays at <set dir>/.content (removed and rewritten on each run).
import fs from 'node:fs'; import path from 'node:path'; import { spawnSync } from 'node:child_process';
const setDir = path.resolve(process.argv[2]); const root = process.cwd();
const setName = path.basename(setDir); const content = path.join(setDir, '.content');
fs.rmSync(content, { recursive: true, force: true });
fs.mkdirSync(path.join(content, 'articles'), { recursive: true }); fs.mkdirSync(path.join(content, 'stories'), { recursive: true });
const slug = s => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40).replace(/-$/, '');
const story = slug(setName); const raws = [];
for (const f of fs.readdirSync(setDir).filter(f => /^\d\d-.*\.txt$/.test(f)).sort()) {
  const body = fs.readFileSync(path.join(setDir, f), 'utf8'); const [head, ...rest] = body.split(/\n\s*\n/);
  const h = Object.fromEntries(head.split('\n').map(l => l.match(/^(\w+):\s*(.*)$/)).filter(Boolean).map(m => [m[1], m[2]]));
  raws.push({ file: f, text: rest.join('\n\n'), outlet: h.outlet || f, url: h.url, date: (h.date || '').match(/\d{4}-\d{2}-\d{2}/)?.[0], title: h.title });
}
const outlets = new Map();
for (const r of raws) if (!outlets.has(r.outlet)) outlets.set(r.outlet, r.url ? new URL(r.url).origin + '/' : `https://${slug(r.outlet)}.example/`);
fs.writeFileSync(path.join(content, 'outlets.yaml'), [...outlets].map(([o, u]) => `- id: ${slug(o)}\n  name: ${JSON.stringify(o)}\n  url: ${u}\n  kind: newspaper\n`).join(''));
const date = raws.map(r => r.date).filter(Boolean).sort()[0] || '2025-02-18';
fs.writeFileSync(path.join(content, 'stories', `${story}.md`), `---\ntitle: ${JSON.stringify(setName)}\ndate: ${date}\nsummary: Probe story ${setName}.\n---\nProbe story.\n`);
const env = { ...process.env, CONTENT_DIR: content };
for (const r of raws) {
  const src = path.join(content, '..', '.' + r.file); fs.writeFileSync(src, r.text);
  const args = ['run', '--silent', 'import', '--', src, '--story', story, '--outlet', slug(r.outlet), '--id', slug(r.file.replace(/\.txt$/, '')), '--published', r.date || date];
  if (r.title) args.push('--title', r.title); if (r.url) args.push('--url', r.url);
  const p = spawnSync('npm', args, { cwd: root, env, encoding: 'utf8' }); fs.rmSync(src);
  if (p.status !== 0) console.log(`IMPORT FAIL ${r.file}: ${(p.stderr + p.stdout).trim().split('\n').slice(-3).join(' | ')}`);
}
const a = spawnSync('npm', ['run', '--silent', 'analyze'], { cwd: root, env, encoding: 'utf8', maxBuffer: 1 << 28 });
process.stdout.write(a.stdout); if (a.status !== 0) process.stdout.write(a.stderr);
