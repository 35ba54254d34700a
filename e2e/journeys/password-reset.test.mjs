// A forgotten password, in two languages: "forgot password" from the log-in page, the
// link arrives by e-mail, a weak password is refused next to its field, a good one is
// saved, the link works only once, and the new password logs in. Every page is checked
// with axe and for reflow at 320 CSS px.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { check, checkedSummary, DEMO_PASSWORD, startGemeng } from '../lib/harness.mjs';

let gemeng;

before(async () => {
  gemeng = await startGemeng();
});

after(async () => {
  await gemeng?.stop();
  console.log(checkedSummary());
});

const journeys = [
  { locale: 'pt-PT', lang: 'pt', email: 'ana@demo.gemeng.lu', password: 'the tram stops by the park', home: /\/n\/gare$/ },
  { locale: 'de-LU', lang: 'de', email: 'moderator@demo.gemeng.lu', password: 'green shutters and a red door', home: /\/n\/gare$/ },
];

for (const j of journeys) {
  test(`reset a forgotten password and log in with it (${j.lang})`, { timeout: 180_000 }, async () => {
    const context = await gemeng.browser.newContext({ locale: j.locale });
    const page = await context.newPage();
    await page.goto(`${gemeng.base}/c/luxembourg/login`);
    assert.equal(await page.getAttribute('html', 'lang'), j.lang);
    await check(page, `log-in (${j.lang})`);

    await page.click('main a[href$="/password/forgot"]');
    await page.waitForURL(/\/password\/forgot$/);
    await check(page, `forgotten password (${j.lang})`);
    await page.fill('#email', j.email);
    await page.click('main form button[type=submit]');
    await page.waitForSelector('main p.notice[role=status]');
    await check(page, `reset link sent (${j.lang})`);

    const mail = await gemeng.mailTo(j.email);
    const link = mail.body.match(/http:\/\/\S+\/password\/reset\?token=\S+/)[0];
    await page.goto(link);
    await check(page, `new password (${j.lang})`);

    // A weak password is refused next to its field.
    await page.fill('#password', 'password');
    await page.click('main form button[type=submit]');
    await page.waitForSelector('#password[aria-invalid=true]');
    assert.match(await page.getAttribute('#password', 'aria-describedby'), /password-error/);
    assert.ok((await page.textContent('#password-error')).trim().length > 0);
    await check(page, `weak password refused (${j.lang})`);

    await page.fill('#password', j.password);
    await page.click('main form button[type=submit]');
    await page.waitForURL(/\/login\?notice=password-reset$/);
    assert.equal(await page.locator('main p.notice[role=status]').count(), 1);
    await check(page, `log-in after the reset (${j.lang})`);

    // The old password no longer works; the new one does.
    await page.fill('#email', j.email);
    await page.fill('#password', DEMO_PASSWORD);
    await page.click('main form button[type=submit]');
    await page.waitForSelector('main .error-summary[role=alert]');
    await check(page, `old password refused (${j.lang})`);
    await page.fill('#password', j.password);
    await page.click('main form button[type=submit]');
    await page.waitForURL(j.home);
    await check(page, `neighbourhood (${j.lang})`);

    // The link worked once.
    await page.goto(link);
    assert.equal(await page.locator('main p.notice[role=alert]').count(), 1);
    assert.equal(await page.locator('#password').count(), 0);
    await check(page, `used reset link (${j.lang})`);
    await context.close();
  });
}
