// Activities: Serge (staff, French) organises a conversation table with one place,
// a mistake first (no title, a series without end: refused in his words, beside the
// fields); Ana (Gare, Portuguese) takes the place; Ben (Kirchberg, English) finds it
// full and joins the waiting list; Ana gives her place up and Ben moves up; Serge
// reads who comes (names only) and moves it to another room. A neighbourhood's barbecue in Gare stays out of Ben's
// list. Every page is checked with axe and for reflow at 320 CSS px.
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

async function person(email, locale) {
  const context = await gemeng.browser.newContext({ locale });
  const page = await context.newPage();
  await logIn(page, gemeng.base, email);
  return { context, page };
}

const LIST = '/c/luxembourg/activities';

/** A date `days` from now, as a date field takes it. */
function inDays(days) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

test('a place, the waiting list and moving up, in three languages', { timeout: 300_000 }, async () => {
  const serge = await person('staff@demo.gemeng.lu', 'fr-LU');
  await serge.page.goto(`${gemeng.base}${LIST}`);
  await check(serge.page, 'activities (fr)');
  await serge.page.getByRole('link', { name: 'Organiser une activité' }).click();
  await check(serge.page, 'new activity form (fr)');
  // A course: a conversation table admits a level range, and Ben (Luxembourgish
  // native) could not wait for one in Luxembourgish (see language-cafe.test.mjs).
  await serge.page.selectOption('#kind', 'course');
  await serge.page.check('#repeat-weekly');
  await serge.page.check('#weekday-monday');
  await serge.page.fill('#place', 'Maison de quartier\nRue de Strasbourg');
  await serge.page.fill('#capacity', '1');
  await serge.page.click('main form button.primary');
  await serge.page.waitForSelector('.error-summary');
  await check(serge.page, 'activity refused (fr)');
  const summary = await serge.page.locator('.error-summary').innerText();
  assert.match(summary, /Écrivez un titre/);
  assert.match(summary, /besoin d’un dernier jour/);
  assert.equal(await serge.page.inputValue('#capacity'), '1');
  await serge.page.fill('#title-fr', 'Table de conversation du lundi');
  await serge.page.fill('#title-pt', 'Mesa de conversação de segunda-feira');
  await serge.page.fill('#title-en', 'Monday conversation table');
  await serge.page.check('#repeat-once');
  await serge.page.fill('#date', inDays(9));
  await serge.page.click('main form button.primary');
  await serge.page.waitForURL(/done=created/);
  await check(serge.page, 'activity published (fr)');
  const address = new URL(serge.page.url()).pathname;

  const ana = await person('ana@demo.gemeng.lu', 'pt-PT');
  await ana.page.goto(`${gemeng.base}${LIST}`);
  await check(ana.page, 'activities of a Gare resident (pt)');
  assert.match(await ana.page.locator('main').innerText(), /Churrasco dos vizinhos da Gare/);
  await ana.page.getByRole('link', { name: 'Mesa de conversação de segunda-feira' }).click();
  await ana.page.getByRole('button', { name: 'Reservar um lugar' }).click();
  await ana.page.waitForURL(/done=registered/);
  await check(ana.page, 'a place taken (pt)');
  assert.match(await ana.page.locator('main').innerText(), /Tem um lugar/);

  const ben = await person('ben@demo.gemeng.lu', 'en-GB');
  await ben.page.goto(`${gemeng.base}${LIST}`);
  await check(ben.page, 'activities of a Kirchberg resident (en)');
  assert.doesNotMatch(await ben.page.locator('main').innerText(), /barbecue|Churrasco/i);
  await ben.page.goto(`${gemeng.base}${address}`);
  assert.match(await ben.page.locator('main').innerText(), /Full/);
  await ben.page.getByRole('button', { name: 'Join the waiting list' }).click();
  await ben.page.waitForURL(/done=waitlisted/);
  await check(ben.page, 'on the waiting list (en)');
  assert.match(await ben.page.locator('main').innerText(), /You are number 1 on the waiting list/);

  await ana.page.getByRole('button', { name: 'Libertar o meu lugar' }).click();
  await ana.page.waitForURL(/done=withdrawn/);
  await ben.page.goto(`${gemeng.base}${address}`);
  assert.match(await ben.page.locator('main').innerText(), /You have a place/);
  await ben.page.goto(`${gemeng.base}/c/luxembourg/me/activities`);
  await check(ben.page, 'my activities (en)');
  await ben.page.getByRole('button', { name: 'Make my calendar address' }).click();
  await ben.page.waitForURL(/done=calendar/);
  await check(ben.page, 'my calendar address (en)');
  const calendar = await ben.page.inputValue('#calendar-url');
  const ics = await ben.page.request.get(calendar);
  assert.equal(ics.status(), 200);
  assert.match(await ics.text(), /SUMMARY:Monday conversation table/);

  await serge.page.goto(`${gemeng.base}${address}/registrations`);
  await check(serge.page, 'registrations (fr)');
  // A message to them, empty first: refused beside the field.
  await serge.page.getByRole('button', { name: 'Envoyer le message' }).click();
  await serge.page.waitForSelector('.error-summary');
  await check(serge.page, 'message refused (fr)');
  await serge.page.fill('#text', 'La salle change : rendez-vous salle 2.');
  await serge.page.getByRole('button', { name: 'Envoyer le message' }).click();
  await serge.page.waitForURL(/done=messaged/);
  const roll = await serge.page.locator('main').innerText();
  assert.match(roll, /Ben/);
  assert.doesNotMatch(roll, /Ana\b/);

  // The room changes and one more place opens: a place written on five lines is
  // refused beside the field first (what was typed stays), then the change is saved.
  await serge.page.goto(`${gemeng.base}${address}`);
  await serge.page.getByRole('link', { name: 'Modifier l’activité' }).click();
  await check(serge.page, 'change an activity (fr)');
  assert.equal(await serge.page.inputValue('#capacity'), '1');
  await serge.page.fill('#place', 'Maison de quartier\nsalle 2\nau fond\nà gauche\nRue de Strasbourg');
  await serge.page.fill('#capacity', '2');
  await serge.page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
  await serge.page.waitForSelector('.error-summary');
  await check(serge.page, 'change refused (fr)');
  assert.match(await serge.page.inputValue('#place'), /au fond/);
  assert.equal(await serge.page.inputValue('#capacity'), '2');
  await serge.page.fill('#place', 'Maison de quartier, salle 2\nRue de Strasbourg');
  await serge.page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
  await serge.page.waitForURL(/done=changed/);
  await check(serge.page, 'activity changed (fr)');
  assert.match(await serge.page.locator('main').innerText(), /salle 2/);

  // The smartphone café meets every week: Ana takes a place in all its sessions.
  await ana.page.goto(`${gemeng.base}${LIST}`);
  await ana.page.getByRole('link', { name: 'Café smartphone' }).click();
  await ana.page.getByRole('button', { name: 'Reservar lugar em todas as sessões' }).click();
  await ana.page.waitForURL(/done=series/);
  await check(ana.page, 'a whole series taken (pt)');
  assert.equal(await ana.page.locator('li.card', { hasText: 'Tem um lugar' }).count(), 4);

  for (const c of [serge.context, ana.context, ben.context]) await c.close();
});

test('Ana and Ben are proposed a tandem, accept it, and only then see each other', { timeout: 300_000 }, async () => {
  const ana = await person('ana@demo.gemeng.lu', 'pt-PT');
  await ana.page.goto(`${gemeng.base}/c/luxembourg/me/languages`);
  await check(ana.page, 'language profile (pt)');
  // A level a learner cannot practise at is refused beside its field.
  await ana.page.selectOption('#level-de', 'c1');
  await ana.page.check('#learns-de');
  await ana.page.click('main form button.primary');
  await ana.page.waitForSelector('.error-summary');
  await check(ana.page, 'language profile refused (pt)');
  assert.match(await ana.page.locator('#level-de-error').innerText(), /Acima de B2/);
  await ana.page.selectOption('#level-de', '');
  await ana.page.uncheck('#learns-de');
  await ana.page.click('main form button.primary');
  await ana.page.waitForURL(/done=saved/);

  const serge = await person('staff@demo.gemeng.lu', 'fr-LU');
  await serge.page.goto(`${gemeng.base}/c/luxembourg/staff/tandems`);
  await check(serge.page, 'tandems desk (fr)');
  await serge.page.getByRole('button', { name: 'Proposer des tandems maintenant' }).click();
  await serge.page.waitForURL(/proposed=1/);
  await check(serge.page, 'tandems proposed (fr)');

  await ana.page.goto(`${gemeng.base}/c/luxembourg/me/languages`);
  const card = ana.page.locator('li.card', { hasText: 'Luxemburguês' });
  assert.doesNotMatch(await card.innerText(), /ben@demo/);
  await card.getByRole('button', { name: 'Aceitar' }).click();
  await ana.page.waitForURL(/done=accepted/);
  await check(ana.page, 'tandem accepted, waiting for the partner (pt)');
  assert.doesNotMatch(await ana.page.locator('main').innerText(), /ben@demo/);

  const ben = await person('ben@demo.gemeng.lu', 'en-GB');
  await ben.page.goto(`${gemeng.base}/c/luxembourg/me/languages`);
  await ben.page.getByRole('button', { name: 'Accept' }).click();
  await ben.page.waitForURL(/done=accepted/);
  await check(ben.page, 'tandem agreed (en)');
  assert.match(await ben.page.locator('main').innerText(), /ana@demo\.gemeng\.lu/);
  await ana.page.reload();
  assert.match(await ana.page.locator('main').innerText(), /ben@demo\.gemeng\.lu/);

  for (const c of [ana.context, serge.context, ben.context]) await c.close();
});
