// Drives Debian's chromium to load a landing page that fires a postback, recording a HAR.
const { chromium } = require('playwright-core');
(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const context = await browser.newContext({ recordHar: { path: process.argv[2], content: 'embed' } });
  const page = await context.newPage();
  await page.goto(process.argv[3]);
  await page.waitForTimeout(1000);
  await context.close();
  await browser.close();
})();
