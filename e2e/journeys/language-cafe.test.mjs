// A language café: Serge (staff, French) sets one up through the form with three
// tables (Luxembourgish with two seats, French, Portuguese), one more row added and
// left blank; Ana (Portuguese native, Luxembourgish A2 in the demo) takes a seat at
// the Luxembourgish table, Fatima the other one; the table is full, so Pol is refused
// until he accepts the waiting list; Fatima gives her seat up and Pol is told by
// e-mail that it is his. Serge reads who sits where (names only). Luc hosts the
// French table with his account: he finds it on his activities page and opens its
// list of learners (names only, for him and the organisers alone). Then Ana and Ben
// are proposed a tandem and both accept. Every page is checked with axe and for
// reflow at 320 CSS px.
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

function inDays(days) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Takes a seat at a table of `language` in the café at `address`. */
async function takeSeat(page, address, language, waitingList) {
  await page.goto(`${gemeng.base}${address}`);
  const form = page.locator('main form', { has: page.locator('select[name=language]') }).first();
  await form.locator('select[name=language]').selectOption(language);
  if (waitingList) await form.locator('input[name=waiting_list]').check();
  await form.locator('button[type=submit]').click();
  await page.waitForURL(/done=/);
  return new URL(page.url()).searchParams.get('done');
}

test('a café with three tables: seats, a waiting list per language and moving up', { timeout: 300_000 }, async () => {
  const serge = await person('staff@demo.gemeng.lu', 'fr-LU');
  await serge.page.goto(`${gemeng.base}${LIST}/new`);
  await check(serge.page, 'new activity form (fr)');
  await serge.page.selectOption('#kind', 'language_cafe');
  await serge.page.fill('#title-fr', 'Café des langues du jeudi');
  await serge.page.fill('#title-lb', 'Sproochecafé vum Donneschdeg');
  await serge.page.fill('#title-pt', 'Café de línguas de quinta-feira');
  await serge.page.fill('#date', inDays(9));
  await serge.page.fill('#place', 'Maison de quartier\nRue de Strasbourg');
  // The French table's host is named by his account: his name comes from it.
  const tables = [['lb', 'Marie Weber', 'native', '2', ''], ['fr', '', 'c1', '6', 'luc@demo.gemeng.lu'], ['pt', 'João Ferreira', 'c2', '6', '']];
  for (const [i, [language, host, level, seats, account]] of tables.entries()) {
    await serge.page.selectOption(`#table-${i}-language`, language);
    await serge.page.fill(`#table-${i}-host`, host);
    await serge.page.fill(`#table-${i}-account`, account);
    await serge.page.selectOption(`#table-${i}-level`, level);
    await serge.page.fill(`#table-${i}-seats`, seats);
  }
  // A host below C1 is refused beside the field; what was typed stays.
  await serge.page.selectOption('#table-1-level', '');
  await serge.page.click('main form button.primary');
  await serge.page.waitForSelector('.error-summary');
  await check(serge.page, 'café refused (fr)');
  assert.match(await serge.page.locator('#table-1-level-error').innerText(), /C1/);
  assert.equal(await serge.page.inputValue('#table-0-host'), 'Marie Weber');
  await serge.page.selectOption('#table-1-level', 'c1');
  // One more row, without JavaScript: the form comes back with a fourth, blank.
  await serge.page.getByRole('button', { name: 'Ajouter une table' }).click();
  await serge.page.waitForSelector('#table-3-language');
  await check(serge.page, 'café form with a fourth row (fr)');
  assert.equal(await serge.page.inputValue('#table-2-host'), 'João Ferreira');
  await serge.page.click('main form button.primary');
  await serge.page.waitForURL(/done=created/);
  await check(serge.page, 'café published (fr)');
  const address = new URL(serge.page.url()).pathname;
  const published = await serge.page.locator('main').innerText();
  assert.match(published, /Marie Weber/);
  assert.match(published, /Luc/);
  assert.doesNotMatch(published, /luc@demo/);
  assert.match(published, /2 places libres/);

  const ana = await person('ana@demo.gemeng.lu', 'pt-PT');
  assert.equal(await takeSeat(ana.page, address, 'lb', false), 'registered');
  await check(ana.page, 'a seat at the Luxembourgish table (pt)');
  assert.match(await ana.page.locator('main').innerText(), /Tem um lugar/);

  const fatima = await person('fatima@demo.gemeng.lu', 'fr-LU');
  assert.equal(await takeSeat(fatima.page, address, 'lb', false), 'registered');

  // The Luxembourgish table is full: Pol is refused until he accepts the waiting list.
  const pol = await person('pol@demo.gemeng.lu', 'lb-LU');
  assert.equal(await takeSeat(pol.page, address, 'lb', false), 'activity-refused-tables-full');
  await check(pol.page, 'tables of a language full (lb)');
  assert.equal(await takeSeat(pol.page, address, 'lb', true), 'waitlisted');
  await check(pol.page, 'on the Luxembourgish waiting list (lb)');
  assert.match(await pol.page.locator('main').innerText(), /Plaz op der Waardelëscht: 1/);

  // Fatima gives her seat up: Pol takes it and is told by e-mail.
  await fatima.page.getByRole('button', { name: 'Libérer ma place' }).click();
  await fatima.page.waitForURL(/done=withdrawn/);
  const mail = await gemeng.mailTo('pol@demo.gemeng.lu', 'Sproochecafé vum Donneschdeg');
  assert.match(mail.body, new RegExp(address.replace(/\//g, '\\/')));
  await pol.page.reload();
  assert.match(await pol.page.locator('main').innerText(), /Dir hutt eng Plaz/);

  await serge.page.goto(`${gemeng.base}${address}/registrations`);
  await check(serge.page, 'registrations by table (fr)');
  const roll = await serge.page.locator('main').innerText();
  assert.match(roll, /Luxembourgeois\u00a0: table animée par Marie Weber\s+Ana\s+Pol/);
  assert.doesNotMatch(roll, /Fatima|@demo/);

  // Serge would give the Portuguese table to Ben, whose own profile says A2: refused
  // beside the field, what was typed kept.
  await serge.page.goto(`${gemeng.base}${address}/hosts`);
  await check(serge.page, 'hosts of the tables (fr)');
  await serge.page.fill('#table-2-host', '');
  await serge.page.fill('#table-2-account', 'ben@demo.gemeng.lu');
  await serge.page.locator('main form', { has: serge.page.locator('#table-2-account') }).getByRole('button').click();
  await serge.page.waitForSelector('#table-2-account-error');
  await check(serge.page, 'a host below C1 by their own profile (fr)');
  assert.equal(await serge.page.inputValue('#table-2-account'), 'ben@demo.gemeng.lu');

  // Luc was told, finds the table among those he hosts, and reads its learners.
  await gemeng.mailTo('luc@demo.gemeng.lu', 'Sproochecafé vum Donneschdeg');
  const luc = await person('luc@demo.gemeng.lu', 'lb-LU');
  await luc.page.goto(`${gemeng.base}/c/luxembourg/me/activities`);
  await check(luc.page, 'the tables Luc hosts (lb)');
  await luc.page.locator('#hosting + ul a', { hasText: 'Sproochecafé vum Donneschdeg' }).click();
  await luc.page.waitForURL(/\/tables\/\d+$/);
  await check(luc.page, 'the learners at Luc’s table (lb)');
  assert.match(await luc.page.locator('h1').innerText(), /Sproochecafé vum Donneschdeg/);
  const lucTable = new URL(luc.page.url()).pathname;
  // Ana has a seat at another table: this page is not hers.
  const refused = await ana.page.goto(`${gemeng.base}${lucTable}`);
  assert.equal(refused.status(), 404);
  await luc.context.close();

  for (const c of [serge.context, ana.context, fatima.context, pol.context]) await c.close();
});

test('Ana and Ben are proposed a tandem and both accept', { timeout: 300_000 }, async () => {
  const serge = await person('staff@demo.gemeng.lu', 'fr-LU');
  await serge.page.goto(`${gemeng.base}/c/luxembourg/staff/tandems`);
  await serge.page.getByRole('button', { name: 'Proposer des tandems maintenant' }).click();
  await serge.page.waitForURL(/proposed=1/);
  await check(serge.page, 'tandems proposed (fr)');

  const ana = await person('ana@demo.gemeng.lu', 'pt-PT');
  await ana.page.goto(`${gemeng.base}/c/luxembourg/me/languages`);
  await ana.page.locator('li.card', { hasText: 'Luxemburguês' }).getByRole('button', { name: 'Aceitar' }).click();
  await ana.page.waitForURL(/done=accepted/);
  await check(ana.page, 'tandem accepted by Ana (pt)');

  const ben = await person('ben@demo.gemeng.lu', 'en-GB');
  await ben.page.goto(`${gemeng.base}/c/luxembourg/me/languages`);
  await ben.page.getByRole('button', { name: 'Accept' }).click();
  await ben.page.waitForURL(/done=accepted/);
  await check(ben.page, 'tandem agreed (en)');
  assert.match(await ben.page.locator('main').innerText(), /ana@demo\.gemeng\.lu/);

  for (const c of [serge.context, ana.context, ben.context]) await c.close();
});
