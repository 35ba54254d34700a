// The design system and the first impression, in two languages: the /design page
// (every component), the display settings reached from the footer, the header's
// language links, the error summary that links to each field, and the icons a phone
// asks for. Every page is checked with axe, for reflow at 320 CSS px and text spacing.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { check, checkedSummary, logIn, startGemeng } from '../lib/harness.mjs';

let gemeng;

before(async () => {
  gemeng = await startGemeng();
});

after(async () => {
  await gemeng?.stop();
  console.log(checkedSummary());
});

for (const j of [{ locale: 'pt-PT', lang: 'pt' }, { locale: 'de-LU', lang: 'de' }]) {
  test(`the design system, settings and language links (${j.lang})`, { timeout: 180_000 }, async () => {
    const context = await gemeng.browser.newContext({ locale: j.locale, viewport: { width: 360, height: 640 } });
    const page = await context.newPage();

    await page.goto(`${gemeng.base}/design`);
    assert.equal(await page.getAttribute('html', 'lang'), j.lang);
    await check(page, `design system (${j.lang})`);
    // Every component is on the page.
    for (const selector of ['.error-summary a[href="#sample_name"]', '.banner-success', '.banner-important',
      'dl.summary', 'table', '.card', '.tag-done', '.steps [aria-current=step]', 'nav.pagination a[rel=next]',
      '.confirmation', 'svg.icon use']) {
      assert.ok(await page.locator(selector).count() > 0, `${selector} on /design`);
    }
    // The error summary's links lead to their fields.
    await page.click('.error-summary a[href="#sample_email"]');
    assert.equal(new URL(page.url()).hash, '#sample_email');
    assert.ok(await page.locator('#sample_email').isVisible());

    // The header stays small on a phone: identity, languages and menu in 200 px.
    await page.goto(`${gemeng.base}/c/luxembourg`);
    const header = await page.locator('header.site-header').boundingBox();
    assert.ok(header.height <= 200, `the header takes ${header.height}px of 640`);

    // The footer leads to the settings; larger text stays on for the next pages.
    await page.click('footer a[href^="/settings?"]');
    await check(page, `display settings (${j.lang})`);
    await page.click('button[value=large]');
    await page.waitForLoadState();
    assert.match(await page.getAttribute('html', 'class'), /large-text/);
    assert.equal(await page.getAttribute('button[value=large]', 'aria-pressed'), 'true');
    await page.click('main a.button.secondary');
    await page.waitForURL(/\/c\/luxembourg$/);
    assert.match(await page.getAttribute('html', 'class'), /large-text/);
    const largeHeader = await page.locator('header.site-header').boundingBox();
    assert.ok(largeHeader.height <= 280, `in larger text the header takes ${largeHeader.height}px of 640`);
    await check(page, `commune home in larger text (${j.lang})`);

    // A language link switches the page and comes back to it.
    await page.click('nav.languages a[hreflang="fr"]');
    await page.waitForURL(/\/c\/luxembourg$/);
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');

    // Phones and browsers find an icon and a manifest.
    const icon = await page.request.get(`${gemeng.base}/favicon.ico`);
    assert.equal(icon.status(), 200);
    assert.equal(icon.headers()['content-type'], 'image/x-icon');
    const manifest = await page.request.get(`${gemeng.base}/manifest.webmanifest`);
    assert.equal((await manifest.json()).name, 'Gemeng');
    await context.close();
  });
}

// A 4 × 4 red PNG, as a coat of arms a commune's admin might upload.
const ARMS_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAYAAACp8Z5+AAAAEklEQVR4nGNYIqb9HxkzkC4AAPvBHkFqjpjNAAAAAElFTkSuQmCC',
  'base64',
);

test('the commune\'s name takes its article in sentences, and its coat of arms shows in the header', { timeout: 180_000 }, async () => {
  // The demo commune's names take an article ("a Cidade", "la Ville", "the City"): the
  // welcome contracts the preposition with it, where it used to say "Boas-vindas a Cidade".
  for (const [locale, welcome] of [
    ['pt-PT', 'Boas-vindas à Cidade do Luxemburgo'],
    ['fr-LU', 'Bienvenue à la Ville de Luxembourg'],
    ['en-GB', 'Welcome to the City of Luxembourg'],
    ['de-LU', 'Willkommen in der Stadt Luxemburg'],
  ]) {
    const context = await gemeng.browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto(`${gemeng.base}/c/luxembourg`);
    assert.equal((await page.textContent('main h1')).trim(), welcome);
    await context.close();
  }

  // The admin uploads a coat of arms on the identity page; every page's header shows it.
  const context = await gemeng.browser.newContext({ locale: 'fr-LU' });
  const page = await context.newPage();
  await logIn(page, gemeng.base, 'admin@demo.gemeng.lu');
  await page.goto(`${gemeng.base}/c/luxembourg/staff/commune`);
  await check(page, 'commune identity with the coat of arms form (fr)');
  await page.setInputFiles('#arms', { name: 'armoiries.png', mimeType: 'image/png', buffer: ARMS_PNG });
  await page.click('form[action$="/staff/commune/arms"] button[type=submit]');
  await page.waitForURL(/done=arms-saved/);
  await check(page, 'coat of arms saved (fr)');
  const src = await page.getAttribute('header img.brand-arms', 'src');
  assert.match(src, /^\/c\/luxembourg\/arms\.png\?v=[0-9a-f]{12}$/);
  const served = await page.request.get(`${gemeng.base}${src}`);
  assert.equal(served.headers()['content-type'], 'image/png');
  await page.goto(`${gemeng.base}/c/luxembourg`);
  assert.equal(await page.locator('header img.brand-arms').count(), 1);
  await check(page, 'commune home with a coat of arms (fr)');

  // A file that is not a picture is refused with a message linked from the summary.
  await page.goto(`${gemeng.base}/c/luxembourg/staff/commune`);
  await page.setInputFiles('#arms', { name: 'armoiries.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>') });
  await page.click('form[action$="/staff/commune/arms"] button[type=submit]');
  await page.waitForSelector('.error-summary a[href="#arms"]');
  await check(page, 'coat of arms refused (fr)');
  await context.close();
});
