import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_KEY, createTestApp, type TestContext } from '../helpers/app.js';
import { createProcedure } from '../factories/procedures.js';

// Debian's chromium (`apt-get install chromium`, as .ci/run does); playwright-core never downloads one.
const CHROMIUM = '/usr/bin/chromium';
const HOST = 'docs.test';
// Generous: the page loads 2.5 MB of script on a machine that may be busy.
const WAIT = 45_000;
const installed = existsSync(CHROMIUM);
// Artefacts (git-ignored): the answer shown, and the top of the page once authorized.
const screenshot = new URL('../../test-results/docs-page.png', import.meta.url);

if (!installed && !process.env.CI) {
  console.warn(`docs-page.test.ts skipped: no browser at ${CHROMIUM} (apt-get install chromium); with CI set it fails instead.`);
}

describe.skipIf(!installed && !process.env.CI)('the docs page in a real browser', () => {
  let ctx: TestContext;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    if (!installed) throw new Error(`No browser at ${CHROMIUM}: install Debian's chromium (apt-get install chromium).`);
    ctx = await createTestApp();
    await createProcedure(ctx);
    await ctx.app.listen({ host: '127.0.0.1', port: 0 });
    origin = `http://${HOST}:${(ctx.app.server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        // A host name other than localhost, so nothing rests on localhost's special treatment.
        `--host-resolver-rules=MAP ${HOST} 127.0.0.1`,
      ],
      timeout: WAIT,
    });
  });
  afterAll(async () => {
    await browser?.close();
    await ctx?.close();
  });

  it('opens under another host name over http, authorizes with a key and runs GET /v1/procedures', { timeout: 150_000 }, async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(WAIT);
    const problems: string[] = [];
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      // Shown, not failed on: a newer chromium may warn about the Swagger UI bundle itself.
      if (message.type() === 'warning') warnings.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()} ${req.failure()?.errorText}`));
    const responses: Array<{ url: string; status: number; encoding?: string; size: Promise<number> }> = [];
    page.on('response', (response) => {
      responses.push({
        url: response.url(),
        status: response.status(),
        encoding: response.headers()['content-encoding'],
        size: response
          .request()
          .sizes()
          .then((s) => s.responseBodySize + s.responseHeadersSize),
      });
    });

    const started = performance.now();
    await page.goto(`${origin}/docs`);
    const listProcedures = page.locator('#operations-procedures-listProcedures');
    await listProcedures.waitFor({ state: 'visible' });
    const firstOperationMs = Math.round(performance.now() - started);
    const pageResponses = [...responses];
    await mkdir(new URL('.', screenshot), { recursive: true });

    await page.locator('.auth-wrapper .btn.authorize').click();
    const dialog = page.locator('.modal-ux');
    await dialog.locator('input').first().fill(ADMIN_KEY);
    await dialog.locator('.auth-btn-wrapper .btn.authorize').click();
    await dialog.locator('.btn-done').click();
    await dialog.waitFor({ state: 'detached' });
    // The top of the page: the server the contract names (this page's own) and the key in use.
    await page.screenshot({ path: fileURLToPath(new URL('docs-page-top.png', screenshot)) });

    await listProcedures.locator('.opblock-summary').first().click();
    await listProcedures.locator('.try-out__btn').click();
    await listProcedures.locator('.btn.execute').click();
    const status = listProcedures.locator('.live-responses-table .response .response-col_status').first();
    await status.waitFor({ state: 'visible' });
    expect((await status.innerText()).trim()).toBe('200');
    const body = await listProcedures.locator('.live-responses-table .response-col_description pre').first().innerText();
    expect(JSON.parse(body)).toMatchObject({ items: [expect.objectContaining({ id: expect.any(String) })] });
    const curl = await listProcedures.locator('.curl-command').innerText();
    expect(curl).toContain(`${origin}/v1/procedures`);

    // The answer in view, with the request that produced it above it.
    await listProcedures.locator('.live-responses-table').first().scrollIntoViewIfNeeded();
    await page.evaluate('window.scrollBy(0, -250)');
    await page.screenshot({ path: fileURLToPath(screenshot) });

    const sizes = await Promise.all(pageResponses.map(async (r) => ({ ...r, size: await r.size })));
    const transferred = sizes.reduce((sum, r) => sum + r.size, 0);
    console.log(
      `docs page: first operation shown after ${firstOperationMs} ms; ${sizes.length} responses, ${Math.round(transferred / 1024)} KiB transferred\n` +
        sizes.map((r) => `  ${r.status} ${r.encoding ?? 'identity'} ${Math.round(r.size / 1024)} KiB ${new URL(r.url).pathname}`).join('\n'),
    );
    if (warnings.length > 0) console.warn(`browser warnings:\n  ${warnings.join('\n  ')}`);
    expect(problems).toEqual([]);
    for (const r of sizes.filter((s) => /\.(js|css)$|\/json$/.test(new URL(s.url).pathname))) {
      expect(r.encoding, r.url).toMatch(/^(br|gzip|zstd)$/);
    }
    // Uncompressed the page weighs about 2.5 MB.
    // Chromium asks for gzip over plain http (brotli only over https).
    expect(transferred).toBeLessThan(1_000_000);
    await page.close();
  });
});
