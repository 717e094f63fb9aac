import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const ctx = await b.newContext({ timezoneId: 'Europe/Stockholm', locale: 'en-GB' });
const page = await ctx.newPage();
page.on('console', m => console.log('console', m.type(), m.text().slice(0,300)));
page.on('pageerror', e => console.log('pageerror', e.message));
await page.goto('http://127.0.0.1:5191/');
const status = page.getByRole('status').filter({ hasText: /conversations?/ });
await status.filter({ hasText: /^[\d,]+ conversations?$/ }).waitFor({ timeout: 120000 });
console.log('loaded', await status.innerText());
const t0 = Date.now();
await page.getByRole('searchbox').fill('LIAM.SINGH38');
for (let i = 0; i < 30; i++) { console.log(Date.now()-t0, page.url().slice(22), '|', await status.innerText()); await page.waitForTimeout(100); }
await b.close();
