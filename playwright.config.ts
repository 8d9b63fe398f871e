/**
 * Browser tests against the built site under base `/factcheck/`, as on GitHub Pages.
 * Uses Debian's Chromium when it is installed (these machines cannot download Playwright's own
 * browser) and Playwright's bundled Chromium otherwise (`npx playwright install chromium`).
 */
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromium } from './scripts/lib/chromium.ts';

const PORT = process.env.E2E_PORT ?? '4330';
const executablePath = systemChromium();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${PORT}/factcheck/`,
    trace: 'off',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'] } },
  ],
  webServer: {
    command: `node_modules/.bin/tsx tests/e2e/serve.ts`,
    url: `http://localhost:${PORT}/factcheck/`,
    timeout: 600_000,
    reuseExistingServer: !process.env.CI,
    stdout: 'pipe',
    stderr: 'pipe',
    env: { E2E_PORT: PORT },
  },
});
