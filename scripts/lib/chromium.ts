/**
 * How the project starts Chromium headless, in one place for the browser tests, the search
 * benchmark and Lighthouse: Debian's build when installed (these machines cannot download
 * Playwright's own), with flags that keep it off the network and out of sandboxes it cannot use.
 */
import { existsSync } from 'node:fs';

/** Flags for a headless Chromium on a closed, shared machine. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The system Chromium (`CHROMIUM_PATH`, else /usr/bin/chromium) if it exists. */
export function systemChromium(): string | undefined {
  const candidate = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  return existsSync(candidate) ? candidate : undefined;
}
