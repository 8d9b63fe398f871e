/** Serves a built site with `astro preview` for a test, and stops it afterwards. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { buildEnv, ROOT, type BuildOptions } from './site-build.ts';

/** A port nothing listens on now (a fixed one may be taken by another build on the machine). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** A running preview server. */
export interface Preview {
  url: string;
  stop: () => void;
}

/** Starts `astro preview` for a build made with the same options; resolves once it answers. */
export async function startPreview(options: BuildOptions, port: number): Promise<Preview> {
  const child: ChildProcess = spawn(
    path.join(ROOT, 'node_modules', '.bin', 'node'),
    [path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'preview', '--port', String(port), '--ignore-lock'],
    { cwd: ROOT, env: buildEnv(options), stdio: 'ignore' },
  );
  const url = `http://localhost:${port}${options.base ?? '/factcheck/'}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => child.kill('SIGTERM') };
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill('SIGTERM');
  throw new Error(`astro preview did not answer at ${url}`);
}
