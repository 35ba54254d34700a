// The time bank, in four languages: Fatima (Kirchberg, French) confirms the
// exchange Ana proposed to her and the minutes move; she searches the offers and
// requests and publishes a request; she records an exchange with Jeanne
// (a fraction first, refused in her words) and reads her statement and its CSV;
// Jeanne (French) declines it; Maria (Gare's moderator, German), not a member yet,
// reads the rules and joins; Serge (staff, French) sees the activity as charts with
// their tables, records an exchange at the counter and corrects it with a reversing
// entry. Every page is checked with axe and for reflow at 320 CSS px, in larger
// text and with text spacing.
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

const BANK = '/c/luxembourg/timebank';

function balance(page) {
  return page.locator('.figure').innerText();
}

test('exchanges confirmed and declined, a statement, a new member, and the coordinator at work', { timeout: 300_000 }, async () => {
  const fatima = await person('fatima@demo.gemeng.lu', 'fr-LU');
  await fatima.page.goto(`${gemeng.base}${BANK}`);
  await check(fatima.page, 'time bank home with a proposal to answer (fr)');
  assert.match(await balance(fatima.page), /^105 minutes$/);
  // Ana asked her 30 minutes for watering the plants: she confirms.
  const proposal = fatima.page.locator('section.panel', { hasText: 'Ana' });
  await proposal.getByRole('button', { name: 'Confirmer' }).click();
  await fatima.page.waitForURL(/done=confirmed/);
  await check(fatima.page, 'exchange confirmed (fr)');
  assert.match(await balance(fatima.page), /^75 minutes$/);

  // The commune's offers and requests, searched by a word typed without its accent.
  await fatima.page.getByRole('link', { name: 'Offres et demandes' }).first().click();
  await check(fatima.page, 'offers and requests (fr)');
  await fatima.page.fill('#q', 'portugues');
  await fatima.page.getByRole('button', { name: 'Chercher' }).click();
  await fatima.page.waitForURL(/q=portugues/);
  assert.equal(await fatima.page.locator('li.card').count(), 1);
  assert.match(await fatima.page.locator('li.card h2').innerText(), /Conversa em português/);
  await fatima.page.goto(`${gemeng.base}${BANK}/listings/new`);
  await check(fatima.page, 'new offer form (fr)');
  await fatima.page.check('#kind-request');
  await fatima.page.selectOption('#category', 'garden');
  await fatima.page.fill('#title', 'Tailler une haie');
  await fatima.page.fill('#text', 'Une petite haie de thuyas, un samedi matin.');
  await fatima.page.fill('#minutes', '120');
  await fatima.page.click('main form button.primary');
  await fatima.page.waitForURL(/done=published/);
  await check(fatima.page, 'request published (fr)');
  await fatima.page.goto(`${gemeng.base}${BANK}`);

  // She records that Jeanne helped her with her shopping: a fraction is refused first.
  await fatima.page.getByRole('link', { name: 'Enregistrer un échange' }).click();
  await check(fatima.page, 'exchange form (fr)');
  await fatima.page.selectOption('#with', { label: 'Jeanne' });
  await fatima.page.check('#direction-pay');
  await fatima.page.fill('#amount', '1,5');
  await fatima.page.fill('#memo', 'Courses au marché');
  await fatima.page.selectOption('#category', 'shopping');
  await fatima.page.click('main form button.primary');
  await fatima.page.waitForSelector('.error-summary');
  await check(fatima.page, 'exchange form refused (fr)');
  assert.match(await fatima.page.locator('.error-summary').innerText(), /nombre entier de minutes/);
  assert.equal(await fatima.page.inputValue('#memo'), 'Courses au marché');
  await fatima.page.fill('#amount', '45');
  await fatima.page.click('main form button.primary');
  await fatima.page.waitForURL(/done=proposed/);
  await check(fatima.page, 'proposal sent, waiting (fr)');

  // Her statement, and its CSV.
  await fatima.page.goto(`${gemeng.base}${BANK}/statement`);
  await check(fatima.page, 'statement (fr)');
  const csv = await fatima.page.request.get(`${gemeng.base}${BANK}/statement.csv`);
  assert.equal(csv.headers()['content-type'], 'text/csv; charset=utf-8');
  assert.match(await csv.text(), /^Date,Type,Avec,Description,Catégorie,Minutes,Solde/);

  // Jeanne declines it: nothing moves.
  const jeanne = await person('jeanne@demo.gemeng.lu', 'fr-LU');
  await jeanne.page.goto(`${gemeng.base}${BANK}`);
  const before = await balance(jeanne.page);
  await jeanne.page.locator('section.panel', { hasText: 'Fatima' }).getByRole('button', { name: 'Refuser' }).click();
  await jeanne.page.waitForURL(/done=declined/);
  assert.equal(await balance(jeanne.page), before);

  // Maria has not joined: the rules, a box to tick, then her welcome.
  const maria = await person('moderator@demo.gemeng.lu', 'de-LU');
  await maria.page.goto(`${gemeng.base}${BANK}`);
  await check(maria.page, 'time bank rules before joining (de)');
  await maria.page.getByRole('button', { name: 'Beitreten' }).click();
  await maria.page.waitForSelector('.error-summary');
  await check(maria.page, 'joining without accepting the rules (de)');
  await maria.page.check('#accept');
  await maria.page.getByRole('button', { name: 'Beitreten' }).click();
  await maria.page.waitForURL(/done=joined/);
  assert.match(await balance(maria.page), /^60 Minuten$/);
  await check(maria.page, 'joined the time bank (de)');

  // Serge coordinates: the activity as charts with their tables, the counter, a correction.
  const serge = await person('staff@demo.gemeng.lu', 'fr-LU');
  await serge.page.goto(`${gemeng.base}/c/luxembourg/staff/timebank`);
  await check(serge.page, 'time bank coordination with charts (fr)');
  assert.equal(await serge.page.locator('svg.chart[role="img"]').count(), 4);
  assert.match(await serge.page.locator('#chart-categories-table').innerText(), /Jardin/);
  await serge.page.getByRole('link', { name: 'Enregistrer un échange au guichet' }).click();
  await check(serge.page, 'counter form (fr)');
  await serge.page.selectOption('#payee', { label: 'Pol' });
  await serge.page.selectOption('#payer', { label: 'Inês' });
  await serge.page.fill('#amount', '60');
  await serge.page.fill('#memo', 'Petites réparations');
  await serge.page.selectOption('#category', 'repairs');
  await serge.page.click('main form button.primary');
  await serge.page.waitForURL(/done=counter/);
  await serge.page.goto(`${gemeng.base}/c/luxembourg/staff/timebank/ledger`);
  await check(serge.page, 'ledger (fr)');
  const last = serge.page.locator('section.panel', { hasText: 'Petites réparations' });
  await last.locator('input[name="reason"]').fill('Saisi deux fois');
  await last.getByRole('button', { name: 'Annuler cette écriture' }).click();
  await serge.page.waitForURL(/done=reversed/);
  await check(serge.page, 'entry corrected (fr)');
  assert.match(await serge.page.locator('.panel', { hasText: 'registre' }).first().innerText(), /Juste/);

  for (const who of [fatima, jeanne, maria, serge]) await who.context.close();
});
