import { chromium } from '@playwright/test';
const port = process.env.PORT || 4501;
const shots = process.env.SHOTS === '1';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-dev-shm-usage'] });
const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
const page = await ctx.newPage();
const sits = [];
for (const c of ['osteoporotic', 'cancer', 'unsure']) for (const a of ['acute', 'chronic', 'unsure']) sits.push([c, a]);
const out = [];
for (const lang of ['en', 'ar']) for (const [c, a] of sits) {
  await page.goto(`http://127.0.0.1:${port}/${lang}/outcomes/#cause=${c}&age=${a}`);
  await page.waitForLoadState('networkidle'); await page.waitForTimeout(300);
  const r = await page.evaluate(() => {
    const h = document.documentElement.scrollHeight;
    const q = [...document.querySelectorAll('section[data-question]')].map((s) => s.dataset.question + ':' + (s.getBoundingClientRect().height / 844).toFixed(1));
    return { h, sideways: document.documentElement.scrollWidth > innerWidth, q };
  });
  out.push(`${lang} ${c}-${a}: ${(r.h / 844).toFixed(1)} screens${r.sideways ? ' SIDEWAYS' : ''} | ${r.q.join(' ')}`);
  if (shots && ((c === 'osteoporotic' && a === 'acute') || (c === 'cancer' && a === 'chronic')))
    await page.screenshot({ path: `/tmp/bal/${lang}-${c}-${a}.png`, fullPage: true });
}
console.log(out.join('\n'));
await browser.close();
