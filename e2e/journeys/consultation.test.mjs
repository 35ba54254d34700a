// Consultations: Serge (staff, French) writes a poll for Gare only, in three
// languages, and publishes it; Ana (Gare, Portuguese) reads it in Portuguese and
// answers it, then answers the demo's survey (the GRESIL 5 pre-event questions) in
// English, one click away from its Portuguese version; Serge sees the survey's charts
// with their tables, overall and for Gare, and downloads the answers; Ben (Kirchberg,
// English) never sees the Gare poll, in his list or at its address. Every page is
// checked with axe and for reflow at 320 CSS px, in larger text and with text spacing.
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

const STAFF = '/c/luxembourg/staff/consultations';
const MINE = '/c/luxembourg/consultations';

const POLL = `title
fr: Un banc sur la place de Paris ?
en: A bench on Place de Paris?
pt: Um banco na Place de Paris?

question yesno
fr: Faut-il installer un banc sur la place de Paris ?
en: Should a bench be put on Place de Paris?
pt: Deve ser instalado um banco na Place de Paris?
`;

function isoDay(offset) {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

test('a poll for Gare and the demo survey: answered, charted, and kept from Kirchberg', { timeout: 300_000 }, async () => {
  // Serge writes the poll; a draft with a missing version is refused in French first.
  const serge = await person('staff@demo.gemeng.lu', 'fr-LU');
  await serge.page.goto(`${gemeng.base}${STAFF}`);
  await check(serge.page, 'consultations of the commune (fr)');
  assert.match(await serge.page.locator('main').innerText(), /Sondage préalable au GRESIL 5/);
  await serge.page.goto(`${gemeng.base}${STAFF}/new`);
  await check(serge.page, 'new consultation (fr)');
  await serge.page.fill('#text', POLL.replace('pt: Deve ser instalado um banco na Place de Paris?\n', ''));
  await serge.page.fill('#opens_on', isoDay(0));
  await serge.page.fill('#closes_on', isoDay(10));
  await serge.page.check('#audience-neighbourhoods');
  await serge.page.getByLabel('Gare', { exact: true }).check();
  await serge.page.uncheck('#anonymous');
  await serge.page.check('#shown-while');
  await serge.page.click('main form button[type=submit]');
  await serge.page.waitForSelector('.error-summary');
  assert.match(await serge.page.locator('.error-summary').innerText(), /Question 1\s: il manque la version en Português/);
  await check(serge.page, 'consultation draft refused (fr)');
  await serge.page.fill('#text', POLL);
  await serge.page.click('main form button[type=submit]');
  await serge.page.waitForURL(/done=saved/);
  await check(serge.page, 'consultation draft with its preview (fr)');
  await serge.page.getByRole('button', { name: 'Publier' }).click();
  await serge.page.waitForURL(/done=published/);
  await check(serge.page, 'consultation published (fr)');
  const poll = new URL(serge.page.url()).pathname.split('/').pop();

  // Ana reads it in Portuguese and answers.
  const ana = await person('ana@demo.gemeng.lu', 'pt-PT');
  await ana.page.goto(`${gemeng.base}${MINE}`);
  await check(ana.page, 'consultations for Ana (pt)');
  await ana.page.getByRole('link', { name: 'Um banco na Place de Paris?' }).click();
  await check(ana.page, 'the Gare poll (pt)');
  await ana.page.getByLabel('Sim').check();
  await ana.page.click('main form button.primary');
  await ana.page.waitForURL(/done=answered/);
  await check(ana.page, 'the Gare poll answered (pt)');
  assert.match(await ana.page.locator('main').innerText(), /Alterar as minhas respostas/);

  // The demo survey: in her language first, English one click away; she answers it.
  await ana.page.goto(`${gemeng.base}${MINE}`);
  await ana.page.getByRole('link', { name: /GRESIL 5/ }).click();
  await check(ana.page, 'the demo survey (pt)');
  assert.match(await ana.page.locator('h1').innerText(), /Inquérito prévio ao GRESIL 5/);
  const survey = new URL(ana.page.url()).pathname.split('/').pop();
  await ana.page.locator('main').getByRole('link', { name: 'English' }).click();
  await check(ana.page, 'the demo survey in English');
  await ana.page.getByLabel('A website').check();
  await ana.page.getByLabel('A Facebook page').check();
  for (const label of ['The website', 'Social networks', 'The e-mail newsletter']) {
    await ana.page.locator('#q2').getByLabel(label).check();
  }
  await ana.page.locator('#q3').getByLabel('No').check();
  await ana.page.getByLabel('Portuguese').check();
  await ana.page.locator('#q5').getByLabel('Yes').check();
  await ana.page.locator('#q6').getByLabel('No').check();
  await ana.page.locator('#q7').getByLabel('Yes').check();
  await ana.page.getByLabel('WhatsApp').check();
  await ana.page.getByLabel('The neighbourhood').check();
  await ana.page.selectOption('#q10-r1', { label: 'Neighbours helping each other' });
  await ana.page.selectOption('#q10-r2', { label: 'Welcoming newcomers' });
  await ana.page.selectOption('#q10-r3', { label: 'Fighting loneliness' });
  // A fourth obstacle is one too many: refused, in her language, what she ticked kept.
  for (const label of ['The digital divide', 'Data protection', 'The many languages', 'Lack of staff and money']) {
    await ana.page.getByLabel(label).check();
  }
  await ana.page.locator('#q12-v4').check();
  await ana.page.click('main form button.primary');
  await ana.page.waitForSelector('.error-summary');
  assert.match(await ana.page.locator('#q11-error').innerText(), /Escolha no máximo 3/);
  await check(ana.page, 'the demo survey refused (en, messages in pt)');
  await ana.page.getByLabel('Lack of staff and money').uncheck();
  await ana.page.click('main form button.primary');
  await ana.page.waitForURL(/done=answered/);
  await check(ana.page, 'the demo survey answered (pt)');
  assert.match(await ana.page.locator('main').innerText(), /não podem ser alteradas/);
  await ana.page.getByRole('link', { name: 'Ver os resultados' }).click();
  await check(ana.page, 'the demo survey results for Ana (pt)');
  assert.match(await ana.page.locator('main').innerText(), /Responderam 144 pessoas/);

  // Serge sees the survey's charts, overall and for Gare, and the CSV.
  await serge.page.goto(`${gemeng.base}${STAFF}/${survey}/results`);
  await check(serge.page, 'demo survey results (fr)');
  assert.equal(await serge.page.locator('figure.chart-figure svg.chart').count(), 12);
  assert.equal(await serge.page.locator('table.chart-table').count(), 12);
  assert.match(await serge.page.locator('main').innerText(), /144 personnes ont répondu/);
  await serge.page.getByRole('link', { name: 'Gare', exact: true }).click();
  await check(serge.page, 'demo survey results for Gare (fr)');
  const [download] = await Promise.all([
    serge.page.waitForEvent('download'),
    serge.page.getByRole('link', { name: /Télécharger les réponses/ }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^gemeng-consultation-\d+\.csv$/);
  await serge.page.goto(`${gemeng.base}${STAFF}/${poll}/results`);
  await check(serge.page, 'Gare poll results (fr)');
  assert.match(await serge.page.locator('main').innerText(), /Une personne a répondu/);

  // Ben (Kirchberg) sees the survey, never the Gare poll.
  const ben = await person('ben@demo.gemeng.lu', 'en-GB');
  await ben.page.goto(`${gemeng.base}${MINE}`);
  await check(ben.page, 'consultations for Ben (en)');
  const list = await ben.page.locator('main').innerText();
  assert.match(list, /GRESIL 5/);
  assert.doesNotMatch(list, /Place de Paris/);
  const response = await ben.page.goto(`${gemeng.base}${MINE}/${poll}`);
  assert.equal(response.status(), 404);
  await check(ben.page, 'the Gare poll is not found for Ben (en)');
  const results = await ben.page.goto(`${gemeng.base}${MINE}/${poll}/results`);
  assert.equal(results.status(), 404);

  for (const who of [serge, ana, ben]) await who.context.close();
});
