// Writing to the commune: Ana (Gare, Portuguese) writes to the social office, a subject
// forgotten first (refused in her words); Serge (staff, French) finds her message first
// in the queue, answers and assigns it; Ana is told by e-mail and reads the answer; Ben
// (Kirchberg) cannot open her thread. Then the newsletter: a visitor without an account
// subscribes in German, confirms with the button the e-mailed link opens, and leaves
// from the link of the e-mail. Every page is checked with axe and for reflow at 320
// CSS px, in larger text and with text spacing.
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

test('a resident writes to a service, staff answer and assign, the resident reads the answer', { timeout: 300_000 }, async () => {
  const ana = await person('ana@demo.gemeng.lu', 'pt-PT');
  await ana.page.goto(`${gemeng.base}/c/luxembourg`);
  await ana.page.getByRole('link', { name: 'Escrever à comuna' }).click();
  await check(ana.page, 'services of the commune (pt)');
  // The demo's conversation with the integration service is there, answered.
  assert.match(await ana.page.locator('main').innerText(), /Curso de luxemburguês/);
  await ana.page.getByRole('link', { name: 'Escrever a: Serviço social' }).click();
  await ana.page.selectOption('#service', { label: 'Serviço social' });
  await ana.page.fill('#body', 'Bom dia, preciso de ajuda para preencher o pedido de subsídio de aquecimento.');
  await ana.page.click('main form button.primary');
  await ana.page.waitForSelector('.error-summary');
  await check(ana.page, 'a message without a subject (pt)');
  assert.match(await ana.page.locator('.error-summary').innerText(), /Escreva um assunto/);
  assert.match(await ana.page.inputValue('#body'), /subsídio de aquecimento/);
  await ana.page.fill('#subject', 'Subsídio de aquecimento');
  await ana.page.click('main form button.primary');
  await ana.page.waitForURL(/done=sent/);
  await check(ana.page, 'a conversation with a service (pt)');
  const thread = new URL(ana.page.url()).pathname;

  const serge = await person('staff@demo.gemeng.lu', 'fr-LU');
  await serge.page.goto(`${gemeng.base}/c/luxembourg/staff`);
  await serge.page.getByRole('link', { name: 'Messages des résidents' }).click();
  await check(serge.page, 'residents messages, waiting (fr)');
  const waiting = serge.page.locator('li.card', { hasText: 'Subsídio de aquecimento' });
  assert.equal(await waiting.count(), 1);
  assert.match(await waiting.innerText(), /En attente de réponse/);
  await waiting.getByRole('link', { name: 'Subsídio de aquecimento' }).click();
  await check(serge.page, 'a conversation as staff see it (fr)');
  await serge.page.fill('#body', 'Bom dia Ana, venha terça-feira às 10h ao balcão com o último recibo de vencimento.');
  await serge.page.click('#reply button.primary');
  await serge.page.waitForURL(/done=sent/);
  await serge.page.selectOption('#to', { label: 'Serge Service' });
  await serge.page.getByRole('button', { name: 'Attribuer' }).click();
  await serge.page.waitForURL(/done=assigned/);
  await check(serge.page, 'a conversation assigned (fr)');
  assert.match(await serge.page.locator('main').innerText(), /Répondu/);
  await serge.page.goto(`${gemeng.base}/c/luxembourg/staff/services/list`);
  await check(serge.page, 'the list of services (fr)');

  const mail = await gemeng.mailTo('ana@demo.gemeng.lu', 'Resposta da comuna');
  assert.match(mail.body, new RegExp(thread));
  assert.doesNotMatch(mail.body, /recibo de vencimento/);
  await ana.page.goto(`${gemeng.base}/c/luxembourg/services`);
  assert.match(await ana.page.locator('main').innerText(), /1 resposta nova/);
  await ana.page.goto(`${gemeng.base}${thread}`);
  assert.match(await ana.page.locator('main').innerText(), /recibo de vencimento/);

  const ben = await person('ben@demo.gemeng.lu', 'en-GB');
  const response = await ben.page.goto(`${gemeng.base}${thread}`);
  assert.equal(response.status(), 404);
  await ben.page.goto(`${gemeng.base}/c/luxembourg/services`);
  assert.doesNotMatch(await ben.page.locator('main').innerText(), /aquecimento/);
  for (const p of [ana, serge, ben]) await p.context.close();
});

test('a visitor subscribes to the newsletter, confirms by the e-mailed link and leaves', { timeout: 300_000 }, async () => {
  const context = await gemeng.browser.newContext({ locale: 'de-LU' });
  const page = await context.newPage();
  await page.goto(`${gemeng.base}/c/luxembourg`);
  await page.getByRole('link', { name: 'Die öffentlichen Mitteilungen per E-Mail erhalten' }).click();
  await check(page, 'the newsletter form (de)');
  await page.fill('#email', 'nachbarin@example.lu');
  await page.click('main form button.primary');
  await page.waitForURL(/done=check/);
  await check(page, 'look in your inbox (de)');
  const mail = await gemeng.mailTo('nachbarin@example.lu', 'Abonnement bestätigen');
  const link = mail.body.match(/http\S+\/newsletter\/confirm\?t=\S+/)[0];
  await page.goto(link);
  await check(page, 'confirm the subscription (de)');
  await page.getByRole('button', { name: 'Ja, abonnieren' }).click();
  await check(page, 'subscribed (de)');
  assert.match(await page.locator('main').innerText(), /Sie haben abonniert/);

  // Staff publish a public announcement: it reaches her, with the link to leave.
  const serge = await person('staff@demo.gemeng.lu', 'fr-LU');
  await serge.page.goto(`${gemeng.base}/c/luxembourg/staff/announcements/new`);
  await serge.page.fill('#title-de', 'Flohmarkt am Glacis');
  await serge.page.fill('#body-de', 'Sonntag ab 8 Uhr.');
  await serge.page.check('#public');
  await serge.page.click('main form button.primary');
  await serge.page.waitForURL(/done=published/);
  const news = await gemeng.mailTo('nachbarin@example.lu', 'Flohmarkt am Glacis');
  const stop = news.body.match(/http\S+\/newsletter\/stop\?t=\S+/)[0];
  await page.goto(stop);
  await check(page, 'leave the newsletter (de)');
  await page.getByRole('button', { name: 'Abmelden' }).click();
  await check(page, 'left the newsletter (de)');
  assert.match(await page.locator('main').innerText(), /Wir haben Ihre Adresse gelöscht/);
  await context.close();
  await serge.context.close();
});
