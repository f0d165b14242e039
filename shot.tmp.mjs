import { chromium } from 'playwright-core';
const [url, out, scheme = 'light', width = '1280', action = ''] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme, locale: 'sv-SE' });
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto(url);
await page.waitForSelector('.chart');
if (action === 'focus') { await page.focus('#chart-context-mark-0'); await page.keyboard.press('ArrowDown'); await page.keyboard.press('ArrowDown'); }
await page.waitForTimeout(300);
const el = await page.$(process.env.SEL ?? (action === 'full' ? 'body' : '.charts'));
await el.screenshot({ path: out });
console.log(await page.evaluate(() => 'scrollW=' + document.documentElement.scrollWidth + ' ' + location.search));
await browser.close();
