// The commune's announcements: Serge (staff, French) writes one in three languages
// for Gare only, a mistake first (a title without its text, refused in his words);
// Ana (Gare, Portuguese) finds it in her list and reads it in Portuguese, with the
// other languages one click away; Ben (Kirchberg, English) never sees it, neither in
// his list nor at its address; a visitor without an account reads the public ones
// and finds the Atom feed. Every page is checked with axe and for reflow at 320 CSS
// px, in larger text and with text spacing.
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

const PUBLIC = '/c/luxembourg/announcements';
const DESK = '/c/luxembourg/staff/announcements';

test('staff write to Gare in three languages; Gare reads it in Portuguese, Kirchberg never sees it', { timeout: 300_000 }, async () => {
  const serge = await person('staff@demo.gemeng.lu', 'fr-LU');
  await serge.page.goto(`${gemeng.base}/c/luxembourg/staff`);
  await serge.page.getByRole('link', { name: 'Écrire aux résidents' }).click();
  await check(serge.page, 'announcements desk (fr)');
  await serge.page.getByRole('link', { name: 'Nouvelle annonce' }).click();
  await check(serge.page, 'new announcement form (fr)');
  await serge.page.fill('#title-fr', 'Fête des voisins à la Gare');
  await serge.page.check('#audience-neighbourhoods');
  await serge.page.getByLabel('Gare', { exact: true }).check();
  await serge.page.click('main form button.primary');
  await serge.page.waitForSelector('.error-summary');
  await check(serge.page, 'announcement refused (fr)');
  assert.match(await serge.page.locator('.error-summary').innerText(), /Écrivez le texte de cette version/);
  // What he typed is still there; he completes it in three languages.
  assert.equal(await serge.page.inputValue('#title-fr'), 'Fête des voisins à la Gare');
  await serge.page.fill('#body-fr', 'Samedi à 15 heures, place de Paris. Apportez un plat à partager.');
  await serge.page.fill('#title-pt', 'Festa dos vizinhos na Gare');
  await serge.page.fill('#body-pt', 'Sábado às 15 horas, place de Paris. Traga um prato para partilhar.');
  await serge.page.fill('#title-en', 'Neighbours’ party at Gare');
  await serge.page.fill('#body-en', 'Saturday at 3 p.m., place de Paris. Bring a dish to share.');
  await serge.page.click('main form button.primary');
  await serge.page.waitForURL(/done=published/);
  await check(serge.page, 'announcement published (fr)');
  assert.match(await serge.page.locator('main').innerText(), /Fête des voisins à la Gare/);

  const ana = await person('ana@demo.gemeng.lu', 'pt-PT');
  await ana.page.goto(`${gemeng.base}/c/luxembourg`);
  await ana.page.getByRole('link', { name: 'Todos os avisos' }).click();
  await check(ana.page, 'announcements of a Gare resident (pt)');
  const party = ana.page.locator('li.card', { hasText: 'Festa dos vizinhos na Gare' });
  assert.equal(await party.count(), 1);
  await party.getByRole('link', { name: 'Festa dos vizinhos na Gare' }).click();
  await check(ana.page, 'an announcement in Portuguese (pt)');
  assert.equal(await ana.page.locator('article').getAttribute('lang'), 'pt');
  assert.match(await ana.page.locator('article').innerText(), /Traga um prato para partilhar/);
  // The French version one click away.
  await ana.page.locator('main').getByRole('link', { name: 'Français' }).click();
  await check(ana.page, 'the same announcement in French (pt)');
  assert.equal(await ana.page.locator('article').getAttribute('lang'), 'fr');
  const address = new URL(ana.page.url()).pathname;

  const ben = await person('ben@demo.gemeng.lu', 'en-GB');
  await ben.page.goto(`${gemeng.base}${PUBLIC}`);
  await check(ben.page, 'announcements of a Kirchberg resident (en)');
  assert.doesNotMatch(await ben.page.locator('main').innerText(), /party at Gare|Festa|Fête des voisins/);
  // The one for the whole commune, pinned, is there.
  assert.match(await ben.page.locator('main').innerText(), /Winter service: snow and ice/);
  const refused = await ben.page.goto(`${gemeng.base}${address}`);
  assert.equal(refused.status(), 404);
  await check(ben.page, 'an announcement not for Kirchberg (en)');

  // A visitor without an account: the public ones, and the feed to follow them.
  const visitor = await gemeng.browser.newContext({ locale: 'de-LU' });
  const page = await visitor.newPage();
  await page.goto(`${gemeng.base}${PUBLIC}`);
  await check(page, 'public announcements (de)');
  assert.match(await page.locator('main').innerText(), /Winterdienst/);
  assert.doesNotMatch(await page.locator('main').innerText(), /Strasbourg|Nachbarn.*Gare/);
  const feed = await page.locator('link[rel=alternate][type="application/atom+xml"]').getAttribute('href');
  const response = await page.request.get(`${gemeng.base}${feed}`);
  assert.equal(response.status(), 200);
  assert.match(await response.text(), /<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);

  // Serge sees that two residents of Gare read it.
  await serge.page.goto(`${gemeng.base}${DESK}`);
  await check(serge.page, 'announcements desk with reach (fr)');
  const card = serge.page.locator('li.card', { hasText: 'Fête des voisins à la Gare' });
  assert.match(await card.innerText(), /Résidents qui l’ont lue\s*1/);

  for (const c of [serge.context, ana.context, ben.context, visitor]) await c.close();
});
