import { chromium } from '@playwright/test';
import { join } from 'node:path';
import { startServer } from '../support/serve.js';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium.js';
const server = await startServer(4496, join(import.meta.dirname, '..', '..', 'build'));
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const [w, h, path, out, action] = process.argv.slice(2);
const page = await browser.newPage({ viewport: { width: +w, height: +h } });
await page.goto(`http://127.0.0.1:4496/${path}`);
await page.waitForSelector('html[data-ready=true]');
if (action === 'qr') { await page.locator('[data-handoff]').scrollIntoViewIfNeeded(); await page.waitForSelector('.qr path, svg[class*=qr] path', { timeout: 8000 }).catch(() => {}); await page.waitForTimeout(1500); await page.locator('[data-handoff]').first().evaluate((e) => e.closest('section, div')?.scrollIntoView()); }
if (action === 'send') { await page.getByRole('button', { name: /send home|emporter/i }).click(); await page.waitForTimeout(2500); }
await page.screenshot({ path: out });
await browser.close(); server.close();
