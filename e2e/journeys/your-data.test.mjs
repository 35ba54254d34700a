// "Your data" and "Where you are logged in", in two languages: a resident reads what is
// held about her and downloads it as JSON, sees her two logged-in browsers and ends the
// other one (which is then sent to log in), and erases her account with her password
// (a wrong one first). Every page is checked with axe and for reflow at 320 CSS px.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { check, checkedSummary, DEMO_PASSWORD, logIn, startGemeng } from '../lib/harness.mjs';

let gemeng;

before(async () => {
  gemeng = await startGemeng();
});

after(async () => {
  await gemeng?.stop();
  console.log(checkedSummary());
});

// The accounts' own language wins once logged in: Ana reads Portuguese, Ben English.
const journeys = [
  { locale: 'pt-PT', lang: 'pt', email: 'ana@demo.gemeng.lu', home: /\/n\/gare$/ },
  { locale: 'en-GB', lang: 'en', email: 'ben@demo.gemeng.lu', home: /\/n\/kirchberg$/ },
];

// The other browser, on a phone, so that the two sessions are told apart.
const PHONE = 'Mozilla/5.0 (Android 13; Mobile; rv:128.0) Gecko/128.0 Firefox/128.0';

for (const j of journeys) {
  test(`read and download your data, end another session, erase the account (${j.lang})`, { timeout: 180_000 }, async () => {
    const laptop = await gemeng.browser.newContext({ locale: j.locale });
    const page = await laptop.newPage();
    await logIn(page, gemeng.base, j.email);
    await page.waitForURL(j.home);
    await page.click('header a[href$="/me"]');
    await page.waitForURL(/\/me$/);
    assert.equal(await page.getAttribute('html', 'lang'), j.lang);
    await check(page, `account (${j.lang})`);

    await page.click('main a[href$="/me/data"]');
    await page.waitForURL(/\/me\/data$/);
    assert.match(await page.textContent('main'), new RegExp(j.email));
    await check(page, `your data (${j.lang})`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('main a[href$="/me/data.json"]'),
    ]);
    const data = JSON.parse(await readFile(await download.path(), 'utf8'));
    assert.equal(data.account.email, j.email);

    // A second browser logs in; the first sees both and ends the other.
    const phone = await gemeng.browser.newContext({ locale: j.locale, userAgent: PHONE });
    const other = await phone.newPage();
    await logIn(other, gemeng.base, j.email);
    await other.waitForURL(j.home);
    await check(other, `neighbourhood on the phone (${j.lang})`);

    await page.goto(`${gemeng.base}/c/luxembourg/me`);
    await page.click('main a[href$="/me/sessions"]');
    await page.waitForURL(/\/me\/sessions$/);
    assert.equal(await page.locator('main ul.records > li').count(), 2);
    await check(page, `sessions (${j.lang})`);
    const phoneSession = page.locator('main ul.records > li', { hasText: 'Firefox' });
    assert.equal(await phoneSession.count(), 1, 'the phone is listed as Firefox');
    await phoneSession.locator('form[action$="/end"] button[type=submit]').click();
    await page.waitForURL(/\/me\/sessions\?done=ended$/);
    assert.equal(await page.locator('main ul.records > li').count(), 1);
    assert.equal(await page.locator('main p.notice[role=status]').count(), 1);
    await check(page, `session ended (${j.lang})`);

    // The phone is logged out: its next page asks to log in.
    await other.goto(`${gemeng.base}/c/luxembourg/me`);
    await other.waitForURL(/\/login/);
    assert.equal(await other.locator('#password').count(), 1);
    await check(other, `phone sent to log in (${j.lang})`);
    await phone.close();

    // Erasing needs the password: a wrong one is refused next to its field.
    await page.goto(`${gemeng.base}/c/luxembourg/me/data`);
    await page.fill('#password', 'not my password');
    await page.click('form[action$="/me/erase"] button[type=submit]');
    await page.waitForSelector('#password[aria-invalid=true]');
    assert.equal(await page.getAttribute('#password', 'aria-describedby'), 'password-error');
    assert.ok((await page.textContent('#password-error')).trim().length > 0);
    await check(page, `erasure with a wrong password (${j.lang})`);
    await page.fill('#password', DEMO_PASSWORD);
    await page.click('form[action$="/me/erase"] button[type=submit]');
    await page.waitForURL(/\/c\/luxembourg\?done=erased$/);
    assert.equal(await page.locator('main p.notice[role=status]').count(), 1);
    assert.equal(await page.locator('header a[href$="/login"]').count(), 1, 'logged out');
    await check(page, `commune home after erasure (${j.lang})`);
    await laptop.close();

    // The account is gone: its password logs in nowhere.
    const token = await fetch(`${gemeng.base}/api/v1/communes/luxembourg/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: j.email, password: DEMO_PASSWORD }),
    });
    assert.equal(token.status, 401);
  });
}
