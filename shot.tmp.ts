import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const [,, ...paths] = process.argv;
for (const [i, p] of paths.entries()) {
  await page.goto(`http://localhost:4391/factcheck/${p}`);
  await page.waitForTimeout(800);
  await page.screenshot({ path: `.cache/shot-${i}.png`, fullPage: true });
  console.log(i, page.url());
}
await browser.close();
