// End-to-end check of the html report in Debian's headless Chromium, driven by playwright-core.
// Reports are made by .ci/browser-test.sh and passed as file paths:
//   FIXTURES_REPORT (shipped fixtures), HOSTILE_REPORT (hostile listing text), LARGE_REPORT (10,000 listings).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let context, profile;

before(async () => {
  profile = mkdtempSync(join(tmpdir(), 'listinglint-chromium-'));
  // launchPersistentContext passes the fresh profile as --user-data-dir.
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1280, height: 900 },
  });
});

after(async () => {
  await context?.close();
  rmSync(profile, { recursive: true, force: true });
});

/** Opens a report; records every request that is not the file itself or a data: URI, and every script error. */
async function open(envName) {
  const path = process.env[envName];
  assert.ok(path, `${envName} is not set`);
  const page = await context.newPage();
  const requests = [], errors = [];
  page.on('request', r => { if (!/^(file|data):/.test(r.url())) requests.push(r.url()); });
  page.on('pageerror', e => errors.push(String(e)));
  page.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(pathToFileURL(resolve(path)).href, { waitUntil: 'load' });
  await page.waitForSelector('#status:not(:has-text("Loading"))');
  return { page, requests, errors };
}

const visibleCards = page => page.locator('#cards .card');
const tile = (page, label) => page.locator('.tile', { has: page.locator('.l', { hasText: new RegExp(`^${label}$`) }) }).locator('.n');

test('fixtures report opens offline and shows every flagged listing with evidence and thumbnails', async () => {
  const { page, requests, errors } = await open('FIXTURES_REPORT');
  const flagged = Number(await tile(page, 'flagged').textContent());
  assert.ok(flagged > 0);
  assert.equal(await visibleCards(page).count(), flagged);
  assert.match(await page.locator('#status').textContent(), new RegExp(`^Showing ${flagged} of \\d+ listings$`));

  const kettle = page.locator('.card', { hasText: '1.7L Electric Kettle' });
  const thumb = kettle.locator('.thumb img');
  assert.match(await thumb.getAttribute('src'), /^data:image\/jpeg;base64,/);
  const size = await thumb.evaluate(img => [img.naturalWidth, img.naturalHeight]);
  assert.ok(size[0] > 0 && size[0] <= 160 && size[1] <= 160, `thumbnail is ${size}`);
  const evidence = kettle.locator('dl.ev').first();
  assert.equal(await evidence.locator('dt').first().textContent(), 'name');
  assert.ok(await kettle.locator('a.rule').first().isVisible());
  assert.match(await kettle.locator('a.rule').first().getAttribute('href'), /rules\/docs\/LL1001\.md$/);

  const noImage = page.locator('.card', { hasText: 'Women Summer Floral Dress' });
  assert.equal(await noImage.locator('.thumb').textContent(), 'no local image');
  assert.deepEqual(requests, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('severity filter leaves only listings with errors', async () => {
  const { page } = await open('FIXTURES_REPORT');
  await page.getByLabel('warning', { exact: true }).uncheck();
  await page.getByLabel('info', { exact: true }).uncheck();
  const errors = Number(await tile(page, 'could not be loaded').textContent());
  await page.waitForFunction(n => document.querySelectorAll('#cards .card').length === n, errors);
  for (const card of await visibleCards(page).all())
    assert.ok(await card.locator('.finding.sev-3').count() > 0);
  assert.equal(await page.locator('.finding.sev-2').count(), 0);
  await page.close();
});

test('free text and rule filters narrow the cards; reset brings them back', async () => {
  const { page } = await open('FIXTURES_REPORT');
  const all = await visibleCards(page).count();
  await page.locator('#f-q').fill('kettle');
  await page.waitForFunction(() => document.querySelectorAll('#cards .card').length === 1);
  assert.match(await visibleCards(page).first().locator('h2 .t').textContent(), /Electric Kettle/);

  await page.locator('#f-reset').click();
  await page.waitForFunction(n => document.querySelectorAll('#cards .card').length === n, all);
  await page.locator('#f-rule').selectOption('LL0002');
  await page.waitForFunction(() => document.querySelectorAll('#cards .card').length > 0
    && [...document.querySelectorAll('#cards .card')].every(c => c.querySelector('a.rule, span.rule').textContent === 'LL0002'));
  assert.ok(await visibleCards(page).count() < all);
  await page.close();
});

test('grade button in the summary shows only that grade', async () => {
  const { page } = await open('FIXTURES_REPORT');
  await page.locator('.grade-btn[data-grade="C"]').click();
  await page.waitForFunction(() => document.querySelectorAll('#cards .card').length > 0);
  const grades = await page.locator('#cards .card h2 .grade').allTextContents();
  assert.ok(grades.length > 0);
  assert.deepEqual([...new Set(grades)], ['C']);
  await page.close();
});

test('accepted findings are shown apart with their justification, open ones offer a suppression snippet', async () => {
  const { page } = await open('FIXTURES_REPORT');
  const snippet = page.locator('.card', { hasText: '1.7L Electric Kettle' }).locator('pre.snippet').first();
  assert.match(await snippet.textContent(), /"id": "LL1001", "justification": "<why this is acceptable>"/);

  await page.locator('#f-view').selectOption('accepted');
  const lamp = page.locator('.card', { hasText: 'LED Desk Lamp' });
  await lamp.waitFor();
  assert.match(await lamp.locator('details.accepted summary').textContent(), /1 suppressed, 0 baselined/);
  assert.match(await lamp.locator('.just').textContent(), /colour temperature chart/);
  assert.ok(await lamp.locator('.just').isVisible());
  await page.close();
});

test('keyboard: / focuses the search, j moves through the cards', async () => {
  const { page } = await open('FIXTURES_REPORT');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'f-q');
  await page.keyboard.type('Silicone');
  await page.waitForFunction(() => document.querySelectorAll('#cards .card').length === 1);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.querySelectorAll('#cards .card').length > 1);
  await page.locator('#cards .card').first().focus();
  await page.keyboard.press('j');
  assert.equal(await page.evaluate(() => document.activeElement === document.querySelectorAll('#cards .card')[1]), true);
  await page.close();
});

test('hostile listing text is shown as text and runs nothing', async () => {
  const { page, errors } = await open('HOSTILE_REPORT');
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  const card = page.locator('#cards .card').first();
  assert.equal(await card.locator('h2 .t').textContent(), '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script> Bluetooth Speaker');
  assert.equal(await page.locator('#cards img:not([src^="data:"])').count(), 0);
  assert.ok(await card.locator('dl.ev dd', { hasText: '<img src=y onerror="window.pwned=3">' }).count() > 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('10,000 listings: opens fast, draws cards lazily, filters quickly', async () => {
  const started = Date.now();
  const { page, requests } = await open('LARGE_REPORT');
  const openMs = Date.now() - started;
  const total = Number(await tile(page, 'listings audited').textContent().then(t => t.replace(/,/g, '')));
  assert.equal(total, 10000);
  const drawn = await visibleCards(page).count();
  assert.ok(drawn > 0 && drawn <= 200, `${drawn} cards drawn at first`);

  // Scroll to the end of what is drawn (cards vary in height with their findings), as a reader would.
  await page.mouse.wheel(0, await page.evaluate(() => document.documentElement.scrollHeight));
  await page.waitForFunction(n => document.querySelectorAll('#cards .card').length > n, drawn);

  const t0 = Date.now();
  await page.locator('#f-q').fill('GEN-09999');
  await page.waitForFunction(() => document.querySelectorAll('#cards .card').length === 1);
  const filterMs = Date.now() - t0;
  console.log(`# large report: opened in ${openMs} ms, ${drawn} cards drawn at first, text filter in ${filterMs} ms`);
  assert.ok(openMs < 10000, `opened in ${openMs} ms`);
  assert.ok(filterMs < 2000, `filtered in ${filterMs} ms`);
  assert.deepEqual(requests, []);
  await page.close();
});
