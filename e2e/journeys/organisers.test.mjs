// Organiser accounts: Serge (staff, French) opens an account for the "Cercle culturel"
// in English; its welcome e-mail's link sets a password; the organiser logs in, lands
// on the activities it organises, is not offered a neighbourhood's audience, and
// publishes an activity for the whole commune, then finds its registrants' page. The
// demo's ASTI account runs the smartphone café. Every page is checked with axe and
// for reflow at 320 CSS px.
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

/** A date `days` from now, as a date field takes it. */
function inDays(days) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

test('staff open an organiser account, which sets its password and publishes an activity', { timeout: 300_000 }, async () => {
  const staff = await gemeng.browser.newContext({ locale: 'fr-LU' });
  const desk = await staff.newPage();
  await logIn(desk, gemeng.base, 'staff@demo.gemeng.lu');
  await desk.goto(`${gemeng.base}/c/luxembourg/staff`);
  await desk.getByRole('link', { name: 'Comptes d’organisateur' }).click();
  await desk.waitForURL(/\/staff\/organisers$/);
  await check(desk, 'organiser accounts (fr)');
  assert.match(await desk.locator('main table').innerText(), /ASTI/);

  // A mistake first: refused beside its field, what was typed kept.
  await desk.fill('#name', 'Cercle culturel');
  await desk.fill('#email', 'not an address');
  await desk.selectOption('#language', 'en');
  await desk.click('main form button.primary');
  await desk.waitForSelector('#email[aria-invalid=true]');
  assert.equal(await desk.inputValue('#name'), 'Cercle culturel');
  await check(desk, 'organiser account refused (fr)');
  await desk.fill('#email', 'cercle@example.lu');
  await desk.click('main form button.primary');
  await desk.waitForURL(/done=created/);
  await check(desk, 'organiser account created (fr)');
  assert.match(await desk.locator('main table').innerText(), /cercle@example\.lu/);

  // The organiser follows the e-mail's link and chooses a password.
  const mail = await gemeng.mailTo('cercle@example.lu', 'organiser account');
  const link = mail.body.match(/http:\/\/\S+\/password\/reset\?token=\S+/)[0];
  const context = await gemeng.browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(link);
  await check(page, 'organiser chooses a password (en)');
  await page.fill('#password', 'books and songs on friday nights');
  await page.click('main form button[type=submit]');
  await page.waitForURL(/\/login\?notice=password-reset$/);
  await page.fill('#email', 'cercle@example.lu');
  await page.fill('#password', 'books and songs on friday nights');
  await page.click('main form button[type=submit]');
  await page.waitForURL(/\/activities\/organised$/);
  await check(page, 'the activities it organises, none yet (en)');
  // Its menu leads to its activities, not to a neighbourhood's pages.
  const menu = await page.locator('nav.menu').innerText();
  assert.match(menu, /Our activities/);
  assert.doesNotMatch(menu, /My neighbourhood|Messages|Time bank/);

  await page.getByRole('link', { name: 'Organise an activity' }).click();
  await check(page, 'new activity form of an organiser (en)');
  assert.equal(await page.locator('#audience-neighbourhood').count(), 0);
  assert.ok(await page.isChecked('#audience-commune'));
  await page.selectOption('#kind', 'course');
  await page.fill('#title-en', 'Reading circle');
  await page.fill('#place', 'Cercle Cité, salle 2\nPlace d\'Armes');
  await page.fill('#capacity', '15');
  await page.check('#repeat-once');
  await page.fill('#date', inDays(10));
  await page.click('main form button.primary');
  await page.waitForURL(/done=created/);
  await check(page, 'activity published by an organiser (en)');

  await page.getByRole('link', { name: 'Our activities' }).click();
  await page.waitForURL(/\/activities\/organised$/);
  await check(page, 'the activities it organises (en)');
  await page.locator('main a[href$="/registrations"]').first().click();
  await page.waitForURL(/\/registrations$/);
  await check(page, 'registrants of an organiser\'s activity (en)');
  await context.close();
  await staff.close();
});

test('the demo association organises the smartphone café', { timeout: 180_000 }, async () => {
  const context = await gemeng.browser.newContext({ locale: 'fr-LU' });
  const page = await context.newPage();
  await logIn(page, gemeng.base, 'asti@demo.gemeng.lu');
  await page.waitForURL(/\/activities\/organised$/);
  assert.match(await page.locator('main').innerText(), /Café smartphone/);
  await check(page, 'the demo association\'s activities (fr)');
  await context.close();
});
