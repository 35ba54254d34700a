// Coaching: Ana (Gare, Portuguese) asks for a Luxembourgish coach from her language
// page, a note too long refused first beside its field; Serge (staff, French) sees her
// request with its ranked candidates and proposes Ben; Ana accepts and still sees no
// name; Ben (English) accepts; then each sees the other's name and e-mail. Every page
// is checked with axe and for reflow at 320 CSS px.
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

const LANGUAGES = '/c/luxembourg/me/languages';

test('Ana asks for a Luxembourgish coach, Serge proposes Ben, both accept and only then see each other', { timeout: 300_000 }, async () => {
  const ana = await person('ana@demo.gemeng.lu', 'pt-PT');
  await ana.page.goto(`${gemeng.base}${LANGUAGES}`);
  await check(ana.page, 'language page with the coaching form (pt)');
  // A note longer than 500 characters is refused beside its field (the browser's
  // maxlength is lifted, as an old browser or a script would send it).
  await ana.page.selectOption('#language', 'lb');
  await ana.page.evaluate(() => document.querySelector('#note').removeAttribute('maxlength'));
  await ana.page.fill('#note', 'x'.repeat(501));
  await ana.page.getByRole('button', { name: 'Pedir um coach' }).click();
  await ana.page.waitForSelector('#note-error');
  await check(ana.page, 'coaching request refused (pt)');
  assert.match(await ana.page.locator('#note-error').innerText(), /500 caracteres/);
  await ana.page.fill('#note', 'Para o exame de língua da nacionalidade.');
  await ana.page.getByRole('button', { name: 'Pedir um coach' }).click();
  await ana.page.waitForURL(/done=coaching-asked/);
  await check(ana.page, 'coaching requested (pt)');
  assert.match(await ana.page.locator('#coaching').innerText(), /À espera de um coach/);

  const serge = await person('staff@demo.gemeng.lu', 'fr-LU');
  await serge.page.goto(`${gemeng.base}/c/luxembourg/staff/tandems`);
  await check(serge.page, 'coaching requests on the desk (fr)');
  const request = serge.page.locator('#coaching li.card', { hasText: 'Para o exame' });
  assert.match(await request.innerText(), /Ben/);
  await request.getByRole('button', { name: 'Proposer ce coach' }).first().click();
  await serge.page.waitForURL(/coached=1/);
  await check(serge.page, 'coach proposed (fr)');

  await ana.page.goto(`${gemeng.base}${LANGUAGES}`);
  const mine = ana.page.locator('#coaching li.card', { hasText: 'Para o exame' });
  assert.doesNotMatch(await mine.innerText(), /ben@demo/);
  await mine.getByRole('button', { name: 'Aceitar' }).click();
  await ana.page.waitForURL(/done=coaching-accept/);
  await check(ana.page, 'coach accepted, waiting for the coach (pt)');
  assert.doesNotMatch(await ana.page.locator('#coaching').innerText(), /ben@demo/);

  const ben = await person('ben@demo.gemeng.lu', 'en-GB');
  await ben.page.goto(`${gemeng.base}${LANGUAGES}`);
  await check(ben.page, 'a learner proposed to the coach (en)');
  const proposal = ben.page.locator('#coaching li.card', { hasText: 'Para o exame' });
  await proposal.getByRole('button', { name: 'Accept' }).click();
  await ben.page.waitForURL(/done=coaching-accept/);
  await check(ben.page, 'coaching agreed (en)');
  assert.match(await ben.page.locator('#coaching').innerText(), /ana@demo\.gemeng\.lu/);
  await ana.page.reload();
  await check(ana.page, 'coaching agreed (pt)');
  assert.match(await ana.page.locator('#coaching').innerText(), /ben@demo\.gemeng\.lu/);

  for (const c of [ana.context, serge.context, ben.context]) await c.close();
});
