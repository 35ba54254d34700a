// The resident's first journey, in two languages: sign up with an address, confirm
// the e-mail, receive the commune's letter (printed by staff), enter its code, log
// out and in again, and arrive in the neighbourhood. Every page is checked with axe
// and for reflow at 320 CSS px.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { check, checkedSummary, startGemeng } from '../lib/harness.mjs';

let gemeng;

before(async () => {
  gemeng = await startGemeng();
});

after(async () => {
  await gemeng?.stop();
  console.log(checkedSummary());
});

const journeys = [
  { locale: 'pt-PT', lang: 'pt', street: 'Rue des Tilleuls', name: 'Maria da Silva', email: 'maria@example.lu',
    emailFirst: 'Confirme primeiro o seu endereço de e-mail' },
  { locale: 'de-LU', lang: 'de', street: 'Rue des Roses', name: 'Jean Weber', email: 'jean@example.lu',
    emailFirst: 'Bestätigen Sie zuerst Ihre E-Mail-Adresse' },
];

for (const j of journeys) {
  test(`sign up, confirm, enter the letter's code and log in (${j.lang})`, { timeout: 240_000 }, async () => {
    const resident = await gemeng.browser.newContext({ locale: j.locale });
    const page = await resident.newPage();
    await page.goto(`${gemeng.base}/c/luxembourg`);
    assert.equal(await page.getAttribute('html', 'lang'), j.lang);
    await check(page, `commune home (${j.lang})`);

    await page.click('main a[href="/c/luxembourg/signup"]');
    await check(page, `sign-up (${j.lang})`);
    await page.fill('#q', `${j.street} 3`);
    await page.click('form[role=search] button[type=submit]');
    await page.waitForURL(/signup\?q=/);
    const choices = page.locator('input[name=address_id]');
    assert.ok((await choices.count()) >= 1, 'the address search finds the street');
    await choices.first().check();

    // A weak password is refused next to its field, in the reader's language, and
    // what was typed stays.
    await page.fill('#display_name', j.name);
    await page.fill('#full_name', `${j.name} Ferreira`);
    await page.fill('#email', j.email);
    await page.fill('#password', 'password');
    await page.check('#guidelines');
    await page.click('form[method=post] button.primary');
    assert.equal(await page.getAttribute('#password', 'aria-invalid'), 'true');
    assert.equal(await page.inputValue('#display_name'), j.name);
    // The summary at the top names the problem and links to the field; the page says
    // that the password must be typed again.
    const summaryLink = page.locator('.error-summary a[href="#password"]');
    assert.equal(await summaryLink.count(), 1);
    assert.ok((await page.textContent('#password-error')).endsWith(await summaryLink.textContent()));
    assert.ok(await page.locator('#password-hint strong').count() === 1, 'the page says the password was not kept');
    await check(page, `sign-up with an error (${j.lang})`);

    await page.fill('#password', 'the bakery opens at seven');
    await page.click('form[method=post] button.primary');
    await page.waitForSelector('.confirmation[role=status]');
    assert.match(await page.textContent('.confirmation'), new RegExp(j.email));
    // What happens next: the e-mail is the step to take now, the proof of residence
    // waits for it.
    assert.equal(await page.locator('.steps .step').count(), 4);
    assert.equal(await page.locator('.steps .step-done').count(), 1);
    assert.equal(await page.locator('.steps [aria-current=step]').count(), 1);
    await check(page, `sign-up done (${j.lang})`);

    // Someone holding a neighbour's code goes to the code page before confirming the
    // e-mail: the page names the missing step (the e-mail link), not "prove residence".
    const early = await page.goto(`${gemeng.base}/c/luxembourg/verify`);
    assert.equal(early.status(), 403);
    assert.equal((await page.textContent('main h1')).trim(), j.emailFirst);
    assert.equal(await page.locator('main a[href="/c/luxembourg/me"]').count(), 1);
    await check(page, `e-mail not yet confirmed (${j.lang})`);

    const mail = await gemeng.mailTo(j.email);
    const link = mail.body.match(/http:\/\/\S+\/confirm\?token=\S+/)[0];
    await page.goto(link);
    await check(page, `confirm e-mail (${j.lang})`);
    await page.click('main form button[type=submit]');
    await page.waitForURL(/\/c\/luxembourg\/verify\?done=email-confirmed$/);
    // The e-mail link worked, and the page says so before asking for the code.
    assert.equal(await page.locator('main .banner-success').count(), 1);
    await check(page, `prove residence (${j.lang})`);

    // Commune staff print the letters; the code is on this resident's letter.
    const office = await gemeng.browser.newContext({ locale: 'fr-LU' });
    const staff = await office.newPage();
    await staff.goto(`${gemeng.base}/c/luxembourg/login`);
    await staff.fill('#email', 'staff@demo.gemeng.lu');
    await staff.fill('#password', 'gemeng-demo');
    await staff.click('main form button[type=submit]');
    await staff.waitForURL(/\/staff$/);
    await check(staff, 'staff dashboard (fr)');
    await staff.click('form[action$="/staff/letters"] button');
    await staff.waitForSelector('article.letter');
    await check(staff, 'printable letters (fr)');
    const letter = staff.locator('article.letter', { hasText: j.name });
    assert.equal(await letter.getAttribute('lang'), j.lang, 'the letter is in the resident\'s language');
    const code = (await letter.locator('p.code').textContent()).trim();
    assert.match(code, /^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    await office.close();

    await page.fill('#code', 'AAAA-AAAA-AAAA');
    await page.click('main form button[type=submit]');
    assert.equal(await page.getAttribute('#code', 'aria-invalid'), 'true');
    await check(page, `wrong code (${j.lang})`);
    await page.fill('#code', code.toLowerCase().replaceAll('-', ' '));
    await page.click('main form button[type=submit]');
    await page.waitForSelector('p.lead[role=status]');
    await check(page, `verified (${j.lang})`);

    // Log out, log in again: the neighbourhood opens.
    await page.click('header form[action$="/logout"] button');
    await page.waitForURL(/\/login\?notice=logged-out/);
    await check(page, `log-in (${j.lang})`);
    await page.fill('#email', j.email);
    await page.fill('#password', 'the bakery opens at seven');
    await page.click('main form button[type=submit]');
    await page.waitForURL(/\/c\/luxembourg\/n\/[a-z-]+$/);
    await check(page, `neighbourhood (${j.lang})`);
    await page.click('main a[href$="/neighbours"]');
    assert.match(await page.textContent('main'), new RegExp(j.name));
    await check(page, `neighbours (${j.lang})`);
    await page.goBack();

    // Larger text and high contrast, set on the settings page the footer links to,
    // without JavaScript, still pass axe; the way back leads to the neighbourhood.
    const neighbourhood = page.url();
    await page.click('footer a[href^="/settings?"]');
    await page.click('button[value=large]');
    await page.click('button[value=contrast]');
    assert.equal(await page.getAttribute('html', 'class'), 'large-text high-contrast');
    await check(page, `settings, large text and high contrast (${j.lang})`);
    await page.click('main a.button.secondary');
    await page.waitForURL(neighbourhood);
    assert.equal(await page.getAttribute('html', 'class'), 'large-text high-contrast');
    await check(page, `neighbourhood, large text and high contrast (${j.lang})`);
    await resident.close();
  });
}

test('pages work with JavaScript turned off', { timeout: 180_000 }, async () => {
  const context = await gemeng.browser.newContext({ javaScriptEnabled: false, locale: 'lb-LU' });
  const page = await context.newPage();
  await page.goto(`${gemeng.base}/c/luxembourg/signup`);
  await page.fill('#q', 'Rue des Roses 1');
  await page.click('form[role=search] button[type=submit]');
  assert.ok((await page.locator('input[name=address_id]').count()) >= 1);
  await page.goto(`${gemeng.base}/c/luxembourg/login`);
  await page.fill('#email', 'ana@demo.gemeng.lu');
  await page.fill('#password', 'gemeng-demo');
  await page.click('main form button[type=submit]');
  await page.waitForURL(/\/n\/gare$/);
  // axe runs as a script, so it cannot check here; the same pages pass it above.
  assert.equal(await page.textContent('h1'), 'Gare');
  // Ana chose Portuguese for her account: after logging in it wins over the browser.
  assert.equal(await page.getAttribute('html', 'lang'), 'pt');
  await context.close();
});
