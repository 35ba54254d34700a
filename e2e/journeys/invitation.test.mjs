// A neighbour's invitation, with the newcomer in two languages: Ana (verified, Gare,
// Portuguese) makes a code on her account page; a newcomer signs up at an address in
// Gare, confirms the e-mail, enters Ana's code on the verify page and arrives in the
// neighbourhood; Ana's page then shows the code as used. Every page is checked with
// axe and for reflow at 320 CSS px.
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

const journeys = [
  { locale: 'fr-LU', lang: 'fr', address: 'Rue des Étoiles 7', name: 'Chloé Muller', email: 'chloe@example.lu' },
  { locale: 'en-GB', lang: 'en', address: 'Rue des Peupliers 12', name: 'Sam Okafor', email: 'sam@example.lu' },
];

let used = 0;
for (const j of journeys) {
  test(`join the neighbourhood with a neighbour's invitation (${j.lang})`, { timeout: 180_000 }, async () => {
    // Ana makes a code on her account page.
    const anas = await gemeng.browser.newContext({ locale: 'pt-PT' });
    const ana = await anas.newPage();
    await logIn(ana, gemeng.base, 'ana@demo.gemeng.lu');
    await ana.waitForURL(/\/n\/gare$/);
    await ana.click('header a[href$="/me"]');
    await ana.waitForURL(/\/me$/);
    assert.equal(await ana.getAttribute('html', 'lang'), 'pt');
    await check(ana, `account page with invitations (pt, for ${j.lang})`);
    await ana.click('form[action$="/me/invitations"] button[type=submit]');
    await ana.waitForSelector('#invitation-code');
    const code = (await ana.textContent('#invitation-code')).trim();
    assert.match(code, /^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    await check(ana, `new invitation code (pt, for ${j.lang})`);
    // Found 8, "an invitation code vanishes after any other action": Ana leaves the
    // page and comes back days later, say; her open code is still there to read out.
    await ana.goto(`${gemeng.base}/c/luxembourg`);
    await ana.goto(`${gemeng.base}/c/luxembourg/me`);
    assert.equal(await ana.locator('main table .code-inline', { hasText: code }).count(), 1);

    // The newcomer signs up at an address in Gare.
    const newcomers = await gemeng.browser.newContext({ locale: j.locale });
    const page = await newcomers.newPage();
    await page.goto(`${gemeng.base}/c/luxembourg`);
    assert.equal(await page.getAttribute('html', 'lang'), j.lang);
    await check(page, `commune home (${j.lang})`);
    await page.click('main a[href="/c/luxembourg/signup"]');
    await page.waitForURL(/\/signup$/);
    await check(page, `sign-up (${j.lang})`);
    await page.fill('#q', j.address);
    await page.click('form[role=search] button[type=submit]');
    await page.waitForURL(/signup\?q=/);
    await page.locator('input[name=address_id]').first().check();
    await check(page, `sign-up with addresses found (${j.lang})`);
    await page.fill('#display_name', j.name);
    await page.fill('#full_name', `${j.name} Ferreira`);
    await page.fill('#email', j.email);
    await page.fill('#password', 'a neighbour with a garden');
    await page.check('#guidelines');
    await page.click('form[method=post] button.primary');
    await page.waitForSelector('.confirmation[role=status]');
    await check(page, `sign-up done (${j.lang})`);

    const mail = await gemeng.mailTo(j.email);
    await page.goto(mail.body.match(/http:\/\/\S+\/confirm\?token=\S+/)[0]);
    await check(page, `confirm e-mail (${j.lang})`);
    await page.click('main form button[type=submit]');
    await page.waitForURL(/\/c\/luxembourg\/verify\?done=email-confirmed$/);
    await check(page, `prove residence (${j.lang})`);

    // Ana's code, typed as a person would.
    await page.fill('#code', code.toLowerCase().replaceAll('-', ' '));
    await page.click('main form button[type=submit]');
    await page.waitForSelector('p.lead[role=status]');
    assert.match(await page.textContent('p.lead'), /Gare/);
    await check(page, `verified by invitation (${j.lang})`);
    await page.click('main a.button[href$="/n/gare"]');
    await page.waitForURL(/\/n\/gare$/);
    assert.equal(await page.textContent('h1'), 'Gare');
    await check(page, `neighbourhood (${j.lang})`);
    // The newcomer is among the neighbours.
    await page.click('main a[href$="/n/gare/neighbours"]');
    assert.match(await page.textContent('main'), new RegExp(j.name));
    await check(page, `neighbours (${j.lang})`);
    await newcomers.close();

    // Ana's list shows the code as used.
    await ana.goto(`${gemeng.base}/c/luxembourg/me`);
    used += 1;
    assert.equal(await ana.locator('main table tbody tr', { hasText: 'Usado' }).count(), used);
    // A used code is not shown any more.
    assert.equal(await ana.locator('main table .code-inline', { hasText: code }).count(), 0);
    await check(ana, `invitation used (pt, for ${j.lang})`);
    await anas.close();
  });
}
